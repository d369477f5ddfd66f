"""Pages reached from follow-up e-mails. Links carry a signed token, so no sign-in is needed;
opening a link only shows a page: nothing is recorded until the person presses a button
(mail scanners open links too)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from followups.forms import SurveyForm
from followups.models import CheckInAnswer, FollowUp
from followups.services import (
    CHECKIN_SALT,
    OPTOUT_SALT,
    SURVEY_SALT,
    AlreadyAnswered,
    checkin_answer,
    client_checkins_set,
    followup_from_token,
    survey_submit,
)


def _followup(token: str, salt: str, max_age: timedelta | None) -> FollowUp | None:
    try:
        return followup_from_token(token, salt, max_age=max_age)
    except (signing.BadSignature, FollowUp.DoesNotExist, KeyError, TypeError):
        return None


def _bad_link(request: HttpRequest) -> HttpResponse:
    return render(request, "followups/bad_link.html", status=404)


@require_http_methods(["GET", "POST"])
def checkin(request: HttpRequest, token: str) -> HttpResponse:
    followup = _followup(token, CHECKIN_SALT, timedelta(days=settings.SURVEY_LINK_DAYS + 30))
    if followup is None:
        return _bad_link(request)
    context = {
        "followup": followup,
        "ticket": followup.ticket,
        "chosen": request.GET.get("answer", ""),
    }
    if request.method == "POST":
        answer = request.POST.get("answer", "")
        if answer not in CheckInAnswer.values:
            context["problem"] = "Please choose one of the two answers."
        else:
            try:
                ticket = checkin_answer(followup=followup, answer=answer)
            except AlreadyAnswered as already:
                context["problem"] = str(already)
            else:
                context.update(answer=answer, ticket=ticket)
                return render(request, "followups/checkin_done.html", context)
    return render(request, "followups/checkin.html", context)


@require_http_methods(["GET", "POST"])
def survey(request: HttpRequest, token: str) -> HttpResponse:
    followup = _followup(token, SURVEY_SALT, timedelta(days=settings.SURVEY_LINK_DAYS))
    if followup is None:
        return _bad_link(request)
    if hasattr(followup, "survey"):
        return render(
            request, "followups/survey_done.html", {"followup": followup, "already": True}
        )
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            survey_submit(followup=followup, **form.cleaned_data)
        except AlreadyAnswered:
            return render(
                request, "followups/survey_done.html", {"followup": followup, "already": True}
            )
        return render(request, "followups/survey_done.html", {"followup": followup})
    return render(request, "followups/survey.html", {"followup": followup, "form": form})


@require_http_methods(["GET", "POST"])
def optout(request: HttpRequest, token: str) -> HttpResponse:
    followup = _followup(token, OPTOUT_SALT, None)
    if followup is None:
        return _bad_link(request)
    done = False
    if request.method == "POST":
        client_checkins_set(client=followup.client, wanted=False)
        done = True
    return render(request, "followups/optout.html", {"followup": followup, "done": done})
