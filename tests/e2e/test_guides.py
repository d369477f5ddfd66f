"""A client searches the guides, reads one, prints-friendly, and votes; suggestions appear
while a client describes a problem."""

from __future__ import annotations

from typing import Any

from kb.models import GuideVote
from tests.e2e.conftest import audit, follow, sign_in


def test_client_searches_reads_and_votes(page: Any, demo_data: None) -> None:
    sign_in(page, "client@demo.test")
    follow(page, page.get_by_role("link", name="Guides"))
    audit(page, "guides-library")
    page.get_by_label("What do you need help with?").fill("shared drive")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Get your shared drive back").click()
    page.wait_for_url("**/guides/reconnect-shared-drive/")
    assert page.locator(".guide-steps > li").count() >= 4
    assert "First, the good news." in page.content()
    audit(page, "guide")
    page.get_by_role("button", name="Yes, it helped").click()
    page.get_by_text("Thank you for telling us.").wait_for()
    assert GuideVote.objects.get(
        guide__slug="reconnect-shared-drive", user__email="client@demo.test"
    ).helpful
    page.get_by_role("button", name="No, not really").click()
    page.wait_for_function(
        "document.querySelector('[aria-pressed=true]').textContent.includes('No')"
    )
    assert GuideVote.objects.filter(guide__slug="reconnect-shared-drive").count() == 1
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Print this guide").is_visible()


def test_guides_on_a_phone_without_signing_in(phone_page: Any, demo_data: None) -> None:
    phone_page.goto("/guides/phone-photos-memory-card/")
    audit(phone_page, "guide")
    assert "Sign in" in phone_page.locator("#vote").inner_text()


def test_suggestions_while_typing_a_problem(page: Any, demo_data: None) -> None:
    sign_in(page, "client2@demo.test")
    page.goto("/portal/new/")
    page.get_by_label("What were you trying to do?").fill("Print the worksheets for my class")
    page.get_by_label("What happened instead?").press_sequentially(
        "The printer says offline and nothing prints", delay=5
    )
    page.get_by_text("These guides might help you right now").wait_for()
    assert page.get_by_role("link", name="printer", exact=False).first.is_visible()
    audit(page, "portal-new-suggestions")
