"""Clients tell us about a problem with the guided form; mistakes keep everything typed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from tests.tickets.test_attachments import EXE, PNG
from tickets.models import Attachment, Channel, Priority, StagedUpload, Ticket

pytestmark = pytest.mark.django_db


@pytest.fixture
def maria(client: Client, client_user: User) -> Client:
    client.force_login(client_user)
    return client


@pytest.fixture
def answers() -> dict[str, Any]:
    return {
        "trying": "Open the listings folder to print a brochure.",
        "happened": "The S: drive has vanished! All my listings are gone. I have a viewing at 3.",
        "impact": "cant_work",
        "data_worry": "yes",
        "category": "",
        "needed_by": "",
    }


def test_submit_creates_a_ticket_in_the_clients_words(
    maria: Client, client_user: User, answers: dict[str, Any]
) -> None:
    response = maria.post(reverse("portal:new"), answers)
    ticket = Ticket.objects.get()
    assert response["Location"] == reverse("portal:submitted", args=[ticket.reference])
    assert ticket.client == client_user and ticket.channel == Channel.PORTAL
    assert ticket.subject == "The S: drive has vanished"
    assert "What I was trying to do:\nOpen the listings folder" in ticket.description
    assert ticket.priority == Priority.HIGH  # can't work, and worried about data
    assert (ticket.impact, ticket.data_worry) == ("cant_work", "yes")


def test_confirmation_says_what_happens_next_and_what_was_noted(
    maria: Client, answers: dict[str, Any]
) -> None:
    needed = (timezone.localtime() + timedelta(days=2)).replace(hour=15, minute=0)
    response = maria.post(
        reverse("portal:new"),
        {**answers, "needed_by": needed.strftime("%Y-%m-%dT%H:%M")},
        follow=True,
    )
    page = response.content.decode()
    ticket = Ticket.objects.get()
    assert ticket.reference in page
    assert "replies within 4 hours" in page
    assert "We'll email you at" in page
    assert "You&#x27;re worried something is lost" in page
    assert "You can&#x27;t work" in page
    assert "You need this by" in page


@pytest.mark.parametrize(
    ("impact", "worry", "expected"),
    [
        ("annoyance", "no", Priority.LOW),
        ("slows_me", "not_sure", Priority.NORMAL),
        ("annoyance", "yes", Priority.HIGH),
    ],
)
def test_priority_follows_what_the_client_said(
    maria: Client, answers: dict[str, Any], impact: str, worry: str, expected: int
) -> None:
    calm_words = {"trying": "Read a long report.", "happened": "The writing on screen looks small."}
    maria.post(
        reverse("portal:new"), {**answers, **calm_words, "impact": impact, "data_worry": worry}
    )
    assert Ticket.objects.get().priority == expected


def test_words_showing_data_loss_raise_the_priority(maria: Client, answers: dict[str, Any]) -> None:
    maria.post(reverse("portal:new"), {**answers, "impact": "annoyance", "data_worry": "no"})
    ticket = Ticket.objects.get()
    assert ticket.priority == Priority.HIGH
    assert ticket.events.filter(
        kind="priority", note__contains="worried about losing data"
    ).exists()


INVALID = [
    ("trying", "", "Please tell us what you were trying to do."),
    ("happened", "", "Please tell us what happened instead."),
    ("impact", "", "Please choose how much this is affecting your work."),
    ("impact", "catastrophe", "Select a valid choice"),
    ("data_worry", "", "Please tell us whether you"),
    ("data_worry", "perhaps", "Select a valid choice"),
    ("category", "99999", "Select a valid choice"),
    ("needed_by", "tomorrowish", "Please give a date and time"),
    ("needed_by", "2001-01-01T10:00", "That time has already passed"),
]


@pytest.mark.parametrize(("field", "value", "message"), INVALID)
def test_every_field_explains_its_mistake_and_keeps_the_rest(
    maria: Client, answers: dict[str, Any], field: str, value: str, message: str
) -> None:
    data = {**answers, field: value, "attachments": [SimpleUploadedFile("screen.png", PNG)]}
    response = maria.post(reverse("portal:new"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert message.replace("'", "&#x27;") in page
    assert "Please check" in page
    if field != "trying":
        assert "Open the listings folder to print a brochure." in page
    if field != "happened":
        assert "All my listings are gone." in page
    # The picture is kept, so it needn't be chosen again.
    assert "screen.png" in page and "Already attached" in page
    assert not Ticket.objects.exists()
    staged = StagedUpload.objects.get()
    assert f'value="{staged.public_id}"' in page


def test_kept_files_are_attached_when_the_form_is_sent_again(
    maria: Client, answers: dict[str, Any]
) -> None:
    maria.post(
        reverse("portal:new"),
        {**answers, "trying": "", "attachments": [SimpleUploadedFile("screen.png", PNG)]},
    )
    staged = StagedUpload.objects.get()
    maria.post(reverse("portal:new"), {**answers, "staged": [str(staged.public_id)]})
    assert list(Attachment.objects.values_list("original_name", flat=True)) == ["screen.png"]


def test_a_refused_file_is_explained(maria: Client, answers: dict[str, Any]) -> None:
    response = maria.post(
        reverse("portal:new"), {**answers, "attachments": [SimpleUploadedFile("game.exe", EXE)]}
    )
    assert "“game.exe” can&#x27;t be attached" in response.content.decode()
    assert not Ticket.objects.exists()


def test_staff_cannot_use_the_portal(client: Client, technician: User) -> None:
    client.force_login(technician)
    assert client.get(reverse("portal:new")).status_code == 403
