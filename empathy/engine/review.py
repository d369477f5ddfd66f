"""Review a client-facing draft for a given client: grade, jargon, tone, worries, score."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import textstat

from empathy.engine.condescension import benign, find_condescension
from empathy.engine.glossary import Glossary
from empathy.engine.learned import Model, Reading, draft_model
from empathy.engine.reassurance import addressed_worries, reassures_data
from empathy.engine.text import normalise, sentences
from empathy.engine.types import Condescension, DraftContext, DraftReview, JargonHit, ScorePart

WORRY_NAMES = {
    "data_loss": "whether their data is safe",
    "work_blocked": "when they can work again",
    "deadline": "their deadline",
    "self_blame": "that it wasn't their fault",
    "cost": "what it costs them",
    "repeat": "why it keeps happening",
}
TARGET_GRADE = {"new": 6.0, "everyday": 8.0, "confident": 10.0}
# Words a client-facing message should stay within, by comfort; twice that is far too long.
TARGET_WORDS = {"new": 250, "everyday": 400, "confident": 600}
LONG_SENTENCE_WORDS = 25
WORD = re.compile(r"[A-Za-z0-9']+")


def reading_grade(text: str) -> float:
    if not WORD.search(text):
        return 0.0
    return round(max(0.0, float(textstat.flesch_kincaid_grade(text))), 1)


# Below this many words the learned tone signal has too little to go on: one plain
# sentence can score high on a handful of features.
LEARNED_TONE_WORDS = 15
LEARNED_TONE = "This may read as talking down. Say what to do next, not what they should know."


def _learned_tone(text: str, reading: Reading) -> list[Condescension]:
    """The model hears talking down the rules missed: point at the words that weighed
    most, unless their sentence uses those words kindly ("I simply need your address")."""
    phrase = reading.weighed_most("draft:condescending")
    start = text.find(phrase) if phrase else -1
    if start < 0:
        return []
    sentence = next((s for s in sentences(text) if phrase in s), phrase)
    if benign(sentence):
        return []
    return [Condescension(phrase, LEARNED_TONE, start, start + len(phrase))]


def draft_rule_features(text: str) -> tuple[str, ...]:
    """What the rules find in a draft (normalised text), as features for the model."""
    return _rule_features(find_condescension(text), reassures_data(text))


def _rule_features(phrases: list[Condescension], reassured: bool) -> tuple[str, ...]:
    return (f"r:tone:{bool(phrases)}", f"r:reassures:{reassured}")


def review_draft(
    text: str, *, glossary: Glossary, context: DraftContext, model: Model | None = None
) -> DraftReview:
    clean = normalise(text)
    model = model or draft_model()
    condescension = phrases = find_condescension(clean)
    reassured = reassures_data(clean)
    reading = model.read(clean, _rule_features(phrases, reassured)) if model and clean else None
    words = len(WORD.findall(clean))
    grade = reading_grade(clean)
    long_sentences = [s for s in sentences(clean) if len(WORD.findall(s)) > LONG_SENTENCE_WORDS]
    marks = glossary.find(clean, comfort=context.comfort, taught=context.taught_terms)
    jargon = each_term_once(marks)
    if reading is not None:
        # What the rules find stands (it explains itself); the model adds what they missed.
        # Its tone finding is shown but not scored: like a worry only the model heard, it
        # is a hint to look again, not a phrase the coach can name the fault in.
        reassured = reassured or reading.says("draft:reassures_data")
        if (
            not condescension
            and words >= LEARNED_TONE_WORDS
            and reading.says("draft:condescending")
        ):
            condescension = _learned_tone(clean, reading)
    addressed = addressed_worries(clean, context.worries, reassured=reassured)
    unanswered = [kind for kind in context.worries if kind not in addressed]
    parts = _score_parts(
        grade=grade,
        words=words,
        context=context,
        jargon=len(jargon),
        condescension=len(phrases),
        long_sentences=len(long_sentences),
        unanswered=unanswered,
    )
    return DraftReview(
        grade=grade,
        words=words,
        long_sentences=long_sentences,
        jargon=jargon,
        condescension=condescension,
        reassures_data=reassured,
        addressed_worries=addressed,
        unanswered_worries=unanswered,
        score=round(sum(part.points for part in parts)),
        score_parts=parts,
        jargon_marks=marks,
        too_long=length_advice(words, context.comfort),
    )


def each_term_once(hits: list[JargonHit]) -> list[JargonHit]:
    """One hit per term (its first use), with how often the draft uses it."""
    counts = Counter(hit.headword.lower() for hit in hits)
    first: dict[str, JargonHit] = {}
    for hit in hits:
        key = hit.headword.lower()
        if key not in first:
            first[key] = replace(hit, count=counts[key])
    return list(first.values())


def length_advice(words: int, comfort: str) -> str:
    """What to say when a draft is far too long for this client; "" when it isn't."""
    target = TARGET_WORDS.get(comfort, 400)
    if words <= 2 * target:
        return ""
    return (
        f"At {words:,} words this is far too long for this client: aim for under {target}. "
        "Say what matters first, and attach the detail or send a guide."
    )


def _score_parts(
    *,
    grade: float,
    words: int,
    context: DraftContext,
    jargon: int,
    condescension: int,
    long_sentences: int,
    unanswered: list[str],
) -> list[ScorePart]:
    target = TARGET_GRADE.get(context.comfort, 8.0)
    over = max(0.0, grade - target)
    word_target = TARGET_WORDS.get(context.comfort, 400)
    too_long = max(0.0, min(20.0, (words / word_target - 1) * 10))
    readability = max(0.0, 25 - over * 5 - long_sentences * 3 - too_long)
    plain = max(0.0, 25 - jargon * 8)
    kind = max(0.0, 25 - condescension * 15)
    if context.worries:
        weights = {kind_: 2.0 if kind_ == "data_loss" else 1.0 for kind_ in context.worries}
        missing = sum(weights[kind_] for kind_ in unanswered)
        worries = 25 * (1 - missing / sum(weights.values()))
        worry_reason = (
            "Answers every worry."
            if not unanswered
            else "Not yet answered: " + ", ".join(WORRY_NAMES.get(k, k) for k in unanswered) + "."
        )
    else:
        worries, worry_reason = 25.0, "No worries to answer."
    return [
        ScorePart(
            "Reading level",
            round(readability, 1),
            25,
            f"Grade {grade:g} for a target of {target:g}"
            + (f"; {long_sentences} long sentence(s)" if long_sentences else "")
            + (f"; {words:,} words, over {word_target} for this client" if too_long else "")
            + ".",
        ),
        ScorePart(
            "Plain words", round(plain, 1), 25, f"{jargon} term(s) this client may not know."
        ),
        ScorePart(
            "Kind tone", round(kind, 1), 25, f"{condescension} phrase(s) that may talk down."
        ),
        ScorePart("Worries answered", round(worries, 1), 25, worry_reason),
    ]
