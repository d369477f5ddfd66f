"""The stable JSON shape other tools rely on (the command, the API). Keep keys as they are."""

from __future__ import annotations

from typing import Any

from empathy.engine import DraftReview, MessageAnalysis


def message_json(analysis: MessageAnalysis) -> dict[str, Any]:
    return {
        "sentiment": analysis.sentiment,
        "distress": analysis.distress,
        "worries": [{"kind": w.kind, "evidence": w.evidence} for w in analysis.worries],
    }


def review_json(review: DraftReview) -> dict[str, Any]:
    return {
        "grade": review.grade,
        "jargon": [{"term": hit.term, "plain": hit.plain} for hit in review.jargon],
        "condescension": [
            {"phrase": found.phrase, "suggestion": found.suggestion}
            for found in review.condescension
        ],
        "reassures_data": review.reassures_data,
        "unanswered_worries": list(review.unanswered_worries),
        "score": review.score,
    }
