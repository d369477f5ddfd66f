"""The engine at work: analyses stored, priority raised, flags shown, coach live, reviews kept."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from empathy.models import DraftReview, GlossaryTerm, MessageAnalysis, ReviewKind, TaughtTerm
from tests.factories import make_ticket
from tickets.models import DataSafety, MessageKind, Priority
from tickets.services import message_add, ticket_resolve

pytestmark = pytest.mark.django_db
PANIC = "ALL my listings are GONE!!! The viewing is at 3 and I can't get into the drive."


def test_client_messages_are_analysed_and_stored(client_user: User) -> None:
    ticket = make_ticket(client=client_user, description=PANIC)
    analysis = MessageAnalysis.objects.get(message__ticket=ticket)
    assert analysis.distress == "distressed"
    assert set(analysis.worry_kinds) == {"data_loss", "deadline", "work_blocked"}
    assert analysis.sentiment <= -0.5
    follow = message_add(
        ticket=ticket, kind=MessageKind.CLIENT, author=client_user, body="Thank you, all fine now!"
    )
    assert MessageAnalysis.objects.get(message=follow).distress == "calm"


def test_data_loss_raises_priority_and_says_why(client_user: User) -> None:
    ticket = make_ticket(client=client_user, description=PANIC, priority=Priority.LOW)
    ticket.refresh_from_db()
    assert ticket.priority == Priority.HIGH
    event = ticket.events.get(kind="priority")
    assert (
        event.actor is None
        and "worried about losing data" in event.note
        and "can't work" in event.note
    )


def test_calm_messages_leave_priority_alone(client_user: User) -> None:
    ticket = make_ticket(
        client=client_user,
        description="Could you show me dark mode? No rush.",
        priority=Priority.LOW,
    )
    ticket.refresh_from_db()
    assert ticket.priority == Priority.LOW


def test_ticket_page_shows_flags_and_the_banner(
    client: Client, technician: User, client_user: User
) -> None:
    ticket = make_ticket(client=client_user, description=PANIC)
    client.force_login(technician)
    page = client.get(ticket.get_absolute_url()).content.decode()
    assert "Worried about losing data" in page and "listings are GONE" in page
    assert "They are worried about losing data: tell them first whether it is safe." in page
    assert 'class="flag distress-distressed"' in page
    assert 'id="coach-reply"' in page and 'id="coach-resolution"' in page


def test_sent_replies_and_resolutions_are_reviewed(client_user: User, technician: User) -> None:
    ticket = make_ticket(client=client_user, description=PANIC)
    reply = message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=technician,
        body="Obviously I remapped the SMB share.",
    )
    review = DraftReview.objects.get(message=reply)
    assert review.kind == ReviewKind.REPLY and review.author == technician
    assert review.comfort == "new" and review.jargon_count == 2 and review.condescension_count == 1
    assert sorted(review.unanswered) == ["data_loss", "deadline", "work_blocked"]
    message_add(ticket=ticket, kind=MessageKind.NOTE, author=technician, body="internal: SMB")
    assert (
        DraftReview.objects.filter(kind=ReviewKind.REPLY).count() == 1
    )  # notes are not client-facing
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause=(
            "Your computer lost its link to the shared drive. "
            "Your listings were safe on the server."
        ),
        actions="I connected it again. You can work again now.",
        data_safety=DataSafety.SAFE,
    )
    resolution = DraftReview.objects.get(kind=ReviewKind.RESOLUTION)
    assert resolution.reassures_data and "data_loss" not in resolution.unanswered


def test_coach_reviews_the_draft_for_this_client(
    client: Client, technician: User, client_user: User
) -> None:
    ticket = make_ticket(client=client_user, description=PANIC)
    client.force_login(technician)
    response = client.post(
        reverse("empathy:coach"),
        {
            "reference": ticket.reference,
            "kind": "reply",
            "body": "As everyone knows, I flushed the DNS cache.",
        },
    )
    page = response.content.decode()
    assert "Words Maria may not know" in page and "DNS cache" in page and "Use plain words" in page
    assert "May sound like talking down" in page and "As everyone knows" in page
    assert "Worried about losing data." in page
    assert '<mark class="mark-jargon"' in page


def test_coach_resolution_reads_all_three_boxes(
    client: Client, technician: User, client_user: User
) -> None:
    ticket = make_ticket(client=client_user, description=PANIC)
    client.force_login(technician)
    response = client.post(
        reverse("empathy:coach"),
        {
            "reference": ticket.reference,
            "kind": "resolution",
            "cause": "Your listings were never touched.",
            "actions": "I remapped it.",
            "prevention": "",
        },
    )
    page = response.content.decode()
    assert "remapped" in page and "Worried about losing data." not in page


def test_marking_a_term_taught_stops_the_flag(
    client: Client, technician: User, client_user: User
) -> None:
    ticket = make_ticket(client=client_user, description="printer offline")
    client.force_login(technician)
    data = {"reference": ticket.reference, "kind": "reply", "body": "I restarted the router."}
    assert "router" in client.post(reverse("empathy:coach"), data).content.decode()
    page = client.post(reverse("empathy:taught"), {**data, "term": "router"}).content.decode()
    assert TaughtTerm.objects.filter(client=client_user, term__term__iexact="router").exists()
    assert "Words Maria may not know" not in page


def test_coach_is_staff_only_and_post_only(
    client: Client, client_user: User, technician: User
) -> None:
    ticket = make_ticket(client=client_user)
    client.force_login(client_user)
    assert (
        client.post(
            reverse("empathy:coach"), {"reference": ticket.reference, "body": "x"}
        ).status_code
        == 403
    )
    client.force_login(technician)
    assert client.get(reverse("empathy:coach")).status_code == 405


def test_glossary_edits_take_effect(client: Client, manager: User, client_user: User) -> None:
    ticket = make_ticket(client=client_user)
    client.force_login(manager)
    response = client.post(
        reverse("admin:empathy_glossaryterm_add"),
        {
            "term": "flux capacitor",
            "plain": "the time bit",
            "explanation": "",
            "variants": "",
            "pattern": "",
            "for_new": "on",
            "for_everyday": "on",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert GlossaryTerm.objects.filter(term="flux capacitor").exists()
    coach = client.post(
        reverse("empathy:coach"),
        {"reference": ticket.reference, "kind": "reply", "body": "I fixed the flux capacitor."},
    )
    assert "the time bit" in coach.content.decode()
    bad = client.post(
        reverse("admin:empathy_glossaryterm_add"),
        {
            "term": "broken",
            "plain": "x",
            "pattern": "(unclosed",
            "for_new": "on",
            "is_active": "on",
        },
    )
    assert "This pattern can&#x27;t be used" in bad.content.decode()
