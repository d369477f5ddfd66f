"""Every status move: the allowed ones happen, the others are refused with a clear message."""

from __future__ import annotations

import pytest

from accounts.models import User
from tests.factories import make_ticket
from tickets.models import DataSafety, Status, Ticket
from tickets.services import (
    TransitionNotAllowed,
    ticket_change_status,
    ticket_close,
    ticket_reopen,
    ticket_resolve,
)
from tickets.workflow import STATUS_MOVES

pytestmark = pytest.mark.django_db

ALL = [status.value for status in Status]


def ticket_in(status: str, client: User, technician: User) -> Ticket:
    ticket = make_ticket(client=client)
    if status == Status.NEW:
        return ticket
    if status in (Status.OPEN, Status.WAITING):
        return ticket_change_status(ticket=ticket, status=status, actor=technician)
    resolve(ticket, technician)
    if status == Status.CLOSED:
        ticket_close(ticket=ticket, actor=technician)
    return ticket


def resolve(ticket: Ticket, technician: User) -> None:
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause="The printer lost its link to the computer.",
        actions="I connected them again.",
        data_safety=DataSafety.NOT_INVOLVED,
    )


@pytest.mark.parametrize("start", ALL)
@pytest.mark.parametrize("target", ALL)
def test_plain_status_moves(client_user: User, technician: User, start: str, target: str) -> None:
    ticket = ticket_in(start, client_user, technician)
    if target in STATUS_MOVES[start]:
        ticket_change_status(ticket=ticket, status=target, actor=technician)
        ticket.refresh_from_db()
        assert ticket.status == target
    else:
        with pytest.raises(TransitionNotAllowed) as refusal:
            ticket_change_status(ticket=ticket, status=target, actor=technician)
        assert str(refusal.value)  # always a sentence for the person
        ticket.refresh_from_db()
        assert ticket.status == start


def test_resolved_is_only_reached_by_resolving(client_user: User, technician: User) -> None:
    ticket = make_ticket(client=client_user)
    with pytest.raises(TransitionNotAllowed, match="Use “Resolve”"):
        ticket_change_status(ticket=ticket, status=Status.RESOLVED, actor=technician)


@pytest.mark.parametrize("start", ALL)
def test_resolve_from_each_status(client_user: User, technician: User, start: str) -> None:
    ticket = ticket_in(start, client_user, technician)
    if start == Status.CLOSED:
        with pytest.raises(TransitionNotAllowed, match="reopen it first"):
            resolve(ticket, technician)
    else:
        resolve(ticket, technician)
        ticket.refresh_from_db()
        assert ticket.status == Status.RESOLVED
        assert ticket.resolved_at is not None
        assert ticket.assignee is not None


@pytest.mark.parametrize("start", ALL)
def test_close_only_from_resolved(client_user: User, technician: User, start: str) -> None:
    ticket = ticket_in(start, client_user, technician)
    if start == Status.RESOLVED:
        ticket_close(ticket=ticket, actor=technician)
        ticket.refresh_from_db()
        assert ticket.status == Status.CLOSED and ticket.closed_at is not None
    else:
        with pytest.raises(TransitionNotAllowed):
            ticket_close(ticket=ticket, actor=technician)


@pytest.mark.parametrize("start", ALL)
def test_reopen_only_from_resolved_or_closed(
    client_user: User, technician: User, start: str
) -> None:
    ticket = ticket_in(start, client_user, technician)
    if start in (Status.RESOLVED, Status.CLOSED):
        ticket_reopen(ticket=ticket, actor=technician, reason="It's back")
        ticket.refresh_from_db()
        assert ticket.status == Status.OPEN
        assert ticket.resolved_at is None and ticket.closed_at is None
        assert ticket.reopened_count == 1
    else:
        with pytest.raises(TransitionNotAllowed, match="Only a resolved or closed ticket"):
            ticket_reopen(ticket=ticket, actor=technician)
