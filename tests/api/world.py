"""Shared data for the API tests: two clients' tickets, files, guides."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import User
from kb.models import Guide, GuideStatus
from tests.factories import make_ticket
from tests.kb.factories import make_guide
from tickets.models import Attachment, MessageKind, Ticket
from tickets.services import message_add, ticket_resolve
from tickets.services.attachments import attachment_stage

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def png(name: str = "screen.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG, content_type="image/png")


def attach(ticket: Ticket, author: User, *, kind: MessageKind = MessageKind.CLIENT) -> Attachment:
    staged = attachment_stage(owner=author, upload=png())
    message = message_add(ticket=ticket, kind=kind, author=author, body="", staged=[staged])
    return message.attachments.get()


def resolve(ticket: Ticket, technician: User) -> None:
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause="The printer lost its network settings.",
        actions="I set them again.",
        data_safety="safe",
    )


@dataclass
class World:
    """'own' things belong to the owner client (Maria), 'other' things to Daniel."""

    owner: User
    other_client: User
    technician: User
    manager: User
    tickets: dict[str, Ticket]
    attachments: dict[str, Attachment]
    guides: dict[str, Guide]


def build_world(owner: User, other_client: User, technician: User, manager: User) -> World:
    tickets = {"own": make_ticket(client=owner), "other": make_ticket(client=other_client)}
    return World(
        owner=owner,
        other_client=other_client,
        technician=technician,
        manager=manager,
        tickets=tickets,
        attachments={key: attach(ticket, ticket.client) for key, ticket in tickets.items()},
        guides={
            "own": make_guide(title="Printer offline"),
            "other": make_guide(title="Draft about scanners", status=GuideStatus.DRAFT),
        },
    )
