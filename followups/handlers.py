"""Follow-up work on the ticket lifecycle's and the outbox's hooks; registered in
`FollowupsConfig.ready()`."""

from __future__ import annotations

from followups.history import delivery_to_history
from followups.notifications import reply_notification_send
from followups.services import followup_checkins_cancel, followup_on_close
from outbox.hooks import DeliveryAttempted
from tickets.hooks import MessageAdded, TicketChanged, TicketClosing


def notify_client_of_reply(added: MessageAdded) -> None:
    reply_notification_send(ticket=added.ticket, message=added.message)


def explain_on_close(closing: TicketClosing) -> None:
    """The plain-language explanation, the how-to guide and their e-mail, in the close's
    transaction: a close never commits without its follow-up queued."""
    followup_on_close(
        ticket=closing.ticket, event=closing.event, actor=closing.actor, options=closing.options
    )


def cancel_checkins(reopened: TicketChanged) -> None:
    followup_checkins_cancel(ticket=reopened.ticket, reason="The ticket was reopened.")


def record_delivery(attempted: DeliveryAttempted) -> None:
    delivery_to_history(email=attempted.email, attempt=attempted.attempt)
