from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from core.numbers import whole_number

REFERENCE_PREFIX = "HD-"


class Category(models.Model):
    """What kind of problem it is. Managers edit the list in the admin."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=100, help_text="Lower comes first.")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name


class Priority(models.IntegerChoices):
    LOW = 1, "Low"
    NORMAL = 2, "Normal"
    HIGH = 3, "High"
    URGENT = 4, "Urgent"


class Status(models.TextChoices):
    NEW = "new", "New"
    OPEN = "open", "Open"
    WAITING = "waiting", "Waiting on client"
    RESOLVED = "resolved", "Resolved"
    CLOSED = "closed", "Closed"


OPEN_STATUSES = (Status.NEW, Status.OPEN, Status.WAITING)
DONE_STATUSES = (Status.RESOLVED, Status.CLOSED)


class Channel(models.TextChoices):
    PORTAL = "portal", "Client portal"
    PHONE = "phone", "Phone call"
    EMAIL = "email", "Email"


class Impact(models.TextChoices):
    CANT_WORK = "cant_work", "I can't work"
    SLOWS_ME = "slows_me", "It slows me down"
    ANNOYANCE = "annoyance", "It's an annoyance"


class DataWorry(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    NOT_SURE = "not_sure", "Not sure"


class ReferenceCounter(models.Model):
    """Hands out ticket numbers atomically; never max()+1."""

    name = models.CharField(max_length=40, unique=True)
    value = models.PositiveBigIntegerField(default=1000)

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"


class Ticket(models.Model):
    number = models.PositiveBigIntegerField(unique=True, editable=False)
    subject = models.CharField(max_length=200)
    description = models.TextField(
        blank=True, help_text="The problem in the client's words, as first reported."
    )
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="tickets"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_tickets",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, null=True, blank=True, related_name="tickets"
    )
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.PORTAL)
    impact = models.CharField(max_length=10, choices=Impact.choices, blank=True)
    data_worry = models.CharField(max_length=10, choices=DataWorry.choices, blank=True)
    needed_by = models.DateTimeField(null=True, blank=True)
    follows = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_ups",
        help_text="The earlier ticket this one continues.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now, help_text="Last activity.")
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    reopened_count = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(
        default=1, help_text="Raised by every change; guards against lost updates."
    )

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [
            # Queues: status (and assignee) with the two sorts the workspace offers.
            models.Index(fields=["status", "-updated_at", "-id"], name="ticket_status_updated"),
            models.Index(fields=["status", "-created_at", "-id"], name="ticket_status_created"),
            models.Index(
                fields=["status", "-priority", "-updated_at", "-id"], name="ticket_status_priority"
            ),
            models.Index(
                fields=["assignee", "status", "-updated_at", "-id"], name="ticket_assignee_status"
            ),
            models.Index(
                fields=["created_at", "id"],
                name="ticket_unassigned",
                condition=models.Q(assignee__isnull=True, status__in=["new", "open", "waiting"]),
            ),
            # "All open" and "My open" span three statuses; an index over just the open
            # tickets serves their sorts without sorting the whole backlog.
            models.Index(
                fields=["-updated_at", "-id"],
                name="ticket_open_updated",
                condition=models.Q(status__in=["new", "open", "waiting"]),
            ),
            models.Index(
                fields=["-priority", "-updated_at", "-id"],
                name="ticket_open_priority",
                condition=models.Q(status__in=["new", "open", "waiting"]),
            ),
            models.Index(
                fields=["created_at", "id"],
                name="ticket_open_created",
                condition=models.Q(status__in=["new", "open", "waiting"]),
            ),
            # The queue tab counts read only this (an index-only scan).
            models.Index(
                fields=["assignee", "status"],
                name="ticket_open_counts",
                condition=models.Q(status__in=["new", "open", "waiting"]),
            ),
            models.Index(fields=["client", "-created_at"], name="ticket_client_created"),
            models.Index(fields=["category", "status"], name="ticket_category_status"),
            models.Index(
                fields=["-resolved_at", "-id"],
                name="ticket_resolved",
                condition=models.Q(status__in=["resolved", "closed"]),
            ),
            models.Index(fields=["-closed_at"], name="ticket_closed"),
            # The dashboard's rollup reads a day of opened tickets at a time.
            models.Index(fields=["created_at"], name="ticket_created"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values), name="ticket_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(priority__in=Priority.values), name="ticket_priority_valid"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="closed") | models.Q(closed_at__isnull=False),
                name="ticket_closed_has_time",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=["resolved", "closed"])
                | models.Q(resolved_at__isnull=False),
                name="ticket_resolved_has_time",
            ),
            models.CheckConstraint(
                condition=~models.Q(subject=""), name="ticket_subject_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("workspace:detail", kwargs={"reference": self.reference})

    @property
    def reference(self) -> str:
        return reference_for(self.number)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def priority_label(self) -> str:
        return Priority(self.priority).label


def reference_for(number: int) -> str:
    """The reference clients quote for ticket `number`: HD-1042."""
    return f"{REFERENCE_PREFIX}{number}"


def parse_reference(text: str) -> int | None:
    """'HD-1042', 'hd1042', '#1042' or '1042' → 1042; anything else → None."""
    cleaned = text.strip().upper().replace(" ", "").lstrip("#")
    if cleaned.startswith(REFERENCE_PREFIX):
        cleaned = cleaned[len(REFERENCE_PREFIX) :]
    elif cleaned.startswith("HD"):
        cleaned = cleaned[2:]
    return whole_number(cleaned, max_digits=12)


class MessageKind(models.TextChoices):
    CLIENT = "client", "Client message"
    REPLY = "reply", "Reply to client"
    NOTE = "note", "Internal note"


class Message(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=10, choices=MessageKind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="messages"
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["ticket", "created_at", "id"], name="message_timeline")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=MessageKind.values), name="message_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.ticket_id}"

    @property
    def is_public(self) -> bool:
        return self.kind != MessageKind.NOTE


def attachment_upload_to(instance: Attachment, filename: str) -> str:
    """Generated names only: the uploaded name never reaches the file system."""
    now = timezone.now()
    return f"attachments/{now:%Y/%m}/{uuid.uuid4().hex}"


class Attachment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, null=True, blank=True, related_name="attachments"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    file = models.FileField(upload_to=attachment_upload_to, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    is_internal = models.BooleanField(
        default=False, help_text="Attached to an internal note: never shown to the client."
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["ticket", "created_at"], name="attachment_ticket")]

    def __str__(self) -> str:
        return self.original_name


class DataSafety(models.TextChoices):
    SAFE = "safe", "Safe: nothing was lost"
    RECOVERED = "recovered", "Was at risk, and we recovered it"
    LOST = "lost", "Some was lost"
    NOT_INVOLVED = "not_involved", "Their data was not involved"


class Resolution(models.Model):
    """What happened and what was done, in plain words. One per time the ticket is resolved."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="resolutions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    cause = models.TextField("what happened")
    actions = models.TextField("what I did")
    data_safety = models.CharField(
        "was the client's data safe?", max_length=15, choices=DataSafety.choices
    )
    prevention = models.TextField("how to prevent it", blank=True)
    guide = models.ForeignKey(
        "kb.Guide",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resolutions",
        help_text="The how-to guide sent to the client with the explanation.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        get_latest_by = "created_at"
        indexes = [models.Index(fields=["ticket", "-created_at"], name="resolution_ticket")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(data_safety__in=DataSafety.values),
                name="resolution_data_safety_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"Resolution of {self.ticket_id}"


class EventKind(models.TextChoices):
    CREATED = "created", "Created"
    STATUS = "status", "Status changed"
    PRIORITY = "priority", "Priority changed"
    ASSIGNED = "assigned", "Assigned"
    CATEGORY = "category", "Category changed"
    CLIENT_MESSAGE = "client_message", "Client wrote"
    REPLY = "reply", "Replied to client"
    NOTE = "note", "Internal note added"
    ATTACHMENT = "attachment", "File attached"
    RESOLVED = "resolved", "Resolved"
    CLOSED = "closed", "Closed"
    REOPENED = "reopened", "Reopened"
    LINKED = "linked", "Linked ticket"
    EMAIL = "email", "E-mail to client"


class TicketEvent(models.Model):
    """Append-only history: who changed what, when, from what to what."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty when the helpdesk itself made the change.",
    )
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    old_value = models.CharField(max_length=200, blank=True)
    new_value = models.CharField(max_length=200, blank=True)
    note = models.CharField(max_length=300, blank=True)
    version = models.PositiveIntegerField(help_text="The ticket's version after this change.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["ticket", "created_at", "id"], name="event_timeline"),
            models.Index(fields=["kind", "created_at"], name="event_kind_time"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.ticket_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValueError("Ticket history is append-only; events are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise ValueError("Ticket history is append-only; events are never deleted.")


def staged_upload_to(instance: StagedUpload, filename: str) -> str:
    return f"staged/{timezone.now():%Y/%m}/{uuid.uuid4().hex}"


class StagedUpload(models.Model):
    """A checked file waiting for its message, so a form with a mistake keeps its files.

    Forms stage every accepted upload first and carry the staged ids in hidden fields;
    when the message is saved, staged uploads become attachments. Leftovers older than a
    day are removed by a periodic task.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file = models.FileField(upload_to=staged_upload_to, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return self.original_name
