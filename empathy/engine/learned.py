"""The learned signal: small linear models over word and character n-grams.

Trained at development time (`manage.py empathy_train`, scikit-learn) on the train side of
the labelled corpus in empathy/corpus/, and shipped as one JSON file of weights
(empathy/engine/data/model.json). Reading it needs nothing but the standard library, is
deterministic, and costs well under a millisecond per message.

Every output is a logistic model: score = bias + Σ weight(feature) / √(features present),
probability = 1 / (1 + e^-score). Features are present-or-absent (binary) and the vector is
L2-normalised, exactly as the training pipeline does, so these probabilities are the ones
scikit-learn computed (a test holds the two equal).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).resolve().parent / "data" / "model.json"

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
RAW_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
CHAR_SIZES = (3, 4, 5)


def features(text: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The features of a text: words, word pairs, character n-grams within words, a few
    signs of how it is written (capitals, !!, ??, length), and `extra`: what the rules
    found (so the model learns how far to trust each rule)."""
    lowered = text.lower()
    tokens = TOKEN.findall(lowered)
    out: set[str] = {f"w:{token}" for token in tokens}
    out.update(f"b:{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    for token in set(tokens):
        padded = f" {token} "
        for size in CHAR_SIZES:
            out.update(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    shouted = [t for t in RAW_TOKEN.findall(text) if len(t) >= 3 and t.isupper() and t.isalpha()]
    if shouted:
        out.add("s:caps")
        if len(shouted) >= 3:
            out.add("s:caps3")
    if re.search(r"!{2,}", text):
        out.add("s:excl2")
    if re.search(r"\?{2,}", text):
        out.add("s:ques2")
    if re.search(r"[!?]{2,}", text) or "?!" in text:
        out.add("s:mixed")
    count = len(tokens)
    out.add("s:len-" + ("short" if count < 12 else "medium" if count < 45 else "long"))
    out.update(extra)
    return sorted(out)


@dataclass(frozen=True)
class Output:
    """One yes/no question the model answers, e.g. "is data_loss present?"."""

    name: str
    bias: float
    threshold: float  # chosen on the dev side of the corpus
    weights: dict[str, float]
    # Below this the model overrules a rule that fired (0: never), also chosen on dev.
    doubt: float = 0.0

    def score(self, present: list[str], norm: float) -> float:
        total = sum(self.weights.get(feature, 0.0) for feature in present)
        return self.bias + total / norm

    def probability(self, present: list[str], norm: float) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(present, norm)))


@dataclass(frozen=True)
class Model:
    vocabulary: frozenset[str]
    outputs: dict[str, Output]

    def read(self, text: str, extra: tuple[str, ...] = ()) -> Reading:
        return self.read_features(features(text, extra), text=text)

    def read_features(self, found: list[str], *, text: str = "") -> Reading:
        present = [feature for feature in found if feature in self.vocabulary]
        norm = math.sqrt(len(present)) or 1.0
        return Reading(
            text=text,
            present=present,
            probabilities={
                name: output.probability(present, norm) for name, output in self.outputs.items()
            },
            model=self,
            norm=norm,
        )


@dataclass(frozen=True)
class Reading:
    text: str
    present: list[str]
    probabilities: dict[str, float]
    model: Model
    norm: float

    def threshold(self, name: str) -> float:
        return self.model.outputs[name].threshold

    def doubts(self, name: str) -> bool:
        """The model is sure enough that this is absent to overrule a rule."""
        output = self.model.outputs.get(name)
        return output is not None and self.probabilities[name] < output.doubt

    def says(self, name: str) -> bool:
        output = self.model.outputs.get(name)
        return output is not None and self.probabilities[name] >= output.threshold

    def weighed_most(self, name: str, *, span: int = 3) -> str:
        """The client's own words that pushed this output up most: the best word with up
        to `span` neighbours on each side, from the same sentence."""
        output = self.model.outputs[name]
        best, best_weight = None, 0.0
        for match in RAW_TOKEN.finditer(self.text):
            token = match.group(0).lower()
            padded = f" {token} "
            weight = output.weights.get(f"w:{token}", 0.0)
            for size in CHAR_SIZES:
                weight += sum(
                    output.weights.get(f"c:{padded[i : i + size]}", 0.0)
                    for i in range(len(padded) - size + 1)
                )
            if weight > best_weight:
                best, best_weight = match, weight
        if best is None:
            return ""
        return _window(self.text, best.start(), best.end(), span)


def _window(text: str, start: int, end: int, span: int) -> str:
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    sentence_end = min([i for i in (text.find(m, end) for m in ".!?\n") if i != -1] or [len(text)])
    before = _token_spans(text[sentence_start:start])[-span:]
    after = _token_spans(text[end:sentence_end])[:span]
    left = sentence_start + before[0][0] if before else start
    right = end + after[-1][1] if after else end
    return text[left:right].strip()


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in RAW_TOKEN.finditer(text)]


@cache
def _shipped() -> dict[str, Model]:
    """The weights in the repository, read once (empty when the file is not there yet)."""
    if not MODEL_FILE.exists():
        return {}
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return {section: model_from_dict(raw) for section, raw in data.items()}


def message_model() -> Model | None:
    """The model of client messages: worries and distress."""
    return _shipped().get("messages")


def draft_model() -> Model | None:
    """The model of technician drafts: condescension, reassurance about data."""
    return _shipped().get("drafts")


def model_from_dict(data: dict[str, Any]) -> Model:
    """A model from its JSON form, as `json.loads` gives it."""
    vocabulary: list[str] = list(data["vocabulary"])
    outputs: dict[str, Output] = {}
    for name, raw in dict(data["outputs"]).items():
        weights = {vocabulary[int(index)]: float(w) for index, w in raw["weights"].items()}
        outputs[name] = Output(
            name=name,
            bias=float(raw["bias"]),
            threshold=float(raw["threshold"]),
            weights=weights,
            doubt=float(raw.get("doubt", 0.0)),
        )
    return Model(vocabulary=frozenset(vocabulary), outputs=outputs)
