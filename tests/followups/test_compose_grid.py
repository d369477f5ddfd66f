"""The follow-up every client gets, composed for a grid of clients: three comfort levels ×
four data outcomes × each worry alone and all of them at once. In both e-mail bodies each
worry is answered near the top (before the steps), no analogy contradicts what happened, a
client new to computers meets no unexplained term, and it reads at their level.

And the walk: a distressed lawyer, closing tomorrow at 9am, who can't work and blames herself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest
import time_machine
from django.urls import reverse
from django.utils.html import strip_tags

from accounts.models import ComfortLevel, FieldOfExpertise, User
from empathy.engine import DraftContext, DraftReview, Glossary, review_draft
from empathy.engine.review import TARGET_GRADE, reading_grade
from empathy.glossary import shipped_glossary
from followups.compose import (
    AnalogyFacts,
    ClientFacts,
    Composition,
    Deadline,
    choose_analogy,
    compose,
    explained_in_list,
    fix_kind_of,
)
from followups.models import FollowUp
from followups.services import explanation_email, followup_compose, followup_review
from kb.markdown import steps_markdown
from kb.models import Guide
from tests.factories import ClientFactory, category, make_ticket
from tickets.models import Category, DataSafety, Resolution, Ticket
from tickets.services import ticket_resolve

RESOLVED_AT = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
CLOSING_AT = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
CLOSING = Deadline(due=CLOSING_AT, event="closing")
CAUSE = (
    "After last night's update your computer forgot its link to the SMB share on the office server."
)
ACTIONS = "I remapped the S: drive and checked your files open."
PREVENTION = "Restart before calling us: the drive often comes back by itself."
GUIDE = Guide(
    slug="reconnect-shared-drive",
    title="Get your shared drive back",
    steps=steps_markdown(
        [
            ("Open File Explorer", "Click the **yellow folder** at the bottom of the screen."),
            ("Click This PC", "It's on the left."),
        ]
    ),
)
# Offered for every case: the composer must keep only one that is true for the outcome.
RECONNECTED = AnalogyFacts(
    "It was like the sign on your office door falling down. We put the sign back up.",
    frozenset({"safe", "not_involved"}),
    "reconnected",
)
PUT_BACK = AnalogyFacts(
    "It was like a file put back on the wrong shelf. We found it and put it back.",
    frozenset({"safe", "recovered"}),
    "restored",
)
SPARE_COPY = AnalogyFacts(
    "It was like keeping a spare key with a neighbour. We set up a second copy of your files.",
    frozenset({"safe", "recovered", "lost", "not_involved"}),
    "protected",
)
ANALOGIES = [PUT_BACK, RECONNECTED, SPARE_COPY]
# What an analogy must never say for an outcome it isn't true for.
CONTRADICTS = {
    DataSafety.LOST: re.compile(r"put (?:it|them) back|never lost|sign back up", re.I),
    DataSafety.NOT_INVOLVED: re.compile(r"put (?:it|them) back", re.I),
}
WORRIES = ("data_loss", "work_blocked", "deadline", "self_blame", "cost", "repeat")
PROFILES = [(worry,) for worry in WORRIES] + [WORRIES]
COMFORTS = (ComfortLevel.NEW, ComfortLevel.EVERYDAY, ComfortLevel.CONFIDENT)
OUTCOMES = (DataSafety.SAFE, DataSafety.RECOVERED, DataSafety.LOST, DataSafety.NOT_INVOLVED)


@cache
def glossary() -> Glossary:
    return shipped_glossary()


@cache
def composed(comfort: str, safety: str, worries: tuple[str, ...]) -> Composition:
    return compose(
        ticket=Ticket(
            number=1042, subject="My S: drive has vanished", category=Category(slug="files")
        ),
        resolution=Resolution(
            cause=CAUSE,
            actions=ACTIONS,
            data_safety=safety,
            prevention=PREVENTION,
            created_at=RESOLVED_AT,
        ),
        client=ClientFacts(
            first_name="Maria", comfort=comfort, worries=worries, data_worry="", deadline=CLOSING
        ),
        technician_name="Sam Taylor",
        analogies=ANALOGIES,
        guide=GUIDE,
        guide_url="https://help.example/guides/reconnect-shared-drive/",
        portal_url="https://help.example/portal/tickets/HD-1042/",
        support_phone="01632 960 123",
        glossary=glossary(),
        now=RESOLVED_AT,
    )


def bodies(composition: Composition, settings: Any) -> dict[str, str]:
    """The text e-mail and the HTML e-mail as the client reads it (tags stripped)."""
    settings.SITE_URL = "https://help.example"
    followup = FollowUp(
        pk=7,
        subject=composition.subject,
        explanation=composition.markdown,
        client=User(display_name="Maria Alvarez"),
    )
    with time_machine.travel("2026-03-02 15:00Z", tick=False):
        email = explanation_email(followup=followup)
    return {"text": email.text_body, "html": strip_tags(email.html_body)}


def client_review(
    text: str, comfort: str, worries: tuple[str, ...], taught: frozenset[str]
) -> DraftReview:
    context = DraftContext(comfort=comfort, worries=worries, taught_terms=taught)  # type: ignore[arg-type]
    return review_draft(text, glossary=glossary(), context=context)


def ordinary_letters(text: str) -> str:
    """The words a client reads: links and the plain-text headings' underlines left out."""
    text = re.sub(r"https?://\S+", "", text)
    return re.sub(r"^[-=]{3,}$", "", text, flags=re.M)


