"""Writing to and delivering from the outbox.

Delivery is at-least-once with an idempotency guard: a row is claimed with a conditional
UPDATE before sending, so two tasks for the same row cannot both send, and a row whose
worker died is claimed again only after its lease runs out. Every message carries a fixed
Message-ID, so in the one window that remains (the server accepted the message and the
worker died before recording it) receiving servers see the same message, not a new one.
"""

from __future__ import annotations

import logging
import random
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone

from outbox import hooks
from outbox.models import DeliveryAttempt, OutboxEmail

if TYPE_CHECKING:
    from tickets.models import Ticket

logger = logging.getLogger(__name__)


TEXT = "email_text"  # the template engine with autoescaping off (see settings.TEMPLATES)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text_body: str
    html_body: str


def email_render(*, template_prefix: str, context: dict[str, Any]) -> RenderedEmail:
    """Render `<prefix>_subject.txt`, `<prefix>.txt` and `<prefix>.html`."""
    full_context = {
        "helpdesk_name": settings.HELPDESK_NAME,
        "site_url": settings.SITE_URL,
        "support_email": settings.HELPDESK_SUPPORT_EMAIL,
        "support_phone": settings.HELPDESK_SUPPORT_PHONE,
        **context,
    }
    subject = " ".join(
        render_to_string(f"{template_prefix}_subject.txt", full_context, using=TEXT).split()
    )
    return RenderedEmail(
        subject=subject,
        text_body=render_to_string(f"{template_prefix}.txt", full_context, using=TEXT).strip()
        + "\n",
        html_body=render_to_string(f"{template_prefix}.html", full_context),
    )


def _message_id_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "helpdesk.local"


def outbox_email_enqueue(
    *,
    key: str,
    kind: str,
    to: str,
    email: RenderedEmail,
    due_at: datetime | None = None,
    ticket: Ticket | None = None,
) -> OutboxEmail:
    """Record a message to send, once per `key`, and hand it to a worker after commit.

    Calling it again with the same key returns the existing row and sends nothing new.
    """
    with transaction.atomic():
        existing = OutboxEmail.objects.filter(key=key).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                row = OutboxEmail.objects.create(
                    key=key,
                    kind=kind,
                    to=to,
                    ticket=ticket,
                    subject=email.subject,
                    text_body=email.text_body,
                    html_body=email.html_body,
                    message_id=make_msgid(domain=_message_id_domain()),
                    max_attempts=settings.OUTBOX_MAX_ATTEMPTS,
                    due_at=due_at or timezone.now(),
                )
        except IntegrityError:
            # Another transaction recorded the same key first; theirs is the message.
            return OutboxEmail.objects.get(key=key)
    if row.due_at <= timezone.now():
        transaction.on_commit(lambda: outbox_email_dispatch(email_id=row.pk))
    return row


def outbox_email_dispatch(*, email_id: int) -> None:
    """Queue delivery on the broker. Never raises: the sweep retries what could not be queued."""
    from outbox.tasks import deliver

    try:
        deliver.delay(email_id)
    except Exception:  # The broker is down or unreachable; the row stays pending.
        logger.warning(
            "Could not queue outbox e-mail %s; the sweep will retry.", email_id, exc_info=True
        )


def outbox_email_claim(*, email_id: int, now: datetime | None = None) -> OutboxEmail | None:
    """Take the row for sending, or return None when it is not ours to send."""
    now = now or timezone.now()
    claimable = Q(status=OutboxEmail.Status.PENDING, due_at__lte=now) | Q(
        status=OutboxEmail.Status.SENDING, lease_expires_at__lt=now
    )
    claimed = (
        OutboxEmail.objects.filter(claimable, pk=email_id)
        .filter(attempts__lt=F("max_attempts"))
        .update(
            status=OutboxEmail.Status.SENDING,
            attempts=F("attempts") + 1,
            lease_expires_at=now + timedelta(seconds=settings.OUTBOX_LEASE_SECONDS),
        )
    )
    if claimed != 1:
        return None
    return OutboxEmail.objects.get(pk=email_id)


def retry_delay(*, attempt: int) -> timedelta:
    """Exponential backoff with full jitter: up to base × 2^(attempt-1) seconds, at least base."""
    base = settings.OUTBOX_RETRY_BASE_SECONDS
    ceiling = base * 2 ** max(attempt - 1, 0)
    return timedelta(seconds=base + random.uniform(0, ceiling))  # noqa: S311 - not for secrets


