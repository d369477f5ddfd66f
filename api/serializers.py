"""The API's shapes: explicit fields only, no business logic (services decide, views call them).

Input serializers that take staff-only fields check them for everyone and drop them for
clients (`STAFF_ONLY`), so a client posting `priority`, `client` or `channel` has them
ignored; `assignee` and `status` are no fields of theirs at all.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any, TypeVar

from django.db.models import Model
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import ClientProfile, ComfortLevel, ContactChannel, FieldOfExpertise, User
from core import limits
from core.limits import too_long_message
from followups.models import CheckInAnswer, FollowUp, SurveyResponse
from kb.models import Guide, GuideStatus, Tag
from tickets.models import (
    Attachment,
    Category,
    Channel,
    DataSafety,
    DataWorry,
    Impact,
    Message,
    MessageKind,
    Priority,
    Status,
    Ticket,
    reference_for,
)

Looked = TypeVar("Looked", bound=Model)


class SlugLookup(serializers.SlugRelatedField[Looked]):
    """A writable slug reference that refuses what no slug can be (a NUL, which PostgreSQL
    cannot even compare, or text longer than any slug) as "does not exist", before a query."""

    def to_internal_value(self, data: Any) -> Looked:
        text = str(data)
        if "\x00" in text or len(text) > SLUG_LIMIT:
            self.fail("does_not_exist", slug_name=self.slug_field, value=text[:50])
        return super().to_internal_value(data)


SLUG_LIMIT = 200


class Unanswered(serializers.ChoiceField):
    """A question the person may have left unanswered (impact, data worry, a check-in):
    stored as "", said as null in the API and documented as nullable; null or absent on
    input means no answer."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def to_representation(self, value: Any) -> Any:
        return None if value in ("", None) else super().to_representation(value)

    def run_validation(self, data: Any = serializers.empty) -> Any:
        value = super().run_validation(data)
        return "" if value is None else value


class Text(serializers.CharField):
    """Text over its limit is refused in the same words as on the pages; nothing is cut.
    Only a JSON string is text: a number or true is refused, as the schema says."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            raise serializers.ValidationError("Send text (a JSON string).", code="invalid")
        return str(super().to_internal_value(data))

    def run_validators(self, value: Any) -> None:
        if self.max_length is not None and isinstance(value, str) and len(value) > self.max_length:
            raise serializers.ValidationError(
                too_long_message(length=len(value), limit=self.max_length), code="max_length"
            )
        super().run_validators(value)


class StepsText(Text):
    """A guide's steps: at least one `## Step title` line (kb.markdown.split_steps)."""

    schema_pattern = "^(?=[\\s\\S]*(^|\\n)##[ \\t]+[^\\n])[^\\u0000]*$"


@extend_schema_field({"type": "string", "format": "binary", "minLength": 1})
class Upload(serializers.FileField):
    """A file, never empty (the schema says so, so a generated client never sends one)."""


class StrictBoolean(serializers.BooleanField):
    """true or false only (in a form part, the words "true" or "false"), as the schema says;
    not "0", "yes" or "on"."""

    def to_internal_value(self, data: Any) -> bool:
        # Not a set lookup: 0 == False and 1 == True would let numbers through.
        if isinstance(data, bool):
            return data
        if isinstance(data, str) and data in ("true", "false"):
            return data == "true"
        self.fail("invalid", input=data)


class RoleAwareSerializer(serializers.Serializer[Any]):
    """Ignores `STAFF_ONLY` values unless the context says the caller is staff. They are
    still checked against the schema for everyone (a client sending `"channel": {}` gets a
    400, as the schema says), then dropped: a client can't set them."""

    STAFF_ONLY: tuple[str, ...] = ()

    def to_internal_value(self, data: Any) -> Any:
        values = super().to_internal_value(data)
        if self.context.get("staff") is False:
            for name in self.STAFF_ONLY:
                values.pop(name, None)
        return values


class VersionInput(serializers.Serializer[Any]):
    version = serializers.IntegerField(
        min_value=1,
        max_value=2**31 - 1,
        required=False,
        help_text="The ticket version you last read; a 409 tells you someone changed it since.",
    )


# Read shapes --------------------------------------------------------------------------


class PersonRef(serializers.Serializer[User]):
    id = serializers.IntegerField(read_only=True)
    display_name = serializers.CharField(read_only=True)


class CategoryRef(serializers.Serializer[Category]):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


class TicketSerializer(serializers.ModelSerializer[Ticket]):
    reference = serializers.CharField(read_only=True)
    client = PersonRef(read_only=True)
    assignee = PersonRef(read_only=True, allow_null=True)
    category = CategoryRef(read_only=True, allow_null=True)

    class Meta:
        model = Ticket
        fields = [
            "reference",
            "number",
            "subject",
            "status",
            "priority",
            "channel",
            "category",
            "client",
            "assignee",
            "created_at",
            "updated_at",
            "version",
        ]
        read_only_fields = fields


