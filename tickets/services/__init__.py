"""Every change to tickets goes through these functions (HackSoft style: keyword-only,
typed, atomic, returning the model). Views, API views, admin actions, tasks and commands
call them; `save()` and signals carry no business logic. Apps above take part through
the named hooks in `tickets.hooks`, run explicitly here."""

from tickets.services.attachments import AttachmentRejected, attachment_add, attachment_validate
from tickets.services.concurrency import TicketChanged
from tickets.services.conversation import message_add
from tickets.services.lifecycle import (
    BulkResult,
    ticket_assign,
    ticket_change_category,
    ticket_change_priority,
    ticket_change_status,
    ticket_close,
    ticket_create,
    ticket_raise_priority,
    ticket_reopen,
    ticket_resolve,
    tickets_bulk_assign,
    tickets_bulk_change_status,
)
from tickets.workflow import TransitionNotAllowed

__all__ = [
    "AttachmentRejected",
    "BulkResult",
    "TicketChanged",
    "TransitionNotAllowed",
    "attachment_add",
    "attachment_validate",
    "message_add",
    "ticket_assign",
    "ticket_change_category",
    "ticket_change_priority",
    "ticket_change_status",
    "ticket_close",
    "ticket_create",
    "ticket_raise_priority",
    "ticket_reopen",
    "ticket_resolve",
    "tickets_bulk_assign",
    "tickets_bulk_change_status",
]
