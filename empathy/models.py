from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.models import ComfortLevel


class GlossaryTerm(models.Model):
    """A technical term and its plain wording. Managers edit the list in the admin."""

    term = models.CharField(max_length=80, unique=True)
    plain = models.CharField(
        "plain wording", max_length=120, help_text="Words that can replace the term in a sentence."
    )
    explanation = models.CharField(max_length=300, blank=True)
    variants = models.TextField(
        blank=True, help_text="Other forms to catch, one per line (e.g. “DNS cache”)."
    )
    match_case = models.BooleanField(
        default=False, help_text="Only match this exact capitalisation (for acronyms like AD)."
    )
    pattern = models.CharField(
        max_length=200,
        blank=True,
        help_text="Advanced: a regular expression to match instead of the words above.",
    )
    for_new = models.BooleanField("jargon for clients new to computers", default=True)
    for_everyday = models.BooleanField("jargon for everyday users", default=True)
    for_confident = models.BooleanField("jargon for confident users", default=False)
    is_active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    @property
    def jargon_for(self) -> tuple[str, ...]:
        levels = (
            (ComfortLevel.NEW, self.for_new),
            (ComfortLevel.EVERYDAY, self.for_everyday),
            (ComfortLevel.CONFIDENT, self.for_confident),
        )
        return tuple(str(level) for level, on in levels if on)

    @property
    def variant_list(self) -> list[str]:
        return [line.strip() for line in self.variants.splitlines() if line.strip()]


class TaughtTerm(models.Model):
    """A term this client has been taught, so the coach no longer flags it for them."""

    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="taught_terms"
    )
    term = models.ForeignKey(GlossaryTerm, on_delete=models.CASCADE, related_name="taught_to")
    source = models.CharField(max_length=100, blank=True)
    taught_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "term"], name="taught_once"),
        ]

    def __str__(self) -> str:
        return f"{self.term} → {self.client_id}"


class Distress(models.TextChoices):
    CALM = "calm", "Calm"
    CONCERNED = "concerned", "Concerned"
    DISTRESSED = "distressed", "Distressed"


class MessageAnalysis(models.Model):
    """How a client's message read: stored when it arrives, for flags and metrics."""

    message = models.OneToOneField(
        "tickets.Message", on_delete=models.CASCADE, related_name="analysis"
    )
    sentiment = models.FloatField()
    distress = models.CharField(max_length=12, choices=Distress.choices)
    worries = models.JSONField(default=list, help_text="[{kind, evidence, source, strength}, ...]")
    signals = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["distress", "created_at"], name="analysis_distress")]

    def __str__(self) -> str:
        return f"{self.distress} ({self.message_id})"

    @property
    def worry_kinds(self) -> list[str]:
        return [worry["kind"] for worry in self.worries]


class ReviewKind(models.TextChoices):
    REPLY = "reply", "Reply"
    RESOLUTION = "resolution", "Resolution"
    FOLLOW_UP = "follow_up", "Follow-up"
    GUIDE = "guide", "Guide"


class DraftReview(models.Model):
    """The coach's review of client-facing text as it was sent, for the manager's metrics."""

    ticket = models.ForeignKey(
        "tickets.Ticket", on_delete=models.CASCADE, null=True, blank=True, related_name="reviews"
    )
    message = models.OneToOneField(
        "tickets.Message", on_delete=models.CASCADE, null=True, blank=True, related_name="review"
    )
    kind = models.CharField(max_length=12, choices=ReviewKind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    comfort = models.CharField(max_length=12, choices=ComfortLevel.choices)
    grade = models.FloatField()
    words = models.PositiveIntegerField()
    jargon_count = models.PositiveSmallIntegerField()
    condescension_count = models.PositiveSmallIntegerField()
    long_sentences = models.PositiveSmallIntegerField(default=0)
    reassures_data = models.BooleanField()
    worries = models.JSONField(default=list, help_text="The client's worries it should answer.")
    unanswered = models.JSONField(default=list)
    worries_answered = models.BooleanField(
        null=True,
        blank=True,
        help_text="Did it answer every worry the client had shown? Empty when there were none.",
    )
    score = models.PositiveSmallIntegerField()
    details = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["created_at", "kind"], name="review_time"),
            models.Index(fields=["author", "created_at"], name="review_author"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} review {self.score}"
