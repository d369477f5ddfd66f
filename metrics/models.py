"""The dashboard's rollup: one row per day and grain, summing what happened that day.

Each measure is counted on the day it belongs to, in the helpdesk's time zone:

- tickets opened, their first response (and whether it met the target), the worries of the
  first reply and the change in distress: the day the ticket was opened;
- resolved, reopened and resolution time: the day it was resolved;
- closed, guide sent, the problem coming back: the day it was closed;
- reviews of client-facing writing (grade, words, jargon, talking down): the day written;
- survey answers: the day answered.

Rows come in grains. `full` rows carry every filter dimension (technician, category,
priority, client field and comfort); coarser grains (`all`, `technician`, ...) are the same
numbers summed over the other dimensions, so the common views read a few hundred rows.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from metrics.buckets import BUCKETS


class Grain(models.TextChoices):
    ALL = "all", "Everything"
    TECHNICIAN = "technician", "By technician"
    CATEGORY = "category", "By category"
    PRIORITY = "priority", "By priority"
    FIELD = "field", "By client field"
    COMFORT = "comfort", "By client comfort"
    FULL = "full", "Every dimension"


# Which dimensions each grain keeps; the others are empty on its rows.
GRAIN_DIMENSIONS: dict[str, tuple[str, ...]] = {
    Grain.ALL: (),
    Grain.TECHNICIAN: ("technician",),
    Grain.CATEGORY: ("category",),
    Grain.PRIORITY: ("priority",),
    Grain.FIELD: ("field",),
    Grain.COMFORT: ("comfort",),
    Grain.FULL: ("technician", "category", "priority", "field", "comfort"),
}

COUNTS = (
    # opened that day
    "opened",
    "responded",
    "sla_met",
    "calm_opened",
    "distressed_opened",
    "worry_tickets",
    "worry_answered",
    "distress_tracked",
    "distress_first_sum",
    "distress_last_sum",
    "calmer",
    "more_distressed",
    # resolved that day
    "resolved",
    "reopened",
    # closed that day
    "closed",
    "guide_sent",
    "recurred",
    # client-facing writing reviewed that day
    "reviews",
    "words",
    "jargon",
    "condescension",
    "condescending_reviews",
    "over_grade",
    # survey answers that day
    "surveys",
    "satisfaction_sum",
    "made_sense_yes",
    "made_sense_partly",
    "made_sense_no",
)
HISTOGRAMS = {
    "fr": "first response",
    "frc": "first response, calm clients",
    "frd": "first response, distressed clients",
    "rs": "resolution",
}
SUMS = ("grade_sum",)


def histogram_fields(prefix: str) -> list[str]:
    return [f"{prefix}_{index}" for index in range(BUCKETS)]


MEASURES: tuple[str, ...] = (
    *COUNTS,
    *SUMS,
    *(name for prefix in HISTOGRAMS for name in histogram_fields(prefix)),
)


class DailyStats(models.Model):
    day = models.DateField()
    grain = models.CharField(max_length=12, choices=Grain.choices)
    technician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    category = models.ForeignKey(
        "tickets.Category",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    priority = models.PositiveSmallIntegerField(null=True, blank=True)
    field = models.ForeignKey(
        "accounts.FieldOfExpertise",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    comfort = models.CharField(max_length=12, blank=True)
    grade_sum = models.FloatField(default=0)

    class Meta:
        verbose_name = "daily statistics row"
        verbose_name_plural = "daily statistics"
        indexes = [
            models.Index(fields=["grain", "day"], name="stats_grain_day"),
            models.Index(fields=["grain", "technician", "day"], name="stats_technician"),
            models.Index(fields=["grain", "category", "day"], name="stats_category"),
            models.Index(fields=["grain", "field", "day"], name="stats_field"),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.grain}"


for _name in COUNTS:
    DailyStats.add_to_class(_name, models.PositiveIntegerField(default=0))
for _prefix in HISTOGRAMS:
    for _name in histogram_fields(_prefix):
        DailyStats.add_to_class(_name, models.PositiveIntegerField(default=0))


class RollupRun(models.Model):
    """One refresh of the rollup, so the dashboard can say how fresh it is and show progress."""

    class Trigger(models.TextChoices):
        SCHEDULE = "schedule", "Every few minutes"
        MANAGER = "manager", "A manager asked"
        COMMAND = "command", "Command line"

    trigger = models.CharField(max_length=10, choices=Trigger.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    first_day = models.DateField()
    last_day = models.DateField()
    days_total = models.PositiveIntegerField()
    days_done = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        get_latest_by = "started_at"
        indexes = [
            # The dashboard reads the last finished run on every view (its cache version).
            models.Index(fields=["-finished_at", "-id"], name="rollup_finished_idx")
        ]

    def __str__(self) -> str:
        return f"{self.first_day}–{self.last_day} ({self.trigger})"

    @property
    def percent(self) -> int:
        return round(100 * self.days_done / self.days_total) if self.days_total else 100
