"""Creating tickets and moving them through their life: assign, status, priority,
resolve, close, reopen, and the bulk versions used by the workspace."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from accounts.models import User
from tickets import hooks, presentation
from tickets.models import (
    Category,
    Channel,
    DataSafety,
    EventKind,
    Message,
    MessageKind,
    Priority,
    ReferenceCounter,
    Resolution,
    StagedUpload,
    Status,
    Ticket,
)
from tickets.selectors import ticket_events_since
from tickets.services.attachments import attachment_add
from tickets.services.concurrency import (
    TicketChanged,
    event_record,
    ticket_lock,
    ticket_refresh_from,
    ticket_save,
)
from tickets.workflow import (
    STATUS_LABELS,
    TransitionNotAllowed,
    check_can_close,
    check_can_reopen,
    check_can_resolve,
    check_status_move,
)

COUNTER_NAME = "ticket"


def _next_number() -> int:
    """Take the next ticket number. The UPDATE locks the counter row until commit."""
    updated = ReferenceCounter.objects.filter(name=COUNTER_NAME).update(value=F("value") + 1)
    if not updated:
        ReferenceCounter.objects.get_or_create(name=COUNTER_NAME)
        ReferenceCounter.objects.filter(name=COUNTER_NAME).update(value=F("value") + 1)
    return ReferenceCounter.objects.values_list("value", flat=True).get(name=COUNTER_NAME)


@transaction.atomic
def ticket_create(
    *,
    client: User,
    subject: str,
    description: str,
    created_by: User,
    channel: Channel | str = Channel.PORTAL,
    category: Category | None = None,
    priority: Priority | int = Priority.NORMAL,
    impact: str = "",
    data_worry: str = "",
    needed_by: datetime | None = None,
    follows: Ticket | None = None,
    staged: Sequence[StagedUpload] = (),
) -> Ticket:
    """Open a ticket with the client's own words as its first message."""
    now = timezone.now()
    ticket = Ticket.objects.create(
        number=_next_number(),
        subject=" ".join(subject.split())[:200],
        description=description.strip(),
        client=client,
        created_by=created_by,
        channel=channel,
        category=category,
        priority=priority,
        impact=impact,
        data_worry=data_worry,
        needed_by=needed_by,
        follows=follows,
        created_at=now,
        updated_at=now,
    )
    message = Message.objects.create(
        ticket=ticket,
        kind=MessageKind.CLIENT,
        author=created_by,
        body=description.strip(),
        created_at=now,
    )
    note = "" if channel == Channel.PORTAL else f"by {Channel(channel).label.lower()}"
    event_record(
        ticket=ticket, actor=created_by, kind=EventKind.CREATED, new=ticket.subject, note=note
    )
    if follows is not None:
        event_record(ticket=ticket, actor=created_by, kind=EventKind.LINKED, new=follows.reference)
    for upload in staged:
        attachment_add(
            ticket=ticket, message=message, staged=upload, actor=created_by, is_internal=False
        )
    hooks.client_message_added.run(
        hooks.MessageAdded(ticket=ticket, message=message, actor=created_by)
    )
    return ticket


@transaction.atomic
def ticket_assign(
    *, ticket: Ticket, assignee: User | None, actor: User, expected_version: int | None = None
) -> Ticket:
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    if locked.assignee_id == (assignee.pk if assignee else None):
        return locked
    old = locked.assignee
    locked.assignee = assignee
    ticket_save(ticket=locked, fields=["assignee"])
    event_record(
        ticket=locked,
        actor=actor,
        kind=EventKind.ASSIGNED,
        old=old.display_name if old else "nobody",
        new=assignee.display_name if assignee else "nobody",
    )
    ticket_refresh_from(target=ticket, source=locked)
    return locked


@transaction.atomic
def ticket_change_status(
    *, ticket: Ticket, status: Status | str, actor: User, expected_version: int | None = None
) -> Ticket:
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    check_status_move(locked.status, status)
    old = locked.status
    locked.status = status
    ticket_save(ticket=locked, fields=["status"])
    event_record(ticket=locked, actor=actor, kind=EventKind.STATUS, old=old, new=status)
    ticket_refresh_from(target=ticket, source=locked)
    return locked


@transaction.atomic
def ticket_change_priority(
    *,
    ticket: Ticket,
    priority: Priority | int,
    actor: User | None,
    expected_version: int | None = None,
    note: str = "",
) -> Ticket:
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    if locked.priority == priority:
        return locked
    old = locked.priority
    locked.priority = priority
    ticket_save(ticket=locked, fields=["priority"])
    event_record(
        ticket=locked,
        actor=actor,
        kind=EventKind.PRIORITY,
        old=Priority(old).label,
        new=Priority(priority).label,
        note=note,
    )
    ticket_refresh_from(target=ticket, source=locked)
    return locked


def ticket_raise_priority(*, ticket: Ticket, at_least: Priority, reason: str) -> Ticket:
    """The helpdesk itself raises priority (never lowers it), e.g. when data may be lost."""
    if ticket.priority >= at_least:
        return ticket
    return ticket_change_priority(ticket=ticket, priority=at_least, actor=None, note=reason)


@transaction.atomic
def ticket_change_category(
    *,
    ticket: Ticket,
    category: Category | None,
    actor: User,
    expected_version: int | None = None,
) -> Ticket:
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    if locked.category_id == (category.pk if category else None):
        return locked
    old = locked.category
    locked.category = category
    ticket_save(ticket=locked, fields=["category"])
    event_record(
        ticket=locked,
        actor=actor,
        kind=EventKind.CATEGORY,
        old=old.name if old else "none",
        new=category.name if category else "none",
    )
    ticket_refresh_from(target=ticket, source=locked)
    return locked


