"""E-mails that tell a client something happened on their ticket, through the outbox."""

from __future__ import annotations

from django.urls import reverse

from outbox.models import OutboxEmail
from outbox.services import email_render, outbox_email_enqueue
from tickets.models import Message, MessageKind, Status, Ticket


def reply_notification_send(*, ticket: Ticket, message: Message) -> OutboxEmail | None:
    """Tell the client a technician replied (or asked them something). Once per reply."""
    if message.kind != MessageKind.REPLY:
        return None
    asking = ticket.status == Status.WAITING
    email = email_render(
        template_prefix="followups/emails/reply",
        context={
            "ticket": ticket,
            "client": ticket.client,
            "message": message,
            "technician": message.author,
            "asking": asking,
            "path": reverse("portal:ticket", args=[ticket.reference]),
        },
    )
    return outbox_email_enqueue(
        key=f"reply:{message.pk}",
        kind="reply_notification",
        to=ticket.client.email,
        email=email,
        ticket=ticket,
    )
