"""Text is never cut to fit: over its limit it is refused, saying the limit, and kept."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import User
from core import limits
from empathy.engine import DraftContext, review_draft
from empathy.glossary import shipped_glossary
from tests.factories import make_ticket
from tickets.models import Impact, Message, MessageKind, Ticket

pytestmark = pytest.mark.django_db

LONG_LOG = "Error 0x80070005 at step {n}: access denied.\n"


def pasted_log(characters: int) -> str:
    lines = [LONG_LOG.format(n=n) for n in range(characters // len(LONG_LOG) + 2)]
    return "".join(lines)[:characters]


def test_no_form_tells_the_browser_a_maximum_length(
    client: Client, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    pages = {
        client_user: [reverse("portal:new"), reverse("portal:ticket", args=[ticket.reference])],
        technician: [reverse("workspace:new"), ticket.get_absolute_url(), reverse("kb:new")],
    }
    for person, urls in pages.items():
        client.force_login(person)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "<textarea" in response.content.decode() or "<input" in response.content.decode()
            assert "maxlength" not in response.content.decode(), url
    client.logout()
    assert "maxlength" not in client.get(reverse("accounts:sign_up")).content.decode()


def test_a_long_pasted_description_is_stored_whole(client: Client, client_user: User) -> None:
    client.force_login(client_user)
    happened = "The screen said:\n" + pasted_log(30_000).rstrip()
    response = client.post(
        reverse("portal:new"),
        {
            "trying": "Open the shared drive.",
            "happened": happened,
            "impact": Impact.SLOWS_ME,
            "data_worry": "no",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    ticket = Ticket.objects.get(client=client_user)
    assert happened in ticket.description
    assert happened in Message.objects.get(ticket=ticket).body


def test_text_over_the_limit_is_refused_saying_so_and_kept(
    client: Client, client_user: User
) -> None:
    client.force_login(client_user)
    happened = pasted_log(limits.CLIENT_TEXT + 10)
    response = client.post(
        reverse("portal:new"),
        {
            "trying": "Open the shared drive.",
            "happened": happened,
            "impact": Impact.SLOWS_ME,
            "data_worry": "no",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert f"This is {limits.CLIENT_TEXT + 10:,} characters long" in page
    assert f"the most this box takes is {limits.CLIENT_TEXT:,}" in page
    assert "Nothing has been cut" in page
    assert happened[-200:].replace("'", "&#x27;") in page  # everything typed is still there
    assert not Ticket.objects.exists()


def test_a_reply_has_a_limit_with_a_clear_message(
    client: Client, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    client.force_login(technician)
    body = "Your files are safe. " * 3000  # 63,000 characters
    response = client.post(
        reverse("workspace:reply", args=[ticket.reference]),
        {"version": ticket.version, "body": body},
    )
    page = response.content.decode()
    assert f"the most this box takes is {limits.REPLY_TEXT:,}" in page
    assert body[:500] in page
    assert not ticket.messages.filter(kind=MessageKind.REPLY).exists()


@pytest.mark.parametrize(
    ("field", "limit"), [("description", limits.CLIENT_TEXT), ("subject", limits.SUBJECT)]
)
def test_the_api_refuses_overlong_text_in_the_same_words(
    client_user: User, field: str, limit: int
) -> None:
    api = APIClient()
    api.force_authenticate(client_user)
    data: dict[str, Any] = {"subject": "Printer", "description": "It says offline."}
    data[field] = "x" * (limit + 1)
    response = api.post("/api/v1/tickets/", data, format="json")
    assert response.status_code == 400
    message = response.json()["error"]["fields"][field][0]
    assert f"the most this box takes is {limit:,}" in message


def test_the_api_holds_a_technicians_reply_to_the_reply_limit(
    client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    api = APIClient()
    api.force_authenticate(technician)
    url = f"/api/v1/tickets/{ticket.reference}/messages/"
    body = "y" * (limits.REPLY_TEXT + 1)
    refused = api.post(url, {"body": body, "kind": "reply"}, format="json")
    assert refused.status_code == 400
    assert "the most this box takes is" in refused.json()["error"]["fields"]["body"][0]
    noted = api.post(url, {"body": body, "kind": "note"}, format="json")
    assert noted.status_code == 201


def test_the_coach_says_when_a_reply_is_far_too_long_for_this_client() -> None:
    glossary = shipped_glossary()
    short = review_draft(
        "Your files are safe. I fixed the link to the shared drive.",
        glossary=glossary,
        context=DraftContext(comfort="new"),
    )
    long_text = "Your files are safe and I fixed the link to the shared drive today. " * 100
    long = review_draft(long_text, glossary=glossary, context=DraftContext(comfort="new"))
    assert short.too_long == ""
    assert "far too long for this client" in long.too_long
    assert long.score < short.score - 15
    confident = review_draft(
        long_text, glossary=glossary, context=DraftContext(comfort="confident")
    )
    assert confident.too_long  # 1,400 words is too long for anyone
