"""Reading tickets. Every selector owns its query shape and its permission scope."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from accounts.models import User
from accounts.roles import can_work_tickets
from core.keyset import KeysetPage, keyset_page
from core.numbers import whole_number
from tickets.models import (
    DONE_STATUSES,
    OPEN_STATUSES,
    Attachment,
    Category,
    Message,
    Priority,
    Resolution,
    Status,
    Ticket,
    TicketEvent,
    parse_reference,
)

QUEUE_PAGE_SIZE = 25


@dataclass(frozen=True)
class Queue:
    slug: str
    label: str
    scope: Callable[[User], Q]
    default_sort: str


QUEUES: dict[str, Queue] = {
    queue.slug: queue
    for queue in [
        Queue(
            "mine", "My open tickets", lambda u: Q(assignee=u, status__in=OPEN_STATUSES), "updated"
        ),
        Queue(
            "unassigned",
            "Unassigned",
            lambda u: Q(assignee__isnull=True, status__in=OPEN_STATUSES),
            "oldest",
        ),
        Queue("waiting", "Waiting on client", lambda u: Q(status=Status.WAITING), "updated"),
        Queue("open", "All open", lambda u: Q(status__in=OPEN_STATUSES), "updated"),
        Queue("resolved", "Recently resolved", lambda u: Q(status__in=DONE_STATUSES), "resolved"),
    ]
}

# Each sort ends with a unique field, as keyset pagination requires.
SORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "updated": ("Last activity", ("-updated_at", "-id")),
    "newest": ("Newest first", ("-created_at", "-id")),
    "oldest": ("Oldest first", ("created_at", "id")),
    "priority": ("Highest priority", ("-priority", "-updated_at", "-id")),
    "resolved": ("Recently resolved", ("-resolved_at", "-id")),
}


@dataclass(frozen=True)
class QueueFilters:
    status: str = ""
    priority: int | None = None
    category: int | None = None
    assignee: int | None = None
    unassigned_only: bool = False
    client: int | None = None
    client_text: str = ""
    text: str = ""

    @property
    def active(self) -> bool:
        return any(
            [
                self.status,
                self.priority,
                self.category,
                self.assignee,
                self.unassigned_only,
                self.client,
                self.client_text,
                self.text,
            ]
        )


@dataclass
class QueueResult:
    queue: Queue
    sort: str
    page: KeysetPage[Ticket]
    filters: QueueFilters
    counts: dict[str, int] = field(default_factory=dict)


def _text_condition(text: str) -> Q:
    number = parse_reference(text)
    if number is not None and any(ch.isdigit() for ch in text):
        return Q(number=number)
    condition = Q()
    for word in text.split()[:8]:
        condition &= Q(subject__icontains=word) | Q(description__icontains=word)
    return condition


def filtered_tickets(tickets: QuerySet[Ticket], filters: QueueFilters) -> QuerySet[Ticket]:
    """`tickets` narrowed by the queue filters (shared by the workspace and the API)."""
    if filters.status:
        tickets = tickets.filter(status=filters.status)
    if filters.priority:
        tickets = tickets.filter(priority=filters.priority)
    if filters.category:
        tickets = tickets.filter(category_id=filters.category)
    if filters.unassigned_only:
        tickets = tickets.filter(assignee__isnull=True)
    elif filters.assignee:
        tickets = tickets.filter(assignee_id=filters.assignee)
    if filters.client:
        tickets = tickets.filter(client_id=filters.client)
    if filters.client_text:
        tickets = tickets.filter(
            Q(client__display_name__icontains=filters.client_text)
            | Q(client__email__icontains=filters.client_text)
        )
    if filters.text:
        tickets = tickets.filter(_text_condition(filters.text))
    return tickets


def queue_counts(*, user: User) -> dict[str, int]:
    """Counts for the queue tabs, from one pass over open tickets (never over all tickets)."""
    return Ticket.objects.filter(status__in=OPEN_STATUSES).aggregate(
        mine=Count("status", filter=Q(assignee=user)),
        unassigned=Count("status", filter=Q(assignee__isnull=True)),
        waiting=Count("status", filter=Q(status=Status.WAITING)),
        open=Count("status"),
    )


def ticket_queue(
    *,
    user: User,
    queue: str,
    filters: QueueFilters,
    sort: str = "",
    cursor: str | None = None,
    size: int = QUEUE_PAGE_SIZE,
) -> QueueResult:
    chosen = QUEUES.get(queue, QUEUES["mine"])
    sort_key = sort if sort in SORTS else chosen.default_sort
    if sort_key == "resolved" and chosen.slug != "resolved":
        sort_key = chosen.default_sort
    tickets = filtered_tickets(
        Ticket.objects.filter(chosen.scope(user)).select_related("client", "assignee", "category"),
        filters,
    )
    page = keyset_page(tickets, ordering=SORTS[sort_key][1], cursor=cursor, size=size)
    return QueueResult(queue=chosen, sort=sort_key, page=page, filters=filters)


def client_tickets(*, client: User) -> QuerySet[Ticket]:
    """A client's own tickets: every read a client makes starts here."""
    return Ticket.objects.filter(client=client)


