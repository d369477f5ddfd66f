"""The closing explanation, pinned as snapshots per comfort level, with and without an
analogy, a guide and each data-safety outcome, in both the HTML and text e-mails. The
analogy offered fits a drive that was reconnected with nothing lost, so the "lost" case
shows it is left out.

To accept deliberate changes: UPDATE_SNAPSHOTS=1 make test, then read the diff.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine

from accounts.models import User
from empathy.glossary import shipped_glossary
from followups.compose import AnalogyFacts, ClientFacts, compose
from followups.models import FollowUp
from followups.services import explanation_email
from kb.markdown import steps_markdown
from kb.models import Guide
from tickets.models import Category, DataSafety, Resolution, Ticket

SNAPSHOTS = Path(__file__).parent / "snapshots"
GUIDE = Guide(
    slug="reconnect-shared-drive",
    title="Get your shared drive back",
    safe_note="Your files are still on the office server.",
    steps=steps_markdown(
        [
            ("Open File Explorer", "Click the **yellow folder** at the bottom of the screen."),
            ("Click This PC", "It's on the left."),
            ("Map the drive again", "Choose **Map network drive** and pick the letter S."),
        ]
    ),
)
CAUSE = (
    "After last night's update your computer forgot its link to the SMB share on the office server."
)
ACTIONS = "I remapped the S: drive and checked your listings open."
PREVENTION = "Restart before calling us: the drive often comes back by itself."
ANALOGY = "It was like the sign to a listing falling down. We put the sign back up."
RECONNECTED = AnalogyFacts(
    text=ANALOGY, outcomes=frozenset({"safe", "not_involved"}), fix_kind="reconnected"
)
RESOLVED_AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

CASES: dict[str, dict[str, Any]] = {
    "new_safe_worried_analogy_guide": {
        "comfort": "new", "safety": DataSafety.SAFE, "worries": ("data_loss",),
        "analogies": [RECONNECTED], "guide": GUIDE,
    },
    "new_not_involved_plain": {
        "comfort": "new", "safety": DataSafety.NOT_INVOLVED, "worries": (),
        "analogies": [], "guide": None,
    },
    "everyday_recovered_repeat_guide": {
        "comfort": "everyday", "safety": DataSafety.RECOVERED, "worries": ("data_loss", "repeat"),
        "analogies": [], "guide": GUIDE,
    },
    "confident_lost_analogy": {
        "comfort": "confident", "safety": DataSafety.LOST, "worries": (),
        "analogies": [RECONNECTED], "guide": None,
    },
}  # fmt: skip


def composed(case: dict[str, Any]) -> tuple[str, str]:
    ticket = Ticket(
        number=1042, subject="My S: drive has vanished", category=Category(slug="network-drives")
    )
    resolution = Resolution(
        cause=CAUSE,
        actions=ACTIONS,
        data_safety=case["safety"],
        prevention=PREVENTION,
        created_at=RESOLVED_AT,
    )
    result = compose(
        ticket=ticket,
        resolution=resolution,
        client=ClientFacts(
            first_name="Maria", comfort=case["comfort"], worries=case["worries"], data_worry=""
        ),
        technician_name="Sam Taylor",
        analogies=case["analogies"],
        guide=case["guide"],
        guide_url="https://help.example/guides/reconnect-shared-drive/",
        portal_url="https://help.example/portal/tickets/HD-1042/",
        support_phone="01632 960 123",
        glossary=shipped_glossary(),
    )
    return result.subject, result.markdown


def check(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.write_text(actual)
    assert actual == path.read_text(), f"{name} changed; UPDATE_SNAPSHOTS=1 to accept"


@pytest.mark.parametrize("name", CASES)
def test_explanation_snapshots(name: str, settings: Any) -> None:
    settings.SITE_URL = "https://help.example"
    settings.HELPDESK_NAME = "Helpdesk"
    subject, markdown = composed(CASES[name])
    followup = FollowUp(
        pk=7, subject=subject, explanation=markdown, client=User(display_name="Maria Alvarez")
    )
    with time_machine.travel("2026-03-02 10:00Z", tick=False):  # the survey link is signed
        email = explanation_email(followup=followup)
    check(f"{name}.txt", f"Subject: {email.subject}\n\n{email.text_body}")
    check(f"{name}.html", email.html_body)


def test_worries_come_first_and_honestly() -> None:
    safe = composed(CASES["new_safe_worried_analogy_guide"])[1]
    assert safe.index("your files were never lost") < safe.index("### What happened")
    lost = composed(CASES["confident_lost_analogy"])
    assert lost[0].startswith("What happened with:")
    assert "not all of your files could be saved" in lost[1]
    recovered = composed(CASES["everyday_recovered_repeat_guide"])[1]
    assert "were at risk, and we got them back" in recovered
    assert "You told us this had happened before" in recovered


def test_plain_words_follow_comfort() -> None:
    new = composed(CASES["new_safe_worried_analogy_guide"])[1]
    confident = composed(CASES["confident_lost_analogy"])[1]
    assert "### Words we used" in new
    assert "- **SMB share**:" in new and "- **remapped**:" in new
    # In the sentences themselves: replaced for a client new to computers...
    assert "SMB share on" not in new.split("### Words we used")[0]
    # ...and explained on first use for everyday ones.
    everyday = composed(CASES["everyday_recovered_repeat_guide"])[1]
    assert "SMB share (" in everyday
    assert "Words we used" not in confident


def test_analogy_and_guide_steps_inline() -> None:
    text = composed(CASES["new_safe_worried_analogy_guide"])[1]
    assert f"*{ANALOGY}*" in text
    assert "### Next time, you can do this yourself" in text
    # A step names what is on screen: the name stays, explained on the spot.
    assert (
        "1. **Open File Explorer (the window that shows your folders)**: "
        "Click the yellow folder at the bottom of the screen." in text
    )
    assert (
        "[Get your shared drive back](https://help.example/guides/reconnect-shared-drive/)" in text
    )
    plain = composed(CASES["new_not_involved_plain"])[1]
    assert "Next time" not in plain and "*It was like" not in plain
    # Offered, but it says the drive was simply reconnected: wrong when files were lost.
    assert "*It was like" not in composed(CASES["confident_lost_analogy"])[1]
