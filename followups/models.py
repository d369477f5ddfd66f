from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Analogy(models.Model):
    """A comparison from the client's own field for one kind of problem. Managers curate them."""

    field_of_expertise = models.ForeignKey(
        "accounts.FieldOfExpertise", on_delete=models.CASCADE, related_name="analogies"
    )
    category = models.ForeignKey(
        "tickets.Category", on_delete=models.CASCADE, related_name="analogies"
    )
    text = models.TextField(help_text="One or two sentences, to the client: “It was like…”.")
    is_active = models.BooleanField(default=True)

    class Meta:
        verbose_name_plural = "analogies"
        ordering = ["field_of_expertise__position", "category__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["field_of_expertise", "category"], name="analogy_per_field_and_category"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.field_of_expertise} × {self.category}"


class CheckInAnswer(models.TextChoices):
    STILL_WORKING = "working", "Yes, it's still working"
    CAME_BACK = "came_back", "No, it's back"


class FollowUp(models.Model):
    """What we told the client when their ticket closed, and what they told us afterwards.

    One per close: a ticket closed, reopened and closed again has two.
    """

    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="followups")
    close_event = models.OneToOneField(
        "tickets.TicketEvent", on_delete=models.PROTECT, related_name="followup"
    )
    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    resolution = models.ForeignKey(
        "tickets.Resolution", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    guide = models.ForeignKey(
        "kb.Guide", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    subject = models.CharField(max_length=250)
    explanation = models.TextField(help_text="Markdown, as sent.")
    edited_by_technician = models.BooleanField(default=False)
    email = models.OneToOneField(
        "outbox.OutboxEmail", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checkin_email = models.OneToOneField(
        "outbox.OutboxEmail", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checkin_due_at = models.DateTimeField(null=True, blank=True)
    checkin_answer = models.CharField(max_length=12, choices=CheckInAnswer.choices, blank=True)
    checkin_answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["client", "-created_at"], name="followup_client"),
            models.Index(fields=["created_at"], name="followup_time"),
        ]

    def __str__(self) -> str:
        return f"Follow-up for {self.ticket_id}"


class MadeSense(models.TextChoices):
    YES = "yes", "Yes"
    PARTLY = "partly", "Partly"
    NO = "no", "No"


class SurveyResponse(models.Model):
    """'How did we do?': one answer per close."""

    followup = models.OneToOneField(FollowUp, on_delete=models.CASCADE, related_name="survey")
    satisfaction = models.PositiveSmallIntegerField()
    made_sense = models.CharField(
        "did the explanation make sense?", max_length=8, choices=MadeSense.choices
    )
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["created_at"], name="survey_time")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(satisfaction__gte=1, satisfaction__lte=5),
                name="satisfaction_1_to_5",
            ),
            models.CheckConstraint(
                condition=models.Q(made_sense__in=["yes", "partly", "no"]), name="made_sense_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.satisfaction}/5 for {self.followup_id}"
