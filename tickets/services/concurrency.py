"""Optimistic concurrency: every change names the ticket version its author saw.

A service locks the ticket row, compares versions, and refuses with TicketChanged when
someone else changed the ticket in between. The view then shows what changed and keeps
the person's typed text, so nothing is lost and nothing is overwritten unseen.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone

from accounts.models import User
from tickets.models import EventKind, Ticket, TicketEvent


class TicketChanged(Exception):
    """Someone changed the ticket since the person opened it."""

    def __init__(self, *, current: Ticket, seen_version: int) -> None:
        self.current = current
        self.seen_version = seen_version
        super().__init__(
            f"{current.reference} changed since you opened it "
            f"(version {seen_version} → {current.version})."
        )


def ticket_lock(*, ticket: Ticket, expected_version: int | None) -> Ticket:
    """Lock the row for this transaction and check nobody changed it since it was seen."""
    locked = Ticket.objects.select_for_update().get(pk=ticket.pk)
    if expected_version is not None and locked.version != expected_version:
        raise TicketChanged(current=locked, seen_version=expected_version)
    return locked


def ticket_save(*, ticket: Ticket, fields: Iterable[str]) -> Ticket:
    """Save the changed fields, raising the version and the last-activity time."""
    ticket.version += 1
    ticket.updated_at = timezone.now()
    ticket.save(update_fields=[*fields, "version", "updated_at"])
    return ticket


def event_record(
    *,
    ticket: Ticket,
    actor: User | None,
    kind: EventKind,
    old: object = "",
    new: object = "",
    note: str = "",
) -> TicketEvent:
    return TicketEvent.objects.create(
        ticket=ticket,
        actor=actor,
        kind=kind,
        old_value=str(old)[:200],
        new_value=str(new)[:200],
        note=note[:300],
        version=ticket.version,
    )


def ticket_refresh_from(*, target: Ticket, source: Ticket) -> None:
    """Give the caller's instance the state the service just saved, without a query."""
    for field in Ticket._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
