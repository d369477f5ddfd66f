"""The ticket page: timeline, client card, history, actions, and its query count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accounts.models import User
from accounts.roles import Role, role_of
from outbox.models import OutboxEmail
from tests.factories import category, make_ticket
from tests.tickets.test_attachments import PNG
from tickets.models import Channel, DataSafety, EventKind, MessageKind, Status, Ticket
from tickets.services import message_add
from tickets.services.attachments import attachment_stage

pytestmark = pytest.mark.django_db


@pytest.fixture
def tech_client(client: Client, technician: User) -> Client:
    client.force_login(technician)
    return client


def test_timeline_kinds_look_different(
    tech_client: Client, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    message_add(
        ticket=ticket, kind=MessageKind.REPLY, author=technician, body="Your files are safe."
    )
    message_add(ticket=ticket, kind=MessageKind.NOTE, author=technician, body="Check the driver.")
    page = tech_client.get(ticket.get_absolute_url()).content.decode()
    assert page.count('class="msg msg-client"') == 1
    assert 'class="msg msg-reply"' in page and 'class="msg msg-note"' in page
    assert "Internal note" in page and "Reply to client" in page
    assert "Real estate" in page and "New to computers" in page  # the client card
    assert "This is their first ticket." in page


def test_client_card_lists_earlier_tickets(tech_client: Client, client_user: User) -> None:
    earlier = make_ticket(client=client_user, subject="Wi-Fi drops")
    ticket = make_ticket(client=client_user)
    page = tech_client.get(ticket.get_absolute_url()).content.decode()
    assert earlier.reference in page and "Wi-Fi drops" in page


def test_a_technician_works_a_ticket_from_start_to_close(
    tech_client: Client,
    client_user: User,
    technician: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    ticket = make_ticket(client=client_user)

    def post(action: str, **data: object) -> None:
        ticket.refresh_from_db()
        response = tech_client.post(
            reverse(f"workspace:{action}", args=[ticket.reference]),
            {"version": ticket.version, **data},
        )
        assert response.status_code == 302, response.content.decode()[:3000]

    post("take")
    post("priority", priority=3)
    post("category", category=category("printers").pk)
    post(
        "reply", body="Your documents are safe. Is the printer switched on?", waiting_on_client="on"
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.WAITING
    post("status", status=Status.OPEN)
    post("note", body="It had lost its address after the power cut.")
    post(
        "resolve",
        cause="The printer lost its connection after the power cut.",
        actions="I connected it to the computer again.",
        data_safety=DataSafety.NOT_INVOLVED,
        prevention="Turn the printer on before the computer after a power cut.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        post("close")
    ticket.refresh_from_db()
    assert ticket.status == Status.CLOSED
    assert ticket.assignee == technician
    history = tech_client.get(ticket.get_absolute_url(), {"tab": "history"}).content.decode()
    for sentence in (
        "opened the ticket",
        "assigned it to Sam Taylor",
        "changed the priority from Normal to High",
        "changed the category from none to Printers and scanners",
        "replied to the client",
        "changed the status from New to Waiting on client",
        "changed the status from Waiting on client to Open",
        "added an internal note",
        "resolved it (their data was not involved)",
        "closed it",
    ):
        assert sentence in history, sentence
    post("reopen", reason="It's offline again")
    ticket.refresh_from_db()
    assert ticket.status == Status.OPEN and ticket.reopened_count == 1


def test_refused_moves_are_explained_on_the_page(tech_client: Client, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    response = tech_client.post(
        reverse("workspace:close", args=[ticket.reference]), {"version": ticket.version}
    )
    assert response.status_code == 200
    assert "Resolve the ticket before closing it" in response.content.decode()


def test_resolution_form_errors_keep_input(tech_client: Client, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    response = tech_client.post(
        reverse("workspace:resolve", args=[ticket.reference]),
        {"version": ticket.version, "cause": "The cable was loose.", "actions": ""},
    )
    page = response.content.decode()
    assert "Please say what you did to fix it." in page
    assert "Please say whether the client&#x27;s data was safe." in page
    assert "The cable was loose." in page
    ticket.refresh_from_db()
    assert ticket.status == Status.NEW


@pytest.mark.parametrize(
    "action",
    [
        "reply",
        "note",
        "status",
        "priority",
        "assign",
        "take",
        "category",
        "resolve",
        "close",
        "reopen",
    ],
)
def test_actions_are_post_only_and_staff_only(
    client: Client, client_user: User, action: str
) -> None:
    ticket = make_ticket(client=client_user)
    url = reverse(f"workspace:{action}", args=[ticket.reference])
    client.force_login(client_user)
    assert client.post(url, {"version": ticket.version}).status_code == 403
    assert client.get(reverse("workspace:detail", args=[ticket.reference])).status_code == 403
    client.logout()
    assert client.post(url, {"version": 1}).status_code == 302


def test_get_on_an_action_is_refused(tech_client: Client, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    assert tech_client.get(reverse("workspace:close", args=[ticket.reference])).status_code == 405


def test_unknown_reference_is_404(tech_client: Client, db: None) -> None:
    assert tech_client.get(reverse("workspace:detail", args=["HD-424242"])).status_code == 404
    assert tech_client.get(reverse("workspace:detail", args=["not-a-ref"])).status_code == 404


def test_user_text_is_escaped(tech_client: Client, client_user: User) -> None:
    ticket = make_ticket(
        client=client_user, subject="<b>bold</b>", description="<script>alert(1)</script>"
    )
    page = tech_client.get(ticket.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_ticket_page_query_count_does_not_grow(
    tech_client: Client,
    client_user: User,
    technician: User,
    django_assert_num_queries,
    django_assert_max_num_queries,
) -> None:
    ticket = make_ticket(client=client_user)
    for _ in range(2):
        make_ticket(client=client_user)

    def talk(n: int) -> None:
        for i in range(n):
            staged = [
                attachment_stage(owner=technician, upload=SimpleUploadedFile(f"s{i}.png", PNG))
            ]
            kind = MessageKind.NOTE if i % 3 == 0 else MessageKind.REPLY
            message_add(
                ticket=ticket, kind=kind, author=technician, body=f"Message {i}", staged=staged
            )

    talk(2)
    url = ticket.get_absolute_url()
    tech_client.get(url)
    # One fewer when sessions come from the cache (REDIS_URL set).
    with django_assert_max_num_queries(15) as small:
        tech_client.get(url)
    talk(48)
    for _ in range(10):
        make_ticket(client=client_user)
    with django_assert_num_queries(len(small.captured_queries)):
        tech_client.get(url)
    with django_assert_num_queries(len(small.captured_queries)):
        tech_client.get(url, {"tab": "history"})


def test_log_a_ticket_for_an_existing_client(
    tech_client: Client, client_user: User, technician: User
) -> None:
    response = tech_client.post(
        reverse("workspace:new"),
        {
            "client_email": "MARIA@example.test",
            "subject": "Can't find the listings folder",
            "description": "She says the folder with all her listings has vanished.",
            "priority": 2,
            "impact": "cant_work",
            "data_worry": "yes",
            "attachments": [SimpleUploadedFile("photo.png", PNG)],
        },
    )
    ticket = Ticket.objects.get()
    assert response["Location"] == ticket.get_absolute_url()
    assert ticket.client == client_user
    assert ticket.channel == Channel.PHONE and ticket.created_by == technician
    assert ticket.attachments.count() == 1
    page = tech_client.get(ticket.get_absolute_url()).content.decode()
    assert "taken down by Sam Taylor" in page


def test_log_a_ticket_for_a_new_client(
    tech_client: Client, db: None, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    data = {
        "client_email": "edith@example.test",
        "subject": "Tablet won't turn on",
        "description": "Her tablet stays black.",
        "priority": 2,
    }
    missing = tech_client.post(reverse("workspace:new"), data)
    page = missing.content.decode()
    assert "No client has this email yet" in page and "Tablet won" in page
    with django_capture_on_commit_callbacks(execute=True):
        tech_client.post(
            reverse("workspace:new"),
            {
                **data,
                "new_client_name": "Edith Moore",
                "new_client_field": 7,
                "new_client_comfort": "new",
            },
        )
    client = User.objects.get(email="edith@example.test")
    assert role_of(client) == Role.CLIENT
    assert OutboxEmail.objects.filter(kind="client_welcome", to=client.email).exists()
    assert "We&#x27;ve logged your problem" not in mail.outbox[0].subject
    assert Ticket.objects.get().events.filter(kind=EventKind.CREATED).exists()


def test_staff_emails_cannot_be_used_as_clients(tech_client: Client, technician: User) -> None:
    response = tech_client.post(
        reverse("workspace:new"),
        {"client_email": technician.email, "subject": "x", "description": "y", "priority": 2},
    )
    assert "belongs to a staff account" in response.content.decode()


def test_client_search(tech_client: Client, client_user: User, other_client: User) -> None:
    response = tech_client.get(reverse("workspace:client_search"), {"client_query": "mar"})
    page = response.content.decode()
    assert "Maria Alvarez" in page and "Daniel" not in page
    assert (
        "No client matches"
        in tech_client.get(
            reverse("workspace:client_search"), {"client_query": "zzz"}
        ).content.decode()
    )
