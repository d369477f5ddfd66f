"""The client portal. Every read goes through a selector scoped to the signed-in client."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_POST

from accounts.forms import ProfileForm
from accounts.http import AuthenticatedHttpRequest
from accounts.roles import portal_required
from accounts.selectors import client_profile_for
from accounts.services import user_email_change
from core.http import mutable_copy
from followups.services import SURVEY_SALT, client_details_save, token_for
from kb.markdown import render_markdown
from portal.forms import (
    EmailChangeForm,
    FixedForm,
    PortalReplyForm,
    ProblemForm,
    StillBrokenForm,
)
from portal.presentation import CLIENT_STATUS_HELP, client_status
from portal.selectors import (
    client_explanation,
    client_open_count,
    client_ticket_page,
    client_timeline,
    ticket_follow_up,
)
from tickets.intake import (
    ProblemReport,
    client_confirms_fixed,
    client_reply,
    client_reports_still_broken,
    problem_submit,
)
from tickets.models import DataWorry, Impact, Status, Ticket
from tickets.selectors import client_ticket_get
from tickets.services import TicketChanged
from tickets.sla import PROMISE_WORDS, first_response_due
from tickets.workflow import TransitionNotAllowed


@portal_required
@require_GET
def home(request: AuthenticatedHttpRequest) -> HttpResponse:
    client = request.user
    page = client_ticket_page(client=client, cursor=request.GET.get("cursor"))
    return render(
        request,
        "portal/home.html",
        {"page": page, "open_count": client_open_count(client=client)},
    )


@portal_required
def problem_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    client = request.user
    form = ProblemForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        form.stage_uploads(owner=client)
        if form.is_valid():
            data = form.cleaned_data
            report = ProblemReport(
                trying=data["trying"],
                happened=data["happened"],
                impact=data["impact"],
                data_worry=data["data_worry"],
                needed_by=data["needed_by"],
                category=data["category"],
            )
            ticket = problem_submit(client=client, report=report, staged=form.staged_uploads)
            return redirect("portal:submitted", reference=ticket.reference)
        _keep_staged(form)
    return render(request, "portal/problem_new.html", {"form": form})


def _keep_staged(form: Any) -> None:
    data = mutable_copy(form.data)
    data.setlist("staged", form.staged_ids())
    form.data = data


@portal_required
@require_GET
def submitted(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    ticket = client_ticket_get(client=request.user, reference=reference)
    return render(
        request,
        "portal/submitted.html",
        {
            "ticket": ticket,
            "promise": PROMISE_WORDS[ticket.priority],
            "due": first_response_due(created_at=ticket.created_at, priority=ticket.priority),
            "noted": noted_worries(ticket),
        },
    )


def noted_worries(ticket: Ticket) -> list[str]:
    """What the client told us that worries them, said back so they know it was heard."""
    noted = []
    if ticket.data_worry == DataWorry.YES:
        noted.append(
            "You're worried something is lost. The technician will first tell you whether "
            "your files are safe."
        )
    elif ticket.data_worry == DataWorry.NOT_SURE:
        noted.append(
            "You're not sure whether something is lost. The technician will check and tell you."
        )
    if ticket.impact == Impact.CANT_WORK:
        noted.append("You can't work. We've put your problem near the top of the list.")
    if ticket.needed_by:
        noted.append(
            f"You need this by {ticket.needed_by:%A %-d %B at %H:%M}. "
            "The technician can see that deadline."
        )
    return noted


def _ticket_context(
    request: AuthenticatedHttpRequest, ticket: Ticket, **forms: Any
) -> dict[str, Any]:
    return {
        "ticket": ticket,
        "status_words": client_status(ticket.status),
        "status_help": CLIENT_STATUS_HELP[ticket.status],
        "timeline": client_timeline(ticket=ticket),
        "follow_up": ticket_follow_up(ticket=ticket),
        **_explanation(request, ticket),
        "reply_form": forms.get("reply_form") or PortalReplyForm(auto_id="id_reply_%s"),
        "fixed_form": forms.get("fixed_form") or FixedForm(auto_id="id_fixed_%s"),
        "broken_form": forms.get("broken_form") or StillBrokenForm(auto_id="id_broken_%s"),
    }


def _explanation(request: AuthenticatedHttpRequest, ticket: Ticket) -> dict[str, Any]:
    if ticket.status != Status.CLOSED:
        return {}
    explanation = client_explanation(client=request.user, ticket=ticket)
    if explanation is None:
        return {}
    answered = hasattr(explanation, "survey")
    return {
        "explanation": explanation,
        "explanation_html": render_markdown(explanation.explanation),
        "survey_url": None
        if answered
        else reverse("followups:survey", args=[token_for(explanation, SURVEY_SALT)]),
    }


@portal_required
@require_GET
def ticket_detail(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    ticket = client_ticket_get(client=request.user, reference=reference)
    return render(request, "portal/ticket.html", _ticket_context(request, ticket))


@portal_required
@require_POST
def reply(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    client = request.user
    ticket = client_ticket_get(client=client, reference=reference)
    form = PortalReplyForm(request.POST, request.FILES, auto_id="id_reply_%s")
    form.stage_uploads(owner=client)
    if form.is_valid():
        try:
            client_reply(
                ticket=ticket,
                client=client,
                body=form.cleaned_data["body"],
                staged=form.staged_uploads,
            )
        except (TransitionNotAllowed, TicketChanged) as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, "Thank you. Your reply is with the technician.")
            return redirect(reverse("portal:ticket", args=[ticket.reference]) + "#latest")
    _keep_staged(form)
    return render(request, "portal/ticket.html", _ticket_context(request, ticket, reply_form=form))


@portal_required
@require_POST
def fixed(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    client = request.user
    ticket = client_ticket_get(client=client, reference=reference)
    form = FixedForm(request.POST, auto_id="id_fixed_%s")
    if form.is_valid():
        try:
            client_confirms_fixed(
                ticket=ticket, client=client, comment=form.cleaned_data["comment"]
            )
        except TransitionNotAllowed as refusal:
            messages.info(request, str(refusal))
        else:
            messages.success(
                request, "Wonderful, thank you for letting us know. We've closed this problem."
            )
    return redirect("portal:ticket", reference=ticket.reference)


@portal_required
@require_POST
def still_broken(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    client = request.user
    ticket = client_ticket_get(client=client, reference=reference)
    form = StillBrokenForm(request.POST, auto_id="id_broken_%s")
    if not form.is_valid():
        return render(
            request, "portal/ticket.html", _ticket_context(request, ticket, broken_form=form)
        )
    try:
        outcome = client_reports_still_broken(
            ticket=ticket, client=client, details=form.cleaned_data["details"]
        )
    except TransitionNotAllowed as refusal:
        messages.info(request, str(refusal))
        return redirect("portal:ticket", reference=ticket.reference)
    if outcome.reopened:
        messages.success(
            request, "Thank you for telling us. We've reopened it and a technician will look again."
        )
    else:
        messages.success(
            request,
            "Thank you for telling us. It's been a while, so we've opened "
            f"{outcome.ticket.reference} and linked it to {ticket.reference}, so the technician "
            "sees the whole story.",
        )
    return redirect("portal:ticket", reference=outcome.ticket.reference)


@portal_required
def profile(request: AuthenticatedHttpRequest) -> HttpResponse:
    client = request.user
    current = client_profile_for(client)
    if current is None:
        messages.error(request, "Your account has no client profile. Please contact us.")
        return redirect("portal:home")
    wanted_checkins = current.checkins
    form = ProfileForm(request.POST or None, instance=current, user=client)
    if request.method == "POST" and form.is_valid():
        client_details_save(client=client, data=form.cleaned_data, checkins_before=wanted_checkins)
        messages.success(request, "Your details are saved.")
        return redirect("portal:profile")
    return render(request, "portal/profile.html", {"form": form})


@portal_required
@sensitive_post_parameters("password")
def email_change(request: AuthenticatedHttpRequest) -> HttpResponse:
    client = request.user
    form = EmailChangeForm(request.POST or None, user=client)
    if request.method == "POST" and form.is_valid():
        user_email_change(user=client, email=form.cleaned_data["email"])
        update_session_auth_hash(request, client)
        messages.success(
            request, "Your email address is changed. Use it the next time you sign in."
        )
        return redirect("portal:profile")
    return render(request, "portal/email_change.html", {"form": form})


@method_decorator(portal_required, name="dispatch")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "portal/password_change.html"
    success_url = reverse_lazy("portal:profile")

    def form_valid(self, form: Any) -> HttpResponse:
        messages.success(self.request, "Your new password is saved.")
        return super().form_valid(form)
