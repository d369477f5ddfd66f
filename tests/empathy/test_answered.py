"""The coach recognises an answered worry by what the draft means, not by one keyword, and
gives no credit for a sentence that says the opposite or only asks."""

from __future__ import annotations

import time

import pytest

from empathy.engine.reassurance import addressed_worries

ANSWERED = [
    # deadline: any honest word about the time
    ("deadline", "You'll be fine for Thursday."),
    ("deadline", "It will be ready well before your 9 a.m. closing."),
    ("deadline", "Everything is set up in time for the hearing."),
    ("deadline", "Your laptop will be back before your flight."),
    ("deadline", "I'll have it done by tomorrow morning."),
    ("deadline", "We'll look at it by Thursday."),
    ("deadline", "It'll be working again within the hour."),
    ("deadline", "You're in good shape for Thursday's motion."),
    ("deadline", "The upload finished with plenty of time to spare."),
    ("deadline", "It went through at 3.41pm, well inside the cut-off."),
    # work_blocked: they can work again, or know what to do meanwhile
    ("work_blocked", "Your Zoom calls have sound again."),
    ("work_blocked", "The till works again."),
    ("work_blocked", "You can log in again now."),
    ("work_blocked", "The shared drive is back up."),
    ("work_blocked", "You're good to go."),
    ("work_blocked", "Your letters are printing."),
    ("work_blocked", "I've fixed it, so carry on as normal."),
    ("work_blocked", "I'm bringing you a loan laptop this afternoon."),
    (
        "work_blocked",
        "You won't be able to print until Monday, but you can use the office printer meanwhile.",
    ),
    # cost
    ("cost", "No payments were made."),
    ("cost", "Nothing was charged to your card."),
    ("cost", "You won't be charged for this."),
    ("cost", "The money is safe in your account."),
    ("cost", "The supplier is refunding the difference."),
    ("cost", "The repair is covered by the warranty, so there's nothing to pay."),
    ("cost", "Customers can pay by card again."),
    # self_blame
    ("self_blame", "This is not your fault."),
    ("self_blame", "It was nothing you did."),
    ("self_blame", "This wasn't something you did wrong."),
    ("self_blame", "Anyone could have clicked that link."),
    ("self_blame", "It happens to everyone."),
    ("self_blame", "Please don't blame yourself."),
    ("self_blame", "Those fake emails are very convincing."),
    ("self_blame", "The update switched it on its own."),
    # repeat
    ("repeat", "It shouldn't come back."),
    ("repeat", "We fixed the cause."),
    ("repeat", "I've changed the setting so it won't happen again."),
    ("repeat", "If it comes back, ring me straight away."),
    ("repeat", "That's why it kept dropping out; it's fixed for good."),
]

NOT_ANSWERED = [
    ("work_blocked", "You can't work until Monday."),
    ("work_blocked", "The till is still down, I'm afraid."),
    ("work_blocked", "Did you even try turning it off and on again?"),
    ("work_blocked", "Can you log in again now?"),
    ("work_blocked", "I've re-enabled the account in AD and forced a GPO refresh."),
    (
        "work_blocked",
        "We'll need to collect the computer. Please don't switch it on again until then.",
    ),
    ("work_blocked", "The printer isn't working yet."),
    ("deadline", "Your thesis is safe."),
    ("deadline", "I've restarted the router."),
    ("cost", "Your listings weren't lost."),
    ("cost", "I've restarted the router."),
    ("self_blame", "Honestly, I'm not sure how you managed to delete the whole folder."),
    ("self_blame", "You should have saved your work."),
    ("self_blame", "The update got stuck on an error, and I cleared it."),
    ("self_blame", "Was it something you clicked?"),
    ("repeat", "For next time, the guide is pinned to your desktop."),
    ("repeat", "This is the third time this month we've had to clean your computer."),
    ("repeat", "I've restarted the router."),
]


@pytest.mark.parametrize(("kind", "text"), ANSWERED)
def test_paraphrases_answer_the_worry(kind: str, text: str) -> None:
    assert addressed_worries(text, (kind,), reassured=False) == [kind]


@pytest.mark.parametrize(("kind", "text"), NOT_ANSWERED)
def test_near_misses_do_not_answer_the_worry(kind: str, text: str) -> None:
    assert addressed_worries(text, (kind,), reassured=False) == []


def test_a_data_worry_is_answered_only_by_reassurance() -> None:
    text = "Your files are safe on the server."
    assert addressed_worries(text, ("data_loss",), reassured=True) == ["data_loss"]
    assert addressed_worries(text, ("data_loss",), reassured=False) == []


def test_only_the_clause_that_says_the_opposite_loses_credit() -> None:
    text = "The scanner can't send until the part arrives. Meanwhile, you can scan to a stick."
    assert addressed_worries(text, ("work_blocked",), reassured=False) == ["work_blocked"]


def test_the_walk_from_issue_22_answers_all_four_worries() -> None:
    worries = ("data_loss", "work_blocked", "deadline", "self_blame")
    follow_up = (
        "Your client files are safe: nothing was deleted. You can work again now. "
        "This is fixed well before your 9 a.m. closing. "
        "This wasn't something you did wrong."
    )
    assert addressed_worries(follow_up, worries, reassured=True) == list(worries)


def test_worries_come_back_in_the_clients_order() -> None:
    text = "It happens to everyone, and you're good to go by 9am."
    worries = ("self_blame", "deadline", "work_blocked", "cost")
    assert addressed_worries(text, worries, reassured=False) == [
        "self_blame",
        "deadline",
        "work_blocked",
    ]


def test_it_is_fast_enough_to_run_on_every_keystroke() -> None:
    draft = " ".join(text for _, text in ANSWERED + NOT_ANSWERED)
    kinds = ("work_blocked", "deadline", "self_blame", "cost", "repeat")
    started = time.perf_counter()
    for _ in range(20):
        addressed_worries(draft, kinds, reassured=False)
        addressed_worries("You can't work until Monday.", kinds, reassured=False)
    assert (time.perf_counter() - started) / 20 < 0.05
