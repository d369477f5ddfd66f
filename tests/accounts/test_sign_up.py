"""A client signs up on the portal; every bad field is explained and nothing typed is lost."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import ClientProfile, FieldOfExpertise, User
from accounts.roles import Role, role_of


@pytest.fixture
def valid_data(db: None) -> dict[str, Any]:
    return {
        "display_name": "  Harriet   Lane ",
        "email": "Harriet.Lane@Example.TEST",
        "password": "copper kettle on the hob",
        "field_of_expertise": FieldOfExpertise.objects.get(slug="law").pk,
        "comfort": "new",
        "preferred_contact": "email",
        "phone": "",
        "organisation": "Lane & Partners",
    }


def test_sign_up_creates_a_client_and_signs_them_in(
    client: Client, valid_data: dict[str, Any]
) -> None:
    response = client.post(reverse("accounts:sign_up"), valid_data, follow=True)
    assert response.redirect_chain[-1][0] == reverse("portal:home")
    user = User.objects.get(email="harriet.lane@example.test")
    assert user.display_name == "Harriet Lane"
    assert role_of(user) == Role.CLIENT
    profile = ClientProfile.objects.get(user=user)
    assert profile.field_of_expertise.slug == "law"
    assert profile.comfort == "new"
    assert profile.organisation is not None and profile.organisation.name == "Lane & Partners"
    assert b"Welcome, Harriet" in response.content
    assert response.wsgi_request.user == user


def test_sign_up_page_renders(client: Client, db: None) -> None:
    response = client.get(reverse("accounts:sign_up"))
    page = response.content.decode()
    assert response.status_code == 200
    for label in (
        "Your name",
        "Email address",
        "Choose a password",
        "What kind of work do you do?",
        "How comfortable are you with computers?",
        "How should we contact you?",
    ):
        assert label in page
    assert "I find computers confusing" in page


INVALID_CASES = [
    ("display_name", "   ", "Please tell us your name."),
    ("display_name", "", "Please tell us your name."),
    ("email", "not-an-email", "This doesn't look like an email address."),
    ("email", "", "Please type your email address."),
    ("password", "short", "This password is too short."),
    ("password", "password1234", "This password is too common."),
    ("password", "12345678901234", "This password is entirely numeric."),
    ("password", "", "Please choose a password."),
    ("field_of_expertise", "", "Please choose the kind of work you do."),
    ("field_of_expertise", "99999", "Please choose one of the kinds of work in the list."),
    ("comfort", "", "Please choose how comfortable you are with computers."),
    ("comfort", "expert", "Please choose one of the three answers."),
    ("preferred_contact", "pigeon", "Please choose email, a phone call or a text message."),
    ("preferred_contact", "", "Please choose how we should contact you."),
    ("phone", "12", "full phone number"),
]


@pytest.mark.parametrize(("field", "value", "message"), INVALID_CASES)
def test_each_invalid_field_is_explained_and_input_kept(
    client: Client, valid_data: dict[str, Any], field: str, value: str, message: str
) -> None:
    data = {**valid_data, field: value}
    response = client.post(reverse("accounts:sign_up"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    assert any(message in error for error in form.errors[field])
    page = response.content.decode()
    # The message is shown next to the field and summarised at the top.
    assert f'id="id_{field}_error"' in page
    assert "Please check" in page
    # What was typed is still there (passwords excepted, as browsers expect).
    if field != "display_name":
        assert 'value="  Harriet   Lane "' in page or 'value="Harriet   Lane"' in page
    if field != "email":
        assert 'value="Harriet.Lane@Example.TEST"' in page
    assert 'value="Lane &amp; Partners"' in page
    assert not User.objects.filter(email="harriet.lane@example.test").exists()


def test_email_already_used_in_any_case(
    client: Client, valid_data: dict[str, Any], client_user: User
) -> None:
    data = {**valid_data, "email": client_user.email.upper()}
    response = client.post(reverse("accounts:sign_up"), data)
    assert (
        "There is already an account with this email" in response.context["form"].errors["email"][0]
    )


def test_password_too_like_the_email_is_refused(client: Client, valid_data: dict[str, Any]) -> None:
    data = {**valid_data, "email": "copperkettle@example.test", "password": "copperkettle"}
    response = client.post(reverse("accounts:sign_up"), data)
    assert "too similar" in response.context["form"].errors["password"][0]


@pytest.mark.parametrize("contact", ["phone", "text"])
def test_phone_is_needed_for_calls_and_texts(
    client: Client, valid_data: dict[str, Any], contact: str
) -> None:
    response = client.post(
        reverse("accounts:sign_up"), {**valid_data, "preferred_contact": contact}
    )
    assert "Please add a phone number" in response.context["form"].errors["phone"][0]
    ok = client.post(
        reverse("accounts:sign_up"),
        {**valid_data, "preferred_contact": contact, "phone": "07700 900 111"},
    )
    assert ok.status_code == 302


def test_inactive_fields_of_expertise_are_not_offered(
    client: Client, valid_data: dict[str, Any]
) -> None:
    FieldOfExpertise.objects.filter(slug="law").update(is_active=False)
    response = client.post(reverse("accounts:sign_up"), valid_data)
    assert "field_of_expertise" in response.context["form"].errors


def test_signed_in_people_skip_sign_up(client: Client, client_user: User) -> None:
    client.force_login(client_user)
    assert client.get(reverse("accounts:sign_up"))["Location"] == reverse("portal:home")
