"""Check-in answers and the survey: signed links, GET never records, one answer per close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from followups.models import FollowUp, SurveyResponse
from followups.services import CHECKIN_SALT, OPTOUT_SALT, SURVEY_SALT, token_for
from outbox.models import OutboxEmail
from tickets.models import Status, Ticket

pytestmark = pytest.mark.django_db


@pytest.fixture
def followup(resolved: Ticket, technician: User, close: Callable[..., Ticket]) -> FollowUp:
    close(resolved, technician)
    return FollowUp.objects.get()


def test_survey_get_shows_the_form_and_records_nothing(client: Client, followup: FollowUp) -> None:
    url = reverse("followups:survey", args=[token_for(followup, SURVEY_SALT)])
    page = client.get(url).content.decode()
    assert "How did we do?" in page and "Did our explanation make sense?" in page
    assert not SurveyResponse.objects.exists()


def test_survey_post_records_once(client: Client, followup: FollowUp) -> None:
    url = reverse("followups:survey", args=[token_for(followup, SURVEY_SALT)])
    mistakes = client.post(url, {"comment": "x"}).content.decode()
    assert "Please choose a number from 1 to 5." in mistakes and "x</textarea>" in mistakes
    client.post(url, {"satisfaction": 4, "made_sense": "partly", "comment": "Mostly clear"})
    response = SurveyResponse.objects.get()
    assert (response.satisfaction, response.made_sense, response.comment) == (
        4,
        "partly",
        "Mostly clear",
    )
    again = client.post(url, {"satisfaction": 1, "made_sense": "no"}).content.decode()
    assert "already answered" in again
    assert SurveyResponse.objects.get().satisfaction == 4


def test_expired_and_tampered_survey_links_get_a_friendly_page(
    client: Client, followup: FollowUp, settings: Any
) -> None:
    token = token_for(followup, SURVEY_SALT)
    with time_machine.travel(timezone.now() + timedelta(days=settings.SURVEY_LINK_DAYS, hours=1)):
        expired = client.get(reverse("followups:survey", args=[token]))
    assert expired.status_code == 404 and "This link doesn" in expired.content.decode()
    tampered = client.get(reverse("followups:survey", args=[token[:-3] + "abc"]))
    assert (
        tampered.status_code == 404
        and "Nothing is wrong with your account" in tampered.content.decode()
    )
    other_purpose = client.get(
        reverse("followups:survey", args=[token_for(followup, CHECKIN_SALT)])
    )
    assert other_purpose.status_code == 404
    assert not SurveyResponse.objects.exists()


def test_checkin_still_working(client: Client, followup: FollowUp) -> None:
    url = reverse("followups:checkin", args=[token_for(followup, CHECKIN_SALT)])
    page = client.get(url, {"answer": "working"}).content.decode()
    assert "Is everything still working?" in page
    followup.refresh_from_db()
    assert followup.checkin_answer == ""  # opening the link records nothing
    done = client.post(url, {"answer": "working"}).content.decode()
    assert "Wonderful, thank you" in done
    followup.refresh_from_db()
    assert followup.checkin_answer == "working" and followup.ticket.status == Status.CLOSED
    assert "already told us" in client.post(url, {"answer": "came_back"}).content.decode()


@pytest.mark.parametrize(("days", "reopens"), [(3, True), (20, False)])
def test_checkin_its_back(client: Client, followup: FollowUp, days: int, reopens: bool) -> None:
    Ticket.objects.filter(pk=followup.ticket_id).update(
        closed_at=timezone.now() - timedelta(days=days)
    )
    url = reverse("followups:checkin", args=[token_for(followup, CHECKIN_SALT)])
    page = client.post(url, {"answer": "came_back"}).content.decode()
    ticket = Ticket.objects.get(pk=followup.ticket_id)
    if reopens:
        assert ticket.status == Status.OPEN and f"reopened {ticket.reference}" in page
    else:
        assert ticket.status == Status.CLOSED
        linked = Ticket.objects.get(follows=ticket)
        assert linked.reference in page


def test_checkin_needs_a_valid_answer(client: Client, followup: FollowUp) -> None:
    url = reverse("followups:checkin", args=[token_for(followup, CHECKIN_SALT)])
    assert (
        "Please choose one of the two answers."
        in client.post(url, {"answer": "maybe"}).content.decode()
    )


def test_opting_out(client: Client, followup: FollowUp, client_user: User) -> None:
    url = reverse("followups:optout", args=[token_for(followup, OPTOUT_SALT)])
    assert "Stop check-in e-mails?" in client.get(url).content.decode()
    client_user.client_profile.refresh_from_db()
    assert client_user.client_profile.checkins
    client.post(url)
    client_user.client_profile.refresh_from_db()
    assert not client_user.client_profile.checkins
    assert OutboxEmail.objects.get(kind="checkin").status == OutboxEmail.Status.CANCELLED


def test_profile_checkbox_turns_checkins_back_on(client: Client, client_user: User) -> None:
    client.force_login(client_user)
    profile = client_user.client_profile
    data = {
        "display_name": "Maria Alvarez",
        "organisation": "",
        "field_of_expertise": profile.field_of_expertise_id,
        "comfort": "new",
        "preferred_contact": "email",
        "phone": "",
    }
    client.post(reverse("portal:profile"), data)
    profile.refresh_from_db()
    assert not profile.checkins
    client.post(reverse("portal:profile"), {**data, "checkins": "on"})
    profile.refresh_from_db()
    assert profile.checkins
