"""POST /api/v1/analysis/: staff only, consistent errors, the same shape as the command."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import User
from tests.factories import make_ticket

pytestmark = pytest.mark.django_db
URL = "/api/v1/analysis/"


@pytest.mark.parametrize(
    ("persona", "status"),
    [(None, 403), ("client_user", 403), ("technician", 200), ("manager", 200)],
)
def test_permissions(persona: str | None, status: int, request: pytest.FixtureRequest) -> None:
    api = APIClient()
    if persona:
        api.force_authenticate(request.getfixturevalue(persona))
    response = api.post(URL, {"text": "help, my files are gone", "kind": "message"}, format="json")
    assert response.status_code == status
    if status != 200:
        assert set(response.json()["error"]) == {"code", "message", "fields"}


def test_token_authentication(technician: User) -> None:
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=technician)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert (
        api.post(URL, {"text": "printer offline again"}, format="json").json()["worries"][0]["kind"]
        == "repeat"
    )


def test_reply_review_for_a_tickets_client(technician: User, client_user: User) -> None:
    ticket = make_ticket(
        client=client_user, description="All my listings are gone!! The viewing is at 3"
    )
    api = APIClient()
    api.force_authenticate(technician)
    response = api.post(
        URL,
        {"text": "I remapped the drive.", "kind": "reply", "ticket": ticket.reference},
        format="json",
    )
    body = response.json()
    assert body["unanswered_worries"] == ["data_loss", "deadline"]
    assert [item["term"] for item in body["jargon"]] == ["remapped"]  # Maria is new to computers


def test_bad_input_names_the_field(technician: User) -> None:
    api = APIClient()
    api.force_authenticate(technician)
    response = api.post(URL, {"kind": "poem", "worries": ["panic"]}, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert set(error["fields"]) == {"text", "kind", "worries"}


def test_session_requests_need_csrf(technician: User) -> None:
    api = APIClient(enforce_csrf_checks=True)
    api.force_login(technician)
    assert api.post(URL, {"text": "x"}, format="json").status_code == 403
    assert reverse("api:analysis") == URL