def ticket_list_data(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The list's JSON, in TicketSerializer's shape, from `api.selectors.ticket_list_page`
    rows (a test holds the two equal). DRF's field-by-field path, run on model instances,
    cost more than the whole rest of a list request."""
    zone = timezone.get_current_timezone()
    return [
        {
            "reference": reference_for(row["number"]),
            "number": row["number"],
            "subject": row["subject"],
            "status": row["status"],
            "priority": row["priority"],
            "channel": row["channel"],
            "category": (
                {"id": row["category_id"], "name": row["category__name"]}
                if row["category_id"] is not None
                else None
            ),
            "client": {"id": row["client_id"], "display_name": row["client__display_name"]},
            "assignee": (
                {"id": row["assignee_id"], "display_name": row["assignee__display_name"]}
                if row["assignee_id"] is not None
                else None
            ),
            "created_at": _iso(row["created_at"], zone),
            "updated_at": _iso(row["updated_at"], zone),
            "version": row["version"],
        }
        for row in rows
    ]


def _iso(moment: datetime | None, zone: tzinfo) -> str | None:
    """As DRF's DateTimeField writes it: ISO 8601 in the current time zone, UTC as Z."""
    if moment is None:
        return None
    text = moment.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class TicketDetailSerializer(TicketSerializer):
    impact = Unanswered(choices=Impact.choices, read_only=True)
    data_worry = Unanswered(choices=DataWorry.choices, read_only=True)
    follows = serializers.CharField(
        source="follows.reference",
        read_only=True,
        allow_null=True,
        help_text="The earlier ticket this one continues.",
    )

    class Meta(TicketSerializer.Meta):
        fields = [
            *TicketSerializer.Meta.fields,
            "description",
            "impact",
            "data_worry",
            "needed_by",
            "first_response_at",
            "resolved_at",
            "closed_at",
            "reopened_count",
            "follows",
        ]
        read_only_fields = fields


class AttachmentSerializer(serializers.ModelSerializer[Attachment]):
    id = serializers.UUIDField(source="public_id", read_only=True)
    name = serializers.CharField(source="original_name", read_only=True)
    internal = serializers.BooleanField(source="is_internal", read_only=True)
    download = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["id", "name", "content_type", "size", "internal", "created_at", "download"]
        read_only_fields = fields

    def get_download(self, attachment: Attachment) -> str:
        return reverse("api:attachment", kwargs={"public_id": attachment.public_id})


class MessageSerializer(serializers.ModelSerializer[Message]):
    author = PersonRef(read_only=True)
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = Message
        fields = ["id", "kind", "author", "body", "created_at", "attachments"]
        read_only_fields = fields


class GuideSerializer(serializers.ModelSerializer[Guide]):
    category = CategoryRef(read_only=True, allow_null=True)
    tags: serializers.SlugRelatedField[Tag] = serializers.SlugRelatedField(
        slug_field="name", many=True, read_only=True
    )

    class Meta:
        model = Guide
        fields = [
            "slug",
            "title",
            "category",
            "audience",
            "summary",
            "status",
            "is_public",
            "tags",
            "updated_at",
        ]
        read_only_fields = fields


class GuideDetailSerializer(GuideSerializer):
    class Meta(GuideSerializer.Meta):
        fields = [
            *GuideSerializer.Meta.fields,
            "problem",
            "safe_note",
            "steps",
            "prevent",
            "version",
            "created_at",
            "published_at",
        ]
        read_only_fields = fields


class ProfileSerializer(serializers.ModelSerializer[ClientProfile]):
    field_of_expertise: serializers.SlugRelatedField[FieldOfExpertise] = (
        serializers.SlugRelatedField(slug_field="slug", read_only=True)
    )
    organisation = serializers.CharField(
        source="organisation.name", read_only=True, allow_null=True
    )

    class Meta:
        model = ClientProfile
        fields = [
            "field_of_expertise",
            "comfort",
            "preferred_contact",
            "phone",
            "organisation",
            "checkins",
        ]
        read_only_fields = fields


class MeSerializer(serializers.ModelSerializer[User]):
    role = serializers.SerializerMethodField()
    profile = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "email", "display_name", "role", "profile"]
        read_only_fields = fields

    def get_role(self, user: User) -> str | None:
        from accounts.roles import role_of

        role = role_of(user)
        return str(role) if role else None

    def get_profile(self, user: User) -> dict[str, Any] | None:
        profile = self.context.get("profile")
        return ProfileSerializer(profile).data if profile is not None else None


class ClientSerializer(serializers.ModelSerializer[User]):
    profile = ProfileSerializer(source="client_profile", read_only=True)

    class Meta:
        model = User
        fields = ["id", "email", "display_name", "is_active", "date_joined", "profile"]
        read_only_fields = fields


