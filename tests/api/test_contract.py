"""The API answers what its schema says (issue 21): unanswered questions are null, page
sizes and repeated parameters are refused by name, bodies are JSON (files multipart), the
schema lists each file type a download can have, and says where sign-in is optional."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from accounts.models import User
from tests.factories import make_ticket
from tickets.services.attachments import ALLOWED_TYPES

pytestmark = pytest.mark.django_db
Api = Callable[..., APIClient]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return SchemaGenerator().get_schema(request=None, public=True)


def test_an_unanswered_question_is_null_and_null_is_no_answer(api: Api, client_user: User) -> None:
    created = api(client_user).post(
        "/api/v1/tickets/",
        {"subject": "Mouse", "description": "Slow.", "impact": None, "data_worry": None},
    )
    assert created.status_code == 201, created.json()
    reference = created.json()["reference"]
    detail = api(client_user).get(f"/api/v1/tickets/{reference}/").json()
    assert (detail["impact"], detail["data_worry"]) == (None, None)
    answered = make_ticket(client=client_user, impact="cant_work", data_worry="yes")
    detail = api(client_user).get(f"/api/v1/tickets/{answered.reference}/").json()
    assert (detail["impact"], detail["data_worry"]) == ("cant_work", "yes")


def test_the_schema_documents_unanswered_as_nullable(schema: dict[str, Any]) -> None:
    detail = schema["components"]["schemas"]["TicketDetail"]["properties"]
    for name in ("impact", "data_worry"):
        assert {"$ref": "#/components/schemas/NullEnum"} in detail[name]["oneOf"], detail[name]
    followup = schema["components"]["schemas"]["FollowUp"]["properties"]["checkin_answer"]
    assert {"$ref": "#/components/schemas/NullEnum"} in followup["oneOf"]


@pytest.mark.parametrize("size", ["0", "101", "²", "ten", ""])
def test_a_page_size_the_schema_forbids_is_refused_by_name(
    api: Api, technician: User, size: str
) -> None:
    response = api(technician).get(f"/api/v1/tickets/?page_size={size}")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"page_size": ["A whole number from 1 to 100."]}


def test_a_repeated_query_parameter_is_refused(api: Api, technician: User) -> None:
    response = api(technician).get("/api/v1/guides/?category=1&category=2")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"category": ["Give `category` once."]}


def test_bodies_are_json(api: Api, client_user: User) -> None:
    body = {"subject": "Mouse", "description": "Slow."}
    assert api(client_user).post("/api/v1/tickets/", body, format="multipart").status_code == 415
    assert api(client_user).post("/api/v1/tickets/", body, format="json").status_code == 201


def test_request_bodies_are_documented_as_json_except_the_upload(schema: dict[str, Any]) -> None:
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            content = operation.get("requestBody", {}).get("content", {})
            if path.endswith("/attachments/"):
                assert list(content) == ["multipart/form-data"]
            elif content:
                assert list(content) == ["application/json"], (method, path)


def test_a_download_documents_every_type_it_can_have(schema: dict[str, Any]) -> None:
    download = schema["paths"]["/api/v1/attachments/{public_id}/"]["get"]
    assert set(download["responses"]["200"]["content"]) == set(ALLOWED_TYPES)


def test_sign_in_is_optional_only_where_anyone_may_read(schema: dict[str, Any]) -> None:
    paths = schema["paths"]
    assert {} in paths["/api/v1/guides/"]["get"]["security"]
    assert {} in paths["/api/v1/guides/{slug}/"]["get"]["security"]
    assert {} not in paths["/api/v1/guides/"]["post"]["security"]
    assert {} not in paths["/api/v1/tickets/"]["get"]["security"]


def test_text_inputs_say_a_nul_is_invalid(schema: dict[str, Any]) -> None:
    create = schema["components"]["schemas"]["TicketCreateRequest"]["properties"]
    assert create["subject"]["pattern"] == "^[^\\u0000]*$"
