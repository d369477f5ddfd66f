"""The guide library: read, search, print and vote; technicians write, version and restore."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedHttpRequest
from accounts.roles import can_work_tickets, workspace_required
from core.http import mutable_copy
from core.numbers import whole_number
from kb.forms import GuideForm, ImageUploadForm, VoteForm
from kb.markdown import render_markdown, split_steps
from kb.models import GuideImage
from kb.selectors import (
    categories_with_guides,
    guide_get_for,
    guide_search,
    guide_steps,
    guide_suggestions,
    guide_tally,
    guide_version_get,
    guide_versions,
    guide_vote_of,
    guides_for_staff,
    guides_in_category,
)
from kb.services import (
    GuideChanged,
    ImageRejected,
    TicketNotResolved,
    guide_create,
    guide_create_from_ticket,
    guide_draft_from_ticket,
    guide_image_add,
    guide_restore,
    guide_update,
    guide_vote,
)
from tickets.selectors import staff_ticket_get


@require_GET
def library(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    categories = categories_with_guides(user=request.user)
    chosen = next((c for c in categories if c.slug == request.GET.get("category")), None)
    context: dict[str, Any] = {"query": query, "categories": categories, "chosen": chosen}
    if query:
        context["results"] = guide_search(user=request.user, text=query, category=chosen)
    else:
        context["page"] = guides_in_category(
            user=request.user, category=chosen, cursor=request.GET.get("cursor")
        )
    return render(request, "kb/library.html", context)


@require_GET
def guide_detail(request: HttpRequest, slug: str) -> HttpResponse:
    guide = guide_get_for(user=request.user, slug=slug)
    return render(
        request,
        "kb/guide.html",
        {
            "guide": guide,
            "steps": guide_steps(guide),
            "prevent_html": render_markdown(guide.prevent),
            "tally": guide_tally(guide=guide),
            "my_vote": guide_vote_of(guide=guide, user=request.user),
            "can_edit": can_work_tickets(request.user),
        },
    )


@login_required
@require_POST
def vote(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    guide = guide_get_for(user=request.user, slug=slug)
    form = VoteForm(request.POST)
    if form.is_valid():
        guide_vote(guide=guide, user=request.user, helpful=form.cleaned_data["helpful"])
        if not request.htmx:
            messages.success(request, "Thank you for telling us.")
    if request.htmx:
        return render(
            request,
            "kb/includes/vote.html",
            {
                "guide": guide,
                "tally": guide_tally(guide=guide),
                "my_vote": guide_vote_of(guide=guide, user=request.user),
                "thanked": form.is_valid(),
            },
        )
    return redirect(reverse("kb:guide", args=[guide.slug]) + "#vote")


@require_GET
def suggest(request: HttpRequest) -> HttpResponse:
    """'These guides might help you right now', as the client types (htmx)."""
    text = " ".join(request.GET.get(name, "") for name in ("trying", "happened", "q"))
    return render(
        request,
        "kb/includes/suggestions.html",
        {"guides": guide_suggestions(user=request.user, text=text), "typed": bool(text.strip())},
    )


@require_GET
def image(request: HttpRequest, public_id: str) -> FileResponse:
    picture = get_object_or_404(GuideImage, public_id=public_id)
    response = FileResponse(picture.file.open("rb"), content_type=picture.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "public, max-age=86400"
    return response


@workspace_required
@require_GET
def manage(request: AuthenticatedHttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    return render(
        request,
        "kb/manage.html",
        {
            "page": guides_for_staff(cursor=request.GET.get("cursor"), status=status),
            "status": status,
        },
    )


@workspace_required
def guide_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    author = request.user
    reference = request.GET.get("ticket") or request.POST.get("link_ticket", "")
    ticket = staff_ticket_get(user=author, reference=reference) if reference else None
    try:
        initial = guide_draft_from_ticket(ticket=ticket) if ticket else {}
    except TicketNotResolved as refused:
        raise Http404(str(refused)) from None
    if ticket:
        initial["link_ticket"] = ticket.reference
    form = GuideForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        tags, content = form.cleaned_data["tags"], form.content()
        if ticket is None:
            guide = guide_create(author=author, tags=tags, **content)
            messages.success(request, "Guide saved.")
        else:
            guide, linked = guide_create_from_ticket(
                author=author, ticket=ticket, tags=tags, **content
            )
            linked_words = f" and linked to {ticket.reference}" if linked else ""
            messages.success(request, f"Guide saved{linked_words}.")
        return redirect(guide.get_absolute_url())
    return render(
        request, "kb/edit.html", {"form": form, "ticket": ticket, "image_form": ImageUploadForm()}
    )


@workspace_required
def guide_edit(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    guide = guide_get_for(user=request.user, slug=slug)
    form = GuideForm(request.POST or None, initial=GuideForm.initial_for(guide))
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            guide = guide_update(
                guide=guide,
                author=request.user,
                expected_version=form.cleaned_data["version"],
                tags=form.cleaned_data["tags"],
                **form.content(),
            )
        except GuideChanged as changed:
            conflict = changed
            data = mutable_copy(form.data)
            data["version"] = str(changed.current.version)
            form = GuideForm(data, initial=GuideForm.initial_for(changed.current))
        else:
            messages.success(request, f"Saved as version {guide.version}.")
            return redirect(guide.get_absolute_url())
    return render(
        request,
        "kb/edit.html",
        {"form": form, "guide": guide, "conflict": conflict, "image_form": ImageUploadForm()},
        status=409 if conflict else 200,
    )


@workspace_required
@require_GET
def versions(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    guide = guide_get_for(user=request.user, slug=slug)
    shown = None
    number = whole_number(request.GET.get("show", ""), max_digits=9)
    if number is not None:
        shown = guide_version_get(guide=guide, number=number)
    return render(
        request,
        "kb/versions.html",
        {
            "guide": guide,
            "versions": guide_versions(guide=guide),
            "shown": shown,
            "shown_steps": split_steps(shown.content.get("steps", "")) if shown else [],
        },
    )


@workspace_required
@require_POST
def restore(request: AuthenticatedHttpRequest, slug: str, number: int) -> HttpResponse:
    guide = guide_get_for(user=request.user, slug=slug)
    guide_version_get(guide=guide, number=number)
    restored = guide_restore(guide=guide, number=number, author=request.user)
    messages.success(request, f"Version {number} restored as version {restored.version}.")
    return redirect(restored.get_absolute_url())


@workspace_required
@require_POST
def image_upload(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = ImageUploadForm(request.POST, request.FILES)
    context: dict[str, Any] = {"image_form": form}
    if form.is_valid():
        try:
            picture = guide_image_add(
                upload=form.cleaned_data["image"],
                author=request.user,
                description=form.cleaned_data["description"],
            )
        except ImageRejected as rejected:
            form.add_error("image", str(rejected))
        else:
            context["snippet"] = f"![{picture.description}]({picture.get_absolute_url()})"
            context["image_form"] = ImageUploadForm()
    return render(request, "kb/includes/image_upload.html", context)