def _build_message(row: OutboxEmail) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=row.subject,
        body=row.text_body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[row.to],
        headers={"Message-ID": row.message_id, "X-Helpdesk-Kind": row.kind},
        connection=get_connection(fail_silently=False),
    )
    if row.html_body:
        message.attach_alternative(row.html_body, "text/html")
    return message


def outbox_email_deliver(*, email_id: int) -> OutboxEmail | None:
    """Claim, send and record one message. Returns the row, or None if it was not ours."""
    row = outbox_email_claim(email_id=email_id)
    if row is None:
        return None
    started_at = timezone.now()
    try:
        _build_message(row).send()
    except Exception as error:  # Any failure from the mail backend is recorded and retried.
        return _record_failure(row, started_at=started_at, error=error)
    finished_at = timezone.now()
    with transaction.atomic():
        attempt = DeliveryAttempt.objects.create(
            email=row,
            number=row.attempts,
            started_at=started_at,
            finished_at=finished_at,
            succeeded=True,
            worker=socket.gethostname(),
        )
        OutboxEmail.objects.filter(pk=row.pk).update(
            status=OutboxEmail.Status.SENT,
            sent_at=finished_at,
            lease_expires_at=None,
            last_error="",
        )
        hooks.delivery_attempted.run(hooks.DeliveryAttempted(email=row, attempt=attempt))
    row.refresh_from_db()
    return row


def _record_failure(row: OutboxEmail, *, started_at: datetime, error: Exception) -> OutboxEmail:
    now = timezone.now()
    message = f"{type(error).__name__}: {error}"[:2000]
    give_up = row.attempts >= row.max_attempts
    with transaction.atomic():
        attempt = DeliveryAttempt.objects.create(
            email=row,
            number=row.attempts,
            started_at=started_at,
            finished_at=now,
            succeeded=False,
            error=message,
            worker=socket.gethostname(),
        )
        hooks.delivery_attempted.run(hooks.DeliveryAttempted(email=row, attempt=attempt))
        OutboxEmail.objects.filter(pk=row.pk, status=OutboxEmail.Status.SENDING).update(
            status=OutboxEmail.Status.FAILED if give_up else OutboxEmail.Status.PENDING,
            due_at=now if give_up else now + retry_delay(attempt=row.attempts),
            lease_expires_at=None,
            last_error=message,
        )
    logger.warning("Outbox e-mail %s attempt %s failed: %s", row.pk, row.attempts, message)
    row.refresh_from_db()
    return row


SWEEP_BATCH = 500


def outbox_sweep(*, now: datetime | None = None) -> int:
    """Queue every message that is due or whose worker lost its lease; give up on spent ones.

    Returns how many messages were queued.
    """
    now = now or timezone.now()
    OutboxEmail.objects.filter(
        status=OutboxEmail.Status.SENDING,
        lease_expires_at__lt=now,
        attempts__gte=F("max_attempts"),
    ).update(
        status=OutboxEmail.Status.FAILED,
        lease_expires_at=None,
        last_error="The worker stopped during the last attempt and no attempts remain.",
    )
    due_ids = list(
        OutboxEmail.objects.filter(
            Q(status=OutboxEmail.Status.PENDING, due_at__lte=now)
            | Q(status=OutboxEmail.Status.SENDING, lease_expires_at__lt=now)
        )
        .order_by("due_at")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )
    for email_id in due_ids:
        outbox_email_dispatch(email_id=email_id)
    return len(due_ids)


def outbox_emails_cancel(*, emails: QuerySet[OutboxEmail], reason: str) -> int:
    """Withdraw messages not sent yet (e.g. a check-in for a ticket that was reopened)."""
    return emails.filter(status=OutboxEmail.Status.PENDING).update(
        status=OutboxEmail.Status.CANCELLED, last_error=reason[:2000]
    )


def outbox_email_retry_now(*, email: OutboxEmail) -> OutboxEmail:
    """A manager asks for a failed message to be tried again, with a fresh set of attempts."""
    OutboxEmail.objects.filter(pk=email.pk, status=OutboxEmail.Status.FAILED).update(
        status=OutboxEmail.Status.PENDING,
        max_attempts=F("attempts") + settings.OUTBOX_MAX_ATTEMPTS,
        due_at=timezone.now(),
    )
    transaction.on_commit(lambda: outbox_email_dispatch(email_id=email.pk))
    email.refresh_from_db()
    return email
