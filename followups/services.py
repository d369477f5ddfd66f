"""Follow-ups: the closing explanation (once per close), the check-in some days later, the
survey, and the client's answers. Every e-mail goes through the outbox."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import ClientProfile, User
from empathy.engine import DraftReview, review_draft
from empathy.engine.text import normalise
from empathy.engine.times import find_deadlines
from empathy.glossary import current_glossary
from empathy.models import ReviewKind
from empathy.selectors import Flag, client_comfort, client_taught_terms, ticket_worries
from empathy.services import draft_context_for, draft_review_record, term_taught
from followups.compose import (
    AnalogyFacts,
    ClientFacts,
    Composition,
    Deadline,
    SaidWorry,
    compose,
    explained_in_list,
)
from followups.models import Analogy, CheckInAnswer, FollowUp, MadeSense, SurveyResponse
from kb.markdown import email_text, render_markdown
from outbox.models import OutboxEmail
from outbox.services import RenderedEmail, email_render, outbox_email_enqueue, outbox_emails_cancel
from tickets.models import Message, Resolution, Ticket, TicketEvent
from tickets.selectors import ticket_latest_resolution

SURVEY_SALT = "followups.survey"
CHECKIN_SALT = "followups.checkin"
OPTOUT_SALT = "followups.optout"


class AlreadyAnswered(Exception):
    pass


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def followup_compose(*, ticket: Ticket, resolution: Resolution | None = None) -> Composition:
    """The explanation this client would get if the ticket closed now (nothing is saved)."""
    resolution = resolution or ticket_latest_resolution(ticket=ticket)
    if resolution is None:
        raise ValueError("A ticket needs a resolution before it can be explained.")
    client = ticket.client
    flags = ticket_worries(ticket=ticket)
    guide = resolution.guide
    technician = resolution.author
    return compose(
        ticket=ticket,
        resolution=resolution,
        client=ClientFacts(
            first_name=client.get_short_name(),
            comfort=client_comfort(client),
            worries=tuple(flag.kind for flag in flags),
            data_worry=ticket.data_worry,
            said=tuple(
                SaidWorry(flag.kind, flag.evidence, where=flag.where, strong=flag.strong)
                for flag in flags
            ),
            deadline=_deadline(ticket, next((f for f in flags if f.kind == "deadline"), None)),
        ),
        technician_name=technician.display_name if technician else settings.HELPDESK_NAME,
        analogies=_analogies_for(ticket),
        guide=guide,
        guide_url=_absolute(guide.get_absolute_url()) if guide else "",
        portal_url=_absolute(reverse("portal:ticket", args=[ticket.reference])),
        support_phone=settings.HELPDESK_SUPPORT_PHONE,
        glossary=current_glossary(),
        taught=frozenset(client_taught_terms(client)),
        now=timezone.localtime(),
    )


def _analogies_for(ticket: Ticket) -> list[AnalogyFacts]:
    """The active analogies for the client's field and this kind of problem, with their facts
    (the composer keeps only one that fits what happened)."""
    profile: ClientProfile | None = getattr(ticket.client, "client_profile", None)
    if profile is None or not ticket.category_id:
        return []
    rows = Analogy.objects.filter(
        field_of_expertise_id=profile.field_of_expertise_id,
        category_id=ticket.category_id,
        is_active=True,
    )
    return [
        AnalogyFacts(text=row.text, outcomes=row.outcomes, fix_kind=row.fix_kind) for row in rows
    ]


def _deadline(ticket: Ticket, flag: Flag | None) -> Deadline | None:
    """When the client's deadline falls: the intake form's date, or the time their words name,
    read as of when they wrote (“tomorrow at 9am” on Monday is Tuesday 9:00)."""
    if flag is None:
        return None
    if flag.source == "intake" and ticket.needed_by is not None:
        return Deadline(due=ticket.needed_by)
    message = (
        Message.objects.filter(pk=flag.message_id).only("body", "created_at").first()
        if flag.message_id is not None
        else None
    )
    if message is None:
        return Deadline(due=ticket.needed_by)
    written = timezone.localtime(message.created_at)
    mentions = find_deadlines(normalise(message.body), now=written)
    said = flag.evidence.lower()
    mention = next((m for m in mentions if said and said in m.text.lower()), None) or next(
        (m for m in mentions if m.text.lower() in said), None
    )
    if mention is None:
        return Deadline(due=ticket.needed_by)
    return Deadline(due=mention.due, event=mention.event)


def followup_review(*, ticket: Ticket, text: str) -> DraftReview:
    """The coach's review of an explanation, as the client will read it: a term its own "Words
    we used" list defines is taught by it (and recorded as taught once sent)."""
    glossary = current_glossary()
    context = draft_context_for(ticket=ticket)
    taught = context.taught_terms | explained_in_list(text, glossary)
    return review_draft(text, glossary=glossary, context=replace(context, taught_terms=taught))


