"""Managers invite technicians and managers from the admin and edit fields of expertise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import FieldOfExpertise, User
from accounts.roles import Role, role_of


def test_manager_invites_a_technician(
    client: Client, manager: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:accounts_user_add"),
            {"display_name": "Riley Park", "email": "Riley@Example.test", "role": "technician"},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    invited = User.objects.get(email="riley@example.test")
    assert role_of(invited) == Role.TECHNICIAN
    assert not invited.has_usable_password()
    assert not invited.is_staff
    assert len(mail.outbox) == 1
    assert "invited you to Helpdesk as a technician" in mail.outbox[0].body
    assert "/accounts/reset/" in mail.outbox[0].body


def test_manager_invites_a_manager_who_gets_the_admin(
    client: Client, manager: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:accounts_user_add"),
            {"display_name": "Casey Moss", "email": "casey@example.test", "role": "manager"},
        )
    invited = User.objects.get(email="casey@example.test")
    assert role_of(invited) == Role.MANAGER
    assert invited.is_staff
    assert "as a manager" in mail.outbox[0].body


def test_inviting_an_existing_email_is_refused(
    client: Client, manager: User, technician: User
) -> None:
    client.force_login(manager)
    response = client.post(
        reverse("admin:accounts_user_add"),
        {"display_name": "Again", "email": technician.email.upper(), "role": "technician"},
    )
    assert response.status_code == 200
    assert "already has an account" in response.content.decode()


def test_manager_changes_a_role_but_cannot_make_superusers(
    client: Client, manager: User, technician: User
) -> None:
    client.force_login(manager)
    url = reverse("admin:accounts_user_change", args=[technician.pk])
    page = client.get(url).content.decode()
    assert 'name="is_superuser"' not in page
    response = client.post(
        url,
        {
            "display_name": technician.display_name,
            "email": technician.email,
            "role": "manager",
            "is_active": "on",
            "is_superuser": "on",
        },
    )
    assert response.status_code == 302
    technician.refresh_from_db()
    assert role_of(technician) == Role.MANAGER
    assert not technician.is_superuser


def test_manager_edits_fields_of_expertise(client: Client, manager: User) -> None:
    client.force_login(manager)
    response = client.post(
        reverse("admin:accounts_fieldofexpertise_add"),
        {"name": "Farming", "slug": "farming", "position": 5, "is_active": "on"},
    )
    assert response.status_code == 302
    assert FieldOfExpertise.objects.filter(slug="farming").exists()
    assert client.get(reverse("admin:accounts_fieldofexpertise_changelist")).status_code == 200


def test_technicians_and_clients_have_no_admin(
    client: Client, technician: User, client_user: User
) -> None:
    for person in (technician, client_user):
        client.force_login(person)
        response = client.get(reverse("admin:index"))
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
