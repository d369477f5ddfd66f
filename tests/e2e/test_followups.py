"""After the fix: the technician previews and edits the explanation, closes, and the client
reads it in their e-mail and on the portal, then answers the survey."""

from __future__ import annotations

from typing import Any

from followups.models import SurveyResponse
from outbox.models import OutboxEmail
from tests.e2e.conftest import audit, sign_in
from tickets.models import Status, Ticket


def test_close_preview_mail_portal_and_survey(page: Any, demo_data: None, settings: Any) -> None:
    settings.EMAIL_BACKEND = "sentmail.backend.DatabaseEmailBackend"  # the demo's Mailbox
    ticket = (
        Ticket.objects.filter(client__email="client@demo.test", status=Status.RESOLVED)
        .order_by("-number")
        .first()
    )
    assert ticket is not None
    sign_in(page, "tech@demo.test")
    page.goto(f"/work/tickets/{ticket.reference}/")
    preview = page.locator(".closing-preview")
    preview.wait_for()
    assert "Reading grade" in preview.inner_text()
    assert (
        "Next time, you can do this yourself" in preview.inner_text()
        or ticket.resolutions.filter(guide__isnull=True).exists()
    )
    audit(page, "ticket-close-preview")

    page.get_by_text("Edit before sending", exact=True).click()
    note = page.get_by_label("The explanation we'll send")
    note.fill(note.input_value() + "\n\nI'll ring you on Friday to check it's still behaving.")
    page.get_by_role("button", name="Close and send the explanation").click()
    page.get_by_text("Closed.").first.wait_for()

    email = OutboxEmail.objects.get(ticket=ticket, kind="closing_explanation")
    assert email.status == OutboxEmail.Status.SENT
    page.goto("/mailbox/")
    page.get_by_role("link", name=email.subject).first.click()
    page.get_by_text("I'll ring you on Friday").first.wait_for()
    audit(page, "mailbox-closing-explanation")

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, "client@demo.test")
    page.goto(f"/portal/tickets/{ticket.reference}/")
    explanation = page.locator(".explanation")
    explanation.wait_for()
    assert "I'll ring you on Friday" in explanation.inner_text()
    audit(page, "portal-explanation")

    page.get_by_role("link", name="Tell us how we did").click()
    page.get_by_role("heading", name="How did we do?").wait_for()
    assert not SurveyResponse.objects.filter(
        followup__ticket=ticket
    ).exists()  # GET records nothing
    audit(page, "survey")
    page.get_by_label("5: very happy").check()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Send my answers").click()
    page.wait_for_load_state("networkidle")
    audit(page, "survey-done")
    response = SurveyResponse.objects.get(followup__ticket=ticket)
    assert response.satisfaction == 5


def test_explanation_on_a_phone(phone_page: Any, demo_data: None) -> None:
    ticket = (
        Ticket.objects.filter(client__email="client@demo.test", status=Status.CLOSED)
        .filter(followups__isnull=False)
        .order_by("-number")
        .first()
    )
    assert ticket is not None
    sign_in(phone_page, "client@demo.test")
    phone_page.goto(f"/portal/tickets/{ticket.reference}/")
    phone_page.locator(".explanation").wait_for()
    audit(phone_page, "portal-explanation")
