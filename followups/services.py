"""Follow-ups: the closing explanation (once per close), the check-in some days later, the
survey, and the client's answers. Every e-mail goes through the outbox."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import ClientProfile, User
from empathy.glossary import current_glossary
from empathy.models import ReviewKind
from empathy.selectors import client_comfort, client_taught_terms, ticket_worry_kinds
from empathy.services import draft_review_record, term_taught
from followups.compose import ClientFacts, Composition, compose
from followups.models import Analogy, CheckInAnswer, FollowUp, MadeSense, SurveyResponse
from kb.markdown import email_text, render_markdown
from outbox.models import OutboxEmail
from outbox.services import RenderedEmail, email_render, outbox_email_enqueue, outbox_emails_cancel
from tickets.models import Resolution, Ticket, TicketEvent
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
    profile: ClientProfile | None = getattr(client, "client_profile", None)
    analogy = None
    if profile is not None and ticket.category_id:
        analogy = (
            Analogy.objects.filter(
                field_of_expertise_id=profile.field_of_expertise_id,
                category_id=ticket.category_id,
                is_active=True,
            )
            .values_list("text", flat=True)
            .first()
        )
    guide = resolution.guide
    technician = resolution.author
    return compose(
        ticket=ticket,
        resolution=resolution,
        client=ClientFacts(
            first_name=client.get_short_name(),
            comfort=client_comfort(client),
            worries=tuple(ticket_worry_kinds(ticket=ticket)),
            data_worry=ticket.data_worry,
        ),
        technician_name=technician.display_name if technician else settings.HELPDESK_NAME,
        analogy=analogy,
        guide=guide,
        guide_url=_absolute(guide.get_absolute_url()) if guide else "",
        portal_url=_absolute(reverse("portal:ticket", args=[ticket.reference])),
        support_phone=settings.HELPDESK_SUPPORT_PHONE,
        glossary=current_glossary(),
        taught=frozenset(client_taught_terms(client)),
    )


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
    draft_review_record(ticket=ticket, text=explanation, kind=ReviewKind.FOLLOW_UP, author=author)
    for term in [] if changed else composed.glossed_terms:
        term_taught(client=ticket.client, term=term, source=f"explained in {ticket.reference}")
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
    from portal.services import client_reports_still_broken

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
