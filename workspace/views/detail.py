"""The ticket page and every change made from it.

Each action is a POST with the ticket version the technician saw. On success it redirects
back (htmx follows the redirect and swaps the page region). On a mistake or a conflict it
re-renders the page with the technician's input kept in the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedHttpRequest
from accounts.models import User
from accounts.roles import workspace_required
from core.http import mutable_copy
from empathy.selectors import ticket_mood
from followups.services import followup_compose, followup_gate, followup_review
from kb.markdown import render_markdown
from kb.selectors import guides_for_linking, guides_sent_to
from tickets.models import DONE_STATUSES, MessageKind, Priority, Status, Ticket
from tickets.selectors import (
    categories_active,
    client_other_tickets,
    staff_for_assignment,
    staff_ticket_get,
    ticket_events_since,
    ticket_history,
    ticket_latest_resolution,
    ticket_messages,
)
from tickets.services import (
    TicketChanged,
    TransitionNotAllowed,
    message_add,
    ticket_assign,
    ticket_change_category,
    ticket_change_priority,
    ticket_change_status,
    ticket_close,
    ticket_reopen,
    ticket_resolve,
)
from tickets.services.conversation import EmptyMessage
from tickets.uploads import UploadsMixin
from tickets.workflow import status_moves_from
from workspace.forms import (
    AssignForm,
    CategoryForm,
    CloseForm,
    NoteForm,
    PriorityForm,
    ReopenForm,
    ReplyForm,
    ResolveForm,
    StatusForm,
)

TABS = ("conversation", "history")


FORM_IDS = {
    "reply_form": "reply",
    "note_form": "note",
    "status_form": "status",
    "priority_form": "priority",
    "assign_form": "assign",
    "category_form": "category",
    "resolve_form": "resolve",
    "close_form": "close",
    "reopen_form": "reopen",
}


def form_ids(name: str) -> str:
    """A distinct id pattern per form: the page holds several forms with a 'body' field."""
    return f"id_{FORM_IDS[name]}_%s"


def _forms_for(ticket: Ticket, staff: list[User]) -> dict[str, forms.Form]:
    version = {"version": ticket.version}
    resolution = ticket_latest_resolution(ticket=ticket) if ticket.status in DONE_STATUSES else None
    resolve_initial: dict[str, Any] = dict(version)
    if resolution is not None:
        resolve_initial.update(
            cause=resolution.cause,
            actions=resolution.actions,
            data_safety=resolution.data_safety,
            prevention=resolution.prevention,
            guide=resolution.guide_id,
        )
    return {
        "reply_form": ReplyForm(initial=version, auto_id=form_ids("reply_form")),
        "note_form": NoteForm(initial=version, auto_id=form_ids("note_form")),
        "status_form": StatusForm(
            initial={**version, "status": ticket.status}, auto_id=form_ids("status_form")
        ),
        "priority_form": PriorityForm(
            initial={**version, "priority": ticket.priority}, auto_id=form_ids("priority_form")
        ),
        "assign_form": AssignForm(
            staff=staff,
            initial={**version, "assignee": ticket.assignee_id},
            auto_id=form_ids("assign_form"),
        ),
        "category_form": CategoryForm(
            initial={**version, "category": ticket.category_id}, auto_id=form_ids("category_form")
        ),
        "resolve_form": ResolveForm(initial=resolve_initial, auto_id=form_ids("resolve_form")),
        "close_form": CloseForm(initial=version, auto_id=form_ids("close_form")),
        "reopen_form": ReopenForm(initial=version, auto_id=form_ids("reopen_form")),
    }


def closing_preview(ticket: Ticket, close_form: forms.Form) -> dict[str, Any]:
    """On a resolved ticket: the explanation the client will get, the answer to each of their
    worries with the facts it came from, the coach's view of it, and one line when it still
    leaves a worry unanswered or a term unexplained (a warning: sending is never blocked)."""
    if ticket.status != Status.RESOLVED:
        return {}
    composed = followup_compose(ticket=ticket)
    if not close_form.is_bound:
        close_form.fields["explanation"].initial = composed.markdown
    text = close_form.data.get("explanation") if close_form.is_bound else composed.markdown
    review = followup_review(ticket=ticket, text=text or composed.markdown)
    return {
        "explanation_html": render_markdown(text or composed.markdown),
        "explanation_review": review,
        "explanation_answers": composed.answers,
        "explanation_analogy": composed.analogy,
        "explanation_gate": followup_gate(review=review, first_name=ticket.client.get_short_name()),
    }


def render_ticket_page(
    request: AuthenticatedHttpRequest,
    ticket: Ticket,
    *,
    bound: dict[str, forms.Form] | None = None,
    conflict: TicketChanged | None = None,
    status: int = 200,
) -> HttpResponse:
    staff = staff_for_assignment()
    page_forms = _forms_for(ticket, staff)
    page_forms.update(bound or {})
    resolve_form = page_forms["resolve_form"]
    if isinstance(resolve_form, ResolveForm) and ticket.status != Status.CLOSED:
        resolve_form.offer_guides(guides_for_linking(ticket=ticket))
    tab = request.GET.get("tab", "conversation")
    refusals = [
        error
        for form in (bound or {}).values()
        if form.is_bound
        for error in form.non_field_errors()
    ]
    context: dict[str, Any] = {
        "ticket": ticket,
        "profile": getattr(ticket.client, "client_profile", None),
        "tab": tab if tab in TABS else "conversation",
        "timeline": ticket_messages(ticket=ticket, include_internal=True),
        "history": ticket_history(ticket=ticket),
        "other_tickets": client_other_tickets(ticket=ticket),
        "guides_sent": guides_sent_to(client=ticket.client),
        "mood": ticket_mood(ticket=ticket),
        **closing_preview(ticket, page_forms["close_form"]),
        "resolution": ticket_latest_resolution(ticket=ticket),
        "status_choices": status_moves_from(ticket.status),
        "categories": categories_active(),
        "staff": staff,
        "priorities": Priority.choices,
        "conflict": conflict,
        "refusals": refusals,
        "changes_since": (
            ticket_events_since(ticket=ticket, version=conflict.seen_version) if conflict else []
        ),
        **page_forms,
    }
    return render(request, "workspace/ticket.html", context, status=status)


@workspace_required
@require_GET
def ticket_detail(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    ticket = staff_ticket_get(user=request.user, reference=reference)
    return render_ticket_page(request, ticket)


Action = Callable[[Ticket, User, dict[str, Any]], str]


def _handle(
    request: AuthenticatedHttpRequest,
    reference: str,
    *,
    form_name: str,
    form: forms.Form,
    action: Action,
    anchor: str = "",
) -> HttpResponse:
    """Validate, run the service, and answer: redirect on success, the page with input kept
    on a mistake or when someone else changed the ticket first."""
    actor = request.user
    ticket = staff_ticket_get(user=actor, reference=reference)
    if isinstance(form, UploadsMixin):
        form.stage_uploads(owner=actor)
    if form.is_valid():
        try:
            done = action(ticket, actor, form.cleaned_data)
        except TicketChanged as changed:
            return _conflict(request, changed, form_name=form_name, form=form)
        except (TransitionNotAllowed, EmptyMessage) as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, done)
            return redirect(ticket.get_absolute_url() + anchor)
    if isinstance(form, UploadsMixin):
        _keep_staged(form)
    return render_ticket_page(request, ticket, bound={form_name: form})


def _keep_staged(form: UploadsMixin) -> None:
    """Re-render with the files already accepted, so they needn't be chosen again."""
    data = mutable_copy(form.data)
    data.setlist("staged", form.staged_ids())
    form.data = data


