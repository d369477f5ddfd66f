"""Writing analyses and reviews: on each client message, and on each client-facing text sent."""

from __future__ import annotations

from dataclasses import asdict

from django.db import transaction
from django.utils import timezone

from accounts.models import ComfortLevel, User
from empathy.engine import DraftContext, DraftReview, Intake, analyse_message, review_draft
from empathy.glossary import current_glossary
from empathy.models import DraftReview as DraftReviewRecord
from empathy.models import GlossaryTerm, MessageAnalysis, ReviewKind, TaughtTerm
from empathy.selectors import client_comfort, client_taught_terms, ticket_worry_kinds
from tickets.models import Message, Priority, Ticket
from tickets.services import ticket_raise_priority

RAISING_WORRIES = {
    "data_loss": "worried about losing data",
    "work_blocked": "can't work",
}


def draft_context_for(*, ticket: Ticket) -> DraftContext:
    client = ticket.client
    return DraftContext(
        comfort=client_comfort(client),
        worries=tuple(ticket_worry_kinds(ticket=ticket)),
        taught_terms=frozenset(client_taught_terms(client)),
    )


@transaction.atomic
def message_analyse(*, message: Message) -> MessageAnalysis:
    """Read a client's message, store what it shows, and raise the ticket's priority when
    they may be losing data or can't work."""
    ticket = message.ticket
    first = not Message.objects.filter(ticket=ticket, pk__lt=message.pk).exists()
    intake = (
        Intake(impact=ticket.impact, data_worry=ticket.data_worry, needed_by=ticket.needed_by)
        if first
        else None
    )
    # Read as of when the client wrote, in the helpdesk's time zone: "tomorrow at 9am".
    written = timezone.localtime(message.created_at)
    result = analyse_message(message.body, intake=intake, now=written)
    analysis, _ = MessageAnalysis.objects.update_or_create(
        message=message,
        defaults={
            "sentiment": result.sentiment,
            "distress": result.distress,
            "worries": [asdict(worry) for worry in result.worries],
            "signals": list(result.signals),
        },
    )
    # Only firm evidence raises priority: the client's words or their intake answers.
    firm = {worry.kind for worry in result.worries if worry.strength == "strong"}
    raising = [reason for kind, reason in RAISING_WORRIES.items() if kind in firm]
    if raising:
        ticket_raise_priority(ticket=ticket, at_least=Priority.HIGH, reason="; ".join(raising))
    return analysis


def draft_review(*, ticket: Ticket, text: str) -> DraftReview:
    return review_draft(text, glossary=current_glossary(), context=draft_context_for(ticket=ticket))


def draft_review_record(
    *,
    ticket: Ticket,
    text: str,
    kind: ReviewKind,
    author: User | None,
    message: Message | None = None,
) -> DraftReviewRecord:
    """Store the review of text as it was sent; sending is never blocked by it."""
    context = draft_context_for(ticket=ticket)
    review = review_draft(text, glossary=current_glossary(), context=context)
    return DraftReviewRecord.objects.create(
        ticket=ticket,
        message=message,
        kind=kind,
        author=author,
        comfort=context.comfort or ComfortLevel.EVERYDAY,
        grade=review.grade,
        words=review.words,
        jargon_count=len(review.jargon),
        condescension_count=len(review.condescension),
        long_sentences=len(review.long_sentences),
        reassures_data=review.reassures_data,
        worries=list(context.worries),
        unanswered=list(review.unanswered_worries),
        worries_answered=not review.unanswered_worries if context.worries else None,
        score=review.score,
        details=review.as_dict(),
    )


def term_taught(*, client: User, term: str, source: str = "") -> TaughtTerm | None:
    """Record that the client knows a term now, so the coach stops flagging it for them."""
    entry = GlossaryTerm.objects.filter(term__iexact=term).first()
    if entry is None:
        return None
    taught, _ = TaughtTerm.objects.get_or_create(
        client=client, term=entry, defaults={"source": source[:100]}
    )
    return taught
