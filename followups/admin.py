from typing import Any, TypeVar

from django import forms
from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from followups.models import OUTCOME_RULE, Analogy, FollowUp, SurveyResponse

_ModelT = TypeVar("_ModelT", bound=Model)

OUTCOME_FIELDS = ["fits_safe", "fits_recovered", "fits_lost", "fits_not_involved"]


class AnalogyForm(forms.ModelForm[Analogy]):
    class Meta:
        model = Analogy
        fields = [
            "field_of_expertise",
            "category",
            "text",
            "is_active",
            *OUTCOME_FIELDS,
            "fix_kind",
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("is_active") and not any(cleaned.get(name) for name in OUTCOME_FIELDS):
            raise forms.ValidationError(
                "Tick at least one outcome this analogy is true for, or it will never be used."
            )
        return cleaned


@admin.register(Analogy)
class AnalogyAdmin(admin.ModelAdmin[Analogy]):
    form = AnalogyForm
    list_display = ["field_of_expertise", "category", "text", *OUTCOME_FIELDS, "fix_kind"]
    list_display += ["is_active"]
    list_filter = ["field_of_expertise", "category", "fix_kind", *OUTCOME_FIELDS, "is_active"]
    search_fields = ["text"]
    fieldsets = (
        (None, {"fields": ["field_of_expertise", "category", "text", "is_active"]}),
        (
            "When it is true: the data outcomes and the kind of fix",
            {"fields": [*OUTCOME_FIELDS, "fix_kind"], "description": OUTCOME_RULE},
        ),
    )


class ReadOnly(admin.ModelAdmin[_ModelT]):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(FollowUp)
class FollowUpAdmin(ReadOnly[FollowUp]):
    list_display = [
        "ticket",
        "client",
        "subject",
        "edited_by_technician",
        "checkin_answer",
        "created_at",
    ]
    list_filter = ["edited_by_technician", "checkin_answer"]
    search_fields = ["subject", "client__email"]
    date_hierarchy = "created_at"


@admin.register(SurveyResponse)
class SurveyResponseAdmin(ReadOnly[SurveyResponse]):
    list_display = ["followup", "satisfaction", "made_sense", "created_at"]
    list_filter = ["satisfaction", "made_sense"]
