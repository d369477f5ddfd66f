"""The outbox's extension point: each delivery attempt, once recorded."""

from __future__ import annotations

from dataclasses import dataclass

from core.hooks import Hook
from outbox.models import DeliveryAttempt, OutboxEmail


@dataclass(frozen=True)
class DeliveryAttempted:
    email: OutboxEmail
    attempt: DeliveryAttempt


delivery_attempted: Hook[DeliveryAttempted] = Hook(
    "delivery_attempted", runs="inside the attempt's transaction"
)
