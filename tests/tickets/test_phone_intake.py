"""A technician logs a ticket during a call: one service, one transaction."""

from __future__ import annotations

import pytest

from accounts.models import FieldOfExpertise, User
from outbox.models import OutboxEmail
from tickets import intake
from tickets.intake import NewClient, phone_ticket_log
from tickets.models import Channel, Priority, Ticket

pytestmark = pytest.mark.django_db


def _log(*, actor: User, client: User | NewClient) -> Ticket:
    return phone_ticket_log(
        actor=actor,
        client=client,
        subject="Tablet won't turn on",
        description="Her tablet stays black.",
        category=None,
        priority=Priority.NORMAL,
        impact="",
        data_worry="",
    )


def _edith() -> NewClient:
    return NewClient(
        display_name="Edith Moore",
        email="edith@example.test",
        field_of_expertise=FieldOfExpertise.objects.order_by("pk")[0],
        comfort="new",
    )


def test_an_existing_client_gets_a_phone_ticket_and_no_welcome(
    technician: User, client_user: User
) -> None:
    ticket = _log(actor=technician, client=client_user)
    assert ticket.client == client_user and ticket.channel == Channel.PHONE
    assert ticket.created_by == technician
    assert not OutboxEmail.objects.filter(kind="client_welcome").exists()


def test_a_new_client_gets_an_account_and_a_welcome_with_the_ticket(technician: User) -> None:
    ticket = _log(actor=technician, client=_edith())
    assert ticket.client.email == "edith@example.test"
    assert not ticket.client.has_usable_password()
    assert OutboxEmail.objects.filter(kind="client_welcome", to="edith@example.test").exists()


def test_a_failure_leaves_neither_the_new_client_nor_the_ticket(
    technician: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def welcome_fails(**kwargs: object) -> None:
        raise RuntimeError("outbox unavailable")

    monkeypatch.setattr(intake, "client_welcome_send", welcome_fails)
    with pytest.raises(RuntimeError):
        _log(actor=technician, client=_edith())
    assert not User.objects.filter(email="edith@example.test").exists()
    assert not Ticket.objects.exists()
