"""Sentiment from VADER, corrected where it misreads support messages.

VADER reads "No rush" and "not urgent" as negative and misses fear phrased without
negative words, so the score is nudged by what the rules found: low-stakes phrases are not
negative, worries pull it down, distress pulls it further.
"""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from empathy.engine.distress import LOW_STAKES


@lru_cache(maxsize=1)
def _analyser() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def sentiment(text: str, *, worries: int, distress: str) -> float:
    compound = float(_analyser().polarity_scores(text)["compound"])
    if LOW_STAKES.search(text) and compound < 0:
        compound = 0.0
    if worries and compound > 0:
        compound = compound * 0.5 - 0.2
    if distress == "distressed":
        compound = min(compound, -0.5)
    elif distress == "concerned":
        compound = min(compound, 0.2)
    return round(max(-1.0, min(1.0, compound)), 3)
