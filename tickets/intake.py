"""Ticket intake and the client's own actions, one service each: tell us about a problem,
answer, confirm a fix, or say it is still not working (reopen, or a new linked ticket); and
a technician logging a ticket for a caller, a new client included. The portal, the
workspace, the API and the check-in e-mail all call these; each calls the ticket services,
and nothing here bypasses the workflow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import ComfortLevel, FieldOfExpertise, User
from accounts.services import client_create, client_welcome_send
from tickets.models import (
    Category,
    Channel,
    DataWorry,
    Impact,
    Message,
    MessageKind,
    Priority,
    StagedUpload,
    Status,
    Ticket,
)
from tickets.services import message_add, ticket_close, ticket_create, ticket_reopen
from tickets.workflow import TransitionNotAllowed

SUBJECT_LENGTH = 80


@dataclass(frozen=True)
class ProblemReport:
    trying: str
    happened: str
    impact: str
    data_worry: str
    needed_by: datetime | None = None
    category: Category | None = None


def subject_from(report: ProblemReport) -> str:
    """A short subject from the client's own words: the first sentence of what happened."""
    text = " ".join(report.happened.split())
    for stop in (". ", "! ", "? ", "\n"):
        if stop in text:
            text = text.split(stop, 1)[0]
    text = text.rstrip(".!? ")
    if len(text) > SUBJECT_LENGTH:
        text = text[: SUBJECT_LENGTH - 1].rsplit(" ", 1)[0] + "…"
    return text or "A problem"


def description_from(report: ProblemReport) -> str:
    return (
        f"What I was trying to do:\n{report.trying.strip()}\n\n"
        f"What happened instead:\n{report.happened.strip()}"
    )


def priority_from(report: ProblemReport, *, now: datetime) -> Priority:
    """Start from what the client told us; the technician can change it."""
    priority = {
        Impact.CANT_WORK: Priority.HIGH,
        Impact.SLOWS_ME: Priority.NORMAL,
        Impact.ANNOYANCE: Priority.LOW,
    }.get(Impact(report.impact), Priority.NORMAL)
    if report.data_worry == DataWorry.YES:
        priority = max(priority, Priority.HIGH)
    if report.needed_by is not None and report.needed_by - now <= timedelta(hours=24):
        priority = max(priority, Priority.HIGH)
    return Priority(priority)


def problem_submit(
    *, client: User, report: ProblemReport, staged: Sequence[StagedUpload] = ()
) -> Ticket:
    return ticket_create(
        client=client,
        subject=subject_from(report),
        description=description_from(report),
        created_by=client,
        category=report.category,
        priority=priority_from(report, now=timezone.now()),
        impact=report.impact,
        data_worry=report.data_worry,
        needed_by=report.needed_by,
        staged=staged,
    )


def client_reply(
    *, ticket: Ticket, client: User, body: str, staged: Sequence[StagedUpload] = ()
) -> Message:
    """The client writes on their open ticket; a fixed one takes 'fixed' or 'still broken'."""
    if ticket.status in (Status.RESOLVED, Status.CLOSED):
        raise TransitionNotAllowed(
            "This problem is marked fixed. Tell us below whether it's fixed or still not working."
        )
    return message_add(
        ticket=ticket, kind=MessageKind.CLIENT, author=client, body=body, staged=staged
    )


@transaction.atomic
def client_confirms_fixed(*, ticket: Ticket, client: User, comment: str = "") -> Ticket:
    """'Yes, it's fixed': close the ticket, which sends the explanation and guide."""
    if comment.strip():
        message_add(ticket=ticket, kind=MessageKind.CLIENT, author=client, body=comment)
    return ticket_close(ticket=ticket, actor=client)


def reopen_window() -> timedelta:
    return timedelta(days=settings.CLIENT_REOPEN_DAYS)


@dataclass(frozen=True)
class StillBroken:
    ticket: Ticket
    reopened: bool


@transaction.atomic
def client_reports_still_broken(*, ticket: Ticket, client: User, details: str = "") -> StillBroken:
    """'It's still not working': reopen it if it closed recently, else open a linked ticket."""
    now = timezone.now()
    words = details.strip() or "It's still not working."
    recently = ticket.closed_at is None or now - ticket.closed_at <= reopen_window()
    if ticket.status == Status.RESOLVED or (ticket.status == Status.CLOSED and recently):
        ticket_reopen(ticket=ticket, actor=client, reason="The client says it's still not working.")
        message_add(ticket=ticket, kind=MessageKind.CLIENT, author=client, body=words)
        return StillBroken(ticket=ticket, reopened=True)
    if ticket.status != Status.CLOSED:
        raise TransitionNotAllowed("A technician is still working on this problem.")
    follow_up = ticket_create(
        client=client,
        subject=f"Still not working: {ticket.subject}"[:200],
        description=words,
        created_by=client,
        category=ticket.category,
        priority=max(ticket.priority, Priority.NORMAL),
        follows=ticket,
    )
    return StillBroken(ticket=follow_up, reopened=False)


@dataclass(frozen=True)
class NewClient:
    """A caller with no account yet: the technician types what the client tells them."""

    display_name: str
    email: str
    field_of_expertise: FieldOfExpertise
    comfort: ComfortLevel | str
    phone: str = ""


@transaction.atomic
def phone_ticket_log(
    *,
    actor: User,
    client: User | NewClient,
    subject: str,
    description: str,
    category: Category | None,
    priority: Priority | int,
    impact: str,
    data_worry: str,
    staged: Sequence[StagedUpload] = (),
) -> Ticket:
    """A technician logs a ticket during a call. A new client gets an account (no password:
    the welcome e-mail lets them choose one) in the same transaction as the ticket, so a
    failure leaves neither behind."""
    if isinstance(client, NewClient):
        person = client_create(
            display_name=client.display_name,
            email=client.email,
            password=None,
            field_of_expertise=client.field_of_expertise,
            comfort=client.comfort,
            phone=client.phone,
        )
    else:
        person = client
    ticket = ticket_create(
        client=person,
        subject=subject,
        description=description,
        created_by=actor,
        channel=Channel.PHONE,
        category=category,
        priority=priority,
        impact=impact,
        data_worry=data_worry,
        staged=staged,
    )
    if isinstance(client, NewClient):
        client_welcome_send(user=person, ticket_reference=ticket.reference)
    return ticket
