"""Replay the demo stories through the real services, then move them back in time.

Going through the services means the demo exercises the same code as real use (history,
hooks, analyses, outbox). Afterwards each row created for a step is re-dated to the
moment the story gives, so queues, charts and "3 days ago" labels look lived-in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accounts.models import User
from core.datafiles import app_data
from empathy.models import DraftReview, MessageAnalysis
from followups.models import CheckInAnswer, FollowUp, SurveyResponse
from kb.models import Guide
from outbox.models import OutboxEmail
from tickets.models import (
    Category,
    Channel,
    Message,
    MessageKind,
    Priority,
    Resolution,
    Status,
    Ticket,
    TicketEvent,
)
from tickets.services import (
    message_add,
    ticket_assign,
    ticket_change_status,
    ticket_close,
    ticket_create,
    ticket_reopen,
    ticket_resolve,
)

PRIORITIES = {
    "low": Priority.LOW,
    "normal": Priority.NORMAL,
    "high": Priority.HIGH,
    "urgent": Priority.URGENT,
}
KINDS = {"client": MessageKind.CLIENT, "reply": MessageKind.REPLY, "note": MessageKind.NOTE}

# Other apps add steps to the replay (e.g. linking the guide, recording the survey).
ResolutionLinks = Callable[[dict[str, Any]], dict[str, Any]]
AfterStory = Callable[[Ticket, dict[str, Any], "Clock"], None]
RESOLUTION_LINKS: list[ResolutionLinks] = []
AFTER_STORY: list[AfterStory] = []


@dataclass
class Clock:
    """Re-dates whatever a step created to the story's moment for that step."""

    ticket: Ticket
    last_event: int = 0
    last_message: int = 0
    last_review: int = 0

    def stamp(self, moment: datetime) -> None:
        reviews = DraftReview.objects.filter(ticket=self.ticket, pk__gt=self.last_review)
        reviews.update(created_at=moment)
        self.last_review = (
            DraftReview.objects.filter(ticket=self.ticket).aggregate(m=Max("pk"))["m"] or 0
        )
        MessageAnalysis.objects.filter(
            message__ticket=self.ticket, message__pk__gt=self.last_message
        ).update(created_at=moment)
        events = TicketEvent.objects.filter(ticket=self.ticket, pk__gt=self.last_event)
        events.update(created_at=moment)
        messages = Message.objects.filter(ticket=self.ticket, pk__gt=self.last_message)
        messages.update(created_at=moment)
        self.last_event = (
            TicketEvent.objects.filter(ticket=self.ticket).aggregate(m=Max("pk"))["m"] or 0
        )
        self.last_message = (
            Message.objects.filter(ticket=self.ticket).aggregate(m=Max("pk"))["m"] or 0
        )


# What every story in demo/data/stories.yaml must say.
STORY_KEYS = (
    "client",
    "subject",
    "category",
    "priority",
    "status",
    "assignee",
    "channel",
    "days_ago",
    "impact",
    "data_worry",
    "messages",
)


def _guide_link(resolution: dict[str, Any]) -> dict[str, Any]:
    slug = resolution.get("guide")
    guide = Guide.objects.filter(slug=slug).first() if slug else None
    return {"guide": guide} if guide else {}


RESOLUTION_LINKS.append(_guide_link)


def demo_tickets_exist(clients: list[User]) -> bool:
    return Ticket.objects.filter(client__in=clients).exists()


def seed_tickets(people: dict[str, User]) -> int:
    """Create the demo tickets once; returns how many were created (0 if already there)."""
    clients = [user for user in people.values() if hasattr(user, "client_profile")]
    if demo_tickets_exist(clients):
        return 0
    categories = {category.slug: category for category in Category.objects.all()}
    now = timezone.now()
    created = 0
    # Oldest first, so ticket numbers follow the order in which problems came in.
    stories = app_data("demo", "stories", required=STORY_KEYS)
    for story in sorted(stories, key=_oldest_first):
        with transaction.atomic():
            ticket = _replay(story, people, categories, now)
            for after in AFTER_STORY:
                after(ticket, story, Clock(ticket))
            _followups_in_the_past(ticket, story, now)
            _history_already_sent(ticket)
            created += 1
            created += _came_back(story, ticket, people, categories, now)
    return created


def _oldest_first(story: dict[str, Any]) -> float:
    return -float(story["days_ago"])


