"""The engine measured on text it was never tuned on.

The corpus (empathy/corpus) is split once, by author batch and a fixed seed, into train,
dev and held-out. These tests hold the held-out figures to issue 13's targets. A target the
engine does not meet yet is a strict xfail that names the figure, so it is visible in every
run and turns into a failure ("XPASS") the day it is met; below it, a floor keeps what has
been reached from slipping back.
"""

from __future__ import annotations

import pytest

from empathy.corpus import _overlap as overlap
from empathy.corpus import assignment, shingles, splits
from empathy.evaluation import Report, evaluate, load_set, meets, target_for
from empathy.glossary import shipped_glossary

KINDS = ["data_loss", "work_blocked", "deadline", "self_blame", "cost", "repeat"]


@pytest.fixture(scope="module")
def heldout() -> Report:
    side = splits()["heldout"]
    return evaluate(side.messages, side.drafts, glossary=shipped_glossary())


@pytest.fixture(scope="module")
def earlier() -> Report:
    messages, drafts = load_set()
    return evaluate(messages, drafts, glossary=shipped_glossary())


# --- the corpus and its split -----------------------------------------------------------
def test_the_split_is_by_batch_and_fixed() -> None:
    sides = assignment()
    assert sides == {
        "train": ("b02", "b03", "b04", "b05", "b07", "b09", "b10", "b11"),
        "dev": ("b01", "b06"),
        "heldout": ("b08", "b12"),
    }
    batches = [batch for names in sides.values() for batch in names]
    assert len(batches) == len(set(batches)) == 12


def test_the_corpus_is_big_and_varied() -> None:
    corpus = splits()
    messages = [m for side in corpus.values() for m in side.messages]
    assert len(messages) >= 3500
    assert sum(len(side.drafts) for side in corpus.values()) >= 1200
    assert {m["distress"] for m in messages} == {"calm", "concerned", "distressed"}
    for kind in KINDS:
        assert sum(kind in m["worries"] for m in corpus["heldout"].messages) >= 50, kind


def test_no_held_out_line_nearly_repeats_a_training_line() -> None:
    corpus = splits()
    train = [shingles(m["text"]) for m in corpus["train"].messages + corpus["train"].drafts]
    for row in corpus["heldout"].messages + corpus["heldout"].drafts:
        own = shingles(row["text"])
        assert all(overlap(own, other) < 0.5 for other in train), row["text"]


# --- held-out targets -------------------------------------------------------------------
# What the held-out side measured when this was written (see README, "How well the engine
# hears"). Floors sit a little below, so a change that makes things worse fails.
MEASURED = {
    "distress_accuracy": 0.834,
    "worry_micro_f1": 0.82,
    "data_loss_f1": 0.81,
    "work_blocked_f1": 0.73,
    "deadline_f1": 0.86,
    "self_blame_f1": 0.84,
    "cost_f1": 0.82,
    "repeat_f1": 0.89,
    "jargon_recall": 0.756,
    "false_terms_per_10_plain": 0.51,
    "condescension_accuracy": 0.973,
    "reassurance_accuracy": 0.914,
}
SLACK = 0.02


def unmet(name: str) -> list[pytest.MarkDecorator]:
    if meets(name, MEASURED[name]):
        return []
    return [
        pytest.mark.xfail(
            strict=True, reason=f"held-out {name} {MEASURED[name]:.3f} is below target"
        )
    ]


@pytest.mark.parametrize("name", [pytest.param(n, marks=unmet(n)) for n in MEASURED])
def test_held_out_meets_target(heldout: Report, name: str) -> None:
    value = heldout.figure(name)
    assert meets(name, value), (value, target_for(name))


@pytest.mark.parametrize("name", list(MEASURED))
def test_held_out_does_not_slip_back(heldout: Report, name: str) -> None:
    value = heldout.figure(name)
    if name == "false_terms_per_10_plain":
        assert value <= MEASURED[name] + 10 * SLACK, value
    else:
        assert value >= MEASURED[name] - SLACK, value


def test_no_distressed_client_is_read_as_calm(heldout: Report, earlier: Report) -> None:
    """The worst error, on unseen text and on the earlier hand-written set."""
    assert heldout.distressed_as_calm == 0, [e for e in heldout.errors if "distressed → calm" in e]
    assert earlier.distressed_as_calm == 0


# --- the earlier hand-written set (now part of training): nothing it taught is lost ------
def test_the_earlier_set_still_meets_every_target(earlier: Report) -> None:
    missed = [name for name, met in earlier.meets_targets().items() if not met]
    assert not missed, (missed, earlier.lines())
