"""The empathy engine: pure Python, deterministic, explainable, fast.

    analyse_message(text, intake=...) -> MessageAnalysis     (how the client says it)
    review_draft(text, context=...)   -> DraftReview         (how we answer)

No Django imports here: the glossary is passed in (see `empathy.glossary` for the
database-backed one), so the engine runs the same in the app, the API, the command line
and the tests.
"""

from empathy.engine.analysis import analyse_message
from empathy.engine.glossary import Glossary, GlossaryEntry
from empathy.engine.review import review_draft
from empathy.engine.types import (
    WORRY_KINDS,
    Condescension,
    DraftContext,
    DraftReview,
    Intake,
    JargonHit,
    MessageAnalysis,
    ScorePart,
    Worry,
)

__all__ = [
    "WORRY_KINDS",
    "Condescension",
    "DraftContext",
    "DraftReview",
    "Glossary",
    "GlossaryEntry",
    "Intake",
    "JargonHit",
    "MessageAnalysis",
    "ScorePart",
    "Worry",
    "analyse_message",
    "review_draft",
]
