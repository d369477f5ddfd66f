from __future__ import annotations

import re
from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from empathy.glossary import glossary_changed
from empathy.models import GlossaryTerm, TaughtTerm


class GlossaryTermForm(forms.ModelForm[GlossaryTerm]):
    class Meta:
        model = GlossaryTerm
        fields = [
            "term", "plain", "explanation", "variants", "is_active", "for_new", "for_everyday",
            "for_confident", "match_case", "pattern",
        ]  # fmt: skip

    def clean_pattern(self) -> str:
        pattern: str = self.cleaned_data["pattern"]
        if pattern:
            try:
                re.compile(pattern)
            except re.error as error:
                raise forms.ValidationError(f"This pattern can't be used: {error}") from None
        return pattern


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin[GlossaryTerm]):
    form = GlossaryTermForm
    list_display = ["term", "plain", "for_new", "for_everyday", "for_confident", "is_active"]
    list_filter = ["for_new", "for_everyday", "for_confident", "is_active"]
    list_editable = ["for_new", "for_everyday", "for_confident", "is_active"]
    search_fields = ["term", "plain", "variants"]
    fieldsets = (
        (None, {"fields": ["term", "plain", "explanation", "variants", "is_active"]}),
        ("Who needs it explained?", {"fields": ["for_new", "for_everyday", "for_confident"]}),
        ("Matching", {"fields": ["match_case", "pattern"], "classes": ["collapse"]}),
    )

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        glossary_changed()

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        super().delete_model(request, obj)
        glossary_changed()

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        super().delete_queryset(request, queryset)
        glossary_changed()

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        glossary_changed()

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> Any:
        response = super().changelist_view(request, extra_context)
        if request.method == "POST":
            glossary_changed()  # list_editable saves
        return response


@admin.register(TaughtTerm)
class TaughtTermAdmin(admin.ModelAdmin[TaughtTerm]):
    list_display = ["client", "term", "source", "taught_at"]
    search_fields = ["client__display_name", "term__term"]
    autocomplete_fields = ["term"]
    raw_id_fields = ["client"]
