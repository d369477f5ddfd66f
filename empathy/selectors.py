from __future__ import annotations

from dataclasses import dataclass

from accounts.models import ComfortLevel, User
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


def client_comfort(client: User) -> str:
    profile = getattr(client, "client_profile", None)
    return profile.comfort if profile is not None else ComfortLevel.EVERYDAY


def client_taught_terms(client: User) -> list[str]:
    return [
        term.lower()
        for term in TaughtTerm.objects.filter(client=client).values_list("term__term", flat=True)
    ]


@dataclass(frozen=True)
class Flag:
    kind: str
    label: str
    evidence: str


@dataclass(frozen=True)
class TicketMood:
    distress: str
    flags: list[Flag]
    banners: list[str]


def ticket_mood(*, ticket: Ticket) -> TicketMood:
    """The worries the client's messages showed (with their words) and how they are now."""
    analyses = list(
        MessageAnalysis.objects.filter(message__ticket=ticket, message__kind=MessageKind.CLIENT)
        .order_by("message__created_at", "message_id")
        .only("distress", "worries")
    )
    flags: dict[str, Flag] = {}
    for analysis in analyses:
        for worry in analysis.worries:
            flags.setdefault(
                worry["kind"],
                Flag(
                    worry["kind"], WORRY_LABELS.get(worry["kind"], worry["kind"]), worry["evidence"]
                ),
            )
    banners = [WORRY_BANNERS[kind] for kind in WORRY_BANNERS if kind in flags]
    return TicketMood(
        distress=analyses[-1].distress if analyses else "",
        flags=list(flags.values()),
        banners=banners,
    )


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