@transaction.atomic
def ticket_resolve(
    *,
    ticket: Ticket,
    actor: User,
    cause: str,
    actions: str,
    data_safety: DataSafety | str,
    prevention: str = "",
    expected_version: int | None = None,
    **links: Any,
) -> Resolution:
    """Record what happened and what was done, in plain words, and mark the ticket resolved.

    `links` carries optional links other apps add to the resolution (e.g. `guide`).
    """
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    check_can_resolve(locked.status)
    resolution = Resolution.objects.create(
        ticket=locked,
        author=actor,
        cause=cause.strip(),
        actions=actions.strip(),
        data_safety=data_safety,
        prevention=prevention.strip(),
        **links,
    )
    old = locked.status
    locked.status = Status.RESOLVED
    locked.resolved_at = resolution.created_at
    if locked.assignee_id is None:
        locked.assignee = actor
    ticket_save(ticket=locked, fields=["status", "resolved_at", "assignee"])
    event_record(
        ticket=locked,
        actor=actor,
        kind=EventKind.RESOLVED,
        old=old,
        new=Status.RESOLVED,
        note=DataSafety(data_safety).label,
    )
    hooks.resolution_recorded.run(
        hooks.ResolutionRecorded(ticket=locked, resolution=resolution, actor=actor)
    )
    ticket_refresh_from(target=ticket, source=locked)
    return resolution


@transaction.atomic
def ticket_close(
    *,
    ticket: Ticket,
    actor: User | None,
    expected_version: int | None = None,
    options: dict[str, Any] | None = None,
) -> Ticket:
    """Close a resolved ticket. This is the event follow-ups hang on.

    Handlers of `hooks.ticket_closing` run inside this transaction (their writes commit with
    the close: the follow-up's explanation and its e-mail); `hooks.ticket_closed` handlers run
    after commit.
    """
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    check_can_close(locked.status)
    locked.status = Status.CLOSED
    locked.closed_at = timezone.now()
    ticket_save(ticket=locked, fields=["status", "closed_at"])
    event = event_record(
        ticket=locked, actor=actor, kind=EventKind.CLOSED, old=Status.RESOLVED, new=Status.CLOSED
    )
    hooks.ticket_closing.run(
        hooks.TicketClosing(ticket=locked, event=event, actor=actor, options=dict(options or {}))
    )
    closed = hooks.TicketChanged(ticket=locked, event=event, actor=actor)
    transaction.on_commit(lambda: hooks.ticket_closed.run(closed))
    ticket_refresh_from(target=ticket, source=locked)
    return locked


@transaction.atomic
def ticket_reopen(
    *,
    ticket: Ticket,
    actor: User,
    reason: str = "",
    expected_version: int | None = None,
) -> Ticket:
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    check_can_reopen(locked.status)
    old = locked.status
    locked.status = Status.OPEN
    locked.resolved_at = None
    locked.closed_at = None
    locked.reopened_count += 1
    ticket_save(ticket=locked, fields=["status", "resolved_at", "closed_at", "reopened_count"])
    event = event_record(
        ticket=locked, actor=actor, kind=EventKind.REOPENED, old=old, new=Status.OPEN, note=reason
    )
    hooks.ticket_reopened.run(hooks.TicketChanged(ticket=locked, event=event, actor=actor))
    ticket_refresh_from(target=ticket, source=locked)
    return locked


@dataclass
class BulkResult:
    changed: list[Ticket] = field(default_factory=list)
    refused: list[tuple[Ticket, str]] = field(default_factory=list)


def _changed_since(changed: TicketChanged) -> str:
    events = ticket_events_since(ticket=changed.current, version=changed.seen_version)
    what = "; ".join(
        f"{event.actor.display_name if event.actor else 'The helpdesk'} "
        f"{presentation.event_sentence(event)}"
        for event in events
    )
    return "it changed since you loaded the list" + (f" ({what})" if what else "") + "."


def tickets_bulk_assign(
    *,
    tickets: Iterable[Ticket],
    assignee: User | None,
    actor: User,
    seen_versions: Mapping[int, int] | None = None,
) -> BulkResult:
    """Assign each ticket nobody changed since the list was loaded; report the others."""
    result = BulkResult()
    seen = seen_versions or {}
    for ticket in tickets:
        before = ticket.assignee_id
        try:
            ticket_assign(
                ticket=ticket, assignee=assignee, actor=actor, expected_version=seen.get(ticket.pk)
            )
        except TicketChanged as changed:
            result.refused.append((ticket, _changed_since(changed)))
            continue
        if before != (assignee.pk if assignee else None):
            result.changed.append(ticket)
    return result


def tickets_bulk_change_status(
    *,
    tickets: Iterable[Ticket],
    status: Status | str,
    actor: User,
    seen_versions: Mapping[int, int] | None = None,
) -> BulkResult:
    """Change each ticket that may make the move and that nobody changed since the list was
    loaded; report the others with the reason."""
    result = BulkResult()
    seen = seen_versions or {}
    for ticket in tickets:
        try:
            ticket_change_status(
                ticket=ticket, status=status, actor=actor, expected_version=seen.get(ticket.pk)
            )
        except TicketChanged as changed:
            result.refused.append((ticket, _changed_since(changed)))
        except TransitionNotAllowed as refusal:
            result.refused.append((ticket, str(refusal)))
        else:
            result.changed.append(ticket)
    return result


__all__ = ["STATUS_LABELS", "TicketChanged"]
