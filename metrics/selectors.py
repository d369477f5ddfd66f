"""Reads for the dashboard: sums over the daily rollup, a grain chosen to read the fewest rows.

Every function takes a `Filters` and returns plain numbers; `metrics.figures` turns them
into the rates, medians and percentages managers read. Results are cached under the id of
the last finished rollup run, so a second look at the same view costs no query on the
rollup at all, and the first look after a run reads the new sums.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from django.core.cache import cache
from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import TruncWeek

from metrics.days import range_bounds
from metrics.models import GRAIN_DIMENSIONS, MEASURES, DailyStats, Grain, RollupRun

CACHE_SECONDS = 600
DIMENSION_FIELDS = {
    "technician": "technician_id",
    "category": "category_id",
    "priority": "priority",
    "field": "field_id",
    "comfort": "comfort",
}


@dataclass(frozen=True)
class Filters:
    start: date
    end: date  # inclusive
    technician: int | None = None
    category: int | None = None
    priority: int | None = None
    field: int | None = None
    comfort: str = ""
    # The rollup as of which these figures are read (see stats_version); None: look it up.
    version: int | None = None

    @property
    def dimensions(self) -> dict[str, Any]:
        """The dimension filters that are set, by dimension name."""
        values = {
            "technician": self.technician,
            "category": self.category,
            "priority": self.priority,
            "field": self.field,
            "comfort": self.comfort or None,
        }
        return {name: value for name, value in values.items() if value is not None}

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def cache_key(self, part: str) -> str:
        dims = ",".join(f"{k}={v}" for k, v in sorted(self.dimensions.items()))
        version = stats_version() if self.version is None else self.version
        return f"metrics:{version}:{part}:{self.start}:{self.end}:{dims}"

    def as_of_now(self) -> Filters:
        """These filters, reading the rollup as it stands now."""
        return replace(self, version=stats_version())


def stats_version() -> int:
    """The last rollup run that finished (with or without an error): cached figures carry
    it in their keys, so the first look after a run reads the new sums.

    Read from the database, not the cache: the run finishes in a worker process, and a
    cache that is per process (no Redis, as with `make run`) would never hear of it.
    """
    return (
        RollupRun.objects.filter(finished_at__isnull=False)
        .order_by("-finished_at", "-id")
        .values_list("pk", flat=True)
        .first()
        or 0
    )


def grain_for(dimensions: set[str]) -> str:
    """The coarsest grain holding every dimension we filter or group by."""
    if not dimensions:
        return Grain.ALL
    if len(dimensions) == 1:
        return next(grain for grain, kept in GRAIN_DIMENSIONS.items() if kept == tuple(dimensions))
    return Grain.FULL


def _rows(
    filters: Filters, *, group: str | None = None, before: bool = False
) -> QuerySet[DailyStats]:
    wanted = set(filters.dimensions) | ({group} if group else set())
    rows = DailyStats.objects.filter(grain=grain_for(wanted))
    rows = (
        rows.filter(day__lt=filters.start)
        if before
        else rows.filter(day__gte=filters.start, day__lte=filters.end)
    )
    for name, value in filters.dimensions.items():
        rows = rows.filter(**{DIMENSION_FIELDS[name]: value})
    return rows


def _sums(measures: tuple[str, ...] = MEASURES) -> dict[str, Sum]:
    return {name: Sum(name) for name in measures}


Computed = TypeVar("Computed")


def cached(filters: Filters, part: str, compute: Callable[[], Computed]) -> Computed:
    """`compute()`, kept until the next rollup run (or CACHE_SECONDS)."""
    key = filters.cache_key(part)
    found: Computed | None = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, CACHE_SECONDS)
    return found


def totals(filters: Filters) -> dict[str, float]:
    """Every measure summed over the range."""

    def compute() -> dict[str, float]:
        summed = _rows(filters).aggregate(**_sums())
        return {name: value or 0 for name, value in summed.items()}

    return cached(filters, "totals", compute)


def backlog_at_start(filters: Filters) -> int:
    """Tickets opened before the range and not closed before it."""

    def compute() -> int:
        summed = _rows(filters, before=True).aggregate(opened=Sum("opened"), closed=Sum("closed"))
        return int((summed["opened"] or 0) - (summed["closed"] or 0))

    return cached(filters, "backlog", compute)


TREND_MEASURES: tuple[str, ...] = (
    "opened",
    "closed",
    "responded",
    "sla_met",
    "reviews",
    "words",
    "jargon",
    "condescension",
    "grade_sum",
    "over_grade",
    "worry_tickets",
    "worry_answered",
    "surveys",
    "satisfaction_sum",
    "made_sense_yes",
    *(f"fr_{index}" for index in range(16)),
)


def weekly(filters: Filters) -> list[dict[str, Any]]:
    """Measures per week (weeks start on Monday), oldest first."""

    def compute() -> list[dict[str, Any]]:
        rows = (
            _rows(filters)
            .annotate(week=TruncWeek("day"))
            .values("week")
            .annotate(**_sums(TREND_MEASURES))
            .order_by("week")
        )
        return [
            {name: (value or 0) for name, value in row.items()} | {"week": row["week"]}
            for row in rows
        ]

    return cached(filters, "weekly", compute)


def breakdown(filters: Filters, by: str) -> list[dict[str, Any]]:
    """Measures per value of one dimension (technician, category, priority, field, comfort)."""
    column = DIMENSION_FIELDS[by]

    def compute() -> list[dict[str, Any]]:
        rows = _rows(filters, group=by).values(column).annotate(**_sums()).order_by(column)
        return [
            {name: (value or 0) if name != column else value for name, value in row.items()}
            for row in rows
        ]

    return cached(filters, f"by-{by}", compute)


def latest_run() -> RollupRun | None:
    return RollupRun.objects.order_by("-started_at", "-id").first()


def last_finished_run() -> RollupRun | None:
    return (
        RollupRun.objects.filter(finished_at__isnull=False, error="")
        .order_by("-finished_at", "-id")
        .first()
    )


def guide_votes(filters: Filters) -> dict[str, int]:
    """Helpful / not helpful votes cast in the range (on guides in the category, if set)."""
    from kb.models import GuideVote

    def compute() -> dict[str, int]:
        start, end = range_bounds(filters.start, filters.end)
        votes = GuideVote.objects.filter(updated_at__gte=start, updated_at__lt=end)
        if filters.category:
            votes = votes.filter(guide__category_id=filters.category)
        counted = votes.aggregate(
            yes=Count("id", filter=Q(helpful=True)),
            no=Count("id", filter=Q(helpful=False)),
        )
        return {"helpful": counted["yes"], "not_helpful": counted["no"]}

    return cached(filters, "votes", compute)


def delivery_health(filters: Filters) -> dict[str, int]:
    """Follow-up and notification e-mails created in the range, by status."""
    from outbox.models import OutboxEmail

    def compute() -> dict[str, int]:
        start, end = range_bounds(filters.start, filters.end)
        emails = OutboxEmail.objects.filter(created_at__gte=start, created_at__lt=end)
        counted = emails.values("status").annotate(n=Count("id")).order_by()
        return {row["status"]: row["n"] for row in counted}

    return cached(filters, "delivery", compute)


def failed_emails(limit: int = 10) -> QuerySet[Any]:
    from outbox.models import OutboxEmail

    return (
        OutboxEmail.objects.filter(status=OutboxEmail.Status.FAILED)
        .select_related("ticket")
        .order_by("-due_at", "-id")[:limit]
    )