@pytest.mark.parametrize("worries", PROFILES, ids=lambda worries: "+".join(worries))
@pytest.mark.parametrize("safety", OUTCOMES)
@pytest.mark.parametrize("comfort", COMFORTS)
def test_every_client_gets_every_worry_answered_plainly(
    comfort: str, safety: str, worries: tuple[str, ...], settings: Any
) -> None:
    composition = composed(comfort, safety, worries)
    markdown = composition.markdown
    taught = explained_in_list(markdown, glossary())
    assert [answer.kind for answer in composition.answers] == list(worries)
    read = markdown.replace("**", "")
    for answer in composition.answers:
        assert answer.source, answer
        where = read.find(answer.sentence)
        assert 0 <= where < read.index("### What happened"), (answer, markdown)
        assert where < read.index("### Next time, you can do this yourself")
    for kind, body in bodies(composition, settings).items():
        review = client_review(body, comfort, worries, taught)
        assert review.unanswered_worries == [], (kind, review.unanswered_worries, body)
        if comfort == ComfortLevel.NEW:
            left = glossary().find(body, comfort="new", taught=taught, unlisted=False)
            assert left == [], (kind, [hit.term for hit in left], body)
        grade = reading_grade(ordinary_letters(body))
        assert grade <= TARGET_GRADE[comfort], (kind, grade, body)
    if composition.analogy:
        offered = next(a for a in ANALOGIES if a.text == composition.analogy)
        assert safety in offered.outcomes
    contradiction = CONTRADICTS.get(DataSafety(safety))
    if contradiction is not None:
        assert not contradiction.search(composition.analogy), composition.analogy


def test_each_analogy_is_sent_only_where_it_is_true() -> None:
    chosen = {safety: composed("everyday", safety, ()).analogy for safety in OUTCOMES}
    # The technician reconnected the drive: "we found it and put it back" and "we set up a
    # second copy" describe fixes not made, and "we put the sign back up" is untrue when
    # something was lost or at risk. So: none.
    assert chosen[DataSafety.SAFE] == RECONNECTED.text
    assert chosen[DataSafety.NOT_INVOLVED] == RECONNECTED.text
    assert chosen[DataSafety.RECOVERED] == ""
    assert chosen[DataSafety.LOST] == ""
    # When their words don't show what kind of fix it was, only the outcome decides.
    assert choose_analogy(ANALOGIES, safety=DataSafety.LOST, fix=None) == SPARE_COPY
    assert choose_analogy(ANALOGIES, safety=DataSafety.RECOVERED, fix=None) == PUT_BACK
    assert fix_kind_of("I remapped the S: drive and checked your files open.") == "reconnected"
    assert fix_kind_of("I restored the folder from last night's copy.") == "restored"
    assert fix_kind_of("I had a look and it was fine.") is None


def test_the_deadline_is_answered_honestly() -> None:
    early = composed("new", DataSafety.SAFE, ("deadline",))
    assert early.answers[0].sentence == (
        "This was fixed well before your closing, tomorrow at 9:00."
    )
    late = compose_late()
    assert late.answers[0].sentence.startswith("I'm sorry this wasn't fixed before your closing")
    assert "well before" not in late.markdown


def compose_late() -> Composition:
    return compose(
        ticket=Ticket(number=1, subject="Drive gone", category=Category(slug="files")),
        resolution=Resolution(
            cause=CAUSE,
            actions=ACTIONS,
            data_safety=DataSafety.SAFE,
            created_at=CLOSING_AT + timedelta(hours=2),
        ),
        client=ClientFacts(
            first_name="Maria",
            comfort="new",
            worries=("deadline",),
            data_worry="",
            deadline=CLOSING,
        ),
        technician_name="Sam",
        guide=None,
        guide_url="",
        portal_url="https://help.example/p/",
        support_phone="01632 960 123",
        glossary=glossary(),
    )


