"""The coach credits a draft for saying the client's data is safe, in any of the ways a
technician says it, and never for only asking about it, hoping, or saying it is lost."""

from __future__ import annotations

import time

import pytest

from empathy.engine.reassurance import reassures_data

SAYS_DATA_IS_SAFE = [
    "Everything is still there.",
    "Nothing was deleted.",
    "Your documents are untouched.",
    "All your files are where you left them.",
    "We got every photo back.",
    "None of your emails were lost.",
    "Your work is safe.",
    "It was all backed up and is back in place.",
    "Your photos were never touched.",
    "No file was removed; everything is where you left it.",
    "We got all 212 photos back from the card.",
    "We recovered everything except the last hour of edits.",
    "Don't worry, your photos are safe.",
    "Your spreadsheet is back on the shared drive.",
    "Your inbox is exactly as it was.",
    "Not a single photo was lost.",
    "Nobody else could have read your emails.",
    "Your contacts are all there on the new phone.",
    "Your files will be safe while we fix the screen.",
    "All 340 files opened normally.",
    "Your records weren't affected.",
    "Every file is accounted for.",
    "I've copied all your photos to the new laptop.",
    "We restored your documents from last night's backup.",
    "Your emails are all still in your inbox.",
    "The laptop is back up with all your files untouched.",
    "I managed to recall the message before anyone opened it.",
    "We rescued all but two of the scanned receipts.",
    "Your mailbox wasn't accessed.",
    "The version you saved at 11:40 on Sunday is back on the shared drive.",
    # honest about what came back
    "I'm afraid the last hour of edits is gone, but we recovered the rest of the thesis.",
    "The last week's pictures are lost, but all of them up to Tuesday are now on your computer.",
    # a condition or an unrelated hedge elsewhere does not take the promise back
    "Your files are safe on the server, even if the laptop needs a new screen.",
    "If the laptop ever fails again, you'll still have a copy of everything.",
    "I can't promise the laptop will be back by Friday, but your files are safe.",
    "Hopefully the new screen arrives soon. Your photos are safe on the card.",
]

DOES_NOT = [
    # only asks
    "Can you check whether your files are still there?",
    "Were any documents lost?",
    "Let me know if anything is missing.",
    "Please check that your photos are all there.",
    "Could you tell me whether everything is where you left it?",
    "Is everything still there?",
    "Let me know whether your emails are all there.",
    "Did you save your files to the desktop?",
    "Make sure your files are backed up.",
    # only hopes, or takes it back
    "Hopefully nothing is lost.",
    "I hope your documents are safe.",
    "I can't promise your files are safe.",
    "I'm not sure your files are safe.",
    "I can't promise anything yet about the photos.",
    "The photos might be safe on the card.",
    "We'll try to recover your documents.",
    "Your work would have been safe if you had saved it.",
    # says it is lost, or not safe
    "I'm afraid your files were lost.",
    "Sadly the photos from June are lost.",
    "We couldn't get the photos back.",
    "We tried to get the photos back, but they are gone.",
    "Your files are not safe on that stick.",
    "Your files aren't on the server.",
    # not about data at all
    "Your printer works again.",
    "The internet is back.",
    "No money was taken from your card.",
    "I've put the toolbar back at the top of the page for you.",
    "You've got plenty of time to send the results before 4.",
    "The shared folder password is on the sheet I left you.",
    "I'll collect the laptop tomorrow and bring it back to you on Friday.",
]


@pytest.mark.parametrize("text", SAYS_DATA_IS_SAFE)
def test_paraphrases_that_say_the_data_is_safe_are_credited(text: str) -> None:
    assert reassures_data(text) is True


@pytest.mark.parametrize("text", DOES_NOT)
def test_asking_hoping_or_losing_is_not_credited(text: str) -> None:
    assert reassures_data(text) is False


def test_a_question_in_one_sentence_does_not_cancel_a_promise_in_another() -> None:
    assert reassures_data("Your files are all there. Could you check the printer for me?")
    assert not reassures_data("The printer is fixed. Could you check your files are all there?")


def test_curly_apostrophes_read_like_plain_ones_after_normalising() -> None:
    from empathy.engine.text import normalise

    assert reassures_data(normalise("Your photos weren’t lost – they’re all on the card."))
    assert not reassures_data(normalise("I can’t promise your files are safe."))


def test_it_is_fast_enough_to_run_on_every_keystroke() -> None:
    long_draft = " ".join(SAYS_DATA_IS_SAFE + DOES_NOT) * 2
    started = time.perf_counter()
    for _ in range(20):
        reassures_data(long_draft)
        reassures_data("Can you check whether your files are still there?")
    assert (time.perf_counter() - started) / 20 < 0.05
