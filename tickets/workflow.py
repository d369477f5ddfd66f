"""The ticket status workflow: which moves are allowed, in one table.

    new ──► open ──► waiting on client ──► open ...
     │        │            │
     └────────┴────────────┴──► resolved ──► closed
                                   │            │
                                   └── reopen ◄─┘

Resolving needs a resolution and closing needs a resolved ticket, so both go through
their own services (`ticket_resolve`, `ticket_close`); reopening goes through
`ticket_reopen`. The plain status moves are the rest.
"""

from __future__ import annotations

from tickets.models import Status


class TransitionNotAllowed(Exception):
    """A status change the workflow forbids; the message is shown to the person as is."""


# Moves a technician can make with the status control.
STATUS_MOVES: dict[str, frozenset[str]] = {
    Status.NEW: frozenset({Status.OPEN, Status.WAITING}),
    Status.OPEN: frozenset({Status.WAITING}),
    Status.WAITING: frozenset({Status.OPEN}),
    Status.RESOLVED: frozenset(),
    Status.CLOSED: frozenset(),
}

RESOLVABLE = frozenset({Status.NEW, Status.OPEN, Status.WAITING, Status.RESOLVED})
CLOSABLE = frozenset({Status.RESOLVED})
REOPENABLE = frozenset({Status.RESOLVED, Status.CLOSED})

STATUS_LABELS = dict(Status.choices)


def check_status_move(current: str, new: str) -> None:
    if current == new:
        raise TransitionNotAllowed(f"The ticket is already “{STATUS_LABELS[new]}”.")
    if new == Status.RESOLVED:
        raise TransitionNotAllowed(
            "Use “Resolve” to mark it resolved, so the client gets a plain explanation."
        )
    if new == Status.CLOSED:
        raise TransitionNotAllowed("Only a resolved ticket can be closed; resolve it first.")
    if current in REOPENABLE:
        raise TransitionNotAllowed(
            f"The ticket is {STATUS_LABELS[current].lower()}; reopen it first to change its status."
        )
    if new not in STATUS_MOVES[current]:
        raise TransitionNotAllowed(
            f"A ticket can't go from “{STATUS_LABELS[current]}” to “{STATUS_LABELS[new]}”."
        )


def check_can_resolve(current: str) -> None:
    if current not in RESOLVABLE:
        raise TransitionNotAllowed("A closed ticket can't be resolved again; reopen it first.")


def check_can_close(current: str) -> None:
    if current not in CLOSABLE:
        if current == Status.CLOSED:
            raise TransitionNotAllowed("The ticket is already closed.")
        raise TransitionNotAllowed(
            "Resolve the ticket before closing it, so the client hears what was done."
        )


def check_can_reopen(current: str) -> None:
    if current not in REOPENABLE:
        raise TransitionNotAllowed("Only a resolved or closed ticket can be reopened.")


def status_moves_from(current: str) -> list[tuple[str, str]]:
    """The choices for the status control: (value, label) pairs allowed from here."""
    return [(status, STATUS_LABELS[status]) for status in Status if status in STATUS_MOVES[current]]
