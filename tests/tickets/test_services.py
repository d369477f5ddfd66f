"""What each ticket service does to the ticket, its history and its hooks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction

from accounts.models import User
from tests.factories import make_ticket
from tickets import hooks
from tickets.models import (
    Channel,
    DataSafety,
    EventKind,
    MessageKind,
    Priority,
    Status,
    Ticket,
    TicketEvent,
    parse_reference,
)
from tickets.services import (
    message_add,
    ticket_assign,
    ticket_change_priority,
    ticket_close,
    ticket_raise_priority,
    ticket_resolve,
    tickets_bulk_assign,
    tickets_bulk_change_status,
)
from tickets.services.conversation import EmptyMessage

pytestmark = pytest.mark.django_db


def test_references_are_sequential_and_parse(client_user: User) -> None:
    first = make_ticket(client=client_user)
    second = make_ticket(client=client_user)
    assert second.number == first.number + 1
    assert first.reference == f"HD-{first.number}"
    for text in (
        f"HD-{first.number}",
        f"hd{first.number}",
        f"#{first.number}",
        f" {first.number} ",
    ):
        assert parse_reference(text) == first.number
    for text in ("HD-", "HD-12a", "hello", "", "HD-99999999999999"):
        assert parse_reference(text) is None


def test_create_records_the_clients_words_and_history(client_user: User, technician: User) -> None:
    ticket = make_ticket(client=client_user, created_by=technician, channel=Channel.PHONE)
    message = ticket.messages.get()
    assert message.kind == MessageKind.CLIENT
    assert "Could someone have a look" in message.body
    assert ticket.description == message.body
    event = ticket.events.get()
    assert (event.kind, event.actor, event.note) == (EventKind.CREATED, technician, "by phone call")
    assert ticket.status == Status.NEW


def test_first_reply_opens_the_ticket_and_sets_first_response(
    client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    message_add(
        ticket=ticket, kind=MessageKind.REPLY, author=technician, body="Your files are safe."
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.OPEN
    first = ticket.first_response_at
    assert first is not None
    message_add(ticket=ticket, kind=MessageKind.REPLY, author=technician, body="Another.")
    ticket.refresh_from_db()
    assert ticket.first_response_at == first


def test_asking_the_client_waits_and_their_answer_reopens(
    client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=technician,
        body="Which printer?",
        waiting_on_client=True,
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.WAITING
    message_add(
        ticket=ticket, kind=MessageKind.CLIENT, author=client_user, body="The one upstairs."
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.OPEN
    kinds = list(ticket.events.values_list("kind", flat=True))
    assert kinds.count(EventKind.STATUS) == 2


def test_notes_change_nothing_but_history(client_user: User, technician: User) -> None:
    ticket = make_ticket(client=client_user)
    message_add(
        ticket=ticket, kind=MessageKind.NOTE, author=technician, body="Driver issue, I think."
    )
    ticket.refresh_from_db()
    assert ticket.status == Status.NEW
    assert ticket.first_response_at is None
    assert ticket.events.filter(kind=EventKind.NOTE).exists()


def test_empty_messages_are_refused(client_user: User, technician: User) -> None:
    ticket = make_ticket(client=client_user)
    with pytest.raises(EmptyMessage):
        message_add(ticket=ticket, kind=MessageKind.REPLY, author=technician, body="   ")


def test_assign_and_priority_are_recorded(
    client_user: User, technician: User, other_technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    version = ticket.version
    ticket_assign(ticket=ticket, assignee=technician, actor=other_technician)
    ticket_change_priority(ticket=ticket, priority=Priority.URGENT, actor=technician)
    assert ticket.version == version + 2
    events = list(ticket.events.order_by("id").values_list("kind", "old_value", "new_value"))
    assert events[-2:] == [
        (EventKind.ASSIGNED, "nobody", "Sam Taylor"),
        (EventKind.PRIORITY, "Normal", "Urgent"),
    ]


def test_the_helpdesk_raises_priority_but_never_lowers_it(client_user: User) -> None:
    ticket = make_ticket(client=client_user, priority=Priority.URGENT)
    ticket_raise_priority(ticket=ticket, at_least=Priority.HIGH, reason="worried about data")
    assert ticket.priority == Priority.URGENT
    calm = make_ticket(client=client_user)
    ticket_raise_priority(ticket=calm, at_least=Priority.HIGH, reason="worried about data")
    event = calm.events.get(kind=EventKind.PRIORITY)
    assert event.actor is None and event.note == "worried about data"


def test_close_hooks_fire_inside_and_after_commit(
    client_user: User, technician: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    ticket = make_ticket(client=client_user)
    ticket_resolve(
        ticket=ticket, actor=technician, cause="c", actions="a", data_safety=DataSafety.SAFE
    )
    seen: list[tuple[str, bool]] = []

    def closing(payload: hooks.TicketClosing) -> None:
        seen.append(("closing", transaction.get_connection().in_atomic_block))
        assert payload.options == {"note": "x"}

    def closed(payload: hooks.TicketChanged) -> None:
        seen.append(("closed", payload.ticket.status == Status.CLOSED))

    with hooks.ticket_closing.added(closing), hooks.ticket_closed.added(closed):
        with django_capture_on_commit_callbacks(execute=True):
            ticket_close(ticket=ticket, actor=technician, options={"note": "x"})
            assert seen == [("closing", True)]
        assert seen == [("closing", True), ("closed", True)]
    assert closing not in hooks.ticket_closing.handlers


def test_history_is_append_only(client_user: User) -> None:
    event = make_ticket(client=client_user).events.get()
    event.note = "tampered"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
    assert TicketEvent.objects.get(pk=event.pk).note == ""


def test_bulk_assign_and_status(client_user: User, technician: User) -> None:
    tickets = [make_ticket(client=client_user) for _ in range(3)]
    result = tickets_bulk_assign(tickets=tickets, assignee=technician, actor=technician)
    assert len(result.changed) == 3
    ticket_resolve(
        ticket=tickets[0], actor=technician, cause="c", actions="a", data_safety=DataSafety.SAFE
    )
    fresh = list(Ticket.objects.filter(pk__in=[t.pk for t in tickets]).order_by("pk"))
    result = tickets_bulk_change_status(tickets=fresh, status=Status.WAITING, actor=technician)
    assert [t.pk for t in result.changed] == [tickets[1].pk, tickets[2].pk]
    assert result.refused[0][0].pk == tickets[0].pk
    assert "reopen it first" in result.refused[0][1]
