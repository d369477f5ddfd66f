from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class FixKind(models.TextChoices):
    """What an analogy says we did, in the terms the composer reads from a resolution."""

    ANY = "any", "Any fix (it says nothing about what we did)"
    RESTORED = "restored", "Put back something missing (a file, a folder, messages)"
    RECONNECTED = "reconnected", "Connected something again (a drive, Wi-Fi, a line)"
    ACCESS = "access", "Gave a new key: a password, a code, an unlocked account"
    REPLACED = "replaced", "Replaced or refitted a part (a card, a cable, a battery)"
    SETTINGS = "settings", "Changed a setting or rule (an address, a sound output, a filter)"
    CLEARED = "cleared", "Cleared a blockage or made space (a queue, a full mailbox, clutter)"
    PROTECTED = "protected", "Made a spare copy or stopped a threat (a backup, a scam)"


OUTCOME_RULE = (
    "The closing explanation uses this analogy only when the technician's answer to “was the "
    "client's data safe?” is ticked here, and, when their words show what they did, the kind "
    "of fix matches. Tick only outcomes the text is true for: “we found it and put it back” "
    "is wrong when something was lost."
)


class Analogy(models.Model):
    """A comparison from the client's own field for one kind of problem. Managers curate them.

    It carries its facts: the data outcomes it is true for and the kind of fix it describes,
    so it is never sent to a client it would mislead."""

    field_of_expertise = models.ForeignKey(
        "accounts.FieldOfExpertise", on_delete=models.CASCADE, related_name="analogies"
    )
    category = models.ForeignKey(
        "tickets.Category", on_delete=models.CASCADE, related_name="analogies"
    )
    text = models.TextField(help_text="One or two sentences, to the client: “It was like…”.")
    fits_safe = models.BooleanField(
        "data safe", default=False, help_text="True when nothing was lost."
    )
    fits_recovered = models.BooleanField(
        "data recovered", default=False, help_text="True when data was at risk and we got it back."
    )
    fits_lost = models.BooleanField(
        "data lost", default=False, help_text="True when some data could not be saved."
    )
    fits_not_involved = models.BooleanField(
        "data not involved", default=False, help_text="True when the problem never touched data."
    )
    fix_kind = models.CharField(
        "kind of fix it describes",
        max_length=12,
        choices=FixKind.choices,
        default=FixKind.ANY,
        help_text="What the analogy says we did. Choose “any” only if it says nothing about it.",
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        verbose_name_plural = "analogies"
        ordering = ["field_of_expertise__position", "category__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["field_of_expertise", "category"], name="analogy_per_field_and_category"
            ),
            models.CheckConstraint(
                condition=models.Q(fix_kind__in=FixKind.values), name="analogy_fix_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.field_of_expertise} × {self.category}"

    @property
    def outcomes(self) -> frozenset[str]:
        """The data outcomes (tickets.models.DataSafety values) this analogy is true for."""
        ticked = {
            "safe": self.fits_safe,
            "recovered": self.fits_recovered,
            "lost": self.fits_lost,
            "not_involved": self.fits_not_involved,
        }
        return frozenset(outcome for outcome, fits in ticked.items() if fits)


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
