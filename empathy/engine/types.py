from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

Distress = Literal["calm", "concerned", "distressed"]
Comfort = Literal["new", "everyday", "confident"]
WORRY_KINDS = ("data_loss", "work_blocked", "deadline", "self_blame", "cost", "repeat")


@dataclass(frozen=True)
class Worry:
    kind: str
    evidence: str  # the client's own words, or what they ticked on the intake form
    # Where it came from: "words" (a rule matched the words), "model" (only the learned
    # signal heard it; `evidence` is the words that weighed most) or "intake" (the form).
    source: str = "words"
    # "strong": safe to state as a fact about the client ("You told us..."); "weak": shown
    # to technicians, never asserted to the client.
    strength: str = "strong"


@dataclass(frozen=True)
class Intake:
    """The answers on the portal's intake form, when the message opened a ticket."""

    impact: str = ""  # cant_work | slows_me | annoyance
    data_worry: str = ""  # yes | no | not_sure
    needed_by: datetime | None = None  # "I need this by", in the helpdesk's time zone


@dataclass(frozen=True)
class MessageAnalysis:
    sentiment: float
    distress: Distress
    worries: list[Worry]
    signals: list[str] = field(default_factory=list)

    @property
    def worry_kinds(self) -> list[str]:
        return [worry.kind for worry in self.worries]

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentiment": self.sentiment,
            "distress": self.distress,
            "worries": [asdict(worry) for worry in self.worries],
            "signals": list(self.signals),
        }


@dataclass(frozen=True)
class JargonHit:
    term: str  # as written in the draft
    headword: str
    plain: str
    explanation: str
    start: int
    end: int
    listed: bool = True  # False: found by the unlisted-term heuristics, no plain wording yet
    count: int = 1  # how many times the draft uses it (a review lists each term once)


@dataclass(frozen=True)
class Condescension:
    phrase: str
    suggestion: str
    start: int
    end: int


@dataclass(frozen=True)
class ScorePart:
    name: str
    points: float
    out_of: float
    reason: str


@dataclass(frozen=True)
class DraftContext:
    """Who the draft is for: their comfort, what worries them, what they already know."""

    comfort: Comfort = "everyday"
    worries: tuple[str, ...] = ()
    taught_terms: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DraftReview:
    grade: float
    words: int
    long_sentences: list[str]
    jargon: list[JargonHit]
    condescension: list[Condescension]
    reassures_data: bool
    addressed_worries: list[str]
    unanswered_worries: list[str]
    score: int
    score_parts: list[ScorePart]
    jargon_marks: list[JargonHit] = field(default_factory=list)  # every use, for marking
    too_long: str = ""  # advice when the draft is far too long for this client

    def as_dict(self) -> dict[str, Any]:
        return {
            "grade": self.grade,
            "words": self.words,
            "long_sentences": list(self.long_sentences),
            "jargon": [
                {"term": hit.term, "plain": hit.plain, "explanation": hit.explanation}
                for hit in self.jargon
            ],
            "condescension": [
                {"phrase": found.phrase, "suggestion": found.suggestion}
                for found in self.condescension
            ],
            "reassures_data": self.reassures_data,
            "addressed_worries": list(self.addressed_worries),
            "unanswered_worries": list(self.unanswered_worries),
            "score": self.score,
            "score_parts": [asdict(part) for part in self.score_parts],
        }
