"""Connects the coach to the ticket lifecycle's extension points."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from empathy.models import ReviewKind
from empathy.services import draft_review_record, message_analyse
from tickets import signals
from tickets.models import MessageKind


@receiver(signals.client_message_added, dispatch_uid="empathy.analyse_client_message")
def _analyse(sender: Any, ticket: Any, message: Any, **kwargs: Any) -> None:
    message_analyse(message=message)


@receiver(signals.staff_message_added, dispatch_uid="empathy.review_reply")
def _review_reply(sender: Any, ticket: Any, message: Any, actor: Any, **kwargs: Any) -> None:
    if message.kind == MessageKind.REPLY:
        draft_review_record(
            ticket=ticket, text=message.body, kind=ReviewKind.REPLY, author=actor, message=message
        )


@receiver(signals.resolution_recorded, dispatch_uid="empathy.review_resolution")
def _review_resolution(
    sender: Any, ticket: Any, resolution: Any, actor: Any, **kwargs: Any
) -> None:
    text = "\n\n".join(
        part for part in (resolution.cause, resolution.actions, resolution.prevention) if part
    )
    draft_review_record(ticket=ticket, text=text, kind=ReviewKind.RESOLUTION, author=actor)
