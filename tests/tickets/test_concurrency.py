"""Two technicians change the same ticket at once: the second is told, and loses nothing."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.factories import make_ticket
from tickets.models import MessageKind, Priority
from tickets.services import TicketChanged, message_add, ticket_change_priority

pytestmark = pytest.mark.django_db


def test_service_refuses_a_stale_version(
    client_user: User, technician: User, other_technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    seen = ticket.version
    message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=other_technician,
        body="On it.",
        expected_version=seen,
    )
    with pytest.raises(TicketChanged) as changed:
        ticket_change_priority(
            ticket=ticket, priority=Priority.HIGH, actor=technician, expected_version=seen
        )
    assert changed.value.current.version == seen + 1
    ticket.refresh_from_db()
    assert ticket.priority == Priority.NORMAL


def test_second_reply_is_kept_and_explained(
    client: Client, client_user: User, technician: User, other_technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    url = reverse("workspace:reply", args=[ticket.reference])
    seen = ticket.version
    first = Client()
    first.force_login(other_technician)
    first.post(url, {"version": seen, "body": "Alex here: your files are safe."})
    client.force_login(technician)
    response = client.post(url, {"version": seen, "body": "Sam here: I'm looking at it now."})
    assert response.status_code == 409
    page = response.content.decode()
    assert "This ticket changed since you opened it" in page
    assert "Alex Chen replied to the client" in page
    assert "Sam here: I&#x27;m looking at it now." in page  # the typed text is still in the form
    assert "Alex here: your files are safe." in page  # and the new activity is shown
    assert ticket.messages.filter(kind=MessageKind.REPLY).count() == 1
    # The kept form now carries the current version, so sending again works.
    assert f'name="version" value="{seen + 1}"' in page
    again = client.post(url, {"version": seen + 1, "body": "Sam here: I'm looking at it now."})
    assert again.status_code == 302
    assert ticket.messages.filter(kind=MessageKind.REPLY).count() == 2


def test_stale_priority_change_is_refused_with_the_new_value_shown(
    client: Client, client_user: User, technician: User, other_technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    seen = ticket.version
    ticket_change_priority(ticket=ticket, priority=Priority.URGENT, actor=other_technician)
    client.force_login(technician)
    response = client.post(
        reverse("workspace:priority", args=[ticket.reference]), {"version": seen, "priority": 1}
    )
    assert response.status_code == 409
    assert "changed the priority from Normal to Urgent" in response.content.decode()
    ticket.refresh_from_db()
    assert ticket.priority == Priority.URGENT


def test_bulk_changes_skip_tickets_changed_since_the_list_was_loaded(
    client: Client, client_user: User, technician: User, other_technician: User
) -> None:
    untouched = make_ticket(client=client_user)
    changed = make_ticket(client=client_user)
    seen = {ticket.pk: ticket.version for ticket in (untouched, changed)}
    ticket_change_priority(
        ticket=changed, priority=Priority.HIGH, actor=other_technician, expected_version=None
    )
    client.force_login(technician)
    response = client.post(
        reverse("workspace:bulk"),
        {
            "tickets": [untouched.pk, changed.pk],
            "seen": [f"{pk}:{version}" for pk, version in seen.items()],
            "action": "assign",
            "assignee": str(technician.pk),
        },
        follow=True,
    )
    page = response.content.decode()
    assert "1 ticket(s) assigned to Sam Taylor." in page
    assert f"{changed.reference} not changed: it changed since you loaded the list" in page
    assert "Alex Chen changed the priority" in page
    untouched.refresh_from_db()
    changed.refresh_from_db()
    assert untouched.assignee == technician
    assert changed.assignee is None
