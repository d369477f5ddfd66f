"""Reads for the API, each scoped to the user; built on the apps' own selectors.

Staff (technicians and managers) read every ticket; a client reads only their own, and never
internal notes or their files. Anything out of scope is a 404, never a 403, so the API does
not reveal what exists.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from accounts.models import User
from accounts.roles import AnyUser, can_use_portal, can_work_tickets
from core.keyset import KeysetPage, keyset_page
from followups.models import FollowUp
from tickets.models import Attachment, Message, MessageKind, Ticket
from tickets.selectors import (
    QueueFilters,
    client_ticket_get,
    client_tickets,
    filtered_tickets,
    staff_ticket_get,
)


def tickets_for(*, user: AnyUser) -> QuerySet[Ticket]:
    """Tickets the user may list: staff every ticket, a client their own, anyone else none."""
    if can_work_tickets(user):
        return Ticket.objects.all()
    if can_use_portal(user):
        return client_tickets(client=user)
    return Ticket.objects.none()


def ticket_list_page(
    *,
    user: AnyUser,
    filters: QueueFilters,
    ordering: tuple[str, ...],
    cursor: str | None,
    size: int,
) -> KeysetPage[dict[str, Any]]:
    """One page of the tickets the user may list, filtered, as plain rows.

    Rows, not model instances: building a Ticket and its three related objects for each row
    cost more than the query itself. One query; `ordering` must end with a unique field.
    """
    rows = filtered_tickets(tickets_for(user=user), filters).values(*TICKET_LIST_COLUMNS)
    return keyset_page(rows, ordering=ordering, cursor=cursor, size=size)


# What the list shows, and nothing more: a page of 25 loads no descriptions or passwords.
TICKET_LIST_COLUMNS = (
    "id",
    "number",
    "subject",
    "status",
    "priority",
    "channel",
    "created_at",
    "updated_at",
    "version",
    "client_id",
    "client__display_name",
    "assignee_id",
    "assignee__display_name",
    "category_id",
    "category__name",
)


def ticket_get_for(*, user: AnyUser, reference: str) -> Ticket:
    """One ticket by reference (HD-1042): staff any, a client their own; 404 otherwise."""
    if can_work_tickets(user):
        return staff_ticket_get(user=user, reference=reference)
    if can_use_portal(user):
        ticket = client_ticket_get(client=user, reference=reference)
        ticket.client = user
        return ticket
    raise Http404("No such ticket.")


def messages_for(*, user: AnyUser, ticket: Ticket) -> QuerySet[Message]:
    """The ticket's conversation: staff see internal notes too; clients never do."""
    staff = can_work_tickets(user)
    messages = ticket.messages.select_related("author")
    attachments = Attachment.objects.order_by("created_at", "id")
    if not staff:
        messages = messages.exclude(kind=MessageKind.NOTE)
        attachments = attachments.filter(is_internal=False)
    return messages.prefetch_related(Prefetch("attachments", queryset=attachments))


def followup_latest_for(*, user: AnyUser, ticket: Ticket) -> FollowUp | None:
    """The latest closing explanation for a ticket the user may read."""
    followups = FollowUp.objects.filter(ticket=ticket)
    if not can_work_tickets(user):
        followups = followups.filter(client_id=user.pk)
    return (
        followups.select_related("guide", "survey", "email", "checkin_email")
        .order_by("-created_at", "-id")
        .first()
    )


def clients_for_staff(*, text: str = "") -> QuerySet[User]:
    """Client accounts, optionally those whose name or e-mail contains `text`."""
    clients = User.objects.filter(client_profile__isnull=False)
    words = " ".join(text.split())[:100]
    if words:
        clients = clients.filter(Q(display_name__icontains=words) | Q(email__icontains=words))
    return clients.select_related(
        "client_profile__field_of_expertise", "client_profile__organisation"
    )


def client_get(*, pk: Any) -> User:
    try:
        return clients_for_staff().get(pk=int(pk))
    except (User.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("No such client.") from None
