"""Every dashboard figure on a small hand-built data set whose answers we worked out by hand.

The week of 9 March 2026 (UTC unless a test says otherwise):
- T1 (normal priority): opened Tue 10 Mar 09:00, the client distressed; answered after 30 min
  (a reply that answered her worry), resolved 24 h after opening, closed 48 h after opening with
  a guide, then the same client and category came back 8 days later. Her later message is calm.
- T2 (urgent): opened 10:00, calm; answered after 5 h (missing the 1 h target, and leaving
  her worry unanswered), resolved 24 h after opening, reopened once, still not closed.
- T3: opened 11:00, calm, never answered: still open at the end of the range.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from accounts.models import User
from metrics import selectors
from metrics.buckets import percentile
from metrics.days import day_bounds, local_day
from metrics.figures import Headline, headline
from metrics.models import DailyStats
from metrics.rollup import rollup_day
from metrics.services import rollup_all
from tests.metrics.conftest import D
from tests.metrics.helpers import period, ticket_at
from tickets.models import Priority

pytestmark = pytest.mark.django_db


def figures(filters: Any) -> Headline:
    return headline(selectors.totals(filters), backlog_start=selectors.backlog_at_start(filters))


def test_resolution_figures(week: dict[str, Any]) -> None:
    h = figures(period(D, D + timedelta(days=2)))
    assert (h.opened, h.closed) == (3, 1)
    assert (h.backlog_start, h.backlog_end) == (0, 2)  # T2 and T3 still open at the end
    assert h.resolved == 2
    assert h.reopen_rate == 0.5  # T2 of {T1, T2}
    assert (h.responded, h.sla_rate) == (2, 0.5)  # T1 within 1 day; T2 missed its hour
    # First responses 30 min (bucket 30-60 min) and 5 h (bucket 4-8 h): the median is the
    # top of the first bucket, the 90th percentile 80 % of the way through the second.
    assert h.first_response_median == timedelta(hours=1)
    assert h.first_response_p90 == timedelta(hours=7, minutes=12)
    # Both resolved after 24 h (bucket 1-1.5 days): interpolated at rank 1 and 1.8 of 2.
    assert h.resolution_median == timedelta(hours=30)
    assert h.resolution_p90 == timedelta(hours=34, minutes=48)


def test_empathy_figures(week: dict[str, Any]) -> None:
    h = figures(period(D, D + timedelta(days=2)))
    assert h.reviews == 3
    assert h.average_grade == pytest.approx((8 + 4 + 7) / 3)
    assert h.over_grade_rate == pytest.approx(1 / 3)  # grade 8 for a new user (target 6)
    assert h.jargon_per_100_words == pytest.approx(3 * 100 / 200)
    assert h.condescension_per_100 == pytest.approx(100 / 3)
    assert (h.worry_tickets, h.worries_answered) == (2, 0.5)
    # T1 distressed, answered in 30 min; T2 calm, answered in 5 h (T3 calm, unanswered).
    assert h.distressed_first_response == timedelta(minutes=45)
    assert h.calm_first_response == timedelta(hours=6)
    assert h.distress_tracked == 3
    assert h.calmer_rate == pytest.approx(1 / 3)
    assert h.distress_change == pytest.approx(-2 / 3)
    assert (h.surveys, h.satisfaction, h.made_sense) == (1, 4.0, 1.0)
    assert (h.guide_sent, h.recurrence) == (1, 1.0)
    assert selectors.guide_votes(period(D, D)) == {"helpful": 1, "not_helpful": 1}
    assert selectors.delivery_health(period(D, D)) == {"sent": 2, "pending": 1, "failed": 1}


def test_filters_and_breakdowns(week: dict[str, Any], technician: User) -> None:
    mine = figures(period(D, D + timedelta(days=2), technician=technician.pk))
    assert (mine.opened, mine.closed, mine.reviews) == (2, 1, 2)
    assert mine.sla_rate == 1.0
    urgent = figures(period(D, D + timedelta(days=2), priority=Priority.URGENT))
    assert (urgent.opened, urgent.sla_rate, urgent.reopen_rate) == (1, 0.0, 1.0)
    both = figures(
        period(D, D + timedelta(days=2), technician=technician.pk, category=week["printers"].pk)
    )
    assert (both.opened, both.closed) == (1, 1)
    rows = {row["technician_id"]: row for row in selectors.breakdown(period(D, D), "technician")}
    assert rows[technician.pk]["opened"] == 2
    assert sum(row["opened"] for row in rows.values()) == 3


def test_range_boundaries_and_backlog(week: dict[str, Any]) -> None:
    before = figures(period(D - timedelta(days=7), D - timedelta(days=1)))
    assert (before.opened, before.closed, before.first_response_median) == (0, 0, None)
    later = figures(period(D + timedelta(days=2), D + timedelta(days=20)))
    assert later.backlog_start == 3 - 0  # all three were open when the 12th began
    assert (later.opened, later.closed, later.backlog_end) == (1, 1, 3)


def test_no_tickets_gives_no_figures_not_zeros(db: None) -> None:
    assert rollup_all() is None
    h = figures(period(D, D))
    assert (h.opened, h.closed, h.backlog_end) == (0, 0, 0)
    assert h.first_response_median is None
    assert h.reopen_rate is None and h.sla_rate is None
    assert h.average_grade is None and h.worries_answered is None and h.satisfaction is None


def test_rollup_is_idempotent(week: dict[str, Any]) -> None:
    before = DailyStats.objects.count()
    rollup_day(D)
    rollup_day(D)
    assert DailyStats.objects.count() == before
    assert figures(period(D, D)).opened == 3


def test_weekly_trend(week: dict[str, Any]) -> None:
    weeks = selectors.weekly(period(D - timedelta(days=7), D + timedelta(days=13)))
    assert [(row["week"], row["opened"], row["closed"]) for row in weeks] == [
        (date(2026, 3, 9), 3, 1),
        (date(2026, 3, 16), 1, 0),
    ]


@pytest.mark.parametrize(
    ("zone", "day"),
    [("America/New_York", date(2026, 3, 10)), ("Asia/Tokyo", date(2026, 3, 11))],
)
def test_days_follow_the_helpdesk_time_zone(
    settings: Any, client_user: User, zone: str, day: date
) -> None:
    settings.TIME_ZONE = zone
    late = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)  # 19:30 in New York, 08:30 next day in Tokyo
    ticket_at(client=client_user, created=late)
    rollup_all()
    assert local_day(late) == day
    assert figures(period(day, day)).opened == 1
    other = day - timedelta(days=1) if day == date(2026, 3, 11) else day + timedelta(days=1)
    assert figures(period(other, other)).opened == 0


def test_a_clock_change_day_is_23_hours(settings: Any) -> None:
    settings.TIME_ZONE = "America/New_York"
    start, end = day_bounds(date(2026, 3, 8))
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=23)


@pytest.mark.parametrize(
    ("counts", "fraction", "expected"),
    [
        ([], 0.5, None),
        ([0] * 16, 0.5, None),
        ([4] + [0] * 15, 0.5, timedelta(minutes=7, seconds=30)),  # half-way through 0-15 min
        ([0] * 15 + [3], 0.9, timedelta(days=30)),  # the open-ended last bucket: "over 30 days"
        ([1, 1] + [0] * 14, 1.0, timedelta(minutes=30)),
    ],
)
def test_percentile(counts: list[int], fraction: float, expected: timedelta | None) -> None:
    assert percentile(counts, fraction) == expected