class SurveySerializer(serializers.ModelSerializer[SurveyResponse]):
    class Meta:
        model = SurveyResponse
        fields = ["satisfaction", "made_sense", "comment", "created_at"]
        read_only_fields = fields


class FollowUpSerializer(serializers.ModelSerializer[FollowUp]):
    guide: serializers.SlugRelatedField[Guide] = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, allow_null=True
    )
    email_status = serializers.CharField(source="email.status", read_only=True, allow_null=True)
    checkin_status = serializers.CharField(
        source="checkin_email.status", read_only=True, allow_null=True
    )
    checkin_answer = Unanswered(choices=CheckInAnswer.choices, read_only=True)
    survey = serializers.SerializerMethodField()

    class Meta:
        model = FollowUp
        fields = [
            "subject",
            "explanation",
            "guide",
            "created_at",
            "email_status",
            "checkin_due_at",
            "checkin_status",
            "checkin_answer",
            "checkin_answered_at",
            "survey",
        ]
        read_only_fields = fields

    def get_survey(self, followup: FollowUp) -> dict[str, Any] | None:
        survey = getattr(followup, "survey", None)
        return SurveySerializer(survey).data if survey is not None else None


class FollowUpStatusSerializer(serializers.Serializer[dict[str, Any]]):
    ticket = serializers.CharField(read_only=True, help_text="The ticket's reference.")
    status = serializers.ChoiceField(choices=Status.choices, read_only=True)
    followup = FollowUpSerializer(
        read_only=True, allow_null=True, help_text="The latest closing explanation, if any."
    )


# Write shapes -------------------------------------------------------------------------


