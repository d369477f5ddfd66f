"""The engine meets its targets on the labelled set (tests/empathy/eval_data.py)."""

from __future__ import annotations

import pytest

from empathy.evaluation import TARGETS, Report, evaluate, load_set
from empathy.glossary import shipped_glossary


@pytest.fixture(scope="module")
def report() -> Report:
    messages, drafts = load_set()
    return evaluate(messages, drafts, glossary=shipped_glossary())


def test_the_set_is_big_and_varied_enough(report: Report) -> None:
    assert report.messages >= 80
    assert report.drafts >= 50


def test_distress_accuracy(report: Report) -> None:
    assert report.distress_accuracy >= TARGETS["distress_accuracy"]


@pytest.mark.parametrize(
    "kind", ["data_loss", "work_blocked", "deadline", "self_blame", "cost", "repeat"]
)
def test_worry_f1(report: Report, kind: str) -> None:
    assert report.worries[kind]["f1"] >= TARGETS["worry_f1"], report.worries[kind]


def test_jargon_recall_and_false_terms(report: Report) -> None:
    assert report.jargon_recall >= TARGETS["jargon_recall"]
    assert report.false_terms_per_10_plain <= TARGETS["false_terms_per_10_plain"]


def test_condescension_accuracy(report: Report) -> None:
    assert report.condescension_accuracy >= TARGETS["condescension_accuracy"]
