"""Adding to the conversation: client messages, replies to the client, internal notes."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from tickets import hooks
from tickets.models import EventKind, Message, MessageKind, StagedUpload, Status, Ticket
from tickets.services.attachments import attachment_add
from tickets.services.concurrency import (
    event_record,
    ticket_lock,
    ticket_refresh_from,
    ticket_save,
)

EVENT_FOR_KIND = {
    MessageKind.CLIENT: EventKind.CLIENT_MESSAGE,
    MessageKind.REPLY: EventKind.REPLY,
    MessageKind.NOTE: EventKind.NOTE,
}


class EmptyMessage(ValueError):
    pass


@transaction.atomic
def message_add(
    *,
    ticket: Ticket,
    kind: MessageKind,
    author: User,
    body: str,
    staged: Sequence[StagedUpload] = (),
    expected_version: int | None = None,
    waiting_on_client: bool = False,
) -> Message:
    """Add a message and move the status the way a person would expect.

    - A reply to the client sets the first-response time; a new ticket becomes open, or
      waiting on the client when the reply asks them something.
    - A client message on a ticket that was waiting for them puts it back to open.
    - An internal note changes nothing but the history.
    """
    text = body.strip()
    if not text and not staged:
        raise EmptyMessage("Please write a message or attach a file.")
    locked = ticket_lock(ticket=ticket, expected_version=expected_version)
    now = timezone.now()
    message = Message.objects.create(
        ticket=locked, kind=kind, author=author, body=text, created_at=now
    )
    changed: list[str] = []
    old_status = locked.status
    if kind == MessageKind.REPLY:
        if locked.first_response_at is None:
            locked.first_response_at = now
            changed.append("first_response_at")
        if waiting_on_client and locked.status in (Status.NEW, Status.OPEN):
            locked.status = Status.WAITING
        elif locked.status == Status.NEW:
            locked.status = Status.OPEN
    elif kind == MessageKind.CLIENT and locked.status == Status.WAITING:
        locked.status = Status.OPEN
    if locked.status != old_status:
        changed.append("status")
    ticket_save(ticket=locked, fields=changed)
    event_record(ticket=locked, actor=author, kind=EVENT_FOR_KIND[kind], new=text[:120])
    if locked.status != old_status:
        event_record(
            ticket=locked,
            actor=author,
            kind=EventKind.STATUS,
            old=old_status,
            new=locked.status,
            note="after a message",
        )
    for upload in staged:
        attachment_add(
            ticket=locked,
            message=message,
            staged=upload,
            actor=author,
            is_internal=kind == MessageKind.NOTE,
        )
    hook = hooks.client_message_added if kind == MessageKind.CLIENT else hooks.staff_message_added
    hook.run(hooks.MessageAdded(ticket=locked, message=message, actor=author))
    ticket_refresh_from(target=ticket, source=locked)
    return message
