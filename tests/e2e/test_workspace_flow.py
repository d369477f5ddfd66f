"""A technician takes a ticket, replies, adds a note, resolves and closes it, in the browser."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import audit, follow, sign_in
from tickets.models import Status, Ticket


def test_technician_works_a_ticket_end_to_end(page: Any, demo_data: None) -> None:
    sign_in(page, "tech@demo.test")
    follow(page, page.get_by_role("link", name="Unassigned"))
    audit(page, "workspace-unassigned")

    ticket = (
        Ticket.objects.filter(status=Status.NEW, assignee__isnull=True).order_by("-number").first()
    )
    assert ticket is not None
    page.get_by_label("Ticket reference").fill(ticket.reference)
    page.get_by_role("button", name="Go").click()
    page.wait_for_url(f"**/work/tickets/{ticket.reference}/")
    audit(page, "ticket-new")

    page.get_by_role("button", name="Take this ticket").click()
    page.get_by_text("The ticket is yours.").wait_for()

    page.get_by_label("Reply to the client").fill(
        "Thank you for telling us. Nothing is lost: I'm looking at it now."
    )
    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Reply sent to").wait_for()

    page.get_by_text("Add an internal note").click()
    page.get_by_label("Internal note").fill("Checked the account: nothing deleted.")
    page.get_by_role("button", name="Add note").click()
    page.get_by_text("Internal note added.").wait_for()

    page.get_by_text("Write the resolution").click()
    page.get_by_label("What happened").fill("Your computer lost its link to the shared folder.")
    page.get_by_label("What I did").fill("I connected it again and checked your files open.")
    page.get_by_label("Safe: nothing was lost").check()
    page.get_by_label("How to prevent it").fill("Restart before calling us; it often fixes this.")
    page.get_by_role("button", name="Mark as resolved").click()
    page.get_by_text("Resolved. Check the explanation").wait_for()
    audit(page, "ticket-resolved")

    page.get_by_role("button", name="Close and send the explanation").click()
    page.get_by_text("Closed.").first.wait_for()

    follow(page, page.get_by_role("link", name="History"))
    history = page.locator(".history").inner_text()
    for step in (
        "assigned it to Sam Taylor",
        "replied to the client",
        "added an internal note",
        "resolved it",
        "closed it",
    ):
        assert step in history, step
    audit(page, "ticket-history")
    ticket.refresh_from_db()
    assert ticket.status == Status.CLOSED


def test_workspace_on_a_phone(phone_page: Any, demo_data: None) -> None:
    sign_in(phone_page, "tech@demo.test")
    follow(phone_page, phone_page.get_by_role("link", name="All open"))
    audit(phone_page, "workspace-open")
    follow(phone_page, phone_page.locator(".ticket-link").first)
    audit(phone_page, "ticket")


def test_filters_update_without_reload(page: Any, demo_data: None) -> None:
    sign_in(page, "tech@demo.test")
    page.goto("/work/?queue=open")
    before = page.locator(".queue-table tbody tr").count()
    page.get_by_label("Priority").select_option(label="Urgent")
    page.wait_for_url("**priority=4**")
    page.wait_for_load_state("networkidle")
    after = page.locator(".queue-table tbody tr").count()
    assert 0 < after < before
    audit(page, "workspace-filtered")


def test_new_ticket_for_a_caller(page: Any, demo_data: None) -> None:
    sign_in(page, "tech@demo.test")
    page.goto("/work/tickets/new/")
    page.get_by_label("Find a client").fill("Edith")
    page.get_by_role("button", name="Edith Moore").click()
    page.get_by_label("Subject").fill("Tablet screen stays black")
    page.get_by_label("The problem, in the client's words").fill(
        "Caller says: my tablet won't wake up and my grandson's photos are on it."
    )
    audit(page, "ticket-create")
    page.get_by_role("button", name="Log the ticket").click()
    page.get_by_text("logged for Edith Moore").wait_for()
