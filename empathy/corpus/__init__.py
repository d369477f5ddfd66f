"""The labelled corpus the engine is trained and measured on.

Each file in `batches/` is one author's batch: written blind to the engine by a separate
writer, given only shared/empathy-labels.md and a field of work. The split is made once,
by batch (never by line, so one writer's habits never sit on both sides), with a fixed
seed: train (the model learns from it and the rules may be tuned on it), dev (thresholds
are chosen on it) and held-out (measured, never tuned on).

Lines that nearly repeat a line on another side of the split (four-word shingles, Jaccard
overlap ≥ 0.5) are dropped from the held-out and dev sides, so a figure never rewards
memorising.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

BATCHES = Path(__file__).resolve().parent / "batches"
SEED = 2026_12_04
SPLIT_SIZES = {"train": 8, "dev": 2, "heldout": 2}
NEAR_DUPLICATE = 0.5


@dataclass(frozen=True)
class Split:
    name: str
    batches: tuple[str, ...]
    messages: list[dict[str, Any]] = field(default_factory=list)
    drafts: list[dict[str, Any]] = field(default_factory=list)
    dropped: int = 0


def batch_names() -> list[str]:
    return sorted(path.stem for path in BATCHES.glob("*.jsonl"))


def assignment(names: list[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Which batches form each side: a seeded shuffle, made once and never re-drawn."""
    names = sorted(names if names is not None else batch_names())
    shuffled = names[:]
    random.Random(SEED).shuffle(shuffled)  # noqa: S311 - a fixed split, not a secret
    out: dict[str, tuple[str, ...]] = {}
    position = 0
    for side, size in SPLIT_SIZES.items():
        take = size if side != "train" else len(shuffled) - sum(list(SPLIT_SIZES.values())[1:])
        out[side] = tuple(sorted(shuffled[position : position + take]))
        position += take
    return out


def _rows(batch: str) -> list[dict[str, Any]]:
    path = BATCHES / f"{batch}.jsonl"
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            row["batch"] = batch
            row["line"] = number
            rows.append(row)
    return rows


WORD = re.compile(r"[a-z0-9']+")


def shingles(text: str, size: int = 4) -> frozenset[tuple[str, ...]]:
    tokens = WORD.findall(text.lower())
    if len(tokens) < size:
        return frozenset({tuple(tokens)})
    return frozenset(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _overlap(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@cache
def splits() -> dict[str, Split]:
    sides = assignment()
    loaded = {side: [row for b in batches for row in _rows(b)] for side, batches in sides.items()}
    seen: list[frozenset[tuple[str, ...]]] = [shingles(r["text"]) for r in loaded["train"]]
    out: dict[str, Split] = {}
    for side in ("train", "dev", "heldout"):
        kept, dropped = [], 0
        for row in loaded[side]:
            own = shingles(row["text"])
            if side != "train" and any(_overlap(own, other) >= NEAR_DUPLICATE for other in seen):
                dropped += 1
                continue
            kept.append(row)
        if side != "train":
            seen.extend(shingles(r["text"]) for r in kept)
        out[side] = Split(
            name=side,
            batches=sides[side],
            messages=[as_message(r) for r in kept if r["type"] == "message"],
            drafts=[as_draft(r) for r in kept if r["type"] == "draft"],
            dropped=dropped,
        )
    return out


def as_message(row: dict[str, Any]) -> dict[str, Any]:
    """The evaluation's message shape (as in tests/empathy/eval_data.py)."""
    return {
        "text": row["text"],
        "distress": row["distress"],
        "worries": [worry["kind"] for worry in row["worries"]],
        "evidence": {worry["kind"]: worry["evidence"] for worry in row["worries"]},
        "intake": row.get("intake"),
        "batch": row["batch"],
    }


def as_draft(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": row["text"],
        "comfort": row["comfort"],
        "client_worries": list(row["client_worries"]),
        "jargon": list(row["jargon"]),
        "condescending": bool(row["condescending"]),
        "reassures_data": bool(row["reassures_data"]),
        "addresses": list(row["addresses"]),
        "batch": row["batch"],
    }
