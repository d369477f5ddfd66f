"""Token sign-in: the owner is cached between requests, and every change that should end
a token's access ends it at once."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import User
from tests.factories import cache_key_names

pytestmark = pytest.mark.django_db
URL = "/api/v1/me/"


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    cache.clear()


def with_token(key: str) -> APIClient:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return api


def token_queries(api: APIClient) -> tuple[int, int]:
    """(status, queries that read the token) for one request."""
    with CaptureQueriesContext(connection) as queries:
        status = api.get(URL).status_code
    return status, sum('"authtoken_token"' in query["sql"] for query in queries)


def test_the_token_is_read_once_then_remembered(technician: User) -> None:
    api = with_token(Token.objects.create(user=technician).key)
    assert token_queries(api) == (200, 1)
    assert token_queries(api) == (200, 0)


def test_the_cache_never_holds_the_token_itself(technician: User) -> None:
    key = Token.objects.create(user=technician).key
    with_token(key).get(URL)
    names = cache_key_names()
    assert any("api:token:" in str(name) for name in names)
    assert not any(key in str(name) for name in names)


def test_an_unknown_token_is_refused_every_time(technician: User) -> None:
    api = with_token("0" * 40)
    for _ in range(2):
        response = api.get(URL)
        # 403, not 401: session sign-in comes first and names no challenge (as for anyone).
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "authentication_failed"


def test_a_deleted_token_stops_working_at_once(technician: User) -> None:
    token = Token.objects.create(user=technician)
    api = with_token(token.key)
    assert api.get(URL).status_code == 200
    token.delete()
    assert api.get(URL).status_code == 403


def test_a_deactivated_person_is_refused_at_once(technician: User) -> None:
    api = with_token(Token.objects.create(user=technician).key)
    assert api.get(URL).status_code == 200
    technician.is_active = False
    technician.save()
    assert api.get(URL).status_code == 403


def test_a_changed_name_shows_at_once(technician: User) -> None:
    api = with_token(Token.objects.create(user=technician).key)
    api.get(URL)
    technician.display_name = "Sam Renamed"
    technician.save()
    assert api.get(URL).json()["display_name"] == "Sam Renamed"


def test_a_deleted_person_is_refused_at_once(client_user: User) -> None:
    api = with_token(Token.objects.create(user=client_user).key)
    assert api.get(URL).status_code == 200
    User.objects.filter(pk=client_user.pk).delete()
    assert api.get(URL).status_code == 403


def test_revoking_ends_the_token_at_once_and_a_new_one_can_be_had(technician: User) -> None:
    key = with_token_for(technician)
    api = with_token(key)
    assert api.get(URL).status_code == 200
    assert api.delete("/api/v1/auth/token/").status_code == 204
    assert api.get(URL).status_code == 403
    assert not Token.objects.filter(user=technician).exists()
    assert with_token_for(technician) != key


def test_revoking_needs_a_sign_in() -> None:
    response = APIClient().delete("/api/v1/auth/token/")
    assert response.status_code == 403


def with_token_for(user: User) -> str:
    from tests.factories import TEST_PASSWORD

    user.set_password(TEST_PASSWORD)
    user.save()
    response = APIClient().post(
        "/api/v1/auth/token/", {"email": user.email, "password": TEST_PASSWORD}, format="json"
    )
    assert response.status_code == 200, response.content
    return str(response.json()["token"])
