"""Clients follow their problems: plain status, public timeline, replies, fixed or not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from outbox.models import OutboxEmail
from tests.factories import make_ticket
from tests.tickets.test_attachments import PNG
from tickets.models import DataSafety, MessageKind, Status, Ticket
from tickets.services import message_add, ticket_close, ticket_resolve
from tickets.services.attachments import attachment_stage

pytestmark = pytest.mark.django_db


@pytest.fixture
def maria(client: Client, client_user: User) -> Client:
    client.force_login(client_user)
    return client


def resolved(ticket: Ticket, technician: User) -> Ticket:
    ticket_resolve(
        ticket=ticket, actor=technician, cause="c", actions="a", data_safety=DataSafety.SAFE
    )
    return ticket


def test_list_shows_plain_status(
    maria: Client, client_user: User, other_client: User, technician: User
) -> None:
    mine = make_ticket(client=client_user, subject="Printer offline")
    message_add(
        ticket=mine,
        kind=MessageKind.REPLY,
        author=technician,
        body="Which printer?",
        waiting_on_client=True,
    )
    make_ticket(client=other_client, subject="Daniel's secret problem")
    page = maria.get(reverse("portal:home")).content.decode()
    assert "Printer offline" in page and "We need something from you" in page
    assert "Daniel" not in page


def test_timeline_never_shows_internal_notes(
    maria: Client, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    message_add(
        ticket=ticket, kind=MessageKind.REPLY, author=technician, body="Your files are safe."
    )
    note_file = attachment_stage(owner=technician, upload=SimpleUploadedFile("internal.png", PNG))
    message_add(
        ticket=ticket,
        kind=MessageKind.NOTE,
        author=technician,
        body="SECRET NOTE: driver issue",
        staged=[note_file],
    )
    page = maria.get(reverse("portal:ticket", args=[ticket.reference])).content.decode()
    assert "Your files are safe." in page
    assert "SECRET NOTE" not in page and "internal.png" not in page
    assert "Sam, technician" in page


@pytest.mark.parametrize("how", ["list", "url", "guess"])
def test_another_clients_ticket_is_not_found(
    client: Client, client_user: User, other_client: User, how: str
) -> None:
    theirs = make_ticket(client=other_client, subject="Daniel's problem")
    client.force_login(client_user)
    if how == "list":
        assert "Daniel" not in client.get(reverse("portal:home")).content.decode()
        return
    reference = theirs.reference if how == "url" else f"HD-{theirs.number + 1}"
    for name in ("ticket", "submitted"):
        assert client.get(reverse(f"portal:{name}", args=[reference])).status_code == 404
    for name in ("reply", "fixed", "still_broken"):
        assert (
            client.post(reverse(f"portal:{name}", args=[reference]), {"body": "x"}).status_code
            == 404
        )
    theirs.refresh_from_db()
    assert theirs.messages.count() == 1


def test_another_clients_file_is_not_found(
    client: Client, client_user: User, other_client: User, technician: User
) -> None:
    theirs = make_ticket(client=other_client)
    staged = attachment_stage(owner=technician, upload=SimpleUploadedFile("daniel.png", PNG))
    message_add(
        ticket=theirs, kind=MessageKind.REPLY, author=technician, body="Here", staged=[staged]
    )
    client.force_login(client_user)
    attachment = theirs.attachments.get()
    assert client.get(reverse("portal:attachment", args=[attachment.public_id])).status_code == 404


def test_client_reply_reaches_the_technician(
    maria: Client, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=technician,
        body="Which printer?",
        waiting_on_client=True,
    )
    response = maria.post(
        reverse("portal:reply", args=[ticket.reference]), {"body": "The one upstairs."}
    )
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.status == Status.OPEN
    assert (
        ticket.messages.order_by("id").values_list("body", flat=True).last() == "The one upstairs."
    )


def test_empty_reply_is_explained(maria: Client, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    response = maria.post(reverse("portal:reply", args=[ticket.reference]), {"body": "  "})
    assert "Please write a reply or attach a file." in response.content.decode()


def test_technician_reply_emails_the_client(
    client_user: User, technician: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    ticket = make_ticket(client=client_user)
    with django_capture_on_commit_callbacks(execute=True):
        message_add(
            ticket=ticket,
            kind=MessageKind.REPLY,
            author=technician,
            body="Is it plugged in?",
            waiting_on_client=True,
        )
        message_add(ticket=ticket, kind=MessageKind.NOTE, author=technician, body="internal only")
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [client_user.email]
    assert sent.subject.startswith("We need something from you")
    assert "Is it plugged in?" in sent.body and "internal only" not in sent.body
    assert f"/portal/tickets/{ticket.reference}/" in sent.body
    assert OutboxEmail.objects.get().ticket == ticket


def test_yes_its_fixed_closes_the_ticket(
    maria: Client, client_user: User, technician: User
) -> None:
    ticket = resolved(make_ticket(client=client_user), technician)
    page = maria.get(reverse("portal:ticket", args=[ticket.reference])).content.decode()
    assert "Is it fixed now?" in page and "Fixed — please check" in page
    maria.post(reverse("portal:fixed", args=[ticket.reference]), {"comment": "Thank you!"})
    ticket.refresh_from_db()
    assert ticket.status == Status.CLOSED
    assert ticket.messages.order_by("id").values_list("body", flat=True).last() == "Thank you!"


def test_still_not_working_reopens_a_resolved_ticket(
    maria: Client, client_user: User, technician: User
) -> None:
    ticket = resolved(make_ticket(client=client_user), technician)
    maria.post(
        reverse("portal:still_broken", args=[ticket.reference]), {"details": "Offline again"}
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.OPEN and ticket.reopened_count == 1
    assert ticket.messages.order_by("id").values_list("body", flat=True).last() == "Offline again"


@pytest.mark.parametrize(("days", "reopens"), [(1, True), (14, True), (15, False), (60, False)])
def test_reopen_window_is_fourteen_days(
    maria: Client, client_user: User, technician: User, days: int, reopens: bool
) -> None:
    ticket = resolved(make_ticket(client=client_user), technician)
    ticket_close(ticket=ticket, actor=technician)
    Ticket.objects.filter(pk=ticket.pk).update(
        closed_at=timezone.now() - timedelta(days=days, minutes=-1)
    )
    response = maria.post(reverse("portal:still_broken", args=[ticket.reference]), {"details": ""})
    ticket.refresh_from_db()
    if reopens:
        assert ticket.status == Status.OPEN
        assert Ticket.objects.count() == 1
        assert response["Location"] == reverse("portal:ticket", args=[ticket.reference])
    else:
        assert ticket.status == Status.CLOSED
        follow_up = Ticket.objects.exclude(pk=ticket.pk).get()
        assert follow_up.follows == ticket and follow_up.client == client_user
        assert follow_up.subject.startswith("Still not working:")
        assert response["Location"] == reverse("portal:ticket", args=[follow_up.reference])
        page = maria.get(reverse("portal:ticket", args=[ticket.reference])).content.decode()
        assert follow_up.reference in page


def test_still_broken_on_an_open_ticket_is_refused_gently(maria: Client, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    response = maria.post(reverse("portal:still_broken", args=[ticket.reference]), {}, follow=True)
    assert "still working on this problem" in response.content.decode()


def test_list_and_ticket_pages_query_counts_do_not_grow(
    maria: Client,
    client_user: User,
    technician: User,
    django_assert_max_num_queries,
    django_assert_num_queries,
) -> None:
    def fill(n: int) -> Ticket:
        last = None
        for _ in range(n):
            last = make_ticket(client=client_user)
            message_add(ticket=last, kind=MessageKind.REPLY, author=technician, body="On it.")
            message_add(ticket=last, kind=MessageKind.NOTE, author=technician, body="note")
        assert last is not None
        return last

    ticket = fill(2)
    home, page = reverse("portal:home"), reverse("portal:ticket", args=[ticket.reference])
    maria.get(home)
    with django_assert_max_num_queries(7) as small_home:
        maria.get(home)
    with django_assert_max_num_queries(8) as small_page:
        maria.get(page)
    fill(48)
    for _ in range(20):
        message_add(ticket=ticket, kind=MessageKind.REPLY, author=technician, body="More.")
    with django_assert_num_queries(len(small_home.captured_queries)):
        maria.get(home)
    with django_assert_num_queries(len(small_page.captured_queries)):
        maria.get(page)
