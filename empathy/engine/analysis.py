from __future__ import annotations

from empathy.engine.distress import distress_level
from empathy.engine.sentiment import sentiment
from empathy.engine.text import normalise
from empathy.engine.types import Intake, MessageAnalysis
from empathy.engine.worries import find_worries


def analyse_message(text: str, *, intake: Intake | None = None) -> MessageAnalysis:
    """Read a client's message: sentiment, distress and worries, each with its evidence."""
    clean = normalise(text)
    worries = find_worries(clean, intake)
    distress, signs = distress_level(clean, worries)
    return MessageAnalysis(
        sentiment=sentiment(clean, worries=len(worries), distress=distress),
        distress=distress,
        worries=worries,
        signals=signs,
    )
