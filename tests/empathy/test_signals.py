"""Each signal the engine reads, on its own."""

from __future__ import annotations

import socket

import pytest

from empathy.engine import DraftContext, Glossary, Intake, analyse_message, review_draft
from empathy.glossary import shipped_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return shipped_glossary()


def kinds(text: str, intake: Intake | None = None) -> set[str]:
    return set(analyse_message(text, intake=intake).worry_kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All my photos have vanished from the laptop.", {"data_loss"}),
        ("Nothing is lost, I just can't find the button.", set()),
        ("My files are fine, I'd like to rename a folder.", set()),
        ("In case my laptop ever breaks, how do I keep copies of my photos?", set()),
        ("My phone was stolen on the bus. It has all my client contacts on it.", {"data_loss"}),
        ("Can anyone read my emails now?", {"data_loss"}),
    ],
)
def test_data_loss_with_negation_and_hypotheticals(text: str, expected: set[str]) -> None:
    assert kinds(text) & {"data_loss"} == expected


@pytest.mark.parametrize(
    ("text", "worry"),
    [
        ("I can't get into the patient records.", "work_blocked"),
        ("Could this be fixed by 5pm?", "deadline"),
        ("The viewing is at 3 and the tablet is frozen.", "deadline"),
        ("I must have pressed the wrong key.", "self_blame"),
        ("I'm useless with gadgets.", "self_blame"),
        ("The card machine is down and we're turning customers away.", "cost"),
        ("The printer is offline again.", "repeat"),
        ("For the third time this month my account is locked.", "repeat"),
    ],
)
def test_each_worry_kind(text: str, worry: str) -> None:
    assert worry in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can see the folder again, thank you so much.",
        "It works again!",
        "The printer is working again after you rang.",
        "My files are back where they were.",
        "Sound is back on my Zoom calls, thanks.",
        "I managed to log in again this morning.",
    ],
)
def test_again_for_something_restored_is_not_a_repeat(text: str) -> None:
    assert "repeat" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's not working again.",
        "The error is back.",
        "The drive has gone again.",
        "I can print again but this is the third time this week it broke.",
    ],
)
def test_a_problem_that_came_back_is_still_a_repeat(text: str) -> None:
    assert "repeat" in kinds(text)


def test_politeness_and_low_stakes_are_not_worries() -> None:
    assert kinds("Apologies for the trouble, which printer is the colour one?") == set()
    assert (
        kinds(
            "Could Dr Patel join the calendar? "
            "She starts in a few weeks, so there's plenty of time."
        )
        == set()
    )
    assert kinds("Thanks again for fixing the scanner.") == set()


def test_a_workaround_means_not_blocked() -> None:
    assert "work_blocked" not in kinds(
        "The Wi-Fi keeps dropping, but I can still work off my phone's hotspot."
    )


def test_intake_answers_tip_the_balance() -> None:
    # A slowdown is not work_blocked (shared/empathy-labels.md), unless the client says it
    # stops them. (This used to be "the till won't start", which the labels call blocked.)
    text = "The till software is a bit slow to start this morning."
    assert "work_blocked" not in kinds(text)
    assert "work_blocked" in kinds(text, Intake(impact="cant_work"))


@pytest.mark.parametrize(
    ("text", "distress"),
    [
        ("Could you show me how to share my calendar? No rush at all.", "calm"),
        ("thank u so much!! all working now", "calm"),
        ("My spreadsheet seems to have vanished. Could someone look when possible?", "concerned"),
        ("A bit concerned: the printer is offline again.", "concerned"),
        ("ALL my files are GONE!!!", "distressed"),
        ("I'm frightened I've lost everything on the laptop.", "distressed"),
        ("The client call is in 10 minutes and I can't get into my email.", "distressed"),
        ("My wedding photos were on that card and now it says card error.", "distressed"),
    ],
)
def test_distress_levels(text: str, distress: str) -> None:
    assert analyse_message(text).distress == distress


def test_sentiment_range_and_known_vader_misreadings() -> None:
    assert analyse_message("No rush, whenever suits you.").sentiment >= 0
    assert analyse_message("ALL my files are GONE!!! please help").sentiment <= -0.5
    for text in ("Thanks!", "It's broken.", ""):
        assert -1 <= analyse_message(text).sentiment <= 1


