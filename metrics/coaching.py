"""One technician's coaching view: their figures beside the team's, and their best and
weakest client-facing messages in the range, with what the coach noticed in each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from accounts.models import User
from empathy.models import DraftReview
from metrics import selectors
from metrics.drill import drill_replies
from metrics.figures import Headline, headline
from metrics.selectors import Filters

EXAMPLES = 3


@dataclass(frozen=True)
class Example:
    review: DraftReview
    text: str
    jargon: list[str]
    condescension: list[str]


@dataclass(frozen=True)
class Coaching:
    mine: Headline
    team: Headline
    best: list[Example]
    weakest: list[Example]


def _example(review: DraftReview) -> Example:
    details: dict[str, Any] = review.details or {}
    return Example(
        review=review,
        text=review.message.body if review.message_id and review.message else "",
        jargon=[str(hit.get("term", "")) for hit in details.get("jargon", [])],
        condescension=[str(found.get("phrase", "")) for found in details.get("condescension", [])],
    )


BEST_MIN_WORDS = 20


def coaching_for(*, technician: User, filters: Filters) -> Coaching:
    own = replace(filters, technician=technician.pk)
    best, weakest = selectors.cached(own, "coaching", lambda: _examples(own))
    return Coaching(
        mine=headline(selectors.totals(own), backlog_start=0),
        team=headline(selectors.totals(replace(filters, technician=None)), backlog_start=0),
        best=best,
        weakest=weakest,
    )


def _examples(own: Filters) -> tuple[list[Example], list[Example]]:
    """The best and weakest replies in the range. Sorting a year of one person's reviews
    takes a few hundred milliseconds at a million tickets, so the answer is cached with the
    figures (until the next rollup run)."""
    reviews = drill_replies("all", own).filter(message__isnull=False)
    # A one-line reply can score well on plainness yet tell the client little; it is not
    # the example to learn from, so "worked well" needs a reply of some substance.
    best = list(
        reviews.filter(words__gte=BEST_MIN_WORDS).order_by("-score", "-created_at", "-id")[
            :EXAMPLES
        ]
    )
    shown = {review.pk for review in best}
    weakest = [
        review
        for review in reviews.order_by("score", "-created_at", "-id")[: EXAMPLES * 2]
        if review.pk not in shown
    ][:EXAMPLES]
    return [_example(review) for review in best], [_example(review) for review in weakest]
