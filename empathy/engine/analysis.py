"""Read a client's message: rules that explain themselves, a learned signal that
generalises, and the intake answers, which are always evidence.

- A worry is shown when the rules find it (their evidence is the client's words), when the
  learned model is confident of it on its own (the evidence is the words that weighed
  most), or when the intake form says so ("ticked “I can't work”").
- Distress fails safe: a message is calm only when neither the rules nor the model hear a
  worry; it is distressed when the rules see a sign (fear, shouting, a deadline within the
  hour...) or the model is confident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from empathy.engine.distress import distress_level, says_low_stakes
from empathy.engine.learned import Model, Reading, message_model
from empathy.engine.sentiment import sentiment
from empathy.engine.text import normalise
from empathy.engine.times import PRECISIONS, find_deadlines
from empathy.engine.types import WORRY_KINDS, Distress, Intake, MessageAnalysis, Worry
from empathy.engine.worries import find_worries, guarded_kinds

INTAKE_SAYS = {
    "cant_work": ("work_blocked", "strong", "ticked “I can't work”"),
    "yes": ("data_loss", "strong", "ticked “Yes, I'm worried something is lost”"),
    "not_sure": ("data_loss", "weak", "ticked “Not sure” when asked if something is lost"),
}
DEADLINE_HOURS = 48


@dataclass(frozen=True)
class RulesReading:
    worries: list[Worry]
    distress: Distress
    signs: list[str]
    guarded: frozenset[str] = frozenset()

    @property
    def kinds(self) -> list[str]:
        return [worry.kind for worry in self.worries]

    def as_features(self) -> tuple[str, ...]:
        """What the rules found, as features for the learned model."""
        found = [f"r:worry:{kind}" for kind in self.kinds]
        found += [f"r:sign:{sign}" for sign in self.signs]
        found += [f"r:guard:{kind}" for kind in sorted(self.guarded)]
        found.append(f"r:level:{self.distress}")
        return tuple(found)


def analyse_message_rules(text: str) -> RulesReading:
    """The rules alone, on normalised text (what the learned model is stacked on)."""
    worries = find_worries(text)
    level, signs = distress_level(text, worries)
    signs = [*signs, *(["low stakes"] if says_low_stakes(text) else [])]
    return RulesReading(worries=worries, distress=level, signs=signs, guarded=guarded_kinds(text))


@dataclass(frozen=True)
class Heard:
    """Everything read from a message before its distress level is settled."""

    text: str
    worries: list[Worry]
    rule_level: Distress
    signs: list[str]
    not_calm: float | None  # the learned signal's probabilities (None without a model)
    distressed: float | None


def hear(
    text: str, *, intake: Intake | None = None, now: datetime | None = None, model: Model | None
) -> Heard:
    clean = normalise(text)
    rules = analyse_message_rules(clean)
    reading = model.read(clean, rules.as_features()) if model is not None else None
    worries = _heard(rules, reading)
    now = now or datetime.now(UTC)
    worries = _with_time_pressure(clean, worries, now, reading)
    worries = _with_intake(worries, intake, now)
    worries.sort(key=lambda worry: WORRY_KINDS.index(worry.kind))
    level, signs = distress_level(clean, worries)
    return Heard(
        text=clean,
        worries=worries,
        rule_level=level,
        signs=signs,
        not_calm=reading.probabilities["distress:not_calm"] if reading else None,
        distressed=reading.probabilities["distress:distressed"] if reading else None,
    )


def settle_distress(heard: Heard, model: Model | None) -> tuple[Distress, list[str]]:
    if model is None or heard.not_calm is None or heard.distressed is None:
        return heard.rule_level, heard.signs
    level = combine_distress(
        heard.rule_level,
        worries=bool(heard.worries),
        not_calm=heard.not_calm,
        distressed=heard.distressed,
        calm_threshold=model.outputs["distress:not_calm"].threshold,
        distressed_threshold=model.outputs["distress:distressed"].threshold,
    )
    signs = heard.signs if heard.signs or level != "distressed" else ["the learned signal"]
    return level, signs


def analyse_message(
    text: str,
    *,
    intake: Intake | None = None,
    now: datetime | None = None,
    model: Model | None = None,
) -> MessageAnalysis:
    """Sentiment, distress and worries, each worry with the evidence behind it.

    `now` is when the client wrote (an aware datetime in the helpdesk's time zone), so
    "tomorrow at 9am" can be read; without it, times are read from the current moment.
    """
    model = model or message_model()
    heard = hear(text, intake=intake, now=now, model=model)
    level, signs = settle_distress(heard, model)
    return MessageAnalysis(
        sentiment=sentiment(heard.text, worries=len(heard.worries), distress=level),
        distress=level,
        worries=heard.worries,
        signals=signs,
    )


def _heard(rules: RulesReading, reading: Reading | None) -> list[Worry]:
    """What the rules find is kept, with the client's words as evidence, unless the learned
    signal is all but sure it is absent (a rule misreading "I can still open it"). It adds
    a worry the rules missed when it is confident and the client's words do not rule it out
    ("nothing is lost", "it works again"); its evidence is the words that weighed most, and
    it is weak: shown to the technician, never asserted to the client."""
    if reading is None:
        return list(rules.worries)
    heard = [worry for worry in rules.worries if not reading.doubts(f"worry:{worry.kind}")]
    found = set(rules.kinds)
    for kind in WORRY_KINDS:
        if kind in found or kind in rules.guarded or not reading.says(f"worry:{kind}"):
            continue
        evidence = reading.weighed_most(f"worry:{kind}")
        if evidence:
            heard.append(Worry(kind, evidence, source="model", strength="weak"))
    return heard


def combine_distress(
    rule_level: str,
    *,
    worries: bool,
    not_calm: float,
    distressed: float,
    calm_threshold: float,
    distressed_threshold: float,
) -> Distress:
    """Distressed when the model (which weighs the rules' signs) is confident; calm only
    when no worry was heard and the model agrees; concerned otherwise: when unsure, lean
    toward concern."""
    if distressed >= distressed_threshold:
        return "distressed"
    if not worries and not_calm < calm_threshold:
        return "calm"
    if rule_level == "calm" and not_calm < calm_threshold:
        return "calm"
    return "concerned"


PRESSURE = re.compile(
    r"\b(?:by|before|due|until|till|deadline|need(?:s|ed)?(?: \w+)?|in time for|ahead of|"
    r"for|must|has to|have to|latest)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def _with_time_pressure(
    text: str, worries: list[Worry], now: datetime, reading: Reading | None
) -> list[Worry]:
    """A named time ahead ("tomorrow at 9am", "Monday's hearing") is a deadline when it
    comes with pressure ("by", "before", an occasion) or the rules or the model already hear
    one; its words become the evidence, being the most exact ones."""
    heard = any(worry.kind == "deadline" for worry in worries) or (
        reading is not None and reading.probabilities.get("worry:deadline", 0.0) >= 0.3
    )
    # The most exact time first: "tomorrow at 9am" over "tomorrow's sale".
    mentions = sorted(find_deadlines(text, now=now), key=lambda m: PRECISIONS.index(m.precision))
    for mention in mentions:
        pressed = bool(mention.event) or bool(PRESSURE.search(text[: mention.start]))
        if pressed or heard:
            said = next((w for w in worries if w.kind == "deadline" and w.source == "words"), None)
            if said is not None and mention.text.lower() in said.evidence.lower():
                return worries  # the rule's words already hold the time: "signing at 2"
            kept = [worry for worry in worries if worry.kind != "deadline"]
            return [*kept, Worry("deadline", mention.text, source="words", strength="strong")]
    return worries


def _with_intake(worries: list[Worry], intake: Intake | None, now: datetime) -> list[Worry]:
    """The intake form's answers are evidence, always: they add a worry, or make one the
    words showed only weakly a strong one."""
    if intake is None:
        return worries
    said = [INTAKE_SAYS[a] for a in (intake.impact, intake.data_worry) if a in INTAKE_SAYS]
    if intake.needed_by is not None:
        hours = (intake.needed_by - now).total_seconds() / 3600
        if -1 <= hours <= DEADLINE_HOURS:
            said.append(("deadline", "strong", f"needs it by {_when(intake.needed_by)}"))
    out = list(worries)
    for kind, strength, evidence in said:
        held = next((i for i, worry in enumerate(out) if worry.kind == kind), None)
        if held is None:
            out.append(Worry(kind, evidence, source="intake", strength=strength))
        elif out[held].strength == "weak" and strength == "strong":
            out[held] = replace(out[held], evidence=evidence, source="intake", strength="strong")
    return out


def _when(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}, {moment:%H:%M}"
