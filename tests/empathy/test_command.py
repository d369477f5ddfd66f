"""`manage.py analyze_text`: other tools call it, so its JSON shape is pinned here."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command


def run(monkeypatch: pytest.MonkeyPatch, text: str, *args: str) -> dict[str, Any]:
    monkeypatch.setattr("sys.stdin", StringIO(text))
    out = StringIO()
    call_command("analyze_text", *args, stdout=out)
    return json.loads(out.getvalue())


def test_message_shape(monkeypatch: pytest.MonkeyPatch, db: None) -> None:
    result = run(monkeypatch, "all my files are GONE!!!", "--as", "message")
    assert list(result) == ["sentiment", "distress", "worries"]
    assert isinstance(result["sentiment"], float) and -1 <= result["sentiment"] <= 1
    assert result["distress"] == "distressed"
    assert result["worries"] == [{"kind": "data_loss", "evidence": "files are GONE"}]


def test_reply_shape(monkeypatch: pytest.MonkeyPatch, db: None) -> None:
    text = "I remapped the SMB share. Obviously you should have restarted first."
    result = run(
        monkeypatch, text, "--as", "reply", "--comfort", "new", "--worries", "data_loss,deadline"
    )
    assert list(result) == [
        "grade",
        "jargon",
        "condescension",
        "reassures_data",
        "unanswered_worries",
        "score",
    ]
    assert {"term": "SMB share", "plain": "the office's shared drive"} in result["jargon"]
    assert all(set(item) == {"term", "plain"} for item in result["jargon"])
    assert all(set(item) == {"phrase", "suggestion"} for item in result["condescension"])
    assert result["reassures_data"] is False
    assert result["unanswered_worries"] == ["data_loss", "deadline"]
    assert isinstance(result["score"], int) and 0 <= result["score"] <= 100


def test_unknown_worries_are_refused(monkeypatch: pytest.MonkeyPatch, db: None) -> None:
    monkeypatch.setattr("sys.stdin", StringIO("x"))
    with pytest.raises(CommandError, match="Unknown worries: panic"):
        call_command("analyze_text", "--as", "reply", "--worries", "panic")


def test_eval_command_prints_every_side(db: None) -> None:
    out = StringIO()
    call_command("empathy_eval", "--side", "dev", "--side", "heldout", stdout=out)
    text = out.getvalue()
    assert "== dev (batches b01, b06)" in text and "== heldout (batches b08, b12" in text
    assert text.count("Distress accuracy") == 2 and "distressed read as calm" in text
    assert "Worries, micro-F1" in text and "Jargon recall" in text


def test_eval_command_on_a_set_file(db: None) -> None:
    out = StringIO()
    call_command("empathy_eval", "--set", "tests/empathy/eval_data.py", stdout=out)
    assert "All targets met." in out.getvalue()