def client_ticket_get(*, client: User, reference: str) -> Ticket:
    number = parse_reference(reference)
    if number is None:
        raise Http404("No such ticket.")
    try:
        return (
            client_tickets(client=client).select_related("follows", "assignee").get(number=number)
        )
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None


def staff_ticket_get(*, user: User, reference: str) -> Ticket:
    """A ticket by reference, for a technician or manager; 404 for anyone else."""
    number = parse_reference(reference)
    if number is None or not can_work_tickets(user):
        raise Http404("No such ticket.")
    try:
        return Ticket.objects.select_related(
            "client__client_profile__field_of_expertise",
            "client__client_profile__organisation",
            "assignee",
            "category",
            "follows",
        ).get(number=number)
    except Ticket.DoesNotExist:
        raise Http404("No such ticket.") from None


def ticket_exists(*, reference: str) -> Ticket | None:
    number = parse_reference(reference)
    if number is None:
        return None
    return Ticket.objects.filter(number=number).only("id", "number").first()


def ticket_messages(*, ticket: Ticket, include_internal: bool) -> list[Message]:
    messages = ticket.messages.select_related("author")
    attachments = Attachment.objects.order_by("created_at")
    if not include_internal:
        messages = messages.exclude(kind="note")
        attachments = attachments.filter(is_internal=False)
    return list(messages.prefetch_related(Prefetch("attachments", queryset=attachments)))


def ticket_history(*, ticket: Ticket) -> list[TicketEvent]:
    return list(ticket.events.select_related("actor"))


def ticket_events_since(*, ticket: Ticket, version: int) -> list[TicketEvent]:
    return list(ticket.events.filter(version__gt=version).select_related("actor"))


def ticket_latest_resolution(*, ticket: Ticket) -> Resolution | None:
    return ticket.resolutions.select_related("author").order_by("-created_at", "-id").first()


def client_other_tickets(*, ticket: Ticket, limit: int = 5) -> list[Ticket]:
    return list(
        Ticket.objects.filter(client_id=ticket.client_id)
        .exclude(pk=ticket.pk)
        .only("number", "subject", "status", "created_at")
        .order_by("-created_at")[:limit]
    )


STAFF_CACHE_KEY = "workspace:staff-for-assignment"
STAFF_CACHE_SECONDS = 300


def staff_for_assignment() -> list[User]:
    """Everyone who can work tickets, for the assign controls. Cached: it rarely changes, and
    role changes clear it (see `accounts.services.user_set_role`)."""
    staff: list[User] | None = cache.get(STAFF_CACHE_KEY)
    if staff is None:
        staff = list(
            User.objects.filter(is_active=True)
            .filter(
                Q(groups__permissions__codename="work_tickets") | Q(is_superuser=True),
            )
            .distinct()
            .only("id", "display_name", "email")
            .order_by("display_name")
        )
        cache.set(STAFF_CACHE_KEY, staff, STAFF_CACHE_SECONDS)
    return staff


def categories_active() -> list[Category]:
    return list(Category.objects.filter(is_active=True))


def attachment_get_for(*, user: User, public_id: Any) -> Attachment:
    """An attachment the user may download: staff any; a client only public ones of their own."""
    attachments = Attachment.objects.select_related("ticket")
    if not can_work_tickets(user):
        attachments = attachments.filter(ticket__client=user, is_internal=False)
    try:
        return attachments.get(public_id=public_id)
    except (Attachment.DoesNotExist, ValueError, TypeError):
        raise Http404("No such file.") from None


def filters_from_query(params: Any) -> QueueFilters:
    """Read allow-listed filters from a query dict; anything unexpected is ignored."""

    def as_int(name: str) -> int | None:
        value = params.get(name, "")
        return whole_number(value)

    status = params.get("status", "")
    priority = as_int("priority")
    assignee_raw = params.get("assignee", "")
    return QueueFilters(
        status=status if status in Status.values else "",
        priority=priority if priority in Priority.values else None,
        category=as_int("category"),
        assignee=as_int("assignee"),
        unassigned_only=assignee_raw == "none",
        client=as_int("client"),
        client_text=params.get("client_text", "").strip()[:100],
        text=params.get("q", "").strip()[:200],
    )
