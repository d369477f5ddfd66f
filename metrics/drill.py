"""The tickets and replies behind each dashboard number, read live (a page at a time).

Each measure names the same set of rows the rollup counted, with the same day rules, so
following a number from the dashboard lands on a list of exactly that length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery

from empathy.models import DraftReview, MessageAnalysis
from followups.models import FollowUp, SurveyResponse
from metrics.days import range_bounds
from metrics.rollup import (
    CLIENT_FACING,
    FIRST_REPLY_KINDS,
    GRADE_TARGETS,
    RECURRENCE_DAYS,
    sla_met_q,
)
from metrics.selectors import Filters
from tickets.models import MessageKind, Status, Ticket


@dataclass(frozen=True)
class Measure:
    title: str
    build: Callable[[QuerySet[Ticket], Filters], QuerySet[Ticket]]
    ordering: tuple[str, ...] = ("-created_at", "-id")


def _opened(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    start, end = range_bounds(f.start, f.end)
    return tickets.filter(created_at__gte=start, created_at__lt=end)


def _closed(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    start, end = range_bounds(f.start, f.end)
    return tickets.filter(closed_at__gte=start, closed_at__lt=end)


def _resolved(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    start, end = range_bounds(f.start, f.end)
    return tickets.filter(resolved_at__gte=start, resolved_at__lt=end)


def _backlog(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    _, end = range_bounds(f.start, f.end)
    return tickets.filter(created_at__lt=end).filter(
        Q(closed_at__isnull=True) | Q(closed_at__gte=end)
    )


def _reopened(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    return _resolved(tickets, f).filter(reopened_count__gt=0)


def _sla_missed(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    return _opened(tickets, f).filter(first_response_at__isnull=False).exclude(sla_met_q())


def _unanswered(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    first = DraftReview.objects.filter(ticket=OuterRef("pk"), kind__in=FIRST_REPLY_KINDS).order_by(
        "created_at", "id"
    )
    return (
        _opened(tickets, f)
        .annotate(first_answered=Subquery(first.values("worries_answered")[:1]))
        .filter(first_answered=False)
    )


def _distressed(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    first = MessageAnalysis.objects.filter(
        message__ticket=OuterRef("pk"), message__kind=MessageKind.CLIENT
    ).order_by("message__created_at", "message_id")
    return (
        _opened(tickets, f)
        .annotate(first_distress=Subquery(first.values("distress")[:1]))
        .filter(first_distress="distressed")
    )


def _recurred(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    came_back = Ticket.objects.filter(
        client=OuterRef("client"),
        category=OuterRef("category"),
        created_at__gt=OuterRef("closed_at"),
        created_at__lte=OuterRef("closed_at") + timedelta(days=RECURRENCE_DAYS),
    ).exclude(pk=OuterRef("pk"))
    return _closed(tickets, f).filter(
        Exists(FollowUp.objects.filter(ticket=OuterRef("pk"), guide__isnull=False)),
        Exists(came_back),
    )


def _open_now(tickets: QuerySet[Ticket], f: Filters) -> QuerySet[Ticket]:
    return tickets.filter(status__in=[Status.NEW, Status.OPEN, Status.WAITING])


TICKET_MEASURES: dict[str, Measure] = {
    "opened": Measure("Tickets opened", _opened),
    "closed": Measure("Tickets closed", _closed, ("-closed_at", "-id")),
    "resolved": Measure("Tickets resolved", _resolved, ("-resolved_at", "-id")),
    "backlog": Measure("Open at the end of the range", _backlog),
    "reopened": Measure("Resolved, then reopened", _reopened, ("-resolved_at", "-id")),
    "sla_missed": Measure("First response later than the target", _sla_missed),
    "unanswered": Measure("First reply left a worry unanswered", _unanswered),
    "distressed": Measure("Client distressed in their first message", _distressed),
    "recurred": Measure("Came back within 30 days of a guide", _recurred, ("-closed_at", "-id")),
    "open_now": Measure("Open now", _open_now),
}


def _dimensions(tickets: QuerySet[Ticket], f: Filters, prefix: str = "") -> QuerySet[Ticket]:
    lookups = {
        "technician": f"{prefix}assignee_id",
        "category": f"{prefix}category_id",
        "priority": f"{prefix}priority",
        "field": f"{prefix}client__client_profile__field_of_expertise_id",
        "comfort": f"{prefix}client__client_profile__comfort",
    }
    for name, value in f.dimensions.items():
        tickets = tickets.filter(**{lookups[name]: value})
    return tickets


def drill_tickets(measure: str, filters: Filters) -> QuerySet[Ticket]:
    chosen = TICKET_MEASURES[measure]
    tickets = Ticket.objects.select_related("client", "assignee", "category")
    return chosen.build(_dimensions(tickets, filters), filters)


REPLY_MEASURES: dict[str, str] = {
    "all": "Client-facing messages reviewed",
    "condescending": "Messages that may talk down",
    "jargon": "Messages with technical terms the client may not know",
    "over_grade": "Messages harder to read than the client's target",
    "unanswered": "Messages that left a worry unanswered",
}


def drill_replies(measure: str, filters: Filters) -> QuerySet[DraftReview]:
    start, end = range_bounds(filters.start, filters.end)
    reviews = DraftReview.objects.filter(
        created_at__gte=start, created_at__lt=end, kind__in=CLIENT_FACING
    ).select_related("ticket", "author", "message")
    lookups = {
        "technician": "author_id",
        "category": "ticket__category_id",
        "priority": "ticket__priority",
        "field": "ticket__client__client_profile__field_of_expertise_id",
        "comfort": "comfort",
    }
    for name, value in filters.dimensions.items():
        reviews = reviews.filter(**{lookups[name]: value})
    if measure == "condescending":
        reviews = reviews.filter(condescension_count__gt=0)
    elif measure == "jargon":
        reviews = reviews.filter(jargon_count__gt=0)
    elif measure == "over_grade":
        over = Q()
        for comfort, target in GRADE_TARGETS.items():
            over |= Q(comfort=comfort, grade__gt=target)
        reviews = reviews.filter(over)
    elif measure == "unanswered":
        reviews = reviews.filter(worries_answered=False)
    return reviews


def drill_surveys(filters: Filters) -> QuerySet[SurveyResponse]:
    start, end = range_bounds(filters.start, filters.end)
    surveys = SurveyResponse.objects.filter(
        created_at__gte=start, created_at__lt=end
    ).select_related("followup__ticket", "followup__client")
    tickets = _dimensions(Ticket.objects.all(), filters)
    if filters.dimensions:
        surveys = surveys.filter(followup__ticket__in=tickets)
    return surveys
