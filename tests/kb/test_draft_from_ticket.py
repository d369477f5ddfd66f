"""A resolved ticket becomes a guide draft, and the saved guide is linked to the fix."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from kb.models import Guide
from tests.factories import category, make_ticket
from tests.kb.factories import make_guide
from tickets.models import DataSafety, Resolution
from tickets.services import ticket_close, ticket_resolve

pytestmark = pytest.mark.django_db


@pytest.fixture
def resolved(client_user: User, technician: User):
    ticket = make_ticket(
        client=client_user,
        subject="My S: drive has vanished",
        description=(
            "What I was trying to do:\nOpen listings\n\n"
            "What happened instead:\nThe S: drive is gone!"
        ),
        category=category("network-drives"),
    )
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause="Your computer lost its shortcut to the office server. The files were safe.",
        actions="I opened File Explorer. I chose Map network drive. I picked the S: letter.",
        data_safety=DataSafety.SAFE,
        prevention="Restart before calling us.",
    )
    return ticket


def test_draft_is_prefilled_from_the_resolution(client: Client, technician: User, resolved) -> None:
    client.force_login(technician)
    page = client.get(reverse("kb:new"), {"ticket": resolved.reference}).content.decode()
    assert "How to fix it: My S: drive has vanished" in page
    assert "The S: drive is gone!" in page  # the client's words
    assert "## I opened File Explorer" in page and "## I chose Map network drive" in page
    assert "Your files are safe." in page
    assert "Restart before calling us." in page
    assert f'value="{resolved.reference}"' in page


def test_saving_links_the_guide_to_the_resolution(
    client: Client, technician: User, resolved, client_user: User
) -> None:
    client.force_login(technician)
    response = client.post(
        reverse("kb:new"),
        {
            "title": "Get your shared drive back",
            "category": category("network-drives").pk,
            "audience": "new",
            "problem": "My S: drive has disappeared",
            "steps": "## Open File Explorer\n\nClick the yellow folder.",
            "status": "published",
            "is_public": "on",
            "tags": "S drive",
            "link_ticket": resolved.reference,
        },
    )
    guide = Guide.objects.get(title="Get your shared drive back")
    assert response["Location"] == guide.get_absolute_url()
    assert Resolution.objects.get(ticket=resolved).guide == guide
    ticket_close(ticket=resolved, actor=technician)
    card = client.get(resolved.get_absolute_url()).content.decode()
    assert "Guides already sent" in card and "Get your shared drive back" in card


def test_only_resolved_tickets_can_be_drafted(
    client: Client, technician: User, client_user: User
) -> None:
    client.force_login(technician)
    open_ticket = make_ticket(client=client_user)
    assert client.get(reverse("kb:new"), {"ticket": open_ticket.reference}).status_code == 404


def test_resolve_form_links_a_guide(client: Client, technician: User, client_user: User) -> None:
    guide = make_guide(title="Printer back online", category_id=category("printers").pk)
    ticket = make_ticket(client=client_user, category=category("printers"))
    client.force_login(technician)
    page = client.get(ticket.get_absolute_url()).content.decode()
    assert "Printer back online" in page
    client.post(
        reverse("workspace:resolve", args=[ticket.reference]),
        {
            "version": ticket.version,
            "cause": "c",
            "actions": "a",
            "data_safety": "safe",
            "guide": guide.pk,
        },
    )
    assert Resolution.objects.get(ticket=ticket).guide == guide


def test_the_service_saves_guide_and_link_together_or_neither(
    technician: User, resolved, client_user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kb import services

    content = {"title": "Get your shared drive back", "problem": "Gone", "steps": "## Open it"}
    with pytest.raises(services.TicketNotResolved, match="not resolved yet"):
        services.guide_create_from_ticket(
            author=technician, ticket=make_ticket(client=client_user), tags=[], **content
        )

    def link_fails(**kwargs: object) -> None:
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "resolution_link_guide", link_fails)
    with pytest.raises(RuntimeError):
        services.guide_create_from_ticket(author=technician, ticket=resolved, tags=[], **content)
    assert not Guide.objects.filter(title="Get your shared drive back").exists()

    monkeypatch.undo()
    guide, linked = services.guide_create_from_ticket(
        author=technician, ticket=resolved, tags=["S drive"], **content
    )
    assert linked is not None and Resolution.objects.get(ticket=resolved).guide == guide
