from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from accounts.models import User
from kb.models import Guide
from tests.factories import category, make_ticket
from tests.kb.factories import make_guide
from tickets.models import DataSafety, Ticket
from tickets.services import ticket_close, ticket_resolve


@pytest.fixture
def guide(db: None) -> Guide:
    return make_guide(title="Get your shared drive back", category_id=category("network-drives").pk)


@pytest.fixture
def resolved(client_user: User, technician: User, guide: Guide) -> Ticket:
    ticket = make_ticket(
        client=client_user,
        subject="My S: drive has vanished",
        description="ALL my listings are GONE!! I can't work.",
        category=category("network-drives"),
    )
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause="Your computer lost its link to the shared drive on the office server.",
        actions="I connected it again and checked your listings open.",
        data_safety=DataSafety.SAFE,
        prevention="Restart first; it often comes back by itself.",
        guide=guide,
    )
    return ticket


@pytest.fixture
def close(django_capture_on_commit_callbacks: Callable[..., Any]) -> Callable[..., Ticket]:
    def run(ticket: Ticket, actor: User, **options: Any) -> Ticket:
        with django_capture_on_commit_callbacks(execute=True):
            return ticket_close(ticket=ticket, actor=actor, options=options)

    return run