def _history_already_sent(ticket: Ticket) -> None:
    """The story happened in the past: its e-mails went out then, not now. E-mails still due
    (a check-in for a ticket closed yesterday) stay queued."""
    ticket.refresh_from_db(fields=["updated_at"])
    due = OutboxEmail.objects.filter(
        ticket=ticket, status=OutboxEmail.Status.PENDING, due_at__lte=timezone.now()
    )
    for email in due:
        sent = min(email.due_at, timezone.now()) if email.kind == "checkin" else ticket.updated_at
        OutboxEmail.objects.filter(pk=email.pk).update(
            status=OutboxEmail.Status.SENT, sent_at=sent, created_at=sent
        )


def _followups_in_the_past(ticket: Ticket, story: dict[str, Any], now: datetime) -> None:
    """Move each close's follow-up to when the close happened; add the client's answers."""
    followups = list(FollowUp.objects.filter(ticket=ticket).select_related("close_event"))
    for followup in followups:
        closed_at = followup.close_event.created_at
        due = closed_at + timedelta(days=settings.CHECKIN_DELAY_DAYS)
        FollowUp.objects.filter(pk=followup.pk).update(created_at=closed_at, checkin_due_at=due)
        if followup.checkin_email_id:
            OutboxEmail.objects.filter(pk=followup.checkin_email_id).update(due_at=due)
    if not followups or ticket.status != Status.CLOSED:
        return
    last = max(followups, key=lambda f: f.close_event.created_at)
    survey = story.get("survey")
    if survey:
        survey_at = min(last.close_event.created_at + timedelta(days=1), now)
        SurveyResponse.objects.create(
            followup=last,
            satisfaction=survey["satisfaction"],
            made_sense=survey["made_sense"],
            comment=survey.get("comment", ""),
            created_at=survey_at,
        )
    answered_at = last.close_event.created_at + timedelta(days=settings.CHECKIN_DELAY_DAYS, hours=5)
    if answered_at < now and last.checkin_email_id and (survey or story.get("came_back_days")):
        answer = (
            CheckInAnswer.CAME_BACK if story.get("came_back_days") else CheckInAnswer.STILL_WORKING
        )
        FollowUp.objects.filter(pk=last.pk).update(
            checkin_answer=answer, checkin_answered_at=answered_at
        )


def _replay(
    story: dict[str, Any], people: dict[str, User], categories: dict[str, Category], now: datetime
) -> Ticket:
    start = now - timedelta(days=float(story["days_ago"]))
    client = people[story["client"]]
    assignee = people.get(story["assignee"]) if story["assignee"] else None
    channel = Channel(story["channel"])
    writer = assignee if channel == Channel.PHONE and assignee else client
    messages = story["messages"]
    needed = story.get("needed_by_hours")
    ticket = ticket_create(
        client=client,
        subject=story["subject"],
        description=messages[0]["body"],
        created_by=writer,
        channel=channel,
        category=categories[story["category"]],
        priority=PRIORITIES[story["priority"]],
        impact=story["impact"],
        data_worry=story["data_worry"],
        needed_by=start + timedelta(hours=float(needed)) if needed else None,
    )
    clock = Clock(ticket)
    clock.stamp(start)
    last = start
    for message in messages[1:]:
        moment = start + timedelta(hours=float(message["at"]))
        kind = KINDS[message["kind"]]
        if kind != MessageKind.CLIENT and assignee and ticket.assignee_id is None:
            ticket_assign(ticket=ticket, assignee=assignee, actor=assignee)
            clock.stamp(moment - timedelta(minutes=2))
        author = (assignee or people["tech@demo.test"]) if kind != MessageKind.CLIENT else writer
        is_last_reply = message is messages[-1] and kind == MessageKind.REPLY
        message_add(
            ticket=ticket,
            kind=kind,
            author=author,
            body=message["body"],
            waiting_on_client=is_last_reply and story["status"] == Status.WAITING,
        )
        clock.stamp(moment)
        last = moment
    _finish(story, ticket, assignee or people["tech@demo.test"], clock, last, now)
    _retime_ticket(ticket, start)
    return ticket


