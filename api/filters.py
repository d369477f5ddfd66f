"""Allow-listed filters and orderings. Only the names declared here are read from the query."""

from __future__ import annotations

from typing import Any

import django_filters
from django.core.validators import RegexValidator
from django.db.models import QuerySet

from tickets.models import Priority, Status, Ticket
from tickets.selectors import QueueFilters, _filtered

# Each ordering ends with a unique field, as keyset pagination requires.
TICKET_ORDERINGS: dict[str, tuple[str, ...]] = {
    "newest": ("-created_at", "-id"),
    "oldest": ("created_at", "id"),
    "updated": ("-updated_at", "-id"),
    "priority": ("-priority", "-updated_at", "-id"),
}
DEFAULT_TICKET_ORDERING = "newest"


class TicketFilter(django_filters.FilterSet):
    """The workspace's queue filters (tickets.selectors), with the same meaning."""

    status = django_filters.ChoiceFilter(choices=Status.choices, method="keep")
    priority = django_filters.TypedChoiceFilter(choices=Priority.choices, coerce=int, method="keep")
    category = django_filters.NumberFilter(min_value=1, max_value=10**11, method="keep")
    assignee = django_filters.CharFilter(
        method="keep",
        help_text="A technician's id, or `none` for unassigned tickets.",
        validators=[RegexValidator(r"^(none|[1-9][0-9]{0,10})$", "An id, or “none”.")],
    )
    client = django_filters.NumberFilter(min_value=1, max_value=10**11, method="keep")
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
        """Filters apply together in `filter_queryset`, through the queue selector."""
        return queryset

    def queue_filters(self) -> QueueFilters:
        data = self.form.cleaned_data
        assignee = data.get("assignee") or ""
        return QueueFilters(
            status=data.get("status") or "",
            priority=data.get("priority") or None,
            category=int(data["category"]) if data.get("category") else None,
            assignee=int(assignee) if assignee.isdigit() else None,
            unassigned_only=assignee == "none",
            client=int(data["client"]) if data.get("client") else None,
            text=(data.get("q") or "").strip(),
        )

    def filter_queryset(self, queryset: QuerySet[Ticket]) -> QuerySet[Ticket]:
        return _filtered(queryset, self.queue_filters())

    def ordering_fields(self) -> tuple[str, ...]:
        chosen = self.form.cleaned_data.get("ordering") or DEFAULT_TICKET_ORDERING
        return TICKET_ORDERINGS[chosen]
