"""Every kind of e-mail the helpdesk sends, made through the real services: plain-text parts
read as plain text, links use SITE_URL, and the closing e-mail has what the README promises."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from accounts.models import User
from accounts.roles import Role
from accounts.services import (
    client_welcome_send,
    password_reset_email_send,
    staff_invite,
    user_email_change,
)
from outbox.models import OutboxEmail
from tests.factories import category, make_ticket
from tests.kb.factories import make_guide
from tickets.models import DataSafety, MessageKind
from tickets.services import message_add, ticket_close, ticket_resolve

pytestmark = pytest.mark.django_db

SITE = "https://help.example.org"
KINDS = {
    "password_reset",
    "invitation",
    "client_welcome",
    "email_changed",
    "reply_notification",
    "closing_explanation",
    "checkin",
}


@pytest.fixture
def every_email(
    settings: Any,
    client_user: User,
    technician: User,
    manager: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> dict[str, OutboxEmail]:
    settings.SITE_URL = SITE
    client_user.display_name = "Maria O'Brien & Sons"
    client_user.save()
    password_reset_email_send(user=client_user)
    staff_invite(
        email="jo@example.test", display_name="Jo D'Arcy", role=Role.TECHNICIAN, invited_by=manager
    )
    client_welcome_send(user=client_user, ticket_reference="HD-1001")
    ticket = make_ticket(
        client=client_user,
        subject="The office's printer & scanner <stuck>",
        category=category("network-drives"),
    )
    message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=technician,
        body="Don't worry: your files are safe & sound. I'll \"remap\" the drive.",
    )
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause="Your computer's link to the SMB share on the office server dropped.",
        actions="I remapped the drive at \\\\office-server\\shared and checked it opens.",
        data_safety=DataSafety.SAFE,
        prevention="Restart first; it's often all it takes.",
        guide=make_guide(title="Get your shared drive back"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        ticket_close(ticket=ticket, actor=technician)
    user_email_change(user=client_user, email="maria.new@example.test")
    return {row.kind: row for row in OutboxEmail.objects.all()}


def test_every_kind_is_covered(every_email: dict[str, OutboxEmail]) -> None:
    assert set(every_email) == KINDS


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_text_parts_and_subjects_have_no_html_escapes(
    every_email: dict[str, OutboxEmail], kind: str
) -> None:
    email = every_email[kind]
    for part in (email.subject, email.text_body):
        assert "&#" not in part and "&amp;" not in part and "&lt;" not in part, part


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_links_use_the_site_url(every_email: dict[str, OutboxEmail], kind: str) -> None:
    email = every_email[kind]
    links = re.findall(r"https?://[^\s)\"'<>]+", email.text_body + email.html_body)
    own = [link for link in links if not link.startswith("mailto")]
    assert own or kind == "email_changed", f"{kind} has no link"
    assert all(link.startswith(SITE) for link in own), own
    assert "127.0.0.1" not in email.text_body + email.html_body


def test_names_with_apostrophes_read_naturally(every_email: dict[str, OutboxEmail]) -> None:
    reply = every_email["reply_notification"]
    assert "Don't worry: your files are safe & sound." in reply.text_body
    assert "The office's printer & scanner <stuck>" in reply.text_body
    assert "The office&#x27;s printer &amp; scanner &lt;stuck&gt;" in reply.html_body


def test_the_closing_email_has_every_promised_part(every_email: dict[str, OutboxEmail]) -> None:
    closing = every_email["closing_explanation"]
    for part in (closing.text_body, closing.html_body):
        # Their worries first: whether their data is safe.
        assert (
            part.index("Nothing was lost") < part.index("What happened") < part.index("What we did")
        )
        assert "Next time, you can do this yourself" in part  # the guide's steps
        assert "How to stop it happening again" in part
        assert "Words we used" in part  # the technical words, each in plain words
        assert f"{SITE}/after/survey/" in part  # the signed survey link
    assert "- SMB share:" in closing.text_body
    assert r"\\office-server\shared" in closing.text_body  # both backslashes kept
    assert r"<code>\\office-server\shared</code>" in closing.html_body