def _finish(
    story: dict[str, Any],
    ticket: Ticket,
    technician: User,
    clock: Clock,
    last: datetime,
    now: datetime,
) -> None:
    status = story["status"]
    if status in (Status.NEW, Status.WAITING):
        return
    if ticket.assignee_id is None:
        ticket_assign(ticket=ticket, assignee=technician, actor=technician)
        clock.stamp(last)
    if status == Status.OPEN:
        if ticket.status != Status.OPEN:
            ticket_change_status(ticket=ticket, status=Status.OPEN, actor=technician)
            clock.stamp(last)
        return
    resolution = story["resolution"]
    resolved_at = min(last + timedelta(hours=0.5), now - timedelta(minutes=30))
    if story.get("reopened"):
        first = last - (last - ticket.created_at) / 2
        _resolve(ticket, technician, resolution, clock, first)
        ticket_close(ticket=ticket, actor=technician)
        clock.stamp(first + timedelta(hours=2))
        ticket_reopen(
            ticket=ticket, actor=ticket.client, reason="The client says it's happening again."
        )
        clock.stamp(first + timedelta(hours=6))
    _resolve(ticket, technician, resolution, clock, resolved_at)
    if status == Status.CLOSED:
        closed_at = min(resolved_at + timedelta(hours=20), now - timedelta(minutes=10))
        ticket_close(ticket=ticket, actor=technician)
        clock.stamp(closed_at)
        Ticket.objects.filter(pk=ticket.pk).update(closed_at=closed_at)


def _resolve(
    ticket: Ticket, technician: User, resolution: dict[str, Any], clock: Clock, moment: datetime
) -> None:
    links: dict[str, Any] = {}
    for linker in RESOLUTION_LINKS:
        links.update(linker(resolution))
    made = ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause=resolution["cause"],
        actions=resolution["actions"],
        data_safety=resolution["data_safety"],
        prevention=resolution["prevention"],
        **links,
    )
    clock.stamp(moment)
    Resolution.objects.filter(pk=made.pk).update(created_at=moment)
    Ticket.objects.filter(pk=ticket.pk).update(resolved_at=moment)


def _retime_ticket(ticket: Ticket, start: datetime) -> None:
    """Derive the ticket's own timestamps from its re-dated history."""
    messages = Message.objects.filter(ticket=ticket)
    first_reply = messages.filter(kind=MessageKind.REPLY).order_by("created_at").first()
    last_activity = TicketEvent.objects.filter(ticket=ticket).aggregate(m=Max("created_at"))["m"]
    Ticket.objects.filter(pk=ticket.pk).update(
        created_at=start,
        updated_at=last_activity or start,
        first_response_at=first_reply.created_at if first_reply else None,
    )
    ticket.refresh_from_db()


def _came_back(
    story: dict[str, Any],
    ticket: Ticket,
    people: dict[str, User],
    categories: dict[str, Category],
    now: datetime,
) -> int:
    """Some fixed problems return weeks later: a new ticket that follows the old one."""
    days = story.get("came_back_days")
    if not days or ticket.closed_at is None:
        return 0
    start = ticket.closed_at + timedelta(days=float(days))
    if start >= now - timedelta(hours=1):
        return 0
    client = people[story["client"]]
    again = ticket_create(
        client=client,
        subject=f"It's happening again: {story['subject']}"[:200],
        description=(
            f"The problem from {ticket.reference} is back. It's the same as last time, "
            "I'm afraid. Could someone have another look?"
        ),
        created_by=client,
        category=categories[story["category"]],
        priority=PRIORITIES[story["priority"]],
        follows=ticket,
    )
    clock = Clock(again)
    clock.stamp(start)
    technician = ticket.assignee or people["tech@demo.test"]
    if start < now - timedelta(days=5):
        # Older returns were dealt with at the time, like any other ticket.
        ticket_assign(ticket=again, assignee=technician, actor=technician)
        message_add(
            ticket=again,
            kind=MessageKind.REPLY,
            author=technician,
            body="I'm sorry it came back. I've had a look and sorted it again; it should hold now.",
        )
        clock.stamp(start + timedelta(hours=3))
        _resolve(
            again,
            technician,
            {
                "cause": "The same thing happened as last time.",
                "actions": "I fixed it again and checked that it stays fixed.",
                "data_safety": "not_involved",
                "prevention": "If it happens again, tell us straight away so we can look deeper.",
                "guide": None,
            },
            clock,
            start + timedelta(hours=4),
        )
        ticket_close(ticket=again, actor=technician)
        clock.stamp(start + timedelta(days=1))
        Ticket.objects.filter(pk=again.pk).update(closed_at=start + timedelta(days=1))
    _retime_ticket(again, start)
    _history_already_sent(again)
    return 1
