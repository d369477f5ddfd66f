"""How ticket facts are said to people: history sentences and status wording."""

from __future__ import annotations

from tickets.models import EventKind, Priority, Status, TicketEvent

STATUS_LABELS = dict(Status.choices)


def status_label(value: str) -> str:
    return STATUS_LABELS.get(value, value)


def priority_label(value: int) -> str:
    return Priority(value).label if value in Priority.values else str(value)


def event_sentence(event: TicketEvent) -> str:
    """One line of the History tab, e.g. 'changed the status from New to Open'."""
    old, new = event.old_value, event.new_value
    match event.kind:
        case EventKind.CREATED:
            sentence = f"opened the ticket {event.note}".strip()
        case EventKind.STATUS:
            sentence = f"changed the status from {status_label(old)} to {status_label(new)}"
        case EventKind.PRIORITY:
            sentence = f"changed the priority from {old} to {new}"
        case EventKind.ASSIGNED:
            sentence = f"assigned it to {new} (was {old})"
        case EventKind.CATEGORY:
            sentence = f"changed the category from {old} to {new}"
        case EventKind.CLIENT_MESSAGE:
            sentence = "added the client's message"
        case EventKind.REPLY:
            sentence = "replied to the client"
        case EventKind.NOTE:
            sentence = "added an internal note"
        case EventKind.ATTACHMENT:
            where = " to an internal note" if event.note == "internal" else ""
            sentence = f"attached “{new}”{where}"
        case EventKind.RESOLVED:
            sentence = f"resolved it ({event.note.lower()})" if event.note else "resolved it"
        case EventKind.CLOSED:
            sentence = "closed it"
        case EventKind.REOPENED:
            sentence = f"reopened it: {event.note}" if event.note else "reopened it"
        case EventKind.LINKED:
            sentence = f"linked it to {new}"
        case EventKind.EMAIL:
            sentence = f"e-mail “{new}”: {event.note}" if event.note else f"e-mail “{new}”"
        case _:
            sentence = event.get_kind_display().lower()
    if event.kind == EventKind.PRIORITY and event.note:
        sentence += f" ({event.note})"
    return sentence
