"""A new client signs up, reports a problem, follows it, replies and reads the technician's
answer, at desktop width and at 390 px, keyboard-friendly and audited."""

from __future__ import annotations

from typing import Any

import pytest

from accounts.models import User
from tests.e2e.conftest import audit, follow, screenshot
from tickets.models import MessageKind, Ticket
from tickets.services import message_add


@pytest.mark.parametrize("device", ["page", "phone_page"])
def test_new_client_from_sign_up_to_a_tracked_ticket(
    device: str, demo_data: None, request: pytest.FixtureRequest
) -> None:
    page: Any = request.getfixturevalue(device)
    email = f"new-{device}@example.test"
    page.goto("/")
    page.get_by_role("link", name="Ask for help").click()
    page.get_by_label("Your name").fill("Rosa Delgado")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Choose a password").fill("sunflowers in the garden")
    page.get_by_label("What kind of work do you do?").select_option(label="Teaching")
    page.get_by_text("New to computers").click()
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url("**/portal/")
    audit(page, "portal-home-empty")

    page.get_by_role("link", name="Tell us about a problem").first.click()
    page.get_by_label("What were you trying to do?").fill("Print the class register.")
    # A mistake first: the form must keep what was typed.
    page.get_by_role("button", name="Send it to us").click()
    page.get_by_role("alert").wait_for()
    assert (
        page.get_by_label("What were you trying to do?").input_value()
        == "Print the class register."
    )
    audit(page, "portal-new-errors")
    page.get_by_label("What happened instead?").fill(
        "The printer says offline and the register is due at 9. I think I broke it."
    )
    page.get_by_text("I can't work").click()
    page.get_by_text("Not sure", exact=True).click()
    audit(page, "portal-new")
    page.get_by_role("button", name="Send it to us").click()
    page.wait_for_url("**/sent/")
    assert "Thank you. We've got it." in page.content()
    audit(page, "portal-submitted")

    follow(page, page.get_by_role("link", name="See your problem"))
    assert "Waiting for a technician" in page.content()
    page.get_by_label("Your reply").fill("It's the printer in room 4.")
    page.get_by_role("button", name="Send").click()
    page.get_by_text("Your reply is with the technician").wait_for()

    # A technician answers; the client sees it on the portal.
    client = User.objects.get(email=email)
    ticket = Ticket.objects.get(client=client)
    technician = User.objects.get(email="tech@demo.test")
    message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=technician,
        body="Nothing is broken and it wasn't your fault. Is the printer's light green?",
        waiting_on_client=True,
    )
    message_add(ticket=ticket, kind=MessageKind.NOTE, author=technician, body="INTERNAL: spooler")
    page.reload()
    content = page.content()
    assert "We need something from you" in content
    assert "Is the printer" in content and "INTERNAL" not in content
    audit(page, "portal-ticket")

    follow(page, page.get_by_role("link", name="My problems"))
    assert ticket.subject in page.content()
    audit(page, "portal-home")
    follow(page, page.get_by_role("link", name="My details"))
    audit(page, "portal-profile")


def test_resolved_ticket_asks_if_it_is_fixed(page: Any, demo_data: None) -> None:
    from tests.e2e.conftest import sign_in

    sign_in(page, "client@demo.test")
    ticket = Ticket.objects.filter(client__email="client@demo.test", status="resolved").first()
    assert ticket is not None
    page.goto(f"/portal/tickets/{ticket.reference}/")
    assert "Is it fixed now?" in page.content()
    audit(page, "portal-resolved")
    page.get_by_role("button", name="Yes, it's fixed").click()
    page.get_by_text("We've closed this problem").wait_for()
    screenshot(page, "portal-closed")


def test_portal_works_with_the_keyboard(page: Any, demo_data: None) -> None:
    from tests.e2e.conftest import sign_in

    sign_in(page, "client2@demo.test")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.includes('Tell us about a problem')"):
            break
    else:
        pytest.fail("'Tell us about a problem' is not reachable by keyboard")
    page.keyboard.press("Enter")
    page.wait_for_url("**/portal/new/")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_trying":
            break
    else:
        pytest.fail("The first question is not reachable by keyboard")
    page.keyboard.type("Open my lesson plans")
    assert page.get_by_label("What were you trying to do?").input_value() == "Open my lesson plans"
