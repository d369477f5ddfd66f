"""The live coach beside every client-facing text box (htmx, debounced). It advises; it
never blocks sending."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from accounts.models import User
from accounts.roles import can_edit_glossary, workspace_required
from empathy.engine import DraftReview
from empathy.engine.swap import WordingDoesNotFit, swap_term
from empathy.engine.text import normalise
from empathy.glossary import current_glossary
from empathy.selectors import WORRY_BANNERS, WORRY_LABELS, client_comfort
from empathy.services import draft_review, term_taught
from tickets.selectors import staff_ticket_get

TEXT_FIELDS = {
    "reply": ("body",),
    "resolution": ("cause", "actions", "prevention"),
}
TARGETS = {"new": 6, "everyday": 8, "confident": 10}
FORM_IDS = {"reply": "reply-form", "resolution": "resolve-form"}


def _text(request: HttpRequest, kind: str) -> str:
    names = TEXT_FIELDS.get(kind, ("body",))
    return "\n\n".join(
        request.POST.get(name, "").strip() for name in names if request.POST.get(name, "").strip()
    )


def highlighted(text: str, review: DraftReview) -> SafeString:
    """The draft with jargon and talking-down phrases marked, everything else escaped."""
    marks = [
        (
            hit.start,
            hit.end,
            "mark-jargon",
            f"Plain: {hit.plain}" if hit.listed else hit.explanation,
        )
        for hit in review.jargon_marks
    ]
    marks += [(c.start, c.end, "mark-tone", c.suggestion) for c in review.condescension]
    marks.sort()
    out: list[str] = []
    position = 0
    for start, end, css, title in marks:
        if start < position:
            continue
        out.append(escape(text[position:start]))
        out.append(f'<mark class="{css}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped above


@workspace_required
@require_POST
def coach(request: AuthenticatedHttpRequest) -> HttpResponse:
    ticket = staff_ticket_get(user=request.user, reference=request.POST.get("reference", ""))
    kind = request.POST.get("kind", "reply")
    text = _text(request, kind)
    review = draft_review(ticket=ticket, text=text)
    comfort = client_comfort(ticket.client)
    # Positions refer to the normalised text the engine read.
    clean = normalise(text)
    return render(
        request,
        "empathy/coach.html",
        {
            "ticket": ticket,
            "kind": kind,
            "typed": bool(text),
            "review": review,
            "preview": highlighted(clean, review) if text else "",
            "comfort": comfort,
            "target": TARGETS.get(comfort, 8),
            "unanswered": [
                (WORRY_LABELS.get(k, k), WORRY_BANNERS.get(k, ""))
                for k in review.unanswered_worries
            ],
            "form_id": FORM_IDS.get(kind, "reply-form"),
            "can_edit_glossary": can_edit_glossary(request.user),
        },
    )


@workspace_required
@require_POST
def taught(request: AuthenticatedHttpRequest) -> HttpResponse:
    """'They know this term': stop flagging it for this client, then refresh the coach."""
    ticket = staff_ticket_get(user=request.user, reference=request.POST.get("reference", ""))
    client: User = ticket.client
    term_taught(
        client=client, term=request.POST.get("term", ""), source=f"marked on {ticket.reference}"
    )
    return coach(request)


@workspace_required
@require_POST
def swap(request: AuthenticatedHttpRequest) -> JsonResponse:
    """'Use plain words': the first box of the form that uses the term, with the term swapped
    for the glossary's plain wording (articles, capitals and plurals fitted:
    `empathy.engine.swap`). The browser puts the text back and the coach reviews it again.

    Answers {"field": <box name>, "text": <its new text>}, or {"error": <what to do>} with
    400 for a request it cannot act on and 409 when the draft cannot take the swap.
    """
    staff_ticket_get(user=request.user, reference=request.POST.get("reference", ""))
    kind = request.POST.get("kind", "reply")
    term = " ".join(request.POST.get("term", "").split())
    glossary = current_glossary()
    entry = glossary.entry_for(term) if term else None
    if kind not in TEXT_FIELDS:
        return _swap_refused("This box has no plain-words swap.", status=400)
    if entry is None:
        return _swap_refused(
            f"“{term}” is not in the glossary, so there is no plain wording "
            "to swap in. Reword it yourself.",
            status=400,
        )
    for name in TEXT_FIELDS[kind]:
        text = request.POST.get(name, "")
        try:
            swapped = swap_term(text, term=term, plain=entry.plain, glossary=glossary)
        except WordingDoesNotFit as refused:
            return _swap_refused(str(refused), status=409)
        if swapped != text:
            return JsonResponse({"field": name, "text": swapped})
    return _swap_refused(f"The draft no longer uses “{term}”.", status=409)


def _swap_refused(message: str, *, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)
