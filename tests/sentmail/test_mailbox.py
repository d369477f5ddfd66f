"""The demo mailbox keeps what was sent and shows it to staff only."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django.test import Client
from django.urls import reverse

from accounts.models import User
from sentmail.backend import DatabaseEmailBackend
from sentmail.models import SentEmail


def send_demo_mail(n: int) -> None:
    messages = []
    for i in range(n):
        message = EmailMultiAlternatives(
            f"Subject {i}",
            f"Body {i} http://testserver/x",
            "help@helpdesk.test",
            [f"p{i}@example.test"],
            headers={"Message-ID": f"<m{i}@testserver>"},
        )
        message.attach_alternative(f"<p>Body {i}<script>alert(1)</script></p>", "text/html")
        messages.append(message)
    DatabaseEmailBackend().send_messages(messages)


def test_backend_stores_text_html_and_message_id(db: None) -> None:
    send_demo_mail(1)
    row = SentEmail.objects.get()
    assert row.subject == "Subject 0"
    assert row.recipients == ["p0@example.test"]
    assert row.message_id == "<m0@testserver>"
    assert row.html_body.startswith("<p>Body 0")


def test_staff_read_the_mailbox_and_html_is_sandboxed(client: Client, technician: User) -> None:
    send_demo_mail(1)
    client.force_login(technician)
    listing = client.get(reverse("sentmail:mailbox"))
    assert b"Subject 0" in listing.content
    detail = client.get(
        reverse("sentmail:message", args=[SentEmail.objects.get().pk])
    ).content.decode()
    assert "<script>alert(1)</script>" not in detail
    assert 'sandbox srcdoc="&lt;p&gt;Body 0&lt;script&gt;' in detail
    assert '<a href="http://testserver/x"' in detail


def test_clients_cannot_read_the_mailbox(client: Client, client_user: User) -> None:
    send_demo_mail(1)
    client.force_login(client_user)
    assert client.get(reverse("sentmail:mailbox")).status_code == 403
    assert (
        client.get(reverse("sentmail:message", args=[SentEmail.objects.get().pk])).status_code
        == 403
    )


def test_mailbox_query_count_does_not_grow(
    client: Client, technician: User, django_assert_max_num_queries
) -> None:
    client.force_login(technician)
    send_demo_mail(2)
    with django_assert_max_num_queries(6) as small:
        client.get(reverse("sentmail:mailbox"))
    send_demo_mail(40)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("sentmail:mailbox"))
