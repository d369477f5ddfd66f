"""Each role reaches its own home and is refused the others'."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from accounts.roles import Role, can_use_portal, can_view_metrics, can_work_tickets, role_of
from accounts.services import user_set_role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HOMES = {
    "client_user": "portal:home",
    "technician": "workspace:workspace",
    "manager": "metrics:dashboard",
}

# Who may open each home. Managers see everything a technician sees.
ALLOWED = {
    "portal:home": {"client_user"},
    "workspace:workspace": {"technician", "manager"},
    "metrics:dashboard": {"manager"},
    "sentmail:mailbox": {"technician", "manager"},
}


@pytest.mark.parametrize("persona", HOMES)
def test_sign_in_lands_on_the_role_home(
    client: Client, persona: str, password: str, request: pytest.FixtureRequest
) -> None:
    user: User = request.getfixturevalue(persona)
    response = client.post(
        reverse("accounts:login"),
        {"username": user.email.upper(), "password": password},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse(HOMES[persona])
    assert response.status_code == 200


@pytest.mark.parametrize("url_name", ALLOWED)
@pytest.mark.parametrize("persona", HOMES)
def test_homes_are_refused_to_other_roles(
    client: Client, persona: str, url_name: str, request: pytest.FixtureRequest
) -> None:
    client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse(url_name))
    expected = 200 if persona in ALLOWED[url_name] else 403
    assert response.status_code == expected


@pytest.mark.parametrize("url_name", ALLOWED)
def test_anonymous_visitors_are_sent_to_sign_in(client: Client, url_name: str, db: None) -> None:
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_role_checks(client_user: User, technician: User, manager: User) -> None:
    assert role_of(client_user) == Role.CLIENT
    assert role_of(technician) == Role.TECHNICIAN
    assert role_of(manager) == Role.MANAGER
    assert can_use_portal(client_user) and not can_work_tickets(client_user)
    assert can_work_tickets(technician) and not can_view_metrics(technician)
    assert can_work_tickets(manager) and can_view_metrics(manager)
    assert not can_use_portal(manager)


def test_someone_without_a_role_is_told_so(client: Client, db: None) -> None:
    client.force_login(UserFactory.create())
    response = client.get(reverse("home:index"), follow=True)
    assert response.status_code == 403
    assert b"Your account has no role yet" in response.content


def test_inactive_people_cannot_sign_in(client: Client, client_user: User, password: str) -> None:
    client_user.is_active = False
    client_user.save()
    response = client.post(
        reverse("accounts:login"), {"username": client_user.email, "password": password}
    )
    assert response.status_code == 200
    assert b"don&#x27;t match an account" in response.content


def test_sign_out_is_post_only(client: Client, client_user: User) -> None:
    client.force_login(client_user)
    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert client.get(reverse("portal:home")).status_code == 302


def test_navigation_matches_the_role(client: Client, technician: User, manager: User) -> None:
    client.force_login(technician)
    page = client.get(reverse("workspace:workspace")).content.decode()
    assert 'href="/work/"' in page
    assert 'href="/dashboard/"' not in page
    client.force_login(manager)
    page = client.get(reverse("metrics:dashboard")).content.decode()
    assert 'href="/dashboard/"' in page
    assert 'href="/admin/"' in page


def test_landing_page_for_visitors(client: Client, db: None) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert b"Ask for help" in response.content


def test_health(client: Client, db: None) -> None:
    assert client.get("/health/").json() == {"status": "ok"}


def test_a_role_change_takes_effect_on_the_next_request(client: Client, technician: User) -> None:
    """Permissions are cached between requests; changing a role must not wait for it."""
    client.force_login(technician)
    assert client.get(reverse("workspace:workspace")).status_code == 200
    user_set_role(user=technician, role=Role.CLIENT)
    assert client.get(reverse("workspace:workspace")).status_code == 403
    user_set_role(user=technician, role=Role.MANAGER)
    assert client.get(reverse("metrics:dashboard")).status_code == 200