def followup_gate(*, review: DraftReview, first_name: str) -> str:
    """One line before sending when the explanation still leaves a worry unanswered or a term
    unexplained for this client; "" when it doesn't. It never stops the send."""
    from empathy.engine.review import WORRY_NAMES

    missing = [WORRY_NAMES.get(kind, kind) for kind in review.unanswered_worries]
    terms = [hit.term for hit in review.jargon]
    said = []
    if missing:
        said.append("doesn't yet answer " + _and(missing))
    if terms:
        said.append(f"leaves {_and(terms)} unexplained for {first_name}")
    if not said:
        return ""
    return f"Before you send: this {' and '.join(said)}. You can still send it as it is."


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def explanation_email(*, followup: FollowUp) -> RenderedEmail:
    return email_render(
        template_prefix="followups/emails/closing",
        context={
            "followup": followup,
            "subject": followup.subject,
            "body_html": render_markdown(followup.explanation),
            "body_text": email_text(followup.explanation),
            "survey_url": survey_url(followup),
        },
    )


def survey_url(followup: FollowUp) -> str:
    return _absolute(reverse("followups:survey", args=[token_for(followup, SURVEY_SALT)]))


def token_for(followup: FollowUp, salt: str) -> str:
    return signing.dumps({"f": followup.pk}, salt=salt, compress=True)


def followup_from_token(token: str, salt: str, *, max_age: timedelta | None) -> FollowUp:
    """The follow-up a signed link names; raises signing.BadSignature when tampered or old."""
    data = signing.loads(token, salt=salt, max_age=max_age)
    return FollowUp.objects.select_related("ticket", "client").get(pk=data["f"])


@transaction.atomic
def followup_on_close(
    *, ticket: Ticket, event: TicketEvent, actor: User | None, options: dict[str, Any]
) -> FollowUp:
    """Runs inside the close transaction: record the explanation and promise its e-mails."""
    resolution = ticket_latest_resolution(ticket=ticket)
    if resolution is None:
        raise ValueError(f"{ticket.reference} was closed without a resolution.")
    composed = followup_compose(ticket=ticket, resolution=resolution)
    edited = (options.get("explanation") or "").replace("\r\n", "\n").strip()
    changed = bool(edited) and edited != composed.markdown.strip()
    explanation = edited + "\n" if changed else composed.markdown
    followup = FollowUp.objects.create(
        ticket=ticket,
        close_event=event,
        client=ticket.client,
        resolution=resolution,
        guide=resolution.guide,
        subject=composed.subject,
        explanation=explanation,
        edited_by_technician=changed,
    )
    followup.email = outbox_email_enqueue(
        key=f"closing:{event.pk}",
        kind="closing_explanation",
        to=ticket.client.email,
        email=explanation_email(followup=followup),
        ticket=ticket,
    )
    profile = getattr(ticket.client, "client_profile", None)
    if profile is None or profile.checkins:
        followup.checkin_due_at = event.created_at + timedelta(days=settings.CHECKIN_DELAY_DAYS)
        followup.checkin_email = outbox_email_enqueue(
            key=f"checkin:{event.pk}",
            kind="checkin",
            to=ticket.client.email,
            email=checkin_email(followup=followup),
            ticket=ticket,
            due_at=followup.checkin_due_at,
        )
    followup.save(update_fields=["email", "checkin_email", "checkin_due_at"])
    author = resolution.author if changed else None
    # The terms its "Words we used" list defines are taught by it, so the record of what was
    # sent is reviewed as the client reads it.
    for term in [] if changed else composed.glossed_terms:
        term_taught(client=ticket.client, term=term, source=f"explained in {ticket.reference}")
    draft_review_record(ticket=ticket, text=explanation, kind=ReviewKind.FOLLOW_UP, author=author)
    return followup


