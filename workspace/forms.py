from __future__ import annotations

from typing import Any, cast

from django import forms

from accounts.models import ComfortLevel, User, normalize_email_address
from accounts.selectors import fields_of_expertise_active
from core import limits
from core.limits import LimitedCharField, WholeNumberField
from core.numbers import BIG_INTEGER_MAX, whole_number
from kb.models import Guide, GuideStatus
from tickets.intake import NewClient
from tickets.models import Category, DataSafety, DataWorry, Impact, Priority, Status
from tickets.selectors import SORTS, QueueFilters
from tickets.uploads import UploadsMixin, getlist


class VersionedForm(forms.Form):
    version = WholeNumberField(widget=forms.HiddenInput, min_value=1)


class QueueFilterForm(forms.Form):
    q = LimitedCharField(
        limit=200,
        label="Search subject, problem or HD-number",
        required=False,
    )
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status"), *Status.choices]
    )
    priority = forms.TypedChoiceField(
        label="Priority",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Any priority"), *reversed(Priority.choices)],
    )
    category = forms.ChoiceField(label="Category", required=False)
    assignee = forms.ChoiceField(label="Assigned to", required=False)
    client_text = LimitedCharField(
        limit=100,
        label="Client",
        required=False,
    )
    client = WholeNumberField(
        required=False, widget=forms.HiddenInput, min_value=1, max_value=BIG_INTEGER_MAX
    )
    sort = forms.ChoiceField(label="Sort by", required=False)

    def __init__(
        self,
        *args: Any,
        staff: list[User],
        categories: list[Category],
        queue: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["assignee"]).choices = [
            ("", "Anyone"),
            ("none", "Nobody (unassigned)"),
            *[(str(person.pk), person.display_name) for person in staff],
        ]
        cast(forms.ChoiceField, self.fields["category"]).choices = [
            ("", "Any category"),
            *[(str(category.pk), category.name) for category in categories],
        ]
        cast(forms.ChoiceField, self.fields["sort"]).choices = [
            (key, label)
            for key, (label, _) in SORTS.items()
            if key != "resolved" or queue == "resolved"
        ]

    def to_filters(self) -> QueueFilters:
        data = self.cleaned_data if self.is_valid() else {}
        assignee = data.get("assignee", "")
        category = data.get("category", "")
        return QueueFilters(
            status=data.get("status", ""),
            priority=data.get("priority"),
            category=int(category) if category else None,
            assignee=whole_number(assignee) if assignee else None,
            unassigned_only=assignee == "none",
            client=data.get("client"),
            client_text=data.get("client_text", "").strip(),
            text=data.get("q", "").strip(),
        )


class ReplyForm(UploadsMixin, VersionedForm):
    field_order = ["body", "waiting_on_client", "attachments"]

    body = LimitedCharField(
        limit=limits.REPLY_TEXT,
        too_long_hint="A reply this long is hard to follow: attach the detail as a file.",
        label="Reply to the client",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="The client sees this. Plain words; say first whether their data is safe.",
    )
    waiting_on_client = forms.BooleanField(
        label="I'm asking the client something (set to “Waiting on client”)", required=False
    )


class NoteForm(UploadsMixin, VersionedForm):
    field_order = ["body", "attachments"]

    body = LimitedCharField(
        limit=limits.NOTE_TEXT,
        too_long_hint="Attach a long log as a file instead.",
        label="Internal note",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Only technicians and managers see notes.",
    )


class StatusForm(VersionedForm):
    status = forms.ChoiceField(label="Status", choices=Status.choices)


class PriorityForm(VersionedForm):
    priority = forms.TypedChoiceField(label="Priority", coerce=int, choices=Priority.choices)


