"""Connects follow-up work to the ticket lifecycle's and the outbox's extension points."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from followups.history import delivery_to_history
from followups.notifications import reply_notification_send
from followups.services import followup_checkins_cancel, followup_on_close
from outbox.signals import delivery_attempted
from tickets import signals


@receiver(signals.staff_message_added, dispatch_uid="followups.reply_notification")
def _notify_client_of_reply(sender: Any, ticket: Any, message: Any, **kwargs: Any) -> None:
    reply_notification_send(ticket=ticket, message=message)


@receiver(signals.ticket_closing, dispatch_uid="followups.on_close")
def _explain_on_close(
    sender: Any, ticket: Any, event: Any, actor: Any, options: Any, **kwargs: Any
) -> None:
    followup_on_close(ticket=ticket, event=event, actor=actor, options=options)


@receiver(signals.ticket_reopened, dispatch_uid="followups.cancel_checkins")
def _cancel_checkins(sender: Any, ticket: Any, **kwargs: Any) -> None:
    followup_checkins_cancel(ticket=ticket, reason="The ticket was reopened.")


@receiver(delivery_attempted, dispatch_uid="followups.delivery_history")
def _record_delivery(sender: Any, email: Any, attempt: Any, **kwargs: Any) -> None:
    delivery_to_history(email=email, attempt=attempt)