def test_evidence_quotes_the_clients_words() -> None:
    worries = analyse_message("the contract folder is EMPTY and they're signing at 2").worries
    evidence = {w.kind: w.evidence for w in worries}
    assert "folder is EMPTY" in evidence["data_loss"]
    assert "signing at 2" in evidence["deadline"]


def test_jargon_depends_on_comfort_and_teaching(glossary: Glossary) -> None:
    text = "I cleared your browser cache and restarted the router."
    new = {
        hit.headword.lower()
        for hit in review_draft(text, glossary=glossary, context=DraftContext(comfort="new")).jargon
    }
    confident = review_draft(
        text, glossary=glossary, context=DraftContext(comfort="confident")
    ).jargon
    assert {"browser cache", "router"} <= new
    assert confident == []
    taught = DraftContext(comfort="new", taught_terms=frozenset({"router"}))
    assert "router" not in {
        h.headword.lower() for h in review_draft(text, glossary=glossary, context=taught).jargon
    }


def test_jargon_comes_with_plain_wording(glossary: Glossary) -> None:
    hits = review_draft(
        "I remapped the SMB share.", glossary=glossary, context=DraftContext(comfort="new")
    ).jargon
    assert [(hit.term, bool(hit.plain)) for hit in hits] == [
        ("remapped", True),
        ("SMB share", True),
    ]


def test_everyday_words_and_explained_terms_are_not_jargon(glossary: Glossary) -> None:
    plain = "I reset your password, updated the app, and your Wi-Fi, email and printer all work."
    assert review_draft(plain, glossary=glossary, context=DraftContext(comfort="new")).jargon == []
    explained = "The router (that's the small white box by the window) had frozen."
    assert (
        review_draft(explained, glossary=glossary, context=DraftContext(comfort="new")).jargon == []
    )


@pytest.mark.parametrize(
    ("text", "condescending"),
    [
        ("As everyone knows, you need to restart after an update.", True),
        ("Obviously you should have saved the file.", True),
        ("Did you even try turning it off and on?", True),
        ("Like I told you, don't open those attachments.", True),
        ("Simply click the big blue button. It's easy.", True),
        ("I simply need your email address to look you up.", False),
        ("It's easy to miss this button, it's well hidden.", False),
        ("You should have a new email from us with the link.", False),
        ("Obviously this should never have happened to you.", False),
    ],
)
def test_condescension(glossary: Glossary, text: str, condescending: bool) -> None:
    found = review_draft(text, glossary=glossary, context=DraftContext()).condescension
    assert bool(found) == condescending
    assert all(item.suggestion for item in found)


@pytest.mark.parametrize(
    ("text", "reassures"),
    [
        ("Your photos were never touched.", True),
        ("No file was removed; everything is where you left it.", True),
        ("We got all 212 photos back from the card.", True),
        ("We recovered everything except the last hour of edits.", True),
        ("Did you save your files to the desktop?", False),
        ("I can't promise anything yet about the photos.", False),
    ],
)
def test_reassurance(glossary: Glossary, text: str, reassures: bool) -> None:
    assert review_draft(text, glossary=glossary, context=DraftContext()).reassures_data is reassures


def test_an_unanswered_data_worry_is_named(glossary: Glossary) -> None:
    context = DraftContext(comfort="new", worries=("data_loss", "work_blocked"))
    technical = review_draft(
        "I remapped the drive, you can work again now.", glossary=glossary, context=context
    )
    assert technical.unanswered_worries == ["data_loss"]
    kind = review_draft(
        "Your files are safe on the server. You can work again now.",
        glossary=glossary,
        context=context,
    )
    assert kind.unanswered_worries == []
    assert kind.score > technical.score


def test_score_parts_add_up(glossary: Glossary) -> None:
    review = review_draft(
        "Obviously I flushed the DNS cache.",
        glossary=glossary,
        context=DraftContext(comfort="new", worries=("data_loss",)),
    )
    assert review.score == round(sum(part.points for part in review.score_parts))
    assert [part.name for part in review.score_parts] == [
        "Reading level",
        "Plain words",
        "Kind tone",
        "Worries answered",
    ]
    assert all(0 <= part.points <= part.out_of for part in review.score_parts)


def test_reading_grade_and_long_sentences_work_offline(
    glossary: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    long = "This sentence " + "keeps going and going " * 8 + "until it ends."
    review = review_draft(
        f"The printer works now. {long}", glossary=glossary, context=DraftContext()
    )
    assert review.grade > 0
    assert review.long_sentences == [long]
