"""'Use plain words' in the coach, in a real browser: a technician's reply with "SMB share"
reads correctly after the swap (one "the", nothing doubled) and the coach scores it higher;
and a swap that cannot fit says so beside the button instead of mangling the draft."""

from __future__ import annotations

from typing import Any

import pytest

from accounts.models import User
from tests.e2e.conftest import audit, screenshot, sign_in
from tests.factories import TEST_PASSWORD, ClientFactory, StaffFactory, make_ticket
from tickets.models import Ticket

DRAFT = "Hi Maria, I remapped the SMB share this morning, so your listings are back."
SWAPPED = "Hi Maria, I remapped the office's shared drive this morning, so your listings are back."


@pytest.fixture
def ticket(live_db: None) -> Ticket:
    StaffFactory.create(email="sam@example.test", display_name="Sam Taylor")
    maria: User = ClientFactory.create(email="maria@example.test", display_name="Maria Alvarez")
    return make_ticket(client=maria, subject="The shared drive is empty")


def open_coach(page: Any, ticket: Ticket) -> Any:
    sign_in(page, "sam@example.test", TEST_PASSWORD)
    page.goto(f"/work/tickets/{ticket.reference}/")
    coach = page.locator("#coach-reply")
    coach.get_by_text("As you type, the coach checks").wait_for()
    return coach


def score(coach: Any) -> int:
    return int(coach.locator(".score-number").inner_text())


@pytest.mark.parametrize("viewport", ["page", "phone_page"])
def test_use_plain_words_fixes_the_draft_and_raises_the_score(
    viewport: str, ticket: Ticket, request: pytest.FixtureRequest
) -> None:
    page = request.getfixturevalue(viewport)
    coach = open_coach(page, ticket)
    box = page.locator("#id_reply_body")
    box.fill(DRAFT)
    button = coach.locator("[data-swap-term='SMB share']")
    button.wait_for()
    before = score(coach)
    screenshot(page, "swap-before")

    button.click()
    page.wait_for_function(
        "document.querySelector('#id_reply_body').value.includes(\"the office's shared drive\")"
    )
    assert box.input_value() == SWAPPED
    # The coach reviews the new text: the term is gone from its list and the score is higher.
    coach.locator("[data-swap-term='SMB share']").wait_for(state="detached")
    page.wait_for_function(
        "!document.querySelector('#coach-reply').innerText.includes('SMB share')"
    )
    after = score(coach)
    assert after > before, f"score {before} -> {after}"
    audit(page, "swap-after")


def test_a_swap_that_cannot_fit_says_so(page: Any, ticket: Ticket) -> None:
    coach = open_coach(page, ticket)
    draft = "Hi Maria, I whitelisted the council's domain, so their emails arrive again."
    page.locator("#id_reply_body").fill(draft)
    coach.locator("[data-swap-term='whitelisted']").click()
    message = coach.get_by_role("status").filter(has_text="reword this one yourself")
    message.wait_for()
    assert page.locator("#id_reply_body").input_value() == draft  # nothing mangled
    audit(page, "swap-refused")
