"""Issue 13's walk: a frightened lawyer writes on the portal and ticks "I can't work"; the
technician's ticket page shows every worry with where it came from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import audit, sign_in
from tickets.models import Ticket

WORDS = (
    "I think all my client files are gone from the shared drive. I have a closing tomorrow "
    "at 9am and I don't know what I did!!"
)


@pytest.mark.parametrize("device", ["page", "phone_page"])
def test_intake_answers_and_deadlines_are_chips_with_their_evidence(
    device: str, demo_data: None, browser: Any, live_server: Any, request: pytest.FixtureRequest
) -> None:
    page: Any = request.getfixturevalue(device)
    sign_in(page, "harriet@demo.test")
    page.goto("/portal/")
    page.get_by_role("link", name="Tell us about a problem").first.click()
    page.get_by_label("What were you trying to do?").fill("Open the files for tomorrow's sale.")
    page.get_by_label("What happened instead?").fill(WORDS)
    page.get_by_text("I can't work").click()
    page.get_by_text("Not sure", exact=True).click()
    page.get_by_role("button", name="Send it to us").click()
    page.wait_for_url("**/sent/")
    ticket = Ticket.objects.filter(client__email="harriet@demo.test").latest("created_at")

    staff = browser.new_context(base_url=live_server.url, viewport=page.viewport_size)
    tech = staff.new_page()
    try:
        sign_in(tech, "tech@demo.test")
        tech.goto(f"/work/tickets/{ticket.reference}/")
        chips = tech.get_by_role("list", name="What the client's words show")
        text = chips.inner_text()
        assert "Distressed" in text
        # Their words outrank the weaker "Not sure" they ticked.
        assert "Worried about losing data" in text and "files are gone" in text
        assert "ticked “I can't work”" in text
        assert "tomorrow at 9am" in text
        assert "Blames themselves" in text and "what I did" in text
        audit(tech, f"ticket-worry-chips-{device}")
    finally:
        staff.close()
