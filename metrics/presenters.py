"""Figures as people read them, and the tables and charts of the dashboard.

A table is defined once (its columns, each with a label and a formatter) and rendered both
as HTML and as CSV, so an export always says what the page says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.utils.safestring import SafeString

from metrics import charts
from metrics.figures import ratio, row_figures
from metrics.rollup import GRADE_TARGETS
from tickets.models import Priority


def duration(value: timedelta | None) -> str:
    if value is None:
        return "—"
    minutes = value.total_seconds() / 60
    if minutes < 60:
        return f"{minutes:.0f} min"
    hours = minutes / 60
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


def hours(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 3600, 2)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def number(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def whole(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    show: Callable[[Any], str] = str
    raw: Callable[[Any], Any] = lambda value: value  # for CSV: numbers stay numbers


@dataclass
class Table:
    name: str
    caption: str
    columns: Sequence[Column]
    rows: list[dict[str, Any]]
    links: dict[str, Callable[[dict[str, Any]], str]] | None = None

    def html_rows(self) -> list[list[tuple[str, str | None]]]:
        out = []
        for row in self.rows:
            cells = []
            for column in self.columns:
                link = self.links.get(column.key) if self.links else None
                cells.append((column.show(row.get(column.key)), link(row) if link else None))
            out.append(cells)
        return out

    def csv_rows(self) -> list[list[Any]]:
        header = [column.label for column in self.columns]
        body = [
            [
                "" if (value := column.raw(row.get(column.key))) is None else value
                for column in self.columns
            ]
            for row in self.rows
        ]
        return [header, *body]


FIGURE_COLUMNS = [
    Column("opened", "Opened", whole),
    Column("closed", "Closed", whole),
    Column("first_response_median", "First response, median", duration, hours),
    Column("first_response_p90", "First response, 90th percentile", duration, hours),
    Column("resolution_median", "Resolution, median", duration, hours),
    Column("sla_rate", "Response target met", percent),
    Column("reopen_rate", "Reopened", percent),
    Column("reviews", "Messages reviewed", whole),
    Column("average_grade", "Reading grade", number),
    Column("jargon_per_100_words", "Jargon per 100 words", number),
    Column("condescension_per_100", "Talking down per 100 messages", number),
    Column("worries_answered", "Worries answered first time", percent),
    Column("satisfaction", "Satisfaction (1–5)", number),
    Column("made_sense", "Explanation made sense", percent),
    Column("recurrence", "Came back after a guide", percent),
]


def breakdown_table(
    *,
    name: str,
    caption: str,
    first_label: str,
    rows: list[dict[str, Any]],
    key: str,
    names: dict[Any, str],
    links: dict[str, Callable[[dict[str, Any]], str]] | None = None,
) -> Table:
    shaped = []
    for row in rows:
        figures = row_figures(row)
        figures["name"] = names.get(row[key], "Not set") if row[key] is not None else "Not set"
        figures["id"] = row[key]
        shaped.append(figures)
    shaped.sort(key=lambda item: (-item["opened"], item["name"]))
    return Table(
        name=name,
        caption=caption,
        columns=[Column("name", first_label), *FIGURE_COLUMNS],
        rows=shaped,
        links=links,
    )


def week_label(week: date) -> str:
    return week.strftime("%-d %b")


def weekly_table(weeks: list[dict[str, Any]], *, backlog_start: int) -> Table:
    rows = []
    backlog = backlog_start
    for week in weeks:
        backlog += int(week["opened"]) - int(week["closed"])
        figures = row_figures(week)
        rows.append(
            {
                "week": week["week"],
                "opened": int(week["opened"]),
                "closed": int(week["closed"]),
                "backlog": backlog,
                "first_response_median": figures["first_response_median"],
                "sla_rate": figures["sla_rate"],
                "average_grade": figures["average_grade"],
                "jargon_per_100_words": figures["jargon_per_100_words"],
                "worries_answered": figures["worries_answered"],
                "satisfaction": figures["satisfaction"],
            }
        )
    return Table(
        name="weekly",
        caption="Week by week",
        columns=[
            Column("week", "Week starting", lambda value: value.strftime("%-d %b %Y"), str),
            Column("opened", "Opened", whole),
            Column("closed", "Closed", whole),
            Column("backlog", "Open at the end", whole),
            Column("first_response_median", "First response, median", duration, hours),
            Column("sla_rate", "Response target met", percent),
            Column("average_grade", "Reading grade", number),
            Column("jargon_per_100_words", "Jargon per 100 words", number),
            Column("worries_answered", "Worries answered first time", percent),
            Column("satisfaction", "Satisfaction (1–5)", number),
        ],
        rows=rows,
    )


def volume_chart(table: Table) -> SafeString:
    rows = table.rows
    labels = [week_label(row["week"]) for row in rows]
    return charts.line_chart(
        title="Tickets opened, closed and still open, by week",
        description=_describe_volume(rows),
        labels=labels,
        series=[
            charts.Series("Opened", [row["opened"] for row in rows]),
            charts.Series("Closed", [row["closed"] for row in rows]),
            charts.Series("Open at the end of the week", [row["backlog"] for row in rows]),
        ],
        formatter=lambda value: f"{value:,.0f}",
    )


def _describe_volume(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No tickets in this range."
    first, last = rows[0], rows[-1]
    return (
        f"{len(rows)} weeks. Opened per week went from {first['opened']} to {last['opened']}; "
        f"closed from {first['closed']} to {last['closed']}; open at the end of the week "
        f"from {first['backlog']} to {last['backlog']}."
    )


def response_chart(table: Table) -> SafeString:
    rows = table.rows
    values = [hours(row["first_response_median"]) for row in rows]
    known = [value for value in values if value is not None]
    return charts.line_chart(
        title="Median first response, in hours, by week",
        description=(
            f"Median first response ranged from {min(known):.1f} to {max(known):.1f} hours."
            if known
            else "No first responses in this range."
        ),
        labels=[week_label(row["week"]) for row in rows],
        series=[charts.Series("Median first response (hours)", values)],
        formatter=lambda value: f"{value:g} h",
    )


def empathy_chart(table: Table) -> SafeString:
    rows = table.rows
    answered = [
        None if row["worries_answered"] is None else row["worries_answered"] * 100 for row in rows
    ]
    made_sense = [None if row["sla_rate"] is None else row["sla_rate"] * 100 for row in rows]
    return charts.line_chart(
        title="Worries answered in the first reply, and response targets met, by week (per cent)",
        description=(
            "Share of tickets with a worry whose first reply answered it, and share of first "
            "responses within the target, each week."
        ),
        labels=[week_label(row["week"]) for row in rows],
        series=[
            charts.Series("Worries answered first time", answered),
            charts.Series("Response target met", made_sense),
        ],
        formatter=lambda value: f"{value:.0f}%",
        ceiling=100,
    )


def sla_chart(rows: list[dict[str, Any]]) -> tuple[SafeString, Table]:
    by_priority = {row["priority"]: row for row in rows if row["priority"] is not None}
    shaped: list[dict[str, Any]] = []
    for priority in reversed(Priority.values):
        row = by_priority.get(priority, {})
        shaped.append(
            {
                "name": Priority(priority).label,
                "responded": int(row.get("responded", 0) or 0),
                "met": int(row.get("sla_met", 0) or 0),
                "rate": ratio(row.get("sla_met", 0) or 0, row.get("responded", 0) or 0),
            }
        )
    table = Table(
        name="priorities",
        caption="Response targets met, by priority",
        columns=[
            Column("name", "Priority"),
            Column("responded", "Responded", whole),
            Column("met", "Within the target", whole),
            Column("rate", "Share", percent),
        ],
        rows=shaped,
    )
    chart = charts.bar_chart(
        title="Response targets met, by priority",
        description="; ".join(f"{row['name']}: {percent(row['rate'])}" for row in shaped),
        labels=[row["name"] for row in shaped],
        values=[None if row["rate"] is None else row["rate"] * 100 for row in shaped],
        formatter=lambda value: f"{value:.0f}%",
        ceiling=100,
    )
    return chart, table


def grade_chart(
    rows: list[dict[str, Any]], comfort_names: dict[str, str]
) -> tuple[SafeString, Table]:
    by_comfort = {row["comfort"]: row for row in rows}
    shaped: list[dict[str, Any]] = []
    for comfort, target in GRADE_TARGETS.items():
        row = by_comfort.get(comfort, {})
        shaped.append(
            {
                "name": comfort_names.get(comfort, comfort),
                "reviews": int(row.get("reviews", 0) or 0),
                "grade": ratio(row.get("grade_sum", 0) or 0, row.get("reviews", 0) or 0),
                "target": target,
                "over": ratio(row.get("over_grade", 0) or 0, row.get("reviews", 0) or 0),
            }
        )
    table = Table(
        name="grades",
        caption="Reading grade of client-facing messages, by the client's comfort",
        columns=[
            Column("name", "Client's comfort"),
            Column("reviews", "Messages", whole),
            Column("grade", "Average reading grade", number),
            Column("target", "Target (at most)", number),
            Column("over", "Harder than the target", percent),
        ],
        rows=shaped,
    )
    chart = charts.bar_chart(
        title="Average reading grade against each comfort level's target",
        description="; ".join(
            f"{row['name']}: grade {number(row['grade'])} against a target of {row['target']:g}"
            for row in shaped
        ),
        labels=[row["name"] for row in shaped],
        values=[row["grade"] for row in shaped],
        targets=[row["target"] for row in shaped],
        formatter=lambda value: f"{value:.1f}",
    )
    return chart, table


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    detail: str = ""
    url: str = ""


def resolution_cards(h: Any, drill: dict[str, str]) -> list[Card]:
    return [
        Card("Opened", whole(h.opened), url=drill["opened"]),
        Card("Closed", whole(h.closed), url=drill["closed"]),
        Card(
            "Open at the end",
            whole(h.backlog_end),
            f"{whole(h.backlog_start)} at the start",
            drill["backlog"],
        ),
        Card(
            "First response, median",
            duration(h.first_response_median),
            f"90% within {duration(h.first_response_p90)}",
            drill["opened"],
        ),
        Card(
            "Resolution, median",
            duration(h.resolution_median),
            f"90% within {duration(h.resolution_p90)}",
            drill["resolved"],
        ),
        Card(
            "Response target met",
            percent(h.sla_rate),
            f"of {whole(h.responded)} first responses · see the late ones",
            drill["sla_missed"],
        ),
        Card(
            "Reopened",
            percent(h.reopen_rate),
            f"of {whole(h.resolved)} resolved",
            drill["reopened"],
        ),
    ]


def empathy_cards(
    h: Any, drill: dict[str, str], replies: dict[str, str], votes_helpful: float | None, votes: int
) -> list[Card]:
    change = "—"
    if h.distress_change is not None:
        change = f"{h.distress_change:+.2f}"
    return [
        Card(
            "Worries answered in the first reply",
            percent(h.worries_answered),
            f"of {whole(h.worry_tickets)} tickets with a worry · see the misses",
            drill["unanswered"],
        ),
        Card(
            "Reading grade",
            number(h.average_grade),
            f"{percent(h.over_grade_rate)} harder than the client's target",
            replies["over_grade"],
        ),
        Card(
            "Technical terms per 100 words",
            number(h.jargon_per_100_words),
            f"in {whole(h.reviews)} client-facing messages",
            replies["jargon"],
        ),
        Card(
            "Talking-down phrases per 100 messages",
            number(h.condescension_per_100),
            "see the messages",
            replies["condescending"],
        ),
        Card(
            "First response to distressed clients",
            duration(h.distressed_first_response),
            f"calm clients: {duration(h.calm_first_response)}",
            drill["distressed"],
        ),
        Card(
            "Calmer by their last message",
            percent(h.calmer_rate),
            f"of {whole(h.distress_tracked)} clients who wrote again · average change "
            f"{change} (calm 0, concerned 1, distressed 2)",
            drill["distressed"],
        ),
        Card(
            "Satisfaction (1–5)",
            number(h.satisfaction),
            f"{percent(h.made_sense)} said the explanation made sense · {whole(h.surveys)} answers",
        ),
        Card(
            "Came back within 30 days of a guide",
            percent(h.recurrence),
            f"of {whole(h.guide_sent)} tickets closed with a guide",
            drill["recurred"],
        ),
        Card("Guides marked helpful", percent(votes_helpful), f"{whole(votes)} votes"),
    ]


def delivery_cards(delivery: dict[str, int]) -> list[Card]:
    waiting = delivery.get("pending", 0) + delivery.get("sending", 0)
    return [
        Card("Sent", whole(delivery.get("sent", 0)), "e-mails created in the range"),
        Card("Waiting to send", whole(waiting), "due later, or being retried"),
        Card("Failed", whole(delivery.get("failed", 0)), "after every retry"),
        Card("Cancelled", whole(delivery.get("cancelled", 0)), "check-ins the client turned off"),
    ]


def comparison(mine: Any, team: Any) -> list[tuple[str, str, str]]:
    """Rows of the coaching view's "you and the team" table."""
    rows: list[tuple[str, Callable[[Any], str], str]] = [
        ("Client-facing messages", whole, "reviews"),
        ("Reading grade", number, "average_grade"),
        ("Harder than the client's target", percent, "over_grade_rate"),
        ("Technical terms per 100 words", number, "jargon_per_100_words"),
        ("Talking-down phrases per 100 messages", number, "condescension_per_100"),
        ("Worries answered in the first reply", percent, "worries_answered"),
        ("First response, median", duration, "first_response_median"),
        ("Response target met", percent, "sla_rate"),
        ("Satisfaction (1–5)", number, "satisfaction"),
        ("Explanation made sense", percent, "made_sense"),
        ("Came back within 30 days of a guide", percent, "recurrence"),
    ]
    return [
        (label, show(getattr(mine, key)), show(getattr(team, key))) for label, show, key in rows
    ]
