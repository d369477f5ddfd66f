"""The workspace queues: scopes, filters, sorting, keyset pages, bulk changes, jump to ticket."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from tests.factories import category, make_ticket
from tickets.models import Priority, Status, Ticket
from tickets.services import ticket_assign, ticket_change_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def tech_client(client: Client, technician: User) -> Client:
    client.force_login(technician)
    return client


def refs(response: Any) -> list[str]:
    return [ticket.reference for ticket in response.context["result"].page.items]


def test_queues_show_the_right_tickets(
    tech_client: Client, client_user: User, technician: User, other_technician: User
) -> None:
    mine = make_ticket(client=client_user, subject="Mine")
    theirs = make_ticket(client=client_user, subject="Theirs")
    unassigned = make_ticket(client=client_user, subject="Nobody's")
    waiting = make_ticket(client=client_user, subject="Waiting")
    ticket_assign(ticket=mine, assignee=technician, actor=technician)
    ticket_assign(ticket=theirs, assignee=other_technician, actor=technician)
    ticket_assign(ticket=waiting, assignee=technician, actor=technician)
    ticket_change_status(ticket=waiting, status=Status.WAITING, actor=technician)
    url = reverse("workspace:workspace")
    assert set(refs(tech_client.get(url))) == {mine.reference, waiting.reference}
    assert refs(tech_client.get(url, {"queue": "unassigned"})) == [unassigned.reference]
    assert refs(tech_client.get(url, {"queue": "waiting"})) == [waiting.reference]
    assert len(refs(tech_client.get(url, {"queue": "open"}))) == 4
    assert refs(tech_client.get(url, {"queue": "resolved"})) == []
    counts = tech_client.get(url).context["counts"]
    assert counts == {"mine": 2, "unassigned": 1, "waiting": 1, "open": 4}


def test_filters(
    tech_client: Client, client_user: User, other_client: User, technician: User
) -> None:
    printer = make_ticket(
        client=client_user,
        subject="Printer offline",
        category=category("printers"),
        priority=Priority.HIGH,
    )
    email = make_ticket(
        client=other_client,
        subject="Email stopped",
        description="No new mail since Monday",
        category=category("email"),
    )
    ticket_assign(ticket=email, assignee=technician, actor=technician)
    url = reverse("workspace:workspace")

    def search(**params: Any) -> set[str]:
        return set(refs(tech_client.get(url, {"queue": "open", **params})))

    assert search(priority=Priority.HIGH) == {printer.reference}
    assert search(category=category("email").pk) == {email.reference}
    assert search(assignee=technician.pk) == {email.reference}
    assert search(assignee="none") == {printer.reference}
    assert search(client=other_client.pk) == {email.reference}
    assert search(client_text="maria") == {printer.reference}
    assert search(q="monday") == {email.reference}  # the body, not just the subject
    assert search(q="printer OFFLINE") == {printer.reference}
    assert search(q=email.reference.lower()) == {email.reference}
    assert search(status=Status.NEW) == {printer.reference, email.reference}
    # Unknown values are ignored rather than breaking the page.
    assert search(priority="99", status="bogus", category="abc", sort="password") == {
        printer.reference,
        email.reference,
    }


def test_keyset_pages_forwards_and_back(tech_client: Client, client_user: User) -> None:
    now = timezone.now()
    tickets = [make_ticket(client=client_user, subject=f"Problem {n}") for n in range(30)]
    # Several share the same last-activity time: the id breaks ties without skipping rows.
    for n, ticket in enumerate(tickets):
        Ticket.objects.filter(pk=ticket.pk).update(updated_at=now - timedelta(minutes=n // 3))
    url = reverse("workspace:workspace")
    first = tech_client.get(url, {"queue": "open"})
    page1 = refs(first)
    assert len(page1) == 25
    next_cursor = first.context["result"].page.next_cursor
    second = tech_client.get(url, {"queue": "open", "cursor": next_cursor})
    page2 = refs(second)
    assert len(page2) == 5 and not set(page1) & set(page2)
    assert second.context["result"].page.next_cursor is None
    back = tech_client.get(
        url, {"queue": "open", "cursor": second.context["result"].page.previous_cursor}
    )
    assert refs(back) == page1
    assert tech_client.get(url, {"queue": "open", "cursor": "garbage!!"}).status_code == 200


@pytest.mark.parametrize("sort", ["updated", "newest", "oldest", "priority"])
def test_sorts(tech_client: Client, client_user: User, sort: str) -> None:
    low = make_ticket(client=client_user, priority=Priority.LOW)
    urgent = make_ticket(client=client_user, priority=Priority.URGENT)
    order = refs(tech_client.get(reverse("workspace:workspace"), {"queue": "open", "sort": sort}))
    expected = {
        "updated": [urgent, low],
        "newest": [urgent, low],
        "oldest": [low, urgent],
        "priority": [urgent, low],
    }[sort]
    assert order == [t.reference for t in expected]


def test_bulk_assign_and_status(
    tech_client: Client, client_user: User, other_technician: User
) -> None:
    tickets = [make_ticket(client=client_user) for _ in range(3)]
    url = reverse("workspace:bulk")
    ids = [t.pk for t in tickets[:2]]
    response = tech_client.post(
        url,
        {
            "tickets": ids,
            "action": "assign",
            "assignee": other_technician.pk,
            "next": "/work/?queue=open",
        },
    )
    assert response["Location"] == "/work/?queue=open"
    assert set(
        Ticket.objects.filter(assignee=other_technician).values_list("pk", flat=True)
    ) == set(ids)
    tech_client.post(url, {"tickets": ids, "action": "status", "status": Status.WAITING})
    assert Ticket.objects.filter(status=Status.WAITING).count() == 2
    refused = tech_client.post(
        url, {"tickets": ids, "action": "status", "status": Status.CLOSED}, follow=True
    )
    assert "not changed: Only a resolved ticket can be closed" in refused.content.decode()
    nothing = tech_client.post(url, {"action": "assign", "assignee": "none"}, follow=True)
    assert "Tick at least one ticket first." in nothing.content.decode()
    unsafe = tech_client.post(
        url,
        {"tickets": ids, "action": "assign", "assignee": "none", "next": "https://evil.example/"},
    )
    assert unsafe["Location"] == reverse("workspace:workspace")


def test_bulk_is_post_only_and_staff_only(client: Client, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    client.force_login(client_user)
    assert (
        client.post(
            reverse("workspace:bulk"),
            {"tickets": [ticket.pk], "action": "status", "status": "waiting"},
        ).status_code
        == 403
    )
    client.logout()
    assert client.get(reverse("workspace:bulk")).status_code == 302


def test_jump_to_a_reference(tech_client: Client, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    response = tech_client.get(reverse("workspace:jump"), {"ref": f" hd-{ticket.number} "})
    assert response["Location"] == ticket.get_absolute_url()
    missing = tech_client.get(reverse("workspace:jump"), {"ref": "HD-999999"}, follow=True)
    assert "There&#x27;s no ticket “HD-999999”" in missing.content.decode()


def test_htmx_gets_only_the_results(tech_client: Client, client_user: User) -> None:
    make_ticket(client=client_user)
    response = tech_client.get(
        reverse("workspace:workspace"), {"queue": "open"}, HTTP_HX_REQUEST="true"
    )
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="queue-results"')
    assert "<html" not in page


def test_queue_page_query_count_does_not_grow(
    tech_client: Client,
    client_user: User,
    other_client: User,
    technician: User,
    django_assert_num_queries,
    django_assert_max_num_queries,
) -> None:
    def fill(n: int) -> None:
        for i in range(n):
            ticket = make_ticket(
                client=client_user if i % 2 else other_client, category=category("email")
            )
            ticket_assign(ticket=ticket, assignee=technician, actor=technician)

    url = reverse("workspace:workspace")
    fill(2)
    tech_client.get(url)  # warm the session and permission caches like a real second visit
    # session, user, 2 x permissions, categories, the page, the tab counts (staff is cached)
    # One fewer when sessions come from the cache (REDIS_URL set).
    with django_assert_max_num_queries(7) as small:
        tech_client.get(url, {"queue": "open", "q": "printer", "sort": "priority"})
    fill(48)
    with django_assert_num_queries(len(small.captured_queries)):
        response = tech_client.get(url, {"queue": "open", "sort": "priority"})
    assert len(response.context["result"].page.items) == 25
