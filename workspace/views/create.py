"""A technician logs a ticket for a client, e.g. during a phone call."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedHttpRequest
from accounts.roles import workspace_required
from accounts.selectors import clients_search
from core.http import mutable_copy
from tickets.intake import phone_ticket_log
from workspace.forms import TicketCreateForm


@workspace_required
def ticket_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    actor = request.user
    initial = {"client_email": request.GET.get("client", "")}
    form = TicketCreateForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST":
        form.stage_uploads(owner=actor)
        if form.is_valid():
            data = form.cleaned_data
            ticket = phone_ticket_log(
                actor=actor,
                client=data["client"] or form.new_client(),
                subject=data["subject"],
                description=data["description"],
                category=data["category"],
                priority=data["priority"],
                impact=data["impact"],
                data_worry=data["data_worry"],
                staged=form.staged_uploads,
            )
            messages.success(
                request, f"{ticket.reference} logged for {ticket.client.display_name}."
            )
            return redirect(ticket.get_absolute_url())
        data = mutable_copy(form.data)
        data.setlist("staged", form.staged_ids())
        form.data = data
    return render(request, "workspace/ticket_new.html", {"form": form})


CLIENT_QUERY_LIMIT = 254  # the longest e-mail address


@workspace_required
@require_GET
def client_search(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Matching clients as you type, for the new-ticket form."""
    query = request.GET.get("client_query", "").strip()
    # A name or an e-mail address is never longer; longer text finds nobody, said plainly.
    too_long = len(query) > CLIENT_QUERY_LIMIT
    clients = clients_search(text=query) if 2 <= len(query) <= CLIENT_QUERY_LIMIT else []
    return render(
        request,
        "workspace/includes/client_matches.html",
        {"clients": clients, "query": query[:CLIENT_QUERY_LIMIT], "too_long": too_long},
    )
