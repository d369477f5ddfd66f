"""Build the dashboard's daily rollup from the tickets, messages, reviews and surveys.

A day is rebuilt whole: seven GROUP BY queries read what happened that day (bucketed and
flagged in SQL), the grouped rows are merged into one row per combination of filter
dimensions (`full` grain), the coarser grains are summed from those, and the day's old rows
are replaced in one transaction. Rebuilding is idempotent, so the schedule simply rebuilds
the recent days (where late answers still land) and a full rebuild can run at any time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.utils import timezone

from empathy.models import DraftReview, MessageAnalysis, ReviewKind
from followups.models import FollowUp, SurveyResponse
from metrics.buckets import BUCKETS, EDGES
from metrics.days import day_bounds, local_day
from metrics.models import GRAIN_DIMENSIONS, DailyStats, RollupRun
from tickets.models import MessageKind, Ticket
from tickets.sla import RESPONSE_TARGETS

DIMENSIONS = ("technician", "category", "priority", "field", "comfort")
Key = tuple[Any, ...]
CLIENT_FACING = [ReviewKind.REPLY, ReviewKind.RESOLUTION, ReviewKind.FOLLOW_UP]
FIRST_REPLY_KINDS = [ReviewKind.REPLY, ReviewKind.RESOLUTION]
GRADE_TARGETS = {"new": 6.0, "everyday": 8.0, "confident": 10.0}
DISTRESS_LEVEL = {"calm": 0, "concerned": 1, "distressed": 2}
RECURRENCE_DAYS = 30


def _bucket(start: str, end: str) -> Case:
    """Which histogram bucket `end - start` falls in, computed by the database."""
    return Case(
        *[
            When(**{f"{end}__lt": F(start) + timedelta(seconds=edge)}, then=Value(index - 1))
            for index, edge in enumerate(EDGES)
            if index > 0
        ],
        default=Value(BUCKETS - 1),
        output_field=IntegerField(),
    )


def sla_met_q() -> Q:
    met = Q()
    for priority, target in RESPONSE_TARGETS.items():
        met |= Q(priority=priority, first_response_at__lte=F("created_at") + target)
    return met


def _ticket_dimensions(prefix: str = "") -> dict[str, F]:
    return {
        "d_technician": F(f"{prefix}assignee_id"),
        "d_category": F(f"{prefix}category_id"),
        "d_priority": F(f"{prefix}priority"),
        "d_field": F(f"{prefix}client__client_profile__field_of_expertise_id"),
        "d_comfort": F(f"{prefix}client__client_profile__comfort"),
    }


def _key(row: dict[str, Any]) -> Key:
    return tuple(row[f"d_{name}"] for name in DIMENSIONS)


def _opened(start: datetime, end: datetime, rows: dict[Key, dict[str, float]]) -> None:
    client_analyses = MessageAnalysis.objects.filter(
        message__ticket=OuterRef("pk"), message__kind=MessageKind.CLIENT
    )
    first_reply = DraftReview.objects.filter(
        ticket=OuterRef("pk"), kind__in=FIRST_REPLY_KINDS
    ).order_by("created_at", "id")
    grouped = (
        Ticket.objects.filter(created_at__gte=start, created_at__lt=end)
        .annotate(
            first_distress=Subquery(
                client_analyses.order_by("message__created_at", "message_id").values("distress")[:1]
            ),
            last_distress=Subquery(
                client_analyses.order_by("-message__created_at", "-message_id").values("distress")[
                    :1
                ]
            ),
            first_reply_answered=Subquery(first_reply.values("worries_answered")[:1]),
        )
        .values(
            **_ticket_dimensions(),
            fr_bucket=Case(
                When(first_response_at__isnull=True, then=Value(-1)),
                default=_bucket("created_at", "first_response_at"),
                output_field=IntegerField(),
            ),
            sla=Case(
                When(sla_met_q(), then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
            first=F("first_distress"),
            last=F("last_distress"),
            answered=F("first_reply_answered"),
        )
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in grouped:
        counts = rows[_key(row)]
        n = row["n"]
        counts["opened"] += n
        first, last = row["first"], row["last"]
        counts["calm_opened"] += n if first == "calm" else 0
        counts["distressed_opened"] += n if first == "distressed" else 0
        if row["fr_bucket"] >= 0:
            counts["responded"] += n
            counts["sla_met"] += n * row["sla"]
            counts[f"fr_{row['fr_bucket']}"] += n
            if first == "calm":
                counts[f"frc_{row['fr_bucket']}"] += n
            elif first == "distressed":
                counts[f"frd_{row['fr_bucket']}"] += n
        if row["answered"] is not None:
            counts["worry_tickets"] += n
            counts["worry_answered"] += n if row["answered"] else 0
        if first in DISTRESS_LEVEL and last in DISTRESS_LEVEL:
            counts["distress_tracked"] += n
            counts["distress_first_sum"] += n * DISTRESS_LEVEL[first]
            counts["distress_last_sum"] += n * DISTRESS_LEVEL[last]
            counts["calmer"] += n if DISTRESS_LEVEL[last] < DISTRESS_LEVEL[first] else 0
            counts["more_distressed"] += n if DISTRESS_LEVEL[last] > DISTRESS_LEVEL[first] else 0


def _resolved(start: datetime, end: datetime, rows: dict[Key, dict[str, float]]) -> None:
    grouped = (
        Ticket.objects.filter(resolved_at__gte=start, resolved_at__lt=end)
        .values(
            **_ticket_dimensions(),
            bucket=_bucket("created_at", "resolved_at"),
            again=Case(
                When(reopened_count__gt=0, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in grouped:
        counts = rows[_key(row)]
        counts["resolved"] += row["n"]
        counts["reopened"] += row["n"] * row["again"]
        counts[f"rs_{row['bucket']}"] += row["n"]


def _closed(start: datetime, end: datetime, rows: dict[Key, dict[str, float]]) -> None:
    came_back = Ticket.objects.filter(
        client=OuterRef("client"),
        category=OuterRef("category"),
        created_at__gt=OuterRef("closed_at"),
        created_at__lte=OuterRef("closed_at") + timedelta(days=RECURRENCE_DAYS),
    ).exclude(pk=OuterRef("pk"))
    grouped = (
        Ticket.objects.filter(closed_at__gte=start, closed_at__lt=end)
        .annotate(
            with_guide=Exists(FollowUp.objects.filter(ticket=OuterRef("pk"), guide__isnull=False)),
            again=Exists(came_back),
        )
        .values(**_ticket_dimensions(), guide=F("with_guide"), back=F("again"))
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in grouped:
        counts = rows[_key(row)]
        counts["closed"] += row["n"]
        if row["guide"]:
            counts["guide_sent"] += row["n"]
            counts["recurred"] += row["n"] if row["back"] else 0


def _reviews(start: datetime, end: datetime, rows: dict[Key, dict[str, float]]) -> None:
    over = Q()
    for comfort, target in GRADE_TARGETS.items():
        over |= Q(comfort=comfort, grade__gt=target)
    grouped = (
        DraftReview.objects.filter(
            created_at__gte=start, created_at__lt=end, kind__in=CLIENT_FACING
        )
        .values(
            d_technician=F("author_id"),
            d_category=F("ticket__category_id"),
            d_priority=F("ticket__priority"),
            d_field=F("ticket__client__client_profile__field_of_expertise_id"),
            d_comfort=F("comfort"),
        )
        .annotate(
            n=Count("id"),
            total_grade=Sum("grade"),
            total_words=Sum("words"),
            total_jargon=Sum("jargon_count"),
            total_condescension=Sum("condescension_count"),
            condescending=Count("id", filter=Q(condescension_count__gt=0)),
            over=Count("id", filter=over),
        )
        .order_by()
    )
    for row in grouped:
        counts = rows[_key(row)]
        counts["reviews"] += row["n"]
        counts["grade_sum"] += row["total_grade"] or 0
        counts["words"] += row["total_words"] or 0
        counts["jargon"] += row["total_jargon"] or 0
        counts["condescension"] += row["total_condescension"] or 0
        counts["condescending_reviews"] += row["condescending"]
        counts["over_grade"] += row["over"]


def _surveys(start: datetime, end: datetime, rows: dict[Key, dict[str, float]]) -> None:
    grouped = (
        SurveyResponse.objects.filter(created_at__gte=start, created_at__lt=end)
        .values(**_ticket_dimensions("followup__ticket__"), sense=F("made_sense"))
        .annotate(n=Count("id"), total_satisfaction=Sum("satisfaction"))
        .order_by()
    )
    for row in grouped:
        counts = rows[_key(row)]
        counts["surveys"] += row["n"]
        counts["satisfaction_sum"] += row["total_satisfaction"] or 0
        counts[f"made_sense_{row['sense']}"] += row["n"]


READERS: tuple[Callable[[datetime, datetime, dict[Key, dict[str, float]]], None], ...] = (
    _opened,
    _resolved,
    _closed,
    _reviews,
    _surveys,
)


def day_rows(day: date) -> list[DailyStats]:
    """Every grain's rows for one day, computed (not saved)."""
    start, end = day_bounds(day)
    full: dict[Key, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for read in READERS:
        read(start, end, full)
    stats: list[DailyStats] = []
    for grain, kept in GRAIN_DIMENSIONS.items():
        merged: dict[Key, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for key, counts in full.items():
            coarse = tuple(
                value if name in kept else None for name, value in zip(DIMENSIONS, key, strict=True)
            )
            target = merged[coarse]
            for measure, value in counts.items():
                target[measure] += value
        for key, counts in merged.items():
            stats.append(_row(day, grain, key, counts))
    return stats


def _row(day: date, grain: str, key: Key, counts: dict[str, float]) -> DailyStats:
    technician, category, priority, field, comfort = key
    row = DailyStats(
        day=day,
        grain=grain,
        technician_id=technician,
        category_id=category,
        priority=priority,
        field_id=field,
        comfort=comfort or "",
    )
    for measure, value in counts.items():
        setattr(row, measure, value if measure == "grade_sum" else int(value))
    return row


@transaction.atomic
def rollup_day(day: date) -> int:
    if connection.vendor == "postgresql":
        # The readers' correlated subqueries look expensive to the planner, which then spends
        # over a second JIT-compiling a query that runs in a tenth of that (bench/metrics_bench).
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")
    rows = day_rows(day)
    DailyStats.objects.filter(day=day).delete()
    _save(rows)
    return len(rows)


def _save(rows: list[DailyStats]) -> None:
    """Insert the day's rows. On PostgreSQL through COPY: a busy day at a million tickets has
    thousands of rows of about a hundred columns, and bulk_create spent seconds preparing
    them one value at a time."""
    if connection.vendor != "postgresql":
        DailyStats.objects.bulk_create(rows, batch_size=1000)
        return
    fields = [field for field in DailyStats._meta.concrete_fields if not field.primary_key]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(DailyStats._meta.db_table)
    names = [field.attname for field in fields]
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg's own cursor, under Django's wrapper
        with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([getattr(row, name) for name in names])


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def rollup_plan(*, first: date, last: date, trigger: str, requested_by: Any = None) -> RollupRun:
    """Record a refresh to do, so its progress can be shown from the moment it is asked for."""
    return RollupRun.objects.create(
        trigger=trigger,
        requested_by=requested_by,
        first_day=first,
        last_day=last,
        days_total=len(days_between(first, last)),
    )


def rollup_execute(
    run: RollupRun, *, progress: Callable[[RollupRun], None] | None = None
) -> RollupRun:
    """Rebuild every day of a planned run, oldest first, recording progress as it goes."""
    days = days_between(run.first_day, run.last_day)
    RollupRun.objects.filter(pk=run.pk).update(started_at=timezone.now())
    try:
        for done, day in enumerate(days, start=1):
            rollup_day(day)
            if done % 5 == 0 or done == len(days):
                RollupRun.objects.filter(pk=run.pk).update(days_done=done)
                run.days_done = done
                if progress is not None:
                    progress(run)
    except Exception as error:
        RollupRun.objects.filter(pk=run.pk).update(
            error=f"{type(error).__name__}: {error}"[:2000], finished_at=timezone.now()
        )
        raise
    run.finished_at = timezone.now()
    RollupRun.objects.filter(pk=run.pk).update(finished_at=run.finished_at)
    return run


def recent_days() -> tuple[date, date]:
    """The days the frequent refresh rebuilds: where new tickets, replies and surveys land.
    Recurrence and check-ins can change a day up to a month back; the nightly full rebuild
    picks those up."""
    today = timezone.localdate()
    return today - timedelta(days=settings.METRICS_RECENT_DAYS), today


def first_activity_day() -> date | None:
    first = Ticket.objects.order_by("created_at").values_list("created_at", flat=True).first()
    return local_day(first) if first else None


def all_days() -> tuple[date, date] | None:
    first = first_activity_day()
    return None if first is None else (first, timezone.localdate())
