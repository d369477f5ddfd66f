"""The coach's part in the ticket lifecycle; registered on `tickets.hooks` in
`EmpathyConfig.ready()`."""

from __future__ import annotations

from empathy.models import ReviewKind
from empathy.services import draft_review_record, message_analyse
from tickets.hooks import MessageAdded, ResolutionRecorded
from tickets.models import MessageKind


def analyse_client_message(added: MessageAdded) -> None:
    """Read the client's words for distress and worries (and raise the priority if needed)."""
    message_analyse(message=added.message)


def review_reply(added: MessageAdded) -> None:
    """Keep the coach's reading of a sent reply, for the manager's plain-language figures."""
    if added.message.kind == MessageKind.REPLY:
        draft_review_record(
            ticket=added.ticket,
            text=added.message.body,
            kind=ReviewKind.REPLY,
            author=added.actor,
            message=added.message,
        )


def review_resolution(recorded: ResolutionRecorded) -> None:
    resolution = recorded.resolution
    text = "\n\n".join(
        part for part in (resolution.cause, resolution.actions, resolution.prevention) if part
    )
    draft_review_record(
        ticket=recorded.ticket, text=text, kind=ReviewKind.RESOLUTION, author=recorded.actor
    )
