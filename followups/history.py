"""E-mail delivery attempts appear in the ticket's History tab."""

from __future__ import annotations

from outbox.models import DeliveryAttempt, OutboxEmail
from tickets.models import EventKind, Ticket, TicketEvent

KIND_WORDS = {
    "closing_explanation": "explanation",
    "checkin": "check-in",
    "reply_notification": "reply notification",
}


def delivery_to_history(*, email: OutboxEmail, attempt: DeliveryAttempt) -> TicketEvent | None:
    if email.ticket_id is None:
        return None
    version = Ticket.objects.values_list("version", flat=True).get(pk=email.ticket_id)
    what = KIND_WORDS.get(email.kind, email.kind.replace("_", " "))
    note = (
        f"{what} sent to {email.to} (attempt {attempt.number})"
        if attempt.succeeded
        else f"{what} attempt {attempt.number} failed: {attempt.error}"
    )
    return TicketEvent.objects.create(
        ticket_id=email.ticket_id,
        actor=None,
        kind=EventKind.EMAIL,
        new_value=email.subject[:200],
        note=note[:300],
        version=version,
        created_at=attempt.finished_at,
    )
