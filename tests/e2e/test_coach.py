"""A technician types a jargon-laden, condescending reply, sees the coach flag it, swaps a
term for plain words, and sends."""

from __future__ import annotations

from typing import Any

from empathy.models import DraftReview
from tests.e2e.conftest import audit, sign_in
from tickets.models import Message, MessageKind, Ticket


def test_coach_flags_swaps_and_sending_still_works(page: Any, demo_data: None) -> None:
    ticket = Ticket.objects.filter(client__email="client@demo.test", status="new").first()
    assert ticket is not None
    sign_in(page, "tech@demo.test")
    page.goto(f"/work/tickets/{ticket.reference}/")
    coach = page.locator("#coach-reply")
    coach.get_by_text("As you type, the coach checks").wait_for()

    box = page.get_by_label("Reply to the client")
    box.fill(
        "Obviously you should have restarted. I flushed the DNS cache and remapped the SMB share."
    )
    coach.get_by_text("Words Maria may not know").wait_for()
    assert "SMB share" in coach.inner_text()
    assert "May sound like talking down" in coach.inner_text()
    audit(page, "coach")

    coach.locator("[data-swap-term='SMB share']").click()
    page.wait_for_function(
        "document.querySelector('#id_reply_body').value.includes(\"the office's shared drive\")"
    )
    page.wait_for_function(
        "!document.querySelector('#coach-reply').innerText.includes('SMB share')"
    )

    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Reply sent to Maria.").wait_for()
    sent = Message.objects.filter(ticket=ticket, kind=MessageKind.REPLY).latest("created_at")
    assert "the office's shared drive" in sent.body
    review = DraftReview.objects.get(message=sent)
    assert review.condescension_count >= 1  # sending was never blocked; the review is kept
