from __future__ import annotations

from datetime import date, timedelta
from typing import Any, cast

from django import forms
from django.utils import timezone

from accounts.models import ComfortLevel, FieldOfExpertise, User
from metrics.selectors import Filters
from tickets.models import Category, Priority

PRESETS = {
    "7": ("Last 7 days", 7),
    "30": ("Last 30 days", 30),
    "90": ("Last 90 days", 90),
    "365": ("Last 12 months", 365),
}
LONGEST_RANGE_DAYS = 3 * 366


class DashboardFilterForm(forms.Form):
    """Range and filters, read from the query string. Bad input is explained next to the
    field and the dashboard falls back to the last 30 days for that part."""

    period = forms.ChoiceField(
        label="Period",
        required=False,
        choices=[*((key, label) for key, (label, _) in PRESETS.items()), ("custom", "Dates below")],
    )
    start = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label="To (inclusive)", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    technician = forms.TypedChoiceField(
        label="Technician", required=False, coerce=int, empty_value=None
    )
    category = forms.TypedChoiceField(
        label="Category", required=False, coerce=int, empty_value=None
    )
    priority = forms.TypedChoiceField(
        label="Priority",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Any priority"), *reversed(Priority.choices)],
    )
    field = forms.TypedChoiceField(
        label="Client's field", required=False, coerce=int, empty_value=None
    )
    comfort = forms.ChoiceField(
        label="Client's comfort",
        required=False,
        choices=[("", "Any comfort level"), *ComfortLevel.choices],
    )

    def __init__(
        self,
        *args: Any,
        staff: list[User],
        categories: list[Category],
        fields: list[FieldOfExpertise],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["technician"]).choices = [
            ("", "Every technician"),
            *[(str(person.pk), person.display_name) for person in staff],
        ]
        cast(forms.ChoiceField, self.fields["category"]).choices = [
            ("", "Every category"),
            *[(str(category.pk), category.name) for category in categories],
        ]
        cast(forms.ChoiceField, self.fields["field"]).choices = [
            ("", "Every field"),
            *[(str(item.pk), item.name) for item in fields],
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        period = data.get("period") or ""
        start, end = data.get("start"), data.get("end")
        if period == "custom" or (not period and (start or end)):
            if not start:
                self.add_error("start", "Choose the first day, or pick a period above.")
            if not end:
                self.add_error("end", "Choose the last day, or pick a period above.")
            if start and end and end < start:
                self.add_error("end", "The last day must be on or after the first day.")
            if start and end and (end - start).days + 1 > LONGEST_RANGE_DAYS:
                self.add_error("end", "Choose at most three years at a time.")
        return data

    def to_filters(self, *, today: date | None = None) -> Filters:
        today = today or timezone.localdate()
        data = self.cleaned_data if self.is_valid() else {}
        period = data.get("period") or ""
        start, end = data.get("start"), data.get("end")
        if period in PRESETS or not (start and end):
            days = PRESETS.get(period, PRESETS["30"])[1]
            start, end = today - timedelta(days=days - 1), today
        return Filters(
            start=start,
            end=end,
            technician=data.get("technician"),
            category=data.get("category"),
            priority=data.get("priority"),
            field=data.get("field"),
            comfort=data.get("comfort") or "",
        ).as_of_now()
