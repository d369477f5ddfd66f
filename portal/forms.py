from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.urls import reverse_lazy
from django.utils import timezone

from accounts.models import (
    User,
    normalize_email_address,
)
from accounts.selectors import email_is_taken
from core import limits
from core.limits import LimitedCharField
from tickets.models import Category, DataWorry, Impact
from tickets.uploads import UploadsMixin

IMPACT_CHOICES = [
    (Impact.CANT_WORK, "I can't work"),
    (Impact.SLOWS_ME, "It slows me down"),
    (Impact.ANNOYANCE, "It's an annoyance"),
]
DATA_WORRY_CHOICES = [
    (DataWorry.YES, "Yes"),
    (DataWorry.NO, "No"),
    (DataWorry.NOT_SURE, "Not sure"),
]


# The two description boxes ask the guide library for matches as the client types.
SUGGEST_AS_YOU_TYPE = {
    "hx-get": reverse_lazy("kb:suggest"),
    "hx-trigger": "input changed delay:600ms",
    "hx-target": "#guide-suggestions",
    "hx-include": "[name=trying],[name=happened]",
    "hx-sync": "closest form:replace",
}


class ProblemForm(UploadsMixin):
    """The guided form: four questions a frightened person can answer in their own words."""

    field_order = ["trying", "happened", "impact", "data_worry", "category", "needed_by"]

    trying = LimitedCharField(
        limit=limits.CLIENT_TEXT,
        too_long_hint="If you pasted a long log or e-mail, attach it as a file instead.",
        label="What were you trying to do?",
        widget=forms.Textarea(attrs={"rows": 3, **SUGGEST_AS_YOU_TYPE}),
        help_text="For example: “Open the listings folder to print a brochure.”",
        error_messages={"required": "Please tell us what you were trying to do."},
    )
    happened = LimitedCharField(
        limit=limits.CLIENT_TEXT,
        too_long_hint="If you pasted a long log or e-mail, attach it as a file instead.",
        label="What happened instead?",
        widget=forms.Textarea(attrs={"rows": 4, **SUGGEST_AS_YOU_TYPE}),
        help_text="Your own words are perfect. Any message you saw on the screen helps too.",
        error_messages={"required": "Please tell us what happened instead."},
    )
    impact = forms.ChoiceField(
        label="How much is this affecting your work?",
        choices=IMPACT_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose how much this is affecting your work."},
    )
    data_worry = forms.ChoiceField(
        label="Are you worried something is lost?",
        choices=DATA_WORRY_CHOICES,
        widget=forms.RadioSelect,
        help_text="If you are, we'll tell you first whether your files are safe.",
        error_messages={"required": "Please tell us whether you're worried something is lost."},
    )
    category = forms.ModelChoiceField(
        label="What is it about? (optional)",
        queryset=Category.objects.filter(is_active=True),
        required=False,
        empty_label="I'm not sure",
    )
    needed_by = forms.DateTimeField(
        label="I need this by (optional)",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d"],
        help_text="A meeting, a viewing, a class? Tell us when.",
        error_messages={"invalid": "Please give a date and time, like 24/11/2026 15:00."},
    )

    def clean_needed_by(self) -> Any:
        moment = self.cleaned_data.get("needed_by")
        if moment is not None and moment < timezone.now() - timedelta(minutes=5):
            raise forms.ValidationError("That time has already passed. Please choose a later one.")
        return moment


class PortalReplyForm(UploadsMixin):
    field_order = ["body", "attachments"]

    body = LimitedCharField(
        limit=limits.CLIENT_TEXT,
        too_long_hint="If you pasted a long log or e-mail, attach it as a file instead.",
        label="Your reply",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("body", "").strip() and not self.staged_uploads_or_files():
            self.add_error("body", "Please write a reply or attach a file.")
        return cleaned

    def staged_uploads_or_files(self) -> bool:
        return bool(getattr(self, "staged_uploads", []))


class FixedForm(forms.Form):
    comment = LimitedCharField(
        limit=limits.SHORT_TEXT,
        label="Anything you'd like to add? (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class StillBrokenForm(forms.Form):
    details = LimitedCharField(
        limit=limits.CLIENT_TEXT,
        too_long_hint="If you pasted a long log or e-mail, attach it as a file instead.",
        label="What's happening now? (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class EmailChangeForm(forms.Form):
    email = forms.EmailField(
        label="New email address", widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label="Your current password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="So nobody else can change where your messages go.",
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self) -> str:
        email = normalize_email_address(self.cleaned_data["email"])
        if email == self.user.email:
            raise forms.ValidationError("That's already your email address.")
        if email_is_taken(email):
            raise forms.ValidationError("Another account already uses this email address.")
        return email

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That password isn't right. Please try again.")
        return password
