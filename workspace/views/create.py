"""A technician logs a ticket for a client, e.g. during a phone call."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedHttpRequest
from accounts.roles import workspace_required
from accounts.selectors import clients_search
from accounts.services import client_create, client_welcome_send
from core.http import mutable_copy
from tickets.models import Channel
from tickets.services import ticket_create
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
            with transaction.atomic():
                client = data["client"]
                created_client = client is None
                if created_client:
                    client = client_create(
                        display_name=data["new_client_name"],
                        email=data["client_email"],
                        password=None,
                        field_of_expertise=data["new_client_field"],
                        comfort=data["new_client_comfort"],
                        phone=data["new_client_phone"],
                    )
                ticket = ticket_create(
                    client=client,
                    subject=data["subject"],
                    description=data["description"],
                    created_by=actor,
                    channel=Channel.PHONE,
                    category=data["category"],
                    priority=data["priority"],
                    impact=data["impact"],
                    data_worry=data["data_worry"],
                    staged=form.staged_uploads,
                )
                if created_client:
                    client_welcome_send(user=client, ticket_reference=ticket.reference)
            messages.success(request, f"{ticket.reference} logged for {client.display_name}.")
            return redirect(ticket.get_absolute_url())
        data = mutable_copy(form.data)
        data.setlist("staged", form.staged_ids())
        form.data = data
    return render(request, "workspace/ticket_new.html", {"form": form})


@workspace_required
@require_GET
def client_search(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Matching clients as you type, for the new-ticket form."""
    query = request.GET.get("client_query", "").strip()
    clients = clients_search(text=query) if len(query) >= 2 else []
    return render(
        request, "workspace/includes/client_matches.html", {"clients": clients, "query": query}
    )
