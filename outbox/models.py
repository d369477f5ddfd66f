from __future__ import annotations

from django.db import models
from django.utils import timezone


class OutboxEmail(models.Model):
    """One e-mail the helpdesk has promised to send.

    Rows are written in the same transaction as the change that causes them, so a message
    is never promised without the change nor the change made without the message. Workers
    claim a row with a conditional UPDATE (status and lease), which is what makes delivery
    happen once even when tasks are duplicated or workers race.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Not needed any more"

    key = models.CharField(
        max_length=200, unique=True, help_text="What this message is for; never sent twice."
    )
    kind = models.CharField(max_length=40, db_index=True)
    ticket = models.ForeignKey(
        "tickets.Ticket",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        help_text="The ticket this message is about, for its history.",
    )
    to = models.EmailField()
    subject = models.CharField(max_length=250)
    text_body = models.TextField()
    html_body = models.TextField(blank=True)
    message_id = models.CharField(max_length=250, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    max_attempts = models.PositiveSmallIntegerField(
        default=6, help_text="Raised when a manager asks for another try."
    )
    due_at = models.DateTimeField(default=timezone.now)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "outgoing e-mail"
        indexes = [
            models.Index(fields=["status", "due_at"], name="outbox_due"),
            models.Index(fields=["status", "lease_expires_at"], name="outbox_lease"),
            models.Index(fields=["created_at", "status"], name="outbox_created"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    status__in=["pending", "sending", "sent", "failed", "cancelled"]
                ),
                name="outbox_status_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="sent") | models.Q(sent_at__isnull=False),
                name="outbox_sent_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {self.to} ({self.get_status_display()})"


class DeliveryAttempt(models.Model):
    """Every try at handing a message to the mail server, for the ticket history."""

    email = models.ForeignKey(
        OutboxEmail, on_delete=models.CASCADE, related_name="delivery_attempts"
    )
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    succeeded = models.BooleanField()
    error = models.TextField(blank=True)
    worker = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["email", "number"]
        constraints = [
            models.UniqueConstraint(fields=["email", "number"], name="attempt_number_unique"),
        ]

    def __str__(self) -> str:
        outcome = "sent" if self.succeeded else "failed"
        return f"Attempt {self.number} {outcome}"
