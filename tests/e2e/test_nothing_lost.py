"""Nothing typed on the ticket page is lost: not when another box saves and htmx swaps the
page, not when the tab changes or the page reloads, and not when someone else changed the
ticket first (the refusal is shown, the text and files stay, and sending again works)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from accounts.models import User
from accounts.roles import Role
from tests.e2e.conftest import DESKTOP, _new_page, audit, sign_in
from tests.factories import TEST_PASSWORD, ClientFactory, StaffFactory, category, make_ticket
from tickets.models import MessageKind, Priority, Status, Ticket
from tickets.services import ticket_assign, ticket_change_status

REPLY = "Your files are safe: I can see every one of them on the shared drive."
NOTE = "Checked the drive's recycle bin: nothing deleted."
CAUSE = "Your computer lost its link to the shared drive overnight."


@pytest.fixture
def people(live_db: None) -> dict[str, User]:
    return {
        "sam": StaffFactory.create(email="sam@example.test", display_name="Sam Taylor"),
        "alex": StaffFactory.create(
            email="alex@example.test", display_name="Alex Chen", role=Role.TECHNICIAN
        ),
        "maria": ClientFactory.create(email="maria@example.test", display_name="Maria Alvarez"),
    }


def open_ticket(people: dict[str, User]) -> Ticket:
    ticket = make_ticket(client=people["maria"], subject="The shared drive is empty")
    ticket_assign(ticket=ticket, assignee=people["sam"], actor=people["sam"])
    ticket_change_status(ticket=ticket, status=Status.OPEN, actor=people["sam"])
    return ticket


def boxes(page: Any) -> dict[str, str]:
    return {
        "reply": page.locator("#id_reply_body").input_value(),
        "note": page.locator("#id_note_body").input_value(),
        "cause": page.locator("#id_resolve_cause").input_value(),
    }


def type_everywhere(page: Any) -> None:
    page.locator("#id_reply_body").fill(REPLY)
    page.get_by_text("Add an internal note").click()
    page.locator("#id_note_body").fill(NOTE)
    page.get_by_text("Write the resolution").click()
    page.locator("#id_resolve_cause").fill(CAUSE)


def test_typed_text_survives_every_change_on_the_page(page: Any, people: dict[str, User]) -> None:
    ticket = open_ticket(people)
    sign_in(page, "sam@example.test", TEST_PASSWORD)
    page.goto(f"/work/tickets/{ticket.reference}/")
    type_everywhere(page)
    expected = {"reply": REPLY, "note": NOTE, "cause": CAUSE}

    page.get_by_label("Priority").select_option(str(Priority.HIGH))
    page.get_by_text("Priority changed to high.").wait_for()
    assert boxes(page) == expected
    assert page.locator("details.note-box").get_attribute("open") is not None

    page.get_by_label("Category").select_option(label=category("network-drives").name)
    page.get_by_text("Category changed.").wait_for()
    assert boxes(page) == expected

    page.get_by_label("Status").select_option(Status.WAITING)
    page.get_by_text("Status changed to").wait_for()
    assert boxes(page) == expected

    page.get_by_label("Assigned to").select_option(label="Alex Chen")
    page.get_by_text("Assigned to Alex Chen.").wait_for()
    assert boxes(page) == expected

    page.get_by_role("link", name="History").click()
    page.locator(".history").wait_for()
    page.get_by_role("link", name="Conversation").click()
    page.locator("#id_reply_body").wait_for()
    assert boxes(page) == expected

    page.reload()
    assert boxes(page) == expected
    page.get_by_text("We kept what you typed here before.").first.wait_for()
    audit(page, "ticket-draft-restored")

    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Reply sent to Maria.").wait_for()
    assert boxes(page) == {"reply": "", "note": NOTE, "cause": CAUSE}
    page.get_by_label("Priority").select_option(str(Priority.NORMAL))
    page.get_by_text("Priority changed to normal.").wait_for()
    assert boxes(page)["reply"] == ""  # a sent reply doesn't come back as a draft
    ticket.refresh_from_db()
    assert ticket.priority == Priority.NORMAL
    assert ticket.messages.filter(kind=MessageKind.REPLY, body=REPLY).count() == 1


def _alex_changes_it(browser: Any, live_server: Any, reference: str) -> None:
    """The other technician, in a browser of their own, changes the ticket."""
    other = _new_page(browser, live_server.url, DESKTOP)
    try:
        sign_in(other, "alex@example.test", TEST_PASSWORD)
        other.goto(f"/work/tickets/{reference}/")
        current = other.get_by_label("Priority").input_value()
        choice = str(Priority.URGENT if current != str(Priority.URGENT) else Priority.LOW)
        other.get_by_label("Priority").select_option(choice)
        other.get_by_text("Priority changed").wait_for()
    finally:
        other.context.close()


# Every form on the ticket page that saves through htmx.
FORMS = ["reply", "note", "resolve", "status", "assign", "category"]


@pytest.mark.parametrize("form", FORMS)
def test_a_refused_send_is_shown_and_keeps_everything(
    browser: Any,
    live_server: Any,
    page: Any,
    people: dict[str, User],
    form: str,
    tmp_path: Path,
) -> None:
    ticket = open_ticket(people)
    sign_in(page, "sam@example.test", TEST_PASSWORD)
    page.goto(f"/work/tickets/{ticket.reference}/")
    _alex_changes_it(browser, live_server, ticket.reference)

    attachment = tmp_path / "screen.txt"
    attachment.write_text("What the screen said.")
    if form == "reply":
        page.locator("#id_reply_body").fill(REPLY)
        page.locator("#id_reply_attachments").set_input_files(str(attachment))
        send = page.get_by_role("button", name="Send reply")
    elif form == "note":
        page.get_by_text("Add an internal note").click()
        page.locator("#id_note_body").fill(NOTE)
        send = page.get_by_role("button", name="Add note")
    elif form == "resolve":
        page.get_by_text("Write the resolution").click()
        page.locator("#id_resolve_cause").fill(CAUSE)
        page.locator("#id_resolve_actions").fill("I connected it again.")
        page.get_by_label("Safe: nothing was lost").check()
        send = page.get_by_role("button", name="Mark as resolved")
    else:
        send = None

    if form != "reply":
        page.locator("#id_reply_body").fill(REPLY)  # a draft beside the form that is sent
    if form == "status":
        page.get_by_label("Status").select_option(Status.WAITING)
    elif form == "assign":
        page.get_by_label("Assigned to").select_option(label="Alex Chen")
    elif form == "category":
        page.get_by_label("Category").select_option(label=category("network-drives").name)
    else:
        assert send is not None
        send.click()

    notice = page.locator("#conflict-notice")
    notice.wait_for()
    assert "Alex Chen changed the priority" in notice.inner_text()
    assert page.locator(".not-sent").count() == 1
    assert page.locator("#id_reply_body").input_value() == REPLY
    if form == "reply":
        assert "screen.txt" in page.locator(".staged").inner_text()
    if form == "note":
        assert page.locator("#id_note_body").input_value() == NOTE
    if form == "resolve":
        assert page.locator("#id_resolve_cause").input_value() == CAUSE
    audit(page, f"ticket-conflict-{form}")

    # Sending again now goes through.
    if form in ("status", "assign", "category"):
        page.locator(".not-sent").locator("xpath=..").get_by_role("button", name="Save").click()
    else:
        assert send is not None
        send.click()
    page.locator("#conflict-notice").wait_for(state="detached")
    ticket.refresh_from_db()
    if form == "reply":
        sent = ticket.messages.get(kind=MessageKind.REPLY)
        assert sent.body == REPLY
        assert [a.original_name for a in sent.attachments.all()] == ["screen.txt"]
    elif form == "note":
        assert ticket.messages.filter(kind=MessageKind.NOTE, body=NOTE).exists()
    elif form == "resolve":
        assert ticket.status == Status.RESOLVED
    elif form == "status":
        assert ticket.status == Status.WAITING
    elif form == "assign":
        assert ticket.assignee == people["alex"]
    elif form == "category":
        assert ticket.category is not None and ticket.category.slug == "network-drives"


def test_bulk_change_reports_tickets_someone_else_changed(
    browser: Any, live_server: Any, page: Any, people: dict[str, User]
) -> None:
    first, second = open_ticket(people), open_ticket(people)
    sign_in(page, "sam@example.test", TEST_PASSWORD)
    page.goto("/work/?queue=open")
    _alex_changes_it(browser, live_server, second.reference)
    page.get_by_label(f"Select {first.reference}").check()
    page.get_by_label(f"Select {second.reference}").check()
    page.locator("#bulk-assignee").select_option(label="Alex Chen")
    page.get_by_role("button", name="Assign", exact=True).click()
    page.get_by_text("1 ticket(s) assigned to Alex Chen.").wait_for()
    warning = page.get_by_text(f"{second.reference} not changed: it changed since you loaded")
    warning.wait_for()
    assert "Alex Chen changed the priority" in warning.inner_text()
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.assignee == people["alex"]
    assert second.assignee == people["sam"]


def test_an_error_answer_is_shown_and_the_text_stays(page: Any, people: dict[str, User]) -> None:
    ticket = open_ticket(people)
    sign_in(page, "sam@example.test", TEST_PASSWORD)
    page.goto(f"/work/tickets/{ticket.reference}/")
    page.locator("#id_reply_body").fill(REPLY)
    page.route("**/reply/", lambda route: route.fulfill(status=500, body="Server Error"))
    page.get_by_role("button", name="Send reply").click()
    problem = page.locator("#request-problem")
    problem.wait_for()
    assert "Nothing you typed is lost" in problem.inner_text()
    assert page.locator("#id_reply_body").input_value() == REPLY
    page.reload()
    assert page.locator("#id_reply_body").input_value() == REPLY
