"""Ticket endpoints: scoping, mass assignment, workflow actions, filters, cursors, errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from tests.api.world import attach, png, resolve
from tests.factories import category, make_ticket
from tickets.models import MessageKind, Priority, Status, Ticket
from tickets.services import message_add, ticket_assign

pytestmark = pytest.mark.django_db
Api = Callable[..., APIClient]


def test_a_client_lists_only_their_own_tickets(
    api: Api, client_user: User, other_client: User
) -> None:
    mine = make_ticket(client=client_user)
    make_ticket(client=other_client)
    body = api(client_user).get("/api/v1/tickets/").json()
    assert [row["reference"] for row in body["results"]] == [mine.reference]


@pytest.mark.parametrize("field", ["priority", "assignee", "status", "client", "channel"])
def test_a_client_cannot_mass_assign_staff_fields_on_create(
    api: Api, client_user: User, other_client: User, technician: User, field: str
) -> None:
    values = {
        "priority": Priority.URGENT,
        "assignee": technician.pk,
        "status": Status.RESOLVED,
        "client": other_client.pk,
        "channel": "email",
    }
    response = api(client_user).post(
        "/api/v1/tickets/",
        {"subject": "Mouse", "description": "It's slow.", field: values[field]},
        format="json",
    )
    assert response.status_code == 201
    ticket = Ticket.objects.get(number=response.json()["number"])
    assert (ticket.client, ticket.assignee, ticket.status) == (client_user, None, Status.NEW)
    assert (ticket.priority, ticket.channel) == (Priority.NORMAL, "portal")


def test_a_client_gets_the_portal_starting_priority(api: Api, client_user: User) -> None:
    response = api(client_user).post(
        "/api/v1/tickets/",
        {"subject": "Files", "description": "Gone.", "impact": "cant_work", "data_worry": "yes"},
        format="json",
    )
    assert response.json()["priority"] == Priority.HIGH


def test_staff_create_for_a_client(api: Api, client_user: User, technician: User) -> None:
    response = api(technician).post(
        "/api/v1/tickets/",
        {"subject": "Phone call", "description": "VPN down.", "client": client_user.pk},
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["client"]["id"] == client_user.pk
    assert response.json()["channel"] == "phone"
    missing = api(technician).post(
        "/api/v1/tickets/", {"subject": "x", "description": "y"}, format="json"
    )
    assert missing.status_code == 400
    assert "client" in missing.json()["error"]["fields"]


@pytest.mark.parametrize(
    ("action", "body"),
    [("status", {"status": "open"}), ("priority", {"priority": 4}), ("close", {})],
)
def test_clients_cannot_use_staff_actions_even_on_their_own_ticket(
    api: Api, client_user: User, action: str, body: dict[str, object]
) -> None:
    ticket = make_ticket(client=client_user)
    response = api(client_user).post(f"/api/v1/tickets/{ticket.reference}/{action}/", body)
    assert response.status_code == 403
    ticket.refresh_from_db()
    assert (ticket.status, ticket.priority) == (Status.NEW, Priority.NORMAL)


def test_tickets_cannot_be_changed_with_put_or_patch(
    api: Api, technician: User, client_user: User
) -> None:
    ticket = make_ticket(client=client_user)
    url = f"/api/v1/tickets/{ticket.reference}/"
    assert api(technician).patch(url, {"priority": 4}, format="json").status_code == 405
    assert api(client_user).put(url, {"status": "closed"}, format="json").status_code == 405


def test_notes_and_their_files_are_never_shown_to_clients(
    api: Api, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    message_add(ticket=ticket, kind=MessageKind.NOTE, author=technician, body="Secret")
    internal = attach(ticket, technician, kind=MessageKind.NOTE)
    message_add(ticket=ticket, kind=MessageKind.REPLY, author=technician, body="On it")
    url = f"/api/v1/tickets/{ticket.reference}/messages/"
    client_view = api(client_user).get(url).json()["results"]
    assert [m["kind"] for m in client_view] == ["client", "reply"]
    staff_view = api(technician).get(url).json()["results"]
    assert [m["kind"] for m in staff_view] == ["client", "note", "note", "reply"]
    download = api(client_user).get(f"/api/v1/attachments/{internal.public_id}/")
    assert download.status_code == 404


def test_a_client_posting_a_note_sends_a_client_message(api: Api, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    response = api(client_user).post(
        f"/api/v1/tickets/{ticket.reference}/messages/",
        {"body": "Still broken", "kind": "note"},
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["kind"] == "client"


def test_upload_and_download(api: Api, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    response = api(client_user).post(
        f"/api/v1/tickets/{ticket.reference}/attachments/",
        {"file": png("shot.png")},
        format="multipart",
    )
    assert response.status_code == 201, response.content
    download = api(client_user).get(response.json()["download"])
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith('attachment; filename="shot.png"')
    refused = api(client_user).post(
        f"/api/v1/tickets/{ticket.reference}/attachments/",
        {"file": png("x.exe").__class__("x.exe", b"MZ\x90\x00" + b"\x00" * 60)},
        format="multipart",
    )
    assert refused.status_code == 400
    assert "file" in refused.json()["error"]["fields"]


def test_workflow_refusals_and_conflicts_are_409(
    api: Api, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    base = f"/api/v1/tickets/{ticket.reference}"
    refused = api(technician).post(f"{base}/close/", {}, format="json")
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "not_allowed"
    stale = api(technician).post(f"{base}/priority/", {"priority": 3, "version": 99}, format="json")
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "conflict"
    moved = api(technician).post(f"{base}/status/", {"status": "open", "version": 1}, format="json")
    assert moved.json()["status"] == "open"
    assert moved.json()["version"] == 2


def test_resolve_close_and_client_reopen(api: Api, client_user: User, technician: User) -> None:
    ticket = make_ticket(client=client_user)
    base = f"/api/v1/tickets/{ticket.reference}"
    resolved = api(technician).post(
        f"{base}/resolve/",
        {"cause": "A loose cable.", "actions": "Plugged it in.", "data_safety": "safe"},
        format="json",
    )
    assert resolved.json()["status"] == "resolved"
    closed = api(technician).post(f"{base}/close/", {}, format="json")
    assert closed.json()["status"] == "closed"
    followup = api(client_user).get(f"{base}/followup/").json()
    assert followup["followup"]["subject"]
    reopened = api(client_user).post(f"{base}/reopen/", {"reason": "Again"}, format="json")
    assert reopened.status_code == 200
    assert reopened.json()["status"] == "open"


def test_assignee_must_be_staff(api: Api, client_user: User, technician: User) -> None:
    ticket = make_ticket(client=client_user)
    url = f"/api/v1/tickets/{ticket.reference}/assignee/"
    refused = api(technician).post(url, {"assignee": client_user.pk}, format="json")
    assert refused.status_code == 400
    assert api(technician).post(url, {"assignee": technician.pk}, format="json").json()[
        "assignee"
    ] == {"id": technician.pk, "display_name": technician.display_name}


def test_filters_and_ordering_are_allow_listed(
    api: Api, client_user: User, technician: User
) -> None:
    printers = make_ticket(client=client_user, subject="Printer jam", category=category())
    other = make_ticket(client=client_user, subject="Email", priority=Priority.URGENT)
    resolve(other, technician)
    staff = api(technician)

    def refs(query: str) -> list[str]:
        response = staff.get(f"/api/v1/tickets/?{query}")
        assert response.status_code == 200, response.content
        return [row["reference"] for row in response.json()["results"]]

    assert refs(f"category={printers.category_id}") == [printers.reference]
    assert refs("status=resolved") == [other.reference]
    assert refs("q=jam") == [printers.reference]
    assert refs("assignee=none") == [printers.reference]
    assert refs("ordering=oldest") == [printers.reference, other.reference]
    assert refs("ordering=priority")[0] == other.reference
    # Unknown parameters are ignored; bad values of known ones are refused.
    assert len(refs("client__email__startswith=m&order_by=password")) == 2
    for bad in ("ordering=client__password", "status=gone", "assignee=1;drop"):
        response = staff.get(f"/api/v1/tickets/?{bad}")
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid"


def test_cursor_pagination_walks_every_ticket_once(api: Api, client_user: User) -> None:
    made = {make_ticket(client=client_user, subject=f"T{n}").reference for n in range(7)}
    seen: list[str] = []
    url: str | None = "/api/v1/tickets/?page_size=3"
    while url:
        body = api(client_user).get(url).json()
        assert "count" not in body
        seen += [row["reference"] for row in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(made)


def test_the_list_rows_have_the_serializers_shape(
    api: Api, client_user: User, technician: User
) -> None:
    """The list builds its JSON from plain rows; it must say what TicketSerializer says."""
    from django.utils import timezone

    from api.serializers import TicketSerializer

    assigned = make_ticket(client=client_user, subject="Printer jam", category=category())
    ticket_assign(ticket=assigned, assignee=technician, actor=technician)
    make_ticket(client=client_user, subject="No category, nobody on it")
    rows = api(technician).get("/api/v1/tickets/").json()["results"]
    tickets = Ticket.objects.select_related("client", "assignee", "category").order_by(
        "-created_at", "-id"
    )
    assert rows == [dict(TicketSerializer(ticket).data) for ticket in tickets]
    with timezone.override("America/New_York"):
        rows = api(technician).get("/api/v1/tickets/").json()["results"]
        assert rows == [dict(TicketSerializer(ticket).data) for ticket in tickets]
        assert rows[0]["created_at"].endswith(("-05:00", "-04:00"))
