"""Query counts are pinned for every list and detail endpoint, and don't grow with rows.

Each endpoint is measured with 2 rows and with 50 (all on one page): both must make exactly
the pinned number of queries. The signed-in user is loaded afresh for each request, so the
count includes the permission look-ups a real request makes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts.models import User
from tests.api.world import attach, resolve
from tests.factories import ClientFactory, category, make_ticket
from tests.kb.factories import make_guide
from tickets.models import MessageKind, Ticket
from tickets.services import message_add, ticket_assign, ticket_close

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class People:
    owner: User
    technician: User
    manager: User


def tickets(people: People, rows: int) -> str:
    for index in range(rows):
        ticket = make_ticket(client=people.owner, subject=f"Problem {index}", category=category())
        if index % 2:
            ticket_assign(ticket=ticket, assignee=people.technician, actor=people.technician)
    return "/api/v1/tickets/?page_size=100"


def one_ticket(people: People, rows: int) -> Ticket:
    ticket = make_ticket(client=people.owner, category=category())
    ticket_assign(ticket=ticket, assignee=people.technician, actor=people.technician)
    for index in range(rows):
        message_add(
            ticket=ticket,
            kind=MessageKind.NOTE if index % 3 == 0 else MessageKind.REPLY,
            author=people.technician,
            body=f"Message {index}",
        )
    for _ in range(min(rows, 5)):
        attach(ticket, people.owner)
    return ticket


def ticket_detail(people: People, rows: int) -> str:
    tickets(people, rows)
    return f"/api/v1/tickets/{one_ticket(people, rows).reference}/"


def messages(people: People, rows: int) -> str:
    return f"/api/v1/tickets/{one_ticket(people, rows).reference}/messages/?page_size=100"


def followup(people: People, rows: int) -> str:
    ticket = one_ticket(people, rows)
    resolve(ticket, people.technician)
    ticket_close(ticket=ticket, actor=people.technician)
    return f"/api/v1/tickets/{ticket.reference}/followup/"


def attachment(people: People, rows: int) -> str:
    ticket = one_ticket(people, rows)
    return f"/api/v1/attachments/{ticket.attachments.first().public_id}/"  # type: ignore[union-attr]


def guides(people: People, rows: int) -> str:
    for index in range(rows):
        make_guide(title=f"Guide {index}", tags=["printer", f"tag {index}"])
    return "/api/v1/guides/?page_size=100"


def guide_search(people: People, rows: int) -> str:
    guides(people, rows)
    return "/api/v1/guides/?q=guide"


def guide_detail(people: People, rows: int) -> str:
    guides(people, rows)
    return f"/api/v1/guides/{make_guide(title='Printer', tags=['a', 'b']).slug}/"


def clients(people: People, rows: int) -> str:
    for _ in range(rows - 1):
        ClientFactory.create()
    return "/api/v1/clients/?page_size=100"


def client_detail(people: People, rows: int) -> str:
    clients(people, rows)
    return f"/api/v1/clients/{people.owner.pk}/"


def me(people: People, rows: int) -> str:
    tickets(people, rows)
    return "/api/v1/me/"


def metrics(people: People, rows: int) -> str:
    tickets(people, rows)
    return "/api/v1/metrics/summary/"


Setup = Callable[[People, int], str]

# endpoint: (setup, who asks, pinned query count)
PINNED: dict[str, tuple[Setup, str, int]] = {
    "tickets list (technician)": (tickets, "technician", 3),
    "tickets list (client)": (tickets, "owner", 3),
    "ticket detail (technician)": (ticket_detail, "technician", 3),
    "ticket detail (client)": (ticket_detail, "owner", 4),
    "messages list (technician)": (messages, "technician", 5),
    "messages list (client)": (messages, "owner", 5),
    "follow-up status (technician)": (followup, "technician", 4),
    "follow-up status (client)": (followup, "owner", 4),
    "attachment download (client)": (attachment, "owner", 3),
    "guides list (client)": (guides, "owner", 4),
    "guides list (anonymous)": (guides, "anonymous", 2),
    "guides search (technician)": (guide_search, "technician", 4),
    "guide detail (client)": (guide_detail, "owner", 4),
    "clients list (technician)": (clients, "technician", 3),
    "client detail (technician)": (client_detail, "technician", 3),
    "me (client)": (me, "owner", 3),
    "me (technician)": (me, "technician", 3),
    # Includes the last finished rollup run, the version its cached sums are read under.
    "metrics summary (manager)": (metrics, "manager", 5),
}


def measure(url: str, who: str, people: People) -> int:
    api = APIClient()
    if who != "anonymous":
        user = getattr(people, who)
        api.force_authenticate(User.objects.get(pk=user.pk))
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = api.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


@pytest.mark.parametrize("rows", [2, 50])
@pytest.mark.parametrize("endpoint", list(PINNED))
def test_query_count_is_pinned(
    endpoint: str,
    rows: int,
    client_user: User,
    technician: User,
    manager: User,
) -> None:
    setup, who, pinned = PINNED[endpoint]
    people = People(owner=client_user, technician=technician, manager=manager)
    url = setup(people, rows)
    assert measure(url, who, people) == pinned
