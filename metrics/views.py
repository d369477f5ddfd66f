"""The manager dashboard, its drill-downs and CSV exports, and each technician's coaching view."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedHttpRequest
from accounts.roles import can_view_metrics, manager_required, workspace_required
from core.http import local_next
from core.keyset import keyset_page
from metrics import dashboard as board
from metrics import presenters, selectors
from metrics.coaching import coaching_for
from metrics.drill import REPLY_MEASURES, TICKET_MEASURES, drill_replies, drill_tickets
from metrics.forms import DashboardFilterForm
from metrics.selectors import Filters
from metrics.services import rollup_request

PAGE_SIZE = 50
LEGENDS = {
    "volume": ["Opened", "Closed", "Open at the end of the week"],
    "response": ["Median first response (hours)"],
    "empathy": ["Worries answered first time", "Response target met"],
}
EXPORT_LIMIT = 100_000


def _filters(request: HttpRequest, known: board.Names) -> tuple[DashboardFilterForm, Filters]:
    form = DashboardFilterForm(
        request.GET or None,
        staff=known.staff,
        categories=known.category_list,
        fields=known.field_list,
        initial={"period": "30"},
    )
    if form.is_bound:
        form.is_valid()
    return form, form.to_filters()


@manager_required
@require_GET
def dashboard(request: AuthenticatedHttpRequest) -> HttpResponse:
    known = board.names()
    form, filters = _filters(request, known)
    built = board.build(filters, known)
    drill = {measure: board.drill_url(filters, measure) for measure in TICKET_MEASURES}
    replies = {measure: board.replies_url(filters, measure) for measure in REPLY_MEASURES}
    votes = built.votes.get("helpful", 0) + built.votes.get("not_helpful", 0)
    return render(
        request,
        "metrics/dashboard.html",
        {
            "form": form,
            "board": built,
            "h": built.headline,
            "filters": filters,
            "query": board.query_string(filters),
            "run": selectors.latest_run(),
            "finished": selectors.last_finished_run(),
            "resolution_cards": presenters.resolution_cards(built.headline, drill),
            "empathy_cards": presenters.empathy_cards(
                built.headline, drill, replies, built.votes_helpful, votes
            ),
            "delivery_cards": presenters.delivery_cards(built.delivery),
            "legends": LEGENDS,
        },
    )


def _csv_response(name: str, rows: Iterable[list[Any]]) -> StreamingHttpResponse:
    class Echo:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in rows), content_type="text/csv"
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


@manager_required
@require_GET
def export(request: AuthenticatedHttpRequest, table: str) -> HttpResponseBase:
    known = board.names()
    _, filters = _filters(request, known)
    tables = board.build(filters, known).tables()
    if table not in tables:
        raise Http404("No such table")
    stamp = f"{filters.start:%Y%m%d}-{filters.end:%Y%m%d}"
    return _csv_response(f"helpdesk-{table}-{stamp}", tables[table].csv_rows())


@manager_required
@require_GET
def tickets(request: AuthenticatedHttpRequest) -> HttpResponseBase:
    known = board.names()
    form, filters = _filters(request, known)
    measure = request.GET.get("measure", "opened")
    if measure not in TICKET_MEASURES:
        raise Http404("No such measure")
    chosen = TICKET_MEASURES[measure]
    rows = drill_tickets(measure, filters)
    if request.GET.get("format") == "csv":
        return _csv_response(f"helpdesk-{measure}", _ticket_csv(rows.order_by(*chosen.ordering)))
    page = keyset_page(
        rows, ordering=chosen.ordering, cursor=request.GET.get("cursor"), size=PAGE_SIZE
    )
    return render(
        request,
        "metrics/tickets.html",
        {
            "form": form,
            "filters": filters,
            "measure": measure,
            "title": chosen.title,
            "page": page,
            "query": board.query_string(filters, measure=measure),
            "tabs": [
                (key, item.title, board.drill_url(filters, key))
                for key, item in TICKET_MEASURES.items()
            ],
        },
    )


def _ticket_csv(rows: Any) -> Iterable[list[Any]]:
    yield ["Reference", "Subject", "Client", "Technician", "Category", "Priority", "Status",
           "Opened", "First response", "Resolved", "Closed", "Times reopened"]  # fmt: skip
    for ticket in rows[:EXPORT_LIMIT].iterator(chunk_size=2000):
        yield [
            ticket.reference,
            ticket.subject,
            ticket.client.display_name,
            ticket.assignee.display_name if ticket.assignee else "",
            ticket.category.name if ticket.category else "",
            ticket.get_priority_display(),
            ticket.get_status_display(),
            _iso(ticket.created_at),
            _iso(ticket.first_response_at),
            _iso(ticket.resolved_at),
            _iso(ticket.closed_at),
            ticket.reopened_count,
        ]


def _iso(moment: Any) -> str:
    return timezone.localtime(moment).isoformat(timespec="minutes") if moment else ""


@manager_required
@require_GET
def replies(request: AuthenticatedHttpRequest) -> HttpResponseBase:
    known = board.names()
    form, filters = _filters(request, known)
    measure = request.GET.get("measure", "all")
    if measure not in REPLY_MEASURES:
        raise Http404("No such measure")
    rows = drill_replies(measure, filters)
    ordering = ("-created_at", "-id")
    if request.GET.get("format") == "csv":
        return _csv_response(f"helpdesk-replies-{measure}", _reply_csv(rows.order_by(*ordering)))
    page = keyset_page(rows, ordering=ordering, cursor=request.GET.get("cursor"), size=PAGE_SIZE)
    return render(
        request,
        "metrics/replies.html",
        {
            "form": form,
            "filters": filters,
            "measure": measure,
            "title": REPLY_MEASURES[measure],
            "page": page,
            "query": board.query_string(filters, measure=measure),
            "tabs": [
                (key, label, board.replies_url(filters, key))
                for key, label in REPLY_MEASURES.items()
            ],
        },
    )


def _reply_csv(rows: Any) -> Iterable[list[Any]]:
    yield ["Ticket", "Written", "By", "Kind", "Client's comfort", "Reading grade", "Words",
           "Technical terms", "Talking-down phrases", "Worries unanswered", "Score"]  # fmt: skip
    for review in rows[:EXPORT_LIMIT].iterator(chunk_size=2000):
        yield [
            review.ticket.reference if review.ticket else "",
            _iso(review.created_at),
            review.author.display_name if review.author else "",
            review.get_kind_display(),
            review.comfort,
            review.grade,
            review.words,
            review.jargon_count,
            review.condescension_count,
            ", ".join(review.unanswered),
            review.score,
        ]


@workspace_required
@require_GET
def coaching(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A technician's own figures and their best and weakest replies. Managers choose whom."""
    user = request.user
    known = board.names()
    form, filters = _filters(request, known)
    technician = user
    if can_view_metrics(user) and filters.technician:
        chosen = next((person for person in known.staff if person.pk == filters.technician), None)
        if chosen is None:
            raise Http404("No such technician")
        technician = chosen
    report = coaching_for(technician=technician, filters=filters)
    return render(
        request,
        "metrics/coaching.html",
        {
            "form": form,
            "filters": filters,
            "technician": technician,
            "report": report,
            "comparison": presenters.comparison(report.mine, report.team),
            "is_manager": can_view_metrics(user),
            "staff": known.staff,
            "query": board.query_string(filters),
        },
    )


@manager_required
@require_POST
def refresh(request: AuthenticatedHttpRequest) -> HttpResponse:
    run = rollup_request(requested_by=request.user)
    if run is None:
        messages.info(request, "A refresh is already running; the figures update when it ends.")
    else:
        messages.success(request, "Refreshing the figures. This page shows its progress.")
    dashboard = reverse("metrics:dashboard")
    back = local_next(request, request.POST.get("next", ""), default=dashboard)
    return redirect(back if back.startswith(dashboard) else dashboard)


@manager_required
@require_GET
def refresh_status(request: AuthenticatedHttpRequest) -> HttpResponse:
    return render(
        request,
        "metrics/includes/refresh_status.html",
        {"run": selectors.latest_run(), "finished": selectors.last_finished_run()},
    )
