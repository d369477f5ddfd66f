"""The OpenAPI schema is valid, the docs load from our own static files, and the API keeps
to its schema under generated input (schemathesis, a few examples per operation)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from accounts.models import User
from tests.factories import make_ticket
from tests.kb.factories import make_guide

pytestmark = pytest.mark.django_db


def test_schema_is_valid_openapi_3() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    response = APIClient().get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/tickets/" in paths
    assert "/api/v1/analysis/" in paths


def test_docs_load_their_scripts_and_styles_from_our_static_files() -> None:
    response = APIClient().get("/api/v1/docs/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html)
    assert assets, html[:500]
    assert all(asset.startswith("/static/") for asset in assets), assets
    assert "cdn" not in html.lower()


@pytest.fixture
def wsgi_requests() -> Iterator[None]:
    """Run WSGI requests inside the test's transaction, as Django's test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def token(technician: User, client_user: User) -> str:
    make_ticket(client=client_user)
    make_guide()
    return Token.objects.create(user=technician).key


# No server errors, and every response (status, content type, body) as documented. Input
# rules the schema can't express (e.g. a guide's step format) make some valid-looking
# requests 400, which is documented; the permission matrix covers authentication.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())


@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_to_its_schema(case: Any, token: str, wsgi_requests: None) -> None:
    case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)
