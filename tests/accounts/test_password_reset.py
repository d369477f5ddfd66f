"""Password reset works by e-mail, through the outbox, with friendly pages for every outcome."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import Client
from django.urls import reverse

from accounts.models import User
from outbox.models import OutboxEmail


def reset_link_from_outbox() -> str:
    email = mail.outbox[-1]
    match = re.search(r"http://testserver(/accounts/reset/[^\s]+/)", str(email.body))
    assert match, email.body
    return match.group(1)


def test_reset_by_email_end_to_end(
    client: Client, client_user: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": "MARIA@example.test"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    row = OutboxEmail.objects.get(kind="password_reset")
    assert row.status == OutboxEmail.Status.SENT
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["maria@example.test"]
    assert sent.extra_headers["Message-ID"] == row.message_id
    assert isinstance(sent, EmailMultiAlternatives)
    assert "Choose a new password" in str(sent.alternatives[0][0])

    link = reset_link_from_outbox()
    form_page = client.get(link, follow=True)
    assert b"Choose a new password" in form_page.content
    set_url = form_page.redirect_chain[-1][0]
    mismatch = client.post(
        set_url, {"new_password1": "a brand new phrase", "new_password2": "different"}
    )
    assert "new_password2" in mismatch.context["form"].errors
    done = client.post(
        set_url, {"new_password1": "a brand new phrase", "new_password2": "a brand new phrase"}
    )
    assert done["Location"] == reverse("accounts:password_reset_complete")
    assert client.login(username="maria@example.test", password="a brand new phrase")


def test_unknown_email_gets_the_same_page_and_no_mail(
    client: Client, db: None, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("accounts:password_reset"), {"email": "nobody@example.test"}, follow=True
        )
    assert b"Check your email" in response.content
    assert not OutboxEmail.objects.exists()
    assert mail.outbox == []


def test_invalid_email_is_explained(client: Client, db: None) -> None:
    response = client.post(reverse("accounts:password_reset"), {"email": "not an email"})
    assert "Enter a valid email address." in response.context["form"].errors["email"]


def test_used_or_tampered_link_is_explained(client: Client, client_user: User) -> None:
    response = client.get(reverse("accounts:password_reset_confirm", args=["MQ", "bad-token"]))
    assert b"This link no longer works" in response.content
    assert b"Send me a new link" in response.content
