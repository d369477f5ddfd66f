"""Clients keep their details up to date, and change their email and password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import ClientProfile, FieldOfExpertise, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def maria(client: Client, client_user: User) -> Client:
    client.force_login(client_user)
    return client


def test_profile_update(maria: Client, client_user: User) -> None:
    law = FieldOfExpertise.objects.get(slug="law")
    response = maria.post(
        reverse("portal:profile"),
        {
            "display_name": "Maria A. Alvarez",
            "organisation": "Harbour View",
            "field_of_expertise": law.pk,
            "comfort": "everyday",
            "preferred_contact": "text",
            "phone": "07700 900 101",
        },
    )
    assert response.status_code == 302
    profile = ClientProfile.objects.get(user=client_user)
    assert (profile.field_of_expertise, profile.comfort, profile.preferred_contact) == (
        law,
        "everyday",
        "text",
    )
    assert profile.organisation is not None and profile.organisation.name == "Harbour View"
    client_user.refresh_from_db()
    assert client_user.display_name == "Maria A. Alvarez"


def test_profile_mistakes_keep_input(maria: Client) -> None:
    response = maria.post(
        reverse("portal:profile"),
        {
            "display_name": "Maria",
            "organisation": "Harbour View",
            "comfort": "everyday",
            "preferred_contact": "phone",
            "phone": "",
        },
    )
    page = response.content.decode()
    assert "Please add a phone number" in page
    assert 'value="Harbour View"' in page


def test_email_change_needs_the_password_and_tells_the_old_address(
    maria: Client,
    client_user: User,
    other_client: User,
    password: str,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    wrong = maria.post(
        reverse("portal:email_change"), {"email": "new@example.test", "password": "nope"}
    )
    assert "That password isn&#x27;t right" in wrong.content.decode()
    taken = maria.post(
        reverse("portal:email_change"), {"email": "daniel@example.test", "password": password}
    )
    assert "Another account already uses this email address." in taken.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        done = maria.post(
            reverse("portal:email_change"), {"email": "New@Example.test", "password": password}
        )
    assert done.status_code == 302
    client_user.refresh_from_db()
    assert client_user.email == "new@example.test"
    assert mail.outbox[-1].to == ["maria@example.test"]
    assert maria.get(reverse("portal:home")).status_code == 200  # still signed in


def test_password_change(maria: Client, client_user: User, password: str) -> None:
    response = maria.post(
        reverse("portal:password_change"),
        {
            "old_password": password,
            "new_password1": "a fresh long phrase",
            "new_password2": "a fresh long phrase",
        },
    )
    assert response["Location"] == reverse("portal:profile")
    client_user.refresh_from_db()
    assert client_user.check_password("a fresh long phrase")
