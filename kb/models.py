from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone

from accounts.models import ComfortLevel


class Tag(models.Model):
    name = models.CharField(max_length=60, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class GuideStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Guide(models.Model):
    """A how-to-fix-it-yourself guide. Steps are Markdown, one `## Step title` per step."""

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=120)
    category = models.ForeignKey(
        "tickets.Category", on_delete=models.PROTECT, null=True, blank=True, related_name="guides"
    )
    audience = models.CharField(
        "written for",
        max_length=12,
        choices=ComfortLevel.choices,
        default=ComfortLevel.NEW,
        help_text="The comfort with technology this guide is written for.",
    )
    problem = models.TextField(
        "the problem, in the client's words",
        help_text="How a client would describe it, e.g. “My S: drive has disappeared.”",
    )
    safe_note = models.TextField(
        "what is safe",
        blank=True,
        help_text="Opens the guide, e.g. “Your files are still on the office server.”",
    )
    summary = models.CharField(max_length=250, blank=True)
    steps = models.TextField(help_text="Markdown. Start each step with a line “## Step title”.")
    prevent = models.TextField("how to stop it happening again", blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="guides")
    status = models.CharField(max_length=10, choices=GuideStatus.choices, default=GuideStatus.DRAFT)
    is_public = models.BooleanField(
        "readable without signing in",
        default=True,
        help_text="Published public guides can be read by anyone; others only by clients.",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    # Derived, for search: the steps as plain text, and on PostgreSQL a weighted vector.
    search_text = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["title"]
        indexes = [
            models.Index(fields=["status", "category", "title"], name="guide_listing"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=GuideStatus.values), name="guide_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(audience__in=ComfortLevel.values), name="guide_audience_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("kb:guide", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == GuideStatus.PUBLISHED


class GuideVersion(models.Model):
    """Every saved state of a guide, so any earlier one can be read or restored."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField(help_text="The guide's fields as they were.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["guide", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["guide", "number"], name="guide_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.guide_id} v{self.number}"


class GuideVote(models.Model):
    """'Did this help?': one answer per person per guide, which they may change."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    helpful = models.BooleanField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["guide", "user"], name="guide_vote_once"),
        ]
        indexes = [models.Index(fields=["guide", "helpful"], name="guide_vote_tally")]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.guide_id}: {'yes' if self.helpful else 'no'}"


def guide_image_upload_to(instance: GuideImage, filename: str) -> str:
    return f"guides/{timezone.now():%Y/%m}/{uuid.uuid4().hex}"


class GuideImage(models.Model):
    """A picture technicians upload for a step; the only images a guide may show."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    file = models.FileField(upload_to=guide_image_upload_to, max_length=200)
    content_type = models.CharField(max_length=50)
    description = models.CharField(max_length=200, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.description or str(self.public_id)

    def get_absolute_url(self) -> str:
        return reverse("kb:image", kwargs={"public_id": self.public_id})
