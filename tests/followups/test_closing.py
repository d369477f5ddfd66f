"""Closing a ticket explains it to the client, once per close, through the outbox."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from empathy.models import DraftReview, ReviewKind, TaughtTerm
from followups.models import FollowUp
from outbox.models import OutboxEmail
from outbox.services import outbox_email_deliver, outbox_sweep
from tickets.models import DataSafety, EventKind, Status, Ticket
from tickets.services import ticket_reopen, ticket_resolve

pytestmark = pytest.mark.django_db
ACTIONS_WITH_TERMS = (
    "The network drive dropped when the VPN timed out. The network drive is where your "
    "listings live. I put the network drive back."
)


def test_close_writes_the_followup_and_sends_it_once(
    resolved: Ticket, technician: User, close: Callable[..., Ticket]
) -> None:
    close(resolved, technician)
    followup = FollowUp.objects.get()
    assert followup.close_event.kind == EventKind.CLOSED
    assert followup.guide is not None and followup.subject.startswith(
        "Fixed: My S: drive has vanished"
    )
    assert [m.subject for m in mail.outbox] == [followup.subject]  # the check-in waits
    sent = mail.outbox[0]
    assert isinstance(sent, EmailMultiAlternatives)
    assert "Hello Maria" in str(sent.body) and "your files were never lost" in str(sent.body)
    html = str(sent.alternatives[0][0])
    assert "<h3>What happened</h3>" in html and "<ol>" in html
    assert sent.extra_headers["Message-ID"] == followup.email.message_id  # type: ignore[union-attr]
    # A duplicate delivery task for the same row sends nothing more.
    assert outbox_email_deliver(email_id=followup.email.pk) is None  # type: ignore[union-attr]
    assert len(mail.outbox) == 1


def test_each_close_gets_its_own_followup(
    resolved: Ticket, technician: User, close: Callable[..., Ticket]
) -> None:
    close(resolved, technician)
    ticket_reopen(ticket=resolved, actor=technician, reason="back")
    ticket_resolve(
        ticket=resolved, actor=technician, cause="c", actions="a", data_safety=DataSafety.SAFE
    )
    close(resolved, technician)
    assert FollowUp.objects.count() == 2
    assert OutboxEmail.objects.filter(kind="closing_explanation").count() == 2


def test_an_edited_explanation_is_sent_as_edited(
    resolved: Ticket, technician: User, close: Callable[..., Ticket]
) -> None:
    close(
        resolved, technician, explanation="Hello Maria,\r\n\r\nAll sorted: your listings are safe."
    )
    followup = FollowUp.objects.get()
    assert followup.edited_by_technician
    assert followup.explanation == "Hello Maria,\n\nAll sorted: your listings are safe.\n"
    assert "All sorted: your listings are safe." in str(mail.outbox[0].body)
    review = DraftReview.objects.get(kind=ReviewKind.FOLLOW_UP)
    assert review.reassures_data and review.author == technician


def test_terms_explained_in_words_we_used_count_as_taught(
    resolved: Ticket, technician: User, client_user: User, close: Callable[..., Ticket]
) -> None:
    ticket_resolve(
        ticket=resolved,
        actor=technician,
        cause="Your computer lost its link to the SMB share on the office server.",
        actions="I remapped the drive and checked your listings open.",
        data_safety=DataSafety.SAFE,
    )
    close(resolved, technician)
    explanation = FollowUp.objects.get().explanation
    assert "### Words we used" in explanation and "- **SMB share**:" in explanation
    assert TaughtTerm.objects.filter(client=client_user, term__term__iexact="remap").exists()
    # Reviewed as sent, with the terms its list teaches: none of them is flagged again.
    review = DraftReview.objects.get(kind=ReviewKind.FOLLOW_UP)
    assert review.jargon_count == 0, review.details["jargon"]


def test_the_ticket_page_previews_and_the_close_form_sends(
    client: Client,
    resolved: Ticket,
    technician: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    client.force_login(technician)
    page = client.get(resolved.get_absolute_url()).content.decode()
    assert "What Maria will get" in page and "says whether their data is safe" in page
    assert "First, the good news" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workspace:close", args=[resolved.reference]),
            {
                "version": resolved.version,
                "explanation": "Hello Maria,\n\nYour listings were never lost.",
            },
        )
    assert response.status_code == 302
    assert "Your listings were never lost." in str(mail.outbox[0].body)


def test_the_preview_verdict_names_each_term_once(
    client: Client, resolved: Ticket, technician: User
) -> None:
    ticket_resolve(
        ticket=resolved,
        actor=technician,
        cause="The network drive dropped. The network drive is where your listings live.",
        actions="I put the network drive back.",
        data_safety=DataSafety.SAFE,
        prevention="",
        guide=None,
    )
    client.force_login(technician)
    composed = client.get(resolved.get_absolute_url()).content.decode()
    verdict = composed[composed.index('class="preview-verdict"') :].split("</p>", 1)[0]
    assert "no unexplained terms" in verdict  # the composer put it in plain words
    # The technician's own edit, kept on a conflict, is reviewed as written.
    edited = "Hello Maria,\n\n" + ACTIONS_WITH_TERMS
    page = client.post(
        reverse("workspace:close", args=[resolved.reference]),
        {"version": resolved.version - 1, "explanation": edited},
    ).content.decode()
    verdict = page[page.index('class="preview-verdict"') :].split("</p>", 1)[0]
    assert verdict.count("network drive") == 1, verdict
    assert "network drive ×" in verdict  # with how often it is used


def test_the_portal_shows_the_explanation_to_its_client_only(
    client: Client,
    resolved: Ticket,
    technician: User,
    client_user: User,
    other_client: User,
    close: Callable[..., Ticket],
) -> None:
    close(resolved, technician)
    client.force_login(client_user)
    page = client.get(reverse("portal:ticket", args=[resolved.reference])).content.decode()
    assert "What happened, and how to fix it yourself next time" in page
    assert "your files were never lost" in page and "Tell us how we did" in page
    client.force_login(other_client)
    assert client.get(reverse("portal:ticket", args=[resolved.reference])).status_code == 404


def test_checkin_is_due_days_later_and_waits_until_then(
    resolved: Ticket, technician: User, close: Callable[..., Ticket], settings: Any
) -> None:
    close(resolved, technician)
    followup = FollowUp.objects.get()
    checkin = followup.checkin_email
    assert checkin is not None and checkin.status == OutboxEmail.Status.PENDING
    assert abs(
        (checkin.due_at - timezone.now()) - timedelta(days=settings.CHECKIN_DELAY_DAYS)
    ) < timedelta(minutes=1)
    outbox_sweep()
    assert len(mail.outbox) == 1
    with time_machine.travel(
        timezone.now() + timedelta(days=settings.CHECKIN_DELAY_DAYS, minutes=1)
    ):
        outbox_sweep()
    assert mail.outbox[-1].subject == f"Is everything still working? ({resolved.reference})"
    body = str(mail.outbox[-1].body)
    assert (
        "/after/check-in/" in body and "/after/survey/" in body and "/after/no-check-ins/" in body
    )


def test_reopening_cancels_the_checkin(
    resolved: Ticket, technician: User, close: Callable[..., Ticket]
) -> None:
    close(resolved, technician)
    ticket_reopen(ticket=resolved, actor=technician)
    assert FollowUp.objects.get().checkin_email.status == OutboxEmail.Status.CANCELLED  # type: ignore[union-attr]


def test_clients_who_opted_out_get_no_checkin(
    resolved: Ticket, technician: User, client_user: User, close: Callable[..., Ticket]
) -> None:
    client_user.client_profile.checkins = False
    client_user.client_profile.save()
    close(resolved, technician)
    followup = FollowUp.objects.get()
    assert followup.checkin_email is None and followup.checkin_due_at is None


def test_delivery_attempts_are_in_the_ticket_history(
    client: Client, resolved: Ticket, technician: User, close: Callable[..., Ticket], settings: Any
) -> None:
    settings.EMAIL_BACKEND = "tests.outbox.backends.FailingBackend"
    close(resolved, technician)
    email = FollowUp.objects.get().email
    assert email is not None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.filter(pk=email.pk).update(due_at=timezone.now())
    outbox_email_deliver(email_id=email.pk)
    client.force_login(technician)
    history = client.get(resolved.get_absolute_url(), {"tab": "history"}).content.decode()
    assert "explanation attempt 1 failed: OSError: SMTP server said no" in history
    assert "explanation sent to maria@example.test (attempt 2)" in history


def test_client_closing_from_the_portal_also_explains(
    client: Client,
    resolved: Ticket,
    client_user: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    client.force_login(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portal:fixed", args=[resolved.reference]), {"comment": ""})
    resolved.refresh_from_db()
    assert resolved.status == Status.CLOSED
    assert FollowUp.objects.filter(ticket=resolved).exists()
    assert len(mail.outbox) == 1
