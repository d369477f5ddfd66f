"""Keyset pagination walks every row exactly once, both ways, whatever the ties."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from core.keyset import keyset_page
from tests.factories import make_ticket
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

ORDERINGS = [
    ("-updated_at", "-id"),
    ("created_at", "id"),
    ("-priority", "-updated_at", "-id"),
]


@pytest.fixture
def tickets(client_user: User) -> list[Ticket]:
    now = timezone.now()
    made = []
    for n in range(23):
        ticket = make_ticket(client=client_user, priority=1 + n % 4)
        # Many ties on every sort field.
        Ticket.objects.filter(pk=ticket.pk).update(
            updated_at=now - timedelta(minutes=n // 4), created_at=now - timedelta(minutes=n // 5)
        )
        made.append(ticket)
    return made


@pytest.mark.parametrize("ordering", ORDERINGS)
def test_forwards_then_backwards_covers_every_row_once(
    tickets: list[Ticket], ordering: tuple[str, ...]
) -> None:
    expected = list(Ticket.objects.order_by(*ordering).values_list("pk", flat=True))
    seen: list[int] = []
    cursor = None
    pages = []
    while True:
        page = keyset_page(Ticket.objects.all(), ordering=ordering, cursor=cursor, size=5)
        pages.append(page)
        seen.extend(t.pk for t in page.items)
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert seen == expected
    # And back again from the last page.
    back: list[int] = []
    page = pages[-1]
    while page.previous_cursor:
        page = keyset_page(
            Ticket.objects.all(), ordering=ordering, cursor=page.previous_cursor, size=5
        )
        back = [t.pk for t in page.items] + back
    assert back == expected[: len(back)]
    assert len(back) == len(expected) - len(pages[-1].items)


@pytest.mark.parametrize(
    "cursor",
    [
        "!!!",
        base64.urlsafe_b64encode(b"not json").decode(),
        base64.urlsafe_b64encode(json.dumps(["sideways", [1]]).encode()).decode(),
        base64.urlsafe_b64encode(json.dumps(["after", ["x", "y"]]).encode()).decode(),
        base64.urlsafe_b64encode(json.dumps(["after", [1, 2]]).encode()).decode(),
        base64.urlsafe_b64encode(
            json.dumps(["after", ["2026-01-01T00:00:00+00:00", True]]).encode()
        ).decode(),
    ],
)
def test_tampered_cursors_fall_back_to_the_first_page(tickets: list[Ticket], cursor: str) -> None:
    page = keyset_page(Ticket.objects.all(), ordering=("-updated_at", "-id"), cursor=cursor, size=5)
    first = keyset_page(Ticket.objects.all(), ordering=("-updated_at", "-id"), cursor=None, size=5)
    assert [t.pk for t in page.items] == [t.pk for t in first.items]
    assert page.previous_cursor is None
