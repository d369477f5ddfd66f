"""The ticket lifecycle's extension points, run explicitly by the services.

Each hook names the moment and carries a frozen payload; apps above register handlers in
their `AppConfig.ready()` (today: empathy analyses client messages and reviews replies and
resolutions; followups notifies the client of a reply, writes the explanation when a ticket
closes and cancels check-ins when it reopens). Hooks marked "inside the transaction" run
within the service's transaction, so a handler's writes commit or roll back with the change
(record work there, e.g. an outbox row). `ticket_closed` runs after the close commits: use
it for work that must only happen once the close is durable. Nothing here runs from `save()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accounts.models import User
from core.hooks import Hook
from tickets.models import Message, Resolution, Ticket, TicketEvent


@dataclass(frozen=True)
class MessageAdded:
    ticket: Ticket
    message: Message
    actor: User | None


@dataclass(frozen=True)
class ResolutionRecorded:
    ticket: Ticket
    resolution: Resolution
    actor: User


@dataclass(frozen=True)
class TicketClosing:
    ticket: Ticket
    event: TicketEvent
    actor: User | None
    # Extra close options from the technician, e.g. an edited explanation.
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TicketChanged:
    ticket: Ticket
    event: TicketEvent
    actor: User | None


INSIDE = "inside the service's transaction"

client_message_added: Hook[MessageAdded] = Hook("client_message_added", runs=INSIDE)
staff_message_added: Hook[MessageAdded] = Hook("staff_message_added", runs=INSIDE)
resolution_recorded: Hook[ResolutionRecorded] = Hook("resolution_recorded", runs=INSIDE)
ticket_closing: Hook[TicketClosing] = Hook("ticket_closing", runs=INSIDE)
ticket_closed: Hook[TicketChanged] = Hook("ticket_closed", runs="after the close commits")
ticket_reopened: Hook[TicketChanged] = Hook("ticket_reopened", runs=INSIDE)

ALL = (
    client_message_added,
    staff_message_added,
    resolution_recorded,
    ticket_closing,
    ticket_closed,
    ticket_reopened,
)
