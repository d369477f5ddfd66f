"""Everything the dashboard page shows, assembled from the selectors for one set of filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import SafeString

from accounts.models import ComfortLevel, FieldOfExpertise, User
from metrics import presenters, selectors
from metrics.figures import Headline, headline, ratio
from metrics.presenters import Table
from metrics.selectors import Filters
from tickets.models import Category
from tickets.selectors import staff_for_assignment


@dataclass(frozen=True)
class Names:
    technicians: dict[int, str]
    categories: dict[int, str]
    fields: dict[int, str]
    comfort: dict[str, str]
    staff: list[User]
    category_list: list[Category]
    field_list: list[FieldOfExpertise]


def names() -> Names:
    staff = staff_for_assignment()
    category_list = list(Category.objects.order_by("position", "name"))
    field_list = list(FieldOfExpertise.objects.order_by("position", "name"))
    return Names(
        technicians={person.pk: person.display_name for person in staff},
        categories={category.pk: category.name for category in category_list},
        fields={item.pk: item.name for item in field_list},
        comfort=dict(ComfortLevel.choices),
        staff=staff,
        category_list=category_list,
        field_list=field_list,
    )


def query_string(filters: Filters, **extra: Any) -> str:
    params: dict[str, Any] = {
        "period": "custom",
        "start": filters.start.isoformat(),
        "end": filters.end.isoformat(),
    }
    params.update({name: value for name, value in filters.dimensions.items()})
    params.update({name: value for name, value in extra.items() if value is not None})
    return urlencode(params)


def drill_url(filters: Filters, measure: str, **narrow: Any) -> str:
    return f"{reverse('metrics:tickets')}?{query_string(filters, measure=measure, **narrow)}"


def replies_url(filters: Filters, measure: str, **narrow: Any) -> str:
    return f"{reverse('metrics:replies')}?{query_string(filters, measure=measure, **narrow)}"


@dataclass
class Dashboard:
    filters: Filters
    headline: Headline
    weekly: Table
    technicians: Table
    categories: Table
    fields: Table
    priorities: Table
    grades: Table
    volume_chart: SafeString
    response_chart: SafeString
    empathy_chart: SafeString
    sla_chart: SafeString
    grade_chart: SafeString
    votes: dict[str, int]
    votes_helpful: float | None
    delivery: dict[str, int]
    failed_emails: list[Any]

    def tables(self) -> dict[str, Table]:
        return {
            table.name: table
            for table in (
                self.weekly,
                self.technicians,
                self.categories,
                self.fields,
                self.priorities,
                self.grades,
            )
        }


def build(filters: Filters, known: Names) -> Dashboard:
    totals = selectors.totals(filters)
    backlog = selectors.backlog_at_start(filters)
    weekly = presenters.weekly_table(selectors.weekly(filters), backlog_start=backlog)

    def narrowed(dimension: str) -> Any:
        return lambda row: drill_url(filters, "opened", **{dimension: row["id"]})

    technicians = presenters.breakdown_table(
        name="technicians",
        caption="By technician",
        first_label="Technician",
        rows=selectors.breakdown(filters, "technician"),
        key="technician_id",
        names=known.technicians,
        links={
            "name": lambda row: (
                f"{reverse('metrics:coaching')}?{query_string(filters, technician=row['id'])}"
                if row["id"]
                else ""
            ),
            "opened": narrowed("technician"),
        },
    )
    categories = presenters.breakdown_table(
        name="categories",
        caption="By category",
        first_label="Category",
        rows=selectors.breakdown(filters, "category"),
        key="category_id",
        names=known.categories,
        links={"opened": narrowed("category")},
    )
    fields = presenters.breakdown_table(
        name="fields",
        caption="By the client's field",
        first_label="Client's field",
        rows=selectors.breakdown(filters, "field"),
        key="field_id",
        names=known.fields,
        links={"opened": narrowed("field")},
    )
    sla_chart, priorities = presenters.sla_chart(selectors.breakdown(filters, "priority"))
    grade_chart, grades = presenters.grade_chart(
        selectors.breakdown(filters, "comfort"), known.comfort
    )
    votes = selectors.guide_votes(filters)
    return Dashboard(
        filters=filters,
        headline=headline(totals, backlog_start=backlog),
        weekly=weekly,
        technicians=technicians,
        categories=categories,
        fields=fields,
        priorities=priorities,
        grades=grades,
        volume_chart=presenters.volume_chart(weekly),
        response_chart=presenters.response_chart(weekly),
        empathy_chart=presenters.empathy_chart(weekly),
        sla_chart=sla_chart,
        grade_chart=grade_chart,
        votes=votes,
        votes_helpful=ratio(
            votes.get("helpful", 0), votes.get("helpful", 0) + votes.get("not_helpful", 0)
        ),
        delivery=selectors.delivery_health(filters),
        failed_emails=list(selectors.failed_emails()),
    )