def test_self_blame_is_only_lifted_when_the_cause_allows() -> None:
    not_them = composed("new", DataSafety.SAFE, ("self_blame",)).answers[0]
    assert not_them.sentence == "This wasn't anything you did wrong."
    their_slip = compose(
        ticket=Ticket(number=1, subject="Deleted", category=Category(slug="files")),
        resolution=Resolution(
            cause="You deleted the folder by mistake while tidying the desktop.",
            actions="I restored it from the recycle bin.",
            data_safety=DataSafety.RECOVERED,
            created_at=RESOLVED_AT,
        ),
        client=ClientFacts(
            first_name="Maria", comfort="new", worries=("self_blame",), data_worry=""
        ),
        technician_name="Sam",
        guide=None,
        guide_url="",
        portal_url="https://help.example/p/",
        support_phone="01632 960 123",
        glossary=glossary(),
    )
    assert "wasn't anything you did" not in their_slip.markdown
    assert "easy slip" in their_slip.answers[0].sentence
    assert "something they did" in their_slip.answers[0].source


# --- The walk ------------------------------------------------------------------------------
WALK_MESSAGE = (
    "Please help, I'm beside myself. All my case files have vanished from the S: drive and I "
    "can't work. I have a closing tomorrow at 9am. I must have pressed something wrong, I'm "
    "hopeless with computers."
)


@pytest.fixture
def lawyer(db: None) -> User:
    return ClientFactory.create(
        email="priya@example.test",
        display_name="Priya Shah",
        profile={
            "field_of_expertise": FieldOfExpertise.objects.get(slug="law"),
            "comfort": ComfortLevel.NEW,
        },
    )


@pytest.mark.django_db
def test_the_walk_a_distressed_lawyer_gets_all_four_worries_answered_first(
    lawyer: User,
    technician: User,
    client: Any,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    with time_machine.travel(datetime(2026, 3, 2, 15, 0, tzinfo=UTC), tick=False):
        ticket = make_ticket(
            client=lawyer,
            subject="My case files are gone",
            description=WALK_MESSAGE,
            category=category("network-drives"),
        )
    with time_machine.travel(datetime(2026, 3, 2, 16, 30, tzinfo=UTC), tick=False):
        ticket_resolve(
            ticket=ticket,
            actor=technician,
            cause=CAUSE,
            actions="I remapped the S: drive and checked your case files open.",
            data_safety=DataSafety.SAFE,
            prevention=PREVENTION,
        )
        composition = followup_compose(ticket=ticket)
        review = followup_review(ticket=ticket, text=composition.markdown)
        client.force_login(technician)
        page = client.get(ticket.get_absolute_url()).content.decode()

    kinds = [answer.kind for answer in composition.answers]
    assert kinds == ["data_loss", "work_blocked", "deadline", "self_blame"]
    top = composition.markdown.split("### What happened")[0]
    assert "your files were never lost" in top
    assert "You can work again now." in top
    assert "This was fixed well before your closing, tomorrow at 9:00." in top
    assert "This wasn't anything you did wrong." in top
    # The analogy from her own field fits: the drive was reconnected and nothing was lost.
    assert "It was like a clerk losing the note" in composition.markdown
    assert review.unanswered_worries == [] and review.jargon == []
    assert review.score >= 90, review.score_parts
    # The technician sees each answer with where it came from, and no warning line.
    assert "Answers to Priya's worries" in page
    answers = page[page.index("preview-answers") : page.index("email-preview")].lower()
    assert "their words: “i must have pressed”" in answers
    assert "the cause names nothing they did" in answers
    assert "Before you send" not in page
    print_walk(composition, review)


def print_walk(composition: Composition, review: DraftReview) -> None:
    """Shown with `pytest -s`: the follow-up's first lines and the coach's verdict."""
    print("\n" + composition.markdown.split("### What we did")[0])
    print(f"coach {review.score}/100, grade {review.grade}, unanswered {review.unanswered_worries}")


@pytest.mark.django_db
def test_the_preview_says_in_one_line_what_is_still_missing(
    lawyer: User, technician: User, client: Any
) -> None:
    with time_machine.travel(datetime(2026, 3, 2, 15, 0, tzinfo=UTC), tick=False):
        ticket = make_ticket(
            client=lawyer,
            subject="My case files are gone",
            description=WALK_MESSAGE,
            category=category("network-drives"),
        )
        ticket_resolve(
            ticket=ticket,
            actor=technician,
            cause=CAUSE,
            actions=ACTIONS,
            data_safety=DataSafety.SAFE,
        )
    client.force_login(technician)
    stale = client.post(
        reverse("workspace:close", args=[ticket.reference]),
        {"version": ticket.version - 1, "explanation": "Hello Priya,\n\nI remapped the GPO."},
    )
    page = stale.content.decode()
    gate = page[page.index('class="preview-gate"') :].split("</p>", 1)[0]
    assert "Before you send: this doesn&#x27;t yet answer" in gate
    assert "whether their data is safe" in gate and "their deadline" in gate
    assert "unexplained for Priya" in gate and "You can still send it as it is." in gate
