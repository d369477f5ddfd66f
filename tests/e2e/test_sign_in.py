"""Each demo person signs in and sees their own home, on a desktop and on a phone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import audit, follow, sign_in

HOMES = [
    ("tech@demo.test", "/work/", "Workspace", "technician-home"),
    ("manager@demo.test", "/dashboard/", "Dashboard", "manager-home"),
    ("client@demo.test", "/portal/", "Hello, Maria", "client-home"),
    ("client2@demo.test", "/portal/", "Hello, Daniel", "client2-home"),
]


@pytest.mark.parametrize(("email", "path", "heading", "name"), HOMES)
def test_demo_people_reach_their_home(
    page: Any, demo_data: None, email: str, path: str, heading: str, name: str
) -> None:
    sign_in(page, email)
    assert page.url.endswith(path)
    assert page.get_by_role("heading", level=1).inner_text().startswith(heading)
    audit(page, name)
    follow(page, page.get_by_role("button", name="Sign out"))
    assert page.url.endswith("/accounts/sign-in/")


def test_public_pages_on_a_phone(phone_page: Any, demo_data: None) -> None:
    phone_page.goto("/")
    audit(phone_page, "landing")
    follow(phone_page, phone_page.get_by_role("link", name="Ask for help"))
    audit(phone_page, "sign-up")
    follow(phone_page, phone_page.get_by_role("button", name="Create my account"))
    assert phone_page.get_by_role("alert").is_visible()
    audit(phone_page, "sign-up-errors")
    sign_in(phone_page, "client@demo.test")
    audit(phone_page, "client-home")


def test_sign_up_in_the_browser(page: Any, demo_data: None) -> None:
    page.goto("/accounts/sign-up/")
    page.get_by_label("Your name").fill("Priya Raman")
    page.get_by_label("Email address").fill("priya.new@example.test")
    page.get_by_label("Choose a password").fill("a quiet library afternoon")
    page.get_by_label("What kind of work do you do?").select_option(label="Writing")
    page.get_by_text("Everyday user").click()
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url("**/portal/")
    assert "Welcome, Priya" in page.content()
    page.goto("/accounts/sign-in/")
    audit(page, "sign-in")


def test_too_many_wrong_passwords_pause_sign_in_on_a_phone(
    phone_page: Any, demo_data: None, settings: Any
) -> None:
    from django.core.cache import cache

    cache.clear()
    settings.SIGN_IN_FAILURES_ALLOWED = 2
    for _ in range(2):
        sign_in(phone_page, "client@demo.test", "not my password")
        assert phone_page.get_by_role("alert").is_visible()
    sign_in(phone_page, "client@demo.test")  # the right password, but paused
    alert = phone_page.get_by_role("alert")
    assert "paused signing in" in alert.inner_text()
    assert phone_page.url.endswith("/accounts/sign-in/")
    audit(phone_page, "sign-in-paused")