def _conflict(
    request: AuthenticatedHttpRequest, changed: TicketChanged, *, form_name: str, form: forms.Form
) -> HttpResponse:
    data = mutable_copy(form.data)
    data["version"] = str(changed.current.version)
    if isinstance(form, UploadsMixin):
        data.setlist("staged", form.staged_ids())
    form.data = data
    current = staff_ticket_get(user=request.user, reference=changed.current.reference)
    return render_ticket_page(
        request, current, bound={form_name: form}, conflict=changed, status=409
    )


def _reply(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
    message_add(
        ticket=ticket,
        kind=MessageKind.REPLY,
        author=actor,
        body=data["body"],
        staged=data.get("staged_uploads", []),
        expected_version=data["version"],
        waiting_on_client=data["waiting_on_client"],
    )
    return f"Reply sent to {ticket.client.get_short_name()}."


def _note(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
    message_add(
        ticket=ticket,
        kind=MessageKind.NOTE,
        author=actor,
        body=data["body"],
        staged=data.get("staged_uploads", []),
        expected_version=data["version"],
    )
    return "Internal note added."


@workspace_required
@require_POST
def reply(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    form = ReplyForm(request.POST, request.FILES, auto_id=form_ids("reply_form"))
    return _handle(
        request,
        reference,
        form_name="reply_form",
        form=form,
        action=_with_uploads(form, _reply),
        anchor="#latest",
    )


@workspace_required
@require_POST
def note(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    form = NoteForm(request.POST, request.FILES, auto_id=form_ids("note_form"))
    return _handle(
        request,
        reference,
        form_name="note_form",
        form=form,
        action=_with_uploads(form, _note),
        anchor="#latest",
    )


def _with_uploads(form: UploadsMixin, action: Action) -> Action:
    def run(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        return action(ticket, actor, {**data, "staged_uploads": form.staged_uploads})

    return run


@workspace_required
@require_POST
def change_status(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        ticket_change_status(
            ticket=ticket, status=data["status"], actor=actor, expected_version=data["version"]
        )
        return f"Status changed to “{Status(data['status']).label}”."

    return _handle(
        request,
        reference,
        form_name="status_form",
        form=StatusForm(request.POST, auto_id=form_ids("status_form")),
        action=action,
    )


@workspace_required
@require_POST
def change_priority(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        ticket_change_priority(
            ticket=ticket, priority=data["priority"], actor=actor, expected_version=data["version"]
        )
        return f"Priority changed to {Priority(data['priority']).label.lower()}."

    return _handle(
        request,
        reference,
        form_name="priority_form",
        form=PriorityForm(request.POST, auto_id=form_ids("priority_form")),
        action=action,
    )


@workspace_required
@require_POST
def assign(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        assignee = data["assignee"]
        ticket_assign(
            ticket=ticket, assignee=assignee, actor=actor, expected_version=data["version"]
        )
        return f"Assigned to {assignee.display_name}." if assignee else "Unassigned."

    form = AssignForm(request.POST, staff=staff_for_assignment(), auto_id=form_ids("assign_form"))
    return _handle(request, reference, form_name="assign_form", form=form, action=action)


@workspace_required
@require_POST
def take(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        ticket_assign(ticket=ticket, assignee=actor, actor=actor, expected_version=data["version"])
        return "The ticket is yours."

    form = CloseForm(request.POST, auto_id=form_ids("assign_form"))  # only carries the version
    return _handle(request, reference, form_name="assign_form", form=form, action=action)


@workspace_required
@require_POST
def change_category(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        ticket_change_category(
            ticket=ticket, category=data["category"], actor=actor, expected_version=data["version"]
        )
        return "Category changed."

    return _handle(
        request,
        reference,
        form_name="category_form",
        form=CategoryForm(request.POST, auto_id=form_ids("category_form")),
        action=action,
    )


@workspace_required
@require_POST
def resolve(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        ticket_resolve(
            ticket=ticket,
            actor=actor,
            cause=data["cause"],
            actions=data["actions"],
            data_safety=data["data_safety"],
            prevention=data["prevention"],
            guide=data["guide"],
            expected_version=data["version"],
        )
        return "Resolved. Check the explanation, then close the ticket to send it."

    return _handle(
        request,
        reference,
        form_name="resolve_form",
        form=ResolveForm(request.POST, auto_id=form_ids("resolve_form")),
        action=action,
        anchor="#resolve",
    )


@workspace_required
@require_POST
def close(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        ticket_close(
            ticket=ticket,
            actor=actor,
            expected_version=data["version"],
            options={"explanation": data.get("explanation", "")},
        )
        return f"Closed. {ticket.client.get_short_name()} will get the explanation by e-mail."

    return _handle(
        request,
        reference,
        form_name="close_form",
        form=CloseForm(request.POST, auto_id=form_ids("close_form")),
        action=action,
    )


@workspace_required
@require_POST
def reopen(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def action(ticket: Ticket, actor: User, data: dict[str, Any]) -> str:
        ticket_reopen(
            ticket=ticket, actor=actor, reason=data["reason"], expected_version=data["version"]
        )
        return "Reopened."

    return _handle(
        request,
        reference,
        form_name="reopen_form",
        form=ReopenForm(request.POST, auto_id=form_ids("reopen_form")),
        action=action,
    )
