from __future__ import annotations

from typing import Any

from django import forms

from accounts.models import ComfortLevel
from core import limits
from core.limits import LimitedCharField, WholeNumberField
from kb.markdown import plain_text, split_steps
from kb.models import Guide, GuideStatus
from tickets.models import Category

MAX_STEPS = 12
STEP_TITLE_LENGTH = 80
STEP_WORDS = 80


class GuideForm(forms.Form):
    version = WholeNumberField(widget=forms.HiddenInput, required=False, min_value=1)
    title = LimitedCharField(
        limit=120,
        help_text="What the guide helps with, in plain words: “Get your shared drive back”.",
        error_messages={"required": "Give the guide a title."},
    )
    category = forms.ModelChoiceField(
        queryset=Category.objects.filter(is_active=True), required=False, empty_label="None"
    )
    audience = forms.ChoiceField(
        label="Written for", choices=ComfortLevel.choices, initial=ComfortLevel.NEW
    )
    problem = LimitedCharField(
        limit=limits.GUIDE_TEXT,
        label="The problem, in the client's words",
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Describe the problem the way a client would."},
    )
    safe_note = LimitedCharField(
        limit=limits.GUIDE_TEXT,
        label="What is safe",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="The guide opens with this, e.g. “Your files are still on the office server.”",
    )
    summary = LimitedCharField(limit=250, required=False)
    steps = LimitedCharField(
        limit=limits.GUIDE_TEXT,
        widget=forms.Textarea(attrs={"rows": 14, "class": "markdown-editor"}),
        help_text=(
            "Markdown. Start each step with a line like “## Open File Explorer”, then one to "
            "three short sentences. **Bold** for what to click. Pictures: upload below and "
            "paste the line you get."
        ),
        error_messages={"required": "Write at least one step."},
    )
    prevent = LimitedCharField(
        limit=limits.GUIDE_TEXT,
        label="How to stop it happening again",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    tags = LimitedCharField(
        limit=500,
        required=False,
        help_text="Words people might search for, separated by commas: “S drive, network drive”.",
    )
    status = forms.ChoiceField(choices=GuideStatus.choices, initial=GuideStatus.DRAFT)
    is_public = forms.BooleanField(
        label="Anyone can read it, without signing in", required=False, initial=True
    )
    link_ticket = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_steps(self) -> str:
        text: str = self.cleaned_data["steps"]
        steps = split_steps(text)
        if not steps:
            raise forms.ValidationError(
                "Start each step with a line like “## Open File Explorer”, so clients see "
                "numbered steps."
            )
        if len(steps) > MAX_STEPS:
            raise forms.ValidationError(
                f"That's {len(steps)} steps. Keep guides to {MAX_STEPS} or fewer; split a long "
                "one into two guides."
            )
        problems = []
        for step in steps:
            if len(step.title) > STEP_TITLE_LENGTH:
                problems.append(
                    f"Step {step.number}'s title is long; "
                    f"keep it under {STEP_TITLE_LENGTH} letters."
                )
            if len(plain_text(step.body).split()) > STEP_WORDS:
                problems.append(
                    f"Step {step.number} has more than {STEP_WORDS} words. "
                    "Short steps are easier to follow."
                )
        if problems:
            raise forms.ValidationError(problems)
        return text

    def clean_tags(self) -> list[str]:
        return [tag.strip() for tag in self.cleaned_data["tags"].split(",") if tag.strip()]

    @staticmethod
    def initial_for(guide: Guide) -> dict[str, Any]:
        return {
            "version": guide.version,
            "title": guide.title,
            "category": guide.category_id,
            "audience": guide.audience,
            "problem": guide.problem,
            "safe_note": guide.safe_note,
            "summary": guide.summary,
            "steps": guide.steps,
            "prevent": guide.prevent,
            "tags": ", ".join(tag.name for tag in guide.tags.all()),
            "status": guide.status,
            "is_public": guide.is_public,
        }

    def content(self) -> dict[str, Any]:
        data = self.cleaned_data
        category = data["category"]
        return {
            "title": data["title"],
            "category_id": category.pk if category else None,
            "audience": data["audience"],
            "problem": data["problem"],
            "safe_note": data["safe_note"],
            "summary": data["summary"],
            "steps": data["steps"],
            "prevent": data["prevent"],
            "status": data["status"],
            "is_public": data["is_public"],
        }


class VoteForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "No")], coerce=lambda value: value == "yes"
    )


class ImageUploadForm(forms.Form):
    image = forms.FileField(label="Picture for a step")
    description = LimitedCharField(
        limit=200,
        label="Describe the picture",
        help_text="Read aloud to people who can't see it.",
    )