def checkin_email(*, followup: FollowUp) -> RenderedEmail:
    token = token_for(followup, CHECKIN_SALT)
    return email_render(
        template_prefix="followups/emails/checkin",
        context={
            "followup": followup,
            "client": followup.client,
            "ticket": followup.ticket,
            "working_url": _absolute(
                reverse("followups:checkin", args=[token]) + "?answer=working"
            ),
            "came_back_url": _absolute(
                reverse("followups:checkin", args=[token]) + "?answer=came_back"
            ),
            "survey_url": survey_url(followup),
            "optout_url": _absolute(
                reverse("followups:optout", args=[token_for(followup, OPTOUT_SALT)])
            ),
        },
    )


def followup_checkins_cancel(*, ticket: Ticket, reason: str) -> int:
    """A reopened ticket needs no 'is it still working?' e-mail."""
    pending = OutboxEmail.objects.filter(ticket=ticket, kind="checkin")
    return outbox_emails_cancel(emails=pending, reason=reason)


@transaction.atomic
def checkin_answer(*, followup: FollowUp, answer: CheckInAnswer | str) -> Ticket:
    """Record the client's answer; 'it's back' reopens the ticket or opens a linked one."""
    from tickets.intake import client_reports_still_broken

    locked = FollowUp.objects.select_for_update().get(pk=followup.pk)
    if locked.checkin_answer:
        raise AlreadyAnswered("You've already told us, thank you.")
    locked.checkin_answer = answer
    locked.checkin_answered_at = timezone.now()
    locked.save(update_fields=["checkin_answer", "checkin_answered_at"])
    if answer == CheckInAnswer.CAME_BACK:
        outcome = client_reports_still_broken(
            ticket=locked.ticket,
            client=locked.client,
            details="I answered the check-in e-mail: the problem is back.",
        )
        return outcome.ticket
    return locked.ticket


def survey_submit(
    *, followup: FollowUp, satisfaction: int, made_sense: MadeSense | str, comment: str = ""
) -> SurveyResponse:
    try:
        with transaction.atomic():
            return SurveyResponse.objects.create(
                followup=followup,
                satisfaction=satisfaction,
                made_sense=made_sense,
                comment=comment.strip()[:4000],
            )
    except IntegrityError:
        raise AlreadyAnswered("You've already answered for this problem. Thank you!") from None


@transaction.atomic
def client_checkins_set(*, client: User, wanted: bool) -> None:
    ClientProfile.objects.filter(user=client).update(checkins=wanted)
    if not wanted:
        pending = OutboxEmail.objects.filter(ticket__client=client, kind="checkin")
        outbox_emails_cancel(emails=pending, reason="The client asked not to get check-ins.")


def client_details_save(*, client: User, data: dict[str, Any], checkins_before: bool) -> None:
    """Save a client's checked "Your details" (the portal page or PATCH /api/v1/me/)."""
    from accounts.services import client_profile_update

    client_profile_update(
        user=client,
        display_name=data["display_name"],
        organisation_name=data["organisation"],
        field_of_expertise=data["field_of_expertise"],
        comfort=data["comfort"],
        preferred_contact=data["preferred_contact"],
        phone=data["phone"],
    )
    if data["checkins"] != checkins_before:
        client_checkins_set(client=client, wanted=data["checkins"])
