from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from accounts.models import ComfortLevel, User
from empathy.engine.types import Comfort
from empathy.models import MessageAnalysis, TaughtTerm
from tickets.models import MessageKind, Ticket

WORRY_LABELS = {
    "data_loss": "Worried about losing data",
    "work_blocked": "Can't work",
    "deadline": "Has a deadline",
    "self_blame": "Blames themselves",
    "cost": "Losing money or customers",
    "repeat": "It happened before",
}
WORRY_BANNERS = {
    "data_loss": "They are worried about losing data: tell them first whether it is safe.",
    "work_blocked": "They can't work: say when they'll be able to again, even if it's a guess.",
    "self_blame": "They blame themselves: if it wasn't their fault, tell them.",
    "deadline": "They have a deadline: say whether you'll make it.",
}


def client_comfort(client: User) -> Comfort:
    profile = getattr(client, "client_profile", None)
    comfort = profile.comfort if profile is not None else ComfortLevel.EVERYDAY
    # The column holds ComfortLevel values, which are exactly the engine's Comfort words.
    return cast(Comfort, comfort)


def client_taught_terms(client: User) -> list[str]:
    return [
        term.lower()
        for term in TaughtTerm.objects.filter(client=client).values_list("term__term", flat=True)
    ]


@dataclass(frozen=True)
class Flag:
    """One worry the client showed, with the words (or intake answer) behind it."""

    kind: str
    label: str
    evidence: str
    source: str = "words"  # words | model | intake (see empathy.engine.types.Worry)
    strength: str = "strong"  # strong: may be stated to the client; weak: staff only
    message_id: int | None = None

    @property
    def strong(self) -> bool:
        return self.strength == "strong"

    @property
    def where(self) -> str:
        """Where the flag came from, in full (the chip's tooltip)."""
        if self.source == "intake":
            return f"On the intake form they {self.evidence}"
        if self.source == "model":
            return f"Not said outright; the words that weighed most: “{self.evidence}”"
        return f"Their words: “{self.evidence}”"

    @property
    def chip(self) -> str:
        """The short evidence on the chip: their words, or what they ticked."""
        if self.source == "intake":
            return self.evidence
        short = self.evidence if len(self.evidence) <= 40 else self.evidence[:39] + "…"
        if self.source == "model":
            return f"weighed most: “{short}”"
        return f"“{short}”"


@dataclass(frozen=True)
class TicketMood:
    distress: str
    flags: list[Flag]
    banners: list[str]


def ticket_mood(*, ticket: Ticket) -> TicketMood:
    """The worries the client's messages showed (with their words) and how they are now."""
    analyses = _client_analyses(ticket)
    flags = _flags(analyses)
    banners = [WORRY_BANNERS[kind] for kind in WORRY_BANNERS if kind in {f.kind for f in flags}]
    return TicketMood(
        distress=analyses[-1].distress if analyses else "",
        flags=flags,
        banners=banners,
    )


def ticket_worries(*, ticket: Ticket) -> list[Flag]:
    """Each worry the client showed on this ticket, once, with its strongest evidence
    (the first strong one, else the first)."""
    return _flags(_client_analyses(ticket))


def _client_analyses(ticket: Ticket) -> list[MessageAnalysis]:
    return list(
        MessageAnalysis.objects.filter(message__ticket=ticket, message__kind=MessageKind.CLIENT)
        .order_by("message__created_at", "message_id")
        .only("distress", "worries", "message_id")
    )


def _flags(analyses: list[MessageAnalysis]) -> list[Flag]:
    flags: dict[str, Flag] = {}
    for analysis in analyses:
        for worry in analysis.worries:
            kind = worry["kind"]
            flag = Flag(
                kind=kind,
                label=WORRY_LABELS.get(kind, kind),
                evidence=worry["evidence"],
                source=worry.get("source", "words"),
                strength=worry.get("strength", "strong"),
                message_id=analysis.message_id,
            )
            held = flags.get(kind)
            if held is None or (flag.strong and not held.strong):
                flags[kind] = flag
    return list(flags.values())


def ticket_worry_kinds(*, ticket: Ticket) -> list[str]:
    kinds: list[str] = []
    rows = MessageAnalysis.objects.filter(
        message__ticket=ticket, message__kind=MessageKind.CLIENT
    ).values_list("worries", flat=True)
    for worries in rows:
        for worry in worries:
            if worry["kind"] not in kinds:
                kinds.append(worry["kind"])
    return kinds