class TicketCreateSerializer(RoleAwareSerializer):
    STAFF_ONLY = ("client", "priority", "channel")

    subject = Text(max_length=limits.SUBJECT)
    description = Text(max_length=limits.CLIENT_TEXT)
    category = serializers.PrimaryKeyRelatedField(
        queryset=Category.objects.filter(is_active=True), required=False, allow_null=True
    )
    impact = Unanswered(choices=Impact.choices, required=False)
    data_worry = Unanswered(choices=DataWorry.choices, required=False)
    needed_by = serializers.DateTimeField(required=False, allow_null=True)
    client = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.filter(client_profile__isnull=False, is_active=True),
        required=False,
        help_text="Staff only (required for staff); a client always creates their own.",
    )
    priority = serializers.ChoiceField(
        choices=Priority.choices, required=False, help_text="Staff only."
    )
    channel = serializers.ChoiceField(
        choices=Channel.choices, required=False, help_text="Staff only; default `phone`."
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if self.context.get("staff") and "client" not in attrs:
            raise serializers.ValidationError({"client": ["Name the client this is for."]})
        return attrs


class MessageCreateSerializer(RoleAwareSerializer, VersionInput):
    STAFF_ONLY = ("kind", "waiting_on_client")

    body = Text(
        max_length=limits.CLIENT_TEXT,
        help_text=(
            f"Up to {limits.CLIENT_TEXT:,} characters; a technician's reply up to "
            f"{limits.REPLY_TEXT:,}."
        ),
    )
    kind = serializers.ChoiceField(
        choices=[(MessageKind.REPLY, "Reply to client"), (MessageKind.NOTE, "Internal note")],
        default=MessageKind.REPLY,
        help_text="Staff only: `reply` (the client sees it) or `note` (never shown to clients).",
    )
    waiting_on_client = StrictBoolean(
        default=False, help_text="Staff only: the reply asks the client something."
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        body = attrs.get("body", "")
        limit = {MessageKind.REPLY: limits.REPLY_TEXT, MessageKind.NOTE: limits.NOTE_TEXT}
        staff_limit = (
            limit.get(attrs.get("kind", MessageKind.REPLY)) if self.context.get("staff") else None
        )
        if staff_limit is not None and len(body) > staff_limit:
            raise serializers.ValidationError(
                {"body": [too_long_message(length=len(body), limit=staff_limit)]}
            )
        return attrs


class AttachmentUploadSerializer(RoleAwareSerializer):
    STAFF_ONLY = ("internal",)

    file = Upload(max_length=200, allow_empty_file=False, use_url=False)
    body = serializers.CharField(
        max_length=limits.CLIENT_TEXT,
        required=False,
        allow_blank=True,
        default="",
        help_text="Optional.",
    )
    internal = StrictBoolean(
        default=False, help_text="Staff only: attach to an internal note, never shown to clients."
    )


class StatusInput(VersionInput):
    status = serializers.ChoiceField(choices=Status.choices)


class PriorityInput(VersionInput):
    priority = serializers.ChoiceField(choices=Priority.choices)


class AssigneeInput(VersionInput):
    assignee = serializers.IntegerField(
        allow_null=True, min_value=1, max_value=2**53, help_text="A technician's id, or null."
    )


class ResolveInput(VersionInput):
    cause = Text(max_length=limits.RESOLUTION_TEXT, help_text="What happened, in plain words.")
    actions = Text(max_length=limits.RESOLUTION_TEXT, help_text="What you did.")
    data_safety = serializers.ChoiceField(choices=DataSafety.choices)
    prevention = Text(
        max_length=limits.RESOLUTION_TEXT, required=False, allow_blank=True, default=""
    )
    guide: SlugLookup[Guide] = SlugLookup(
        slug_field="slug",
        queryset=Guide.objects.filter(status=GuideStatus.PUBLISHED),
        required=False,
        allow_null=True,
        help_text="A published guide to send with the explanation.",
    )


class CloseInput(VersionInput):
    explanation = Text(
        max_length=limits.EXPLANATION_TEXT,
        required=False,
        allow_blank=True,
        default="",
        help_text="Markdown to send instead of the composed explanation.",
    )


class ReopenInput(VersionInput):
    reason = Text(max_length=limits.REASON, required=False, allow_blank=True, default="")


class GuideWriteSerializer(serializers.Serializer[Any]):
    title = Text(max_length=120)
    category = serializers.PrimaryKeyRelatedField(
        queryset=Category.objects.filter(is_active=True), required=False, allow_null=True
    )
    audience = serializers.ChoiceField(choices=ComfortLevel.choices, required=False)
    problem = Text(max_length=limits.GUIDE_TEXT)
    safe_note = Text(max_length=limits.GUIDE_TEXT, required=False, allow_blank=True)
    summary = Text(max_length=250, required=False, allow_blank=True)
    steps = StepsText(
        max_length=limits.GUIDE_TEXT, help_text="Markdown; start each step with `## Step title`."
    )
    prevent = Text(max_length=limits.GUIDE_TEXT, required=False, allow_blank=True)
    tags = serializers.ListField(child=Text(max_length=60), max_length=30, required=False)
    status = serializers.ChoiceField(choices=GuideStatus.choices, required=False)
    is_public = StrictBoolean(required=False)
    version = serializers.IntegerField(
        min_value=1,
        max_value=2**31 - 1,
        required=False,
        help_text="On update: the version you last read; a 409 tells you it changed since.",
    )


class MeUpdateSerializer(serializers.Serializer[Any]):
    display_name = Text(max_length=150, required=False)
    organisation = Text(max_length=150, required=False, allow_blank=True)
    field_of_expertise: SlugLookup[FieldOfExpertise] = SlugLookup(
        slug_field="slug", queryset=FieldOfExpertise.objects.filter(is_active=True), required=False
    )
    comfort = serializers.ChoiceField(choices=ComfortLevel.choices, required=False)
    preferred_contact = serializers.ChoiceField(choices=ContactChannel.choices, required=False)
    phone = Text(max_length=40, required=False, allow_blank=True)
    checkins = StrictBoolean(required=False)


class TokenRequestSerializer(serializers.Serializer[Any]):
    email = Text(max_length=254)
    password = Text(max_length=4096, trim_whitespace=False)


class TokenSerializer(serializers.Serializer[dict[str, str]]):
    token = serializers.CharField(read_only=True)


class MetricsQuerySerializer(serializers.Serializer[Any]):
    start = serializers.DateField(required=False, help_text="First day (default: 29 days ago).")
    end = serializers.DateField(required=False, help_text="Last day, inclusive (default: today).")


class MetricsSummarySerializer(serializers.Serializer[dict[str, Any]]):
    """The dashboard's headline figures. Durations are seconds; rates are 0 to 1."""

    start = serializers.DateField()
    end = serializers.DateField()
    opened = serializers.IntegerField()
    closed = serializers.IntegerField()
    backlog_start = serializers.IntegerField()
    backlog_end = serializers.IntegerField()
    first_response_median = serializers.FloatField(allow_null=True)
    first_response_p90 = serializers.FloatField(allow_null=True)
    resolution_median = serializers.FloatField(allow_null=True)
    resolution_p90 = serializers.FloatField(allow_null=True)
    reopen_rate = serializers.FloatField(allow_null=True)
    sla_rate = serializers.FloatField(allow_null=True)
    responded = serializers.IntegerField()
    resolved = serializers.IntegerField()
    reviews = serializers.IntegerField()
    average_grade = serializers.FloatField(allow_null=True)
    worries_answered = serializers.FloatField(allow_null=True)
    satisfaction = serializers.FloatField(allow_null=True)
    made_sense = serializers.FloatField(allow_null=True)
    surveys = serializers.IntegerField()
    recurrence = serializers.FloatField(allow_null=True)
