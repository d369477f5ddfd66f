"""Response-time targets per priority: what we promise the client, and what managers measure."""

from __future__ import annotations

from datetime import datetime, timedelta

from tickets.models import Priority

RESPONSE_TARGETS: dict[int, timedelta] = {
    Priority.URGENT: timedelta(hours=1),
    Priority.HIGH: timedelta(hours=4),
    Priority.NORMAL: timedelta(hours=24),
    Priority.LOW: timedelta(hours=72),
}

PROMISE_WORDS: dict[int, str] = {
    Priority.URGENT: "within the hour",
    Priority.HIGH: "within 4 hours",
    Priority.NORMAL: "within one day",
    Priority.LOW: "within three days",
}


def first_response_due(*, created_at: datetime, priority: int) -> datetime:
    return created_at + RESPONSE_TARGETS[priority]
