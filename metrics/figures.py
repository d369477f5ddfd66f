"""From summed measures to the figures managers read: rates, medians, percentages.

Pure functions over dictionaries of sums, so every formula is tested on hand-made numbers.
A figure with nothing behind it is None, shown as "—", never as 0 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from metrics.buckets import BUCKETS, percentile
from metrics.rollup import DISTRESS_LEVEL, GRADE_TARGETS


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def histogram(sums: dict[str, Any], prefix: str) -> list[int]:
    return [int(sums.get(f"{prefix}_{index}", 0) or 0) for index in range(BUCKETS)]


def median_and_p90(sums: dict[str, Any], prefix: str) -> tuple[timedelta | None, timedelta | None]:
    counts = histogram(sums, prefix)
    return percentile(counts, 0.5), percentile(counts, 0.9)


@dataclass(frozen=True)
class Headline:
    opened: int
    closed: int
    backlog_start: int
    backlog_end: int
    first_response_median: timedelta | None
    first_response_p90: timedelta | None
    resolution_median: timedelta | None
    resolution_p90: timedelta | None
    reopen_rate: float | None
    sla_rate: float | None
    responded: int
    resolved: int
    # empathy
    reviews: int
    average_grade: float | None
    over_grade_rate: float | None
    jargon_per_100_words: float | None
    condescension_per_100: float | None
    worries_answered: float | None
    worry_tickets: int
    distressed_first_response: timedelta | None
    calm_first_response: timedelta | None
    distress_change: float | None
    calmer_rate: float | None
    distress_tracked: int
    satisfaction: float | None
    made_sense: float | None
    surveys: int
    recurrence: float | None
    guide_sent: int


def headline(sums: dict[str, Any], *, backlog_start: int) -> Headline:
    s = {name: value or 0 for name, value in sums.items()}
    fr_median, fr_p90 = median_and_p90(s, "fr")
    rs_median, rs_p90 = median_and_p90(s, "rs")
    tracked = s.get("distress_tracked", 0)
    change = (
        (s.get("distress_last_sum", 0) - s.get("distress_first_sum", 0)) / tracked
        if tracked
        else None
    )
    return Headline(
        opened=int(s.get("opened", 0)),
        closed=int(s.get("closed", 0)),
        backlog_start=backlog_start,
        backlog_end=backlog_start + int(s.get("opened", 0)) - int(s.get("closed", 0)),
        first_response_median=fr_median,
        first_response_p90=fr_p90,
        resolution_median=rs_median,
        resolution_p90=rs_p90,
        reopen_rate=ratio(s.get("reopened", 0), s.get("resolved", 0)),
        sla_rate=ratio(s.get("sla_met", 0), s.get("responded", 0)),
        responded=int(s.get("responded", 0)),
        resolved=int(s.get("resolved", 0)),
        reviews=int(s.get("reviews", 0)),
        average_grade=ratio(s.get("grade_sum", 0), s.get("reviews", 0)),
        over_grade_rate=ratio(s.get("over_grade", 0), s.get("reviews", 0)),
        jargon_per_100_words=_per(s.get("jargon", 0), s.get("words", 0), 100),
        condescension_per_100=_per(s.get("condescension", 0), s.get("reviews", 0), 100),
        worries_answered=ratio(s.get("worry_answered", 0), s.get("worry_tickets", 0)),
        worry_tickets=int(s.get("worry_tickets", 0)),
        distressed_first_response=percentile(histogram(s, "frd"), 0.5),
        calm_first_response=percentile(histogram(s, "frc"), 0.5),
        distress_change=change,
        calmer_rate=ratio(s.get("calmer", 0), tracked),
        distress_tracked=int(tracked),
        satisfaction=ratio(s.get("satisfaction_sum", 0), s.get("surveys", 0)),
        made_sense=ratio(s.get("made_sense_yes", 0), s.get("surveys", 0)),
        surveys=int(s.get("surveys", 0)),
        recurrence=ratio(s.get("recurred", 0), s.get("guide_sent", 0)),
        guide_sent=int(s.get("guide_sent", 0)),
    )


def _per(part: float, whole: float, per: int) -> float | None:
    return part * per / whole if whole else None


def grade_target(comfort: str) -> float | None:
    return GRADE_TARGETS.get(comfort)


def distress_name(level: float) -> str:
    names = {value: name for name, value in DISTRESS_LEVEL.items()}
    return names[min(names, key=lambda known: abs(known - level))]


def row_figures(row: dict[str, Any]) -> dict[str, Any]:
    """The figures for one row of a breakdown table (a technician, a category, ...)."""
    fr_median, fr_p90 = median_and_p90(row, "fr")
    rs_median, _ = median_and_p90(row, "rs")
    return {
        "opened": int(row.get("opened", 0) or 0),
        "closed": int(row.get("closed", 0) or 0),
        "first_response_median": fr_median,
        "first_response_p90": fr_p90,
        "resolution_median": rs_median,
        "reopen_rate": ratio(row.get("reopened", 0) or 0, row.get("resolved", 0) or 0),
        "sla_rate": ratio(row.get("sla_met", 0) or 0, row.get("responded", 0) or 0),
        "reviews": int(row.get("reviews", 0) or 0),
        "average_grade": ratio(row.get("grade_sum", 0) or 0, row.get("reviews", 0) or 0),
        "jargon_per_100_words": _per(row.get("jargon", 0) or 0, row.get("words", 0) or 0, 100),
        "condescension_per_100": _per(
            row.get("condescension", 0) or 0, row.get("reviews", 0) or 0, 100
        ),
        "worries_answered": ratio(
            row.get("worry_answered", 0) or 0, row.get("worry_tickets", 0) or 0
        ),
        "satisfaction": ratio(row.get("satisfaction_sum", 0) or 0, row.get("surveys", 0) or 0),
        "made_sense": ratio(row.get("made_sense_yes", 0) or 0, row.get("surveys", 0) or 0),
        "recurrence": ratio(row.get("recurred", 0) or 0, row.get("guide_sent", 0) or 0),
    }