class AssignForm(VersionedForm):
    assignee = forms.ModelChoiceField(
        label="Assigned to", queryset=User.objects.none(), required=False, empty_label="Nobody"
    )

    def __init__(self, *args: Any, staff: list[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast("forms.ModelChoiceField[User]", self.fields["assignee"])
        field.queryset = User.objects.filter(pk__in=[person.pk for person in staff])
        field.choices = [("", "Nobody"), *[(person.pk, person.display_name) for person in staff]]


class CategoryForm(VersionedForm):
    category = forms.ModelChoiceField(
        label="Category", queryset=Category.objects.all(), required=False, empty_label="None yet"
    )


class ResolveForm(VersionedForm):
    cause = LimitedCharField(
        limit=limits.RESOLUTION_TEXT,
        label="What happened",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="In plain words, as you would explain it to the client.",
        error_messages={"required": "Please say what happened, in plain words."},
    )
    actions = LimitedCharField(
        limit=limits.RESOLUTION_TEXT,
        label="What I did",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Please say what you did to fix it."},
    )
    data_safety = forms.ChoiceField(
        label="Was the client's data safe?",
        choices=DataSafety.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Please say whether the client's data was safe."},
    )
    prevention = LimitedCharField(
        limit=limits.RESOLUTION_TEXT,
        label="How to prevent it",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One or two things the client can do so it doesn't happen again.",
    )
    guide = forms.ModelChoiceField(
        label="How-to guide to send with the explanation (optional)",
        queryset=Guide.objects.filter(status=GuideStatus.PUBLISHED),
        required=False,
        empty_label="No guide",
        help_text="Guides for this ticket's topic come first.",
    )

    def offer_guides(self, guides: list[Guide]) -> None:
        """Show these guides in the list (validation still accepts any published guide)."""
        cast("forms.ModelChoiceField[Guide]", self.fields["guide"]).choices = [
            ("", "No guide"),
            *[(guide.pk, guide.title) for guide in guides],
        ]


class CloseForm(VersionedForm):
    explanation = LimitedCharField(
        limit=limits.EXPLANATION_TEXT,
        label="The explanation we'll send",
        required=False,
        widget=forms.Textarea(attrs={"rows": 18, "class": "markdown-editor"}),
        help_text=(
            "Edit it if you like; it is sent as you leave it. The answers to their worries are "
            "the first lines: change them here if the facts need it. "
            "Markdown: **bold**, ### headings."
        ),
    )


class ReopenForm(VersionedForm):
    reason = LimitedCharField(
        limit=limits.REASON, label="Why reopen?", required=False, widget=forms.TextInput
    )


class BulkForm(forms.Form):
    ACTIONS = [("assign", "Assign to"), ("status", "Change status to")]

    tickets = forms.TypedMultipleChoiceField(
        coerce=int,
        error_messages={
            "required": "Tick at least one ticket first.",
        },
    )
    action = forms.ChoiceField(choices=ACTIONS)
    assignee = forms.ChoiceField(required=False)
    status = forms.ChoiceField(required=False, choices=[("", "Choose…"), *Status.choices])

    def __init__(self, *args: Any, staff: list[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["assignee"]).choices = [
            ("", "Choose…"),
            ("none", "Nobody"),
            *[(str(person.pk), person.display_name) for person in staff],
        ]
        ticket_ids = getlist(self.data, "tickets")
        cast(forms.ChoiceField, self.fields["tickets"]).choices = [
            (value, value) for value in ticket_ids if whole_number(value) is not None
        ]

    def seen_versions(self) -> dict[int, int]:
        """The version of each ticket as the list showed it (`seen` = "<id>:<version>")."""
        seen: dict[int, int] = {}
        for value in getlist(self.data, "seen"):
            pk, _, version = str(value).partition(":")
            number, seen_version = whole_number(pk), whole_number(version)
            if number is not None and seen_version is not None:
                seen[number] = seen_version
        return seen

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("action") == "assign" and not cleaned.get("assignee"):
            self.add_error("assignee", "Choose who to assign the tickets to.")
        if cleaned.get("action") == "status" and not cleaned.get("status"):
            self.add_error("status", "Choose the new status.")
        return cleaned


class TicketCreateForm(UploadsMixin):
    """A technician logs a problem for a client, e.g. during a phone call."""

    client_email = forms.EmailField(
        label="Client's email",
        help_text="Find an existing client above, or type a new client's email.",
        error_messages={"required": "Type the client's email address, or pick a client."},
    )
    new_client_name = LimitedCharField(limit=150, label="Name (new client)", required=False)
    new_client_field = forms.ModelChoiceField(
        label="Field of expertise (new client)",
        required=False,
        queryset=fields_of_expertise_active(),
        empty_label="Choose one",
    )
    new_client_comfort = forms.ChoiceField(
        label="Comfort with technology (new client)",
        required=False,
        choices=[("", "Choose one"), *ComfortLevel.choices],
    )
    new_client_phone = LimitedCharField(limit=40, label="Phone (new client)", required=False)
    subject = LimitedCharField(
        limit=limits.SUBJECT,
        label="Subject",
        help_text="A short summary, e.g. “Printer says offline”.",
        error_messages={"required": "Give the ticket a short subject."},
    )
    description = LimitedCharField(
        limit=limits.CLIENT_TEXT,
        too_long_hint="Attach a long log or e-mail as a file instead.",
        label="The problem, in the client's words",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Write down what they said, and how they said it.",
        error_messages={"required": "Write down what the client told you."},
    )
    category = forms.ModelChoiceField(
        label="Category",
        required=False,
        queryset=Category.objects.none(),
        empty_label="Not sure yet",
    )
    priority = forms.TypedChoiceField(
        label="Priority", coerce=int, choices=Priority.choices, initial=Priority.NORMAL
    )
    impact = forms.ChoiceField(
        label="How much is this affecting their work?",
        required=False,
        choices=[("", "Didn't say"), *Impact.choices],
    )
    data_worry = forms.ChoiceField(
        label="Are they worried something is lost?",
        required=False,
        choices=[("", "Didn't say"), *DataWorry.choices],
    )

    def clean_client_email(self) -> str:
        return normalize_email_address(self.cleaned_data["client_email"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        email = cleaned.get("client_email")
        if not email:
            return cleaned
        existing = User.objects.filter(email=email).first()
        if existing is not None:
            if not hasattr(existing, "client_profile"):
                self.add_error(
                    "client_email", "This email belongs to a staff account, not a client."
                )
            cleaned["client"] = existing
            return cleaned
        cleaned["client"] = None
        for name, message in [
            ("new_client_name", "No client has this email yet: add their name to create them."),
            ("new_client_field", "Choose the new client's field of expertise."),
            ("new_client_comfort", "Choose how comfortable the new client is with computers."),
        ]:
            if not cleaned.get(name):
                self.add_error(name, message)
        return cleaned

    def new_client(self) -> NewClient:
        """The caller to create, when no client has the e-mail address typed."""
        data = self.cleaned_data
        return NewClient(
            display_name=data["new_client_name"],
            email=data["client_email"],
            field_of_expertise=data["new_client_field"],
            comfort=data["new_client_comfort"],
            phone=data["new_client_phone"],
        )
