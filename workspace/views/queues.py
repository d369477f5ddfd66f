"""The workspace: queues with filters, keyset pages, bulk changes, jump to a reference."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedHttpRequest
from accounts.roles import workspace_required
from core.http import local_next
from tickets.models import Ticket
from tickets.selectors import (
    QUEUES,
    categories_active,
    queue_counts,
    staff_for_assignment,
    ticket_exists,
    ticket_queue,
)
from tickets.services import tickets_bulk_assign, tickets_bulk_change_status
from workspace.forms import BulkForm, QueueFilterForm


@workspace_required
@require_GET
def workspace(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    queue = request.GET.get("queue", "mine")
    staff = staff_for_assignment()
    filter_form = QueueFilterForm(
        request.GET, staff=staff, categories=categories_active(), queue=queue
    )
    result = ticket_queue(
        user=user,
        queue=queue,
        filters=filter_form.to_filters(),
        sort=request.GET.get("sort", ""),
        cursor=request.GET.get("cursor"),
    )
    context = {
        "result": result,
        "queues": QUEUES.values(),
        "counts": queue_counts(user=user),
        "filter_form": filter_form,
        "bulk_form": BulkForm(staff=staff),
        "staff": staff,
        "query_without_cursor": _query_without(request, "cursor"),
        "query_without_queue": _query_without(request, "queue", "cursor", "sort"),
    }
    template = (
        "workspace/includes/queue_results.html" if request.htmx else "workspace/workspace.html"
    )
    return render(request, template, context)


def _query_without(request: HttpRequest, *names: str) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


@workspace_required
@require_GET
def jump(request: AuthenticatedHttpRequest) -> HttpResponse:
    reference = request.GET.get("ref", "").strip()
    ticket = ticket_exists(reference=reference)
    if ticket is None:
        messages.error(request, f"There's no ticket “{reference}”. Check the number and try again.")
        return redirect("workspace:workspace")
    return redirect(ticket.get_absolute_url())


@workspace_required
@require_POST
def bulk(request: AuthenticatedHttpRequest) -> HttpResponse:
    actor = request.user
    staff = staff_for_assignment()
    form = BulkForm(request.POST, staff=staff)
    back = local_next(request, request.POST.get("next", ""), default=reverse("workspace:workspace"))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(back)
    tickets = list(Ticket.objects.filter(pk__in=form.cleaned_data["tickets"]).order_by("number"))
    if form.cleaned_data["action"] == "assign":
        choice = form.cleaned_data["assignee"]
        assignee = None if choice == "none" else next(p for p in staff if str(p.pk) == choice)
        result = tickets_bulk_assign(
            tickets=tickets, assignee=assignee, actor=actor, seen_versions=form.seen_versions()
        )
        who = assignee.display_name if assignee else "nobody"
        messages.success(request, f"{len(result.changed)} ticket(s) assigned to {who}.")
        for ticket, reason in result.refused:
            messages.warning(request, f"{ticket.reference} not changed: {reason}")
    else:
        result = tickets_bulk_change_status(
            tickets=tickets,
            status=form.cleaned_data["status"],
            actor=actor,
            seen_versions=form.seen_versions(),
        )
        if result.changed:
            messages.success(request, f"{len(result.changed)} ticket(s) changed.")
        for ticket, reason in result.refused:
            messages.warning(request, f"{ticket.reference} not changed: {reason}")
    return redirect(back)
