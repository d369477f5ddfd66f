"""Every portal read is scoped to the signed-in client: anything else is a 404."""

from __future__ import annotations

from django.db.models import Prefetch

from accounts.models import User
from core.keyset import KeysetPage, keyset_page
from followups.models import FollowUp
from tickets.models import OPEN_STATUSES, Attachment, Message, MessageKind, Ticket
from tickets.selectors import client_tickets

PORTAL_PAGE_SIZE = 20


def client_ticket_page(*, client: User, cursor: str | None) -> KeysetPage[Ticket]:
    return keyset_page(
        client_tickets(client=client).only(
            "id", "number", "subject", "status", "created_at", "updated_at", "client_id"
        ),
        ordering=("-updated_at", "-id"),
        cursor=cursor,
        size=PORTAL_PAGE_SIZE,
    )


def client_open_count(*, client: User) -> int:
    return client_tickets(client=client).filter(status__in=OPEN_STATUSES).count()


def client_timeline(*, ticket: Ticket) -> list[Message]:
    """The public conversation: client messages and replies, never internal notes."""
    return list(
        ticket.messages.exclude(kind=MessageKind.NOTE)
        .select_related("author")
        .prefetch_related(
            Prefetch("attachments", queryset=Attachment.objects.filter(is_internal=False))
        )
    )


def client_explanation(*, client: User, ticket: Ticket) -> FollowUp | None:
    """The latest closing explanation sent for this ticket, if it is theirs."""
    return (
        FollowUp.objects.filter(ticket=ticket, client=client)
        .select_related("guide", "survey")
        .order_by("-created_at")
        .first()
    )


def ticket_follow_up(*, ticket: Ticket) -> Ticket | None:
    """The ticket that continues this one, if the client said it was still not working."""
    return ticket.follow_ups.only("number", "subject", "status").order_by("-created_at").first()
