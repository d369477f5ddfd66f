"""Allow-listed filters and orderings. Only the names declared here are read from the query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import QuerySet

from api.documented import LARGEST_ID
from core.numbers import whole_number
from tickets.models import Priority, Status, Ticket
from tickets.selectors import QueueFilters

# Each ordering ends with a unique field, as keyset pagination requires.
TICKET_ORDERINGS: dict[str, tuple[str, ...]] = {
    "newest": ("-created_at", "-id"),
    "oldest": ("created_at", "id"),
    "updated": ("-updated_at", "-id"),
    "priority": ("-priority", "-updated_at", "-id"),
}
DEFAULT_TICKET_ORDERING = "newest"


# Empty is no filter, as for every other parameter.
ASSIGNEE_PATTERN = r"^(|none|[1-9][0-9]{0,10})$"


class TicketFilter(django_filters.FilterSet):
    """The workspace's queue filters (tickets.selectors), with the same meaning."""

    status = django_filters.ChoiceFilter(choices=Status.choices, method="keep")
    priority = django_filters.TypedChoiceFilter(choices=Priority.choices, coerce=int, method="keep")
    category = django_filters.NumberFilter(min_value=1, max_value=LARGEST_ID, method="keep")
    assignee = django_filters.CharFilter(
        method="keep",
        help_text="A technician's id, or `none` for unassigned tickets.",
        validators=[RegexValidator(ASSIGNEE_PATTERN, "An id, or “none”.")],
    )
    client = django_filters.NumberFilter(min_value=1, max_value=LARGEST_ID, method="keep")
    q = django_filters.CharFilter(
        method="keep", max_length=200, help_text="Words in the subject or description, or HD-1042."
    )
    ordering = django_filters.ChoiceFilter(
        choices=[(name, name) for name in TICKET_ORDERINGS],
        method="keep",
        help_text=f"Sort order (default `{DEFAULT_TICKET_ORDERING}`).",
    )

    class Meta:
        model = Ticket
        fields: list[str] = []

    def keep(self, queryset: QuerySet[Ticket], name: str, value: Any) -> QuerySet[Ticket]:
        """Never applied one by one: `ticket_query` turns them into the queue selector's."""
        return queryset

    @classmethod
    def bound_form(cls, params: Any) -> forms.Form:
        """A form over the filters, bound to `params`.

        Built from one form class made on first use. A FilterSet per request would deep-copy
        every filter and build a new form class with new fields: a quarter of a list
        request's Python time, for filters that never change.
        """
        form_class: type[forms.Form] | None = cls.__dict__.get("_form_class")
        if form_class is None:
            form_class = cls(queryset=Ticket.objects.none()).get_form_class()
            cls._form_class = form_class
        return form_class(params)


@dataclass(frozen=True)
class TicketQuery:
    filters: QueueFilters
    ordering: tuple[str, ...]


def ticket_query(cleaned: dict[str, Any]) -> TicketQuery:
    """The queue filters and keyset ordering that a valid `TicketFilter.bound_form` asks for."""
    assignee = cleaned.get("assignee") or ""
    filters = QueueFilters(
        status=cleaned.get("status") or "",
        priority=cleaned.get("priority") or None,
        category=int(cleaned["category"]) if cleaned.get("category") else None,
        assignee=whole_number(assignee),
        unassigned_only=assignee == "none",
        client=int(cleaned["client"]) if cleaned.get("client") else None,
        text=(cleaned.get("q") or "").strip(),
    )
    ordering = TICKET_ORDERINGS[cleaned.get("ordering") or DEFAULT_TICKET_ORDERING]
    return TicketQuery(filters=filters, ordering=ordering)
