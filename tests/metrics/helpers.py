"""Hand-built metric data: tickets with the times, replies, moods and surveys we choose."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from accounts.models import User
from empathy.models import DraftReview, MessageAnalysis, ReviewKind
from followups.models import FollowUp, SurveyResponse
from metrics.selectors import Filters
from tests.factories import make_ticket
from tickets.models import EventKind, Message, MessageKind, Ticket, TicketEvent


def ticket_at(
    *,
    client: User,
    created: datetime,
    assignee: User | None = None,
    first_response: timedelta | None = None,
    resolved: timedelta | None = None,
    closed: timedelta | None = None,
    reopened: int = 0,
    distress: str = "calm",
    **kwargs: Any,
) -> Ticket:
    """A ticket opened at `created`; the other times are offsets from it."""
    ticket = make_ticket(client=client, **kwargs)
    Ticket.objects.filter(pk=ticket.pk).update(
        created_at=created,
        assignee=assignee,
        first_response_at=created + first_response if first_response is not None else None,
        resolved_at=created + resolved if resolved is not None else None,
        closed_at=created + closed if closed is not None else None,
        reopened_count=reopened,
    )
    Message.objects.filter(ticket=ticket).update(created_at=created)
    MessageAnalysis.objects.filter(message__ticket=ticket).update(distress=distress)
    ticket.refresh_from_db()
    return ticket


def client_says(ticket: Ticket, *, at: datetime, distress: str) -> Message:
    message = Message.objects.create(
        ticket=ticket,
        kind=MessageKind.CLIENT,
        author=ticket.client,
        body="An update.",
        created_at=at,
    )
    MessageAnalysis.objects.create(message=message, sentiment=0.0, distress=distress, created_at=at)
    return message


def review(
    ticket: Ticket,
    *,
    at: datetime,
    author: User,
    kind: str = ReviewKind.REPLY,
    comfort: str = "new",
    grade: float = 5.0,
    words: int = 100,
    jargon: int = 0,
    condescension: int = 0,
    worries: list[str] | None = None,
    answered: bool | None = None,
    score: int = 90,
) -> DraftReview:
    message = Message.objects.create(
        ticket=ticket, kind=MessageKind.REPLY, author=author, body="A reply.", created_at=at
    )
    return DraftReview.objects.create(
        ticket=ticket,
        message=message,
        kind=kind,
        author=author,
        comfort=comfort,
        grade=grade,
        words=words,
        jargon_count=jargon,
        condescension_count=condescension,
        reassures_data=False,
        worries=worries or [],
        unanswered=[] if answered or answered is None else list(worries or []),
        worries_answered=answered,
        score=score,
        created_at=at,
    )


def follow_up(
    ticket: Ticket,
    *,
    at: datetime,
    actor: User,
    guide: Any = None,
    survey: int | None = None,
    made_sense: str = "yes",
) -> FollowUp:
    event = TicketEvent.objects.create(
        ticket=ticket, actor=actor, kind=EventKind.CLOSED, version=99
    )
    TicketEvent.objects.filter(pk=event.pk).update(created_at=at)
    made = FollowUp.objects.create(
        ticket=ticket,
        close_event=event,
        client=ticket.client,
        guide=guide,
        subject="What happened",
        explanation="It was the cable.",
        created_at=at,
    )
    if survey is not None:
        SurveyResponse.objects.create(
            followup=made, satisfaction=survey, made_sense=made_sense, created_at=at
        )
    return made


def period(start: Any, end: Any, **dimensions: Any) -> Filters:
    return Filters(start=start, end=end, **dimensions)
