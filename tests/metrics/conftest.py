"""The hand-built week the metric tests share (see test_known_answers.py for its story)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import time_machine

from accounts.models import User
from kb.models import GuideVote
from metrics.services import rollup_all
from outbox.models import OutboxEmail
from tests.factories import ClientFactory, category
from tests.kb.factories import make_guide
from tests.metrics.helpers import client_says, follow_up, review, ticket_at
from tickets.models import Priority

D = date(2026, 3, 10)
# The metric tests live two weeks after their hand-built week: a rollup rebuilds every day
# from the first ticket to today, so on the real clock the suite grew slower every day.
TODAY = datetime(2026, 3, 24, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def two_weeks_later() -> Any:
    with time_machine.travel(TODAY, tick=True):
        yield


MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.fixture
def week(client_user: User, technician: User, other_technician: User) -> dict[str, Any]:
    printers = category("printers")
    t1 = ticket_at(
        client=client_user,
        created=MORNING,
        assignee=technician,
        first_response=timedelta(minutes=30),
        resolved=24 * H,
        closed=48 * H,
        distress="distressed",
        priority=Priority.NORMAL,
        category=printers,
    )
    t2 = ticket_at(
        client=client_user,
        created=MORNING + H,
        assignee=other_technician,
        first_response=5 * H,
        resolved=24 * H,
        reopened=1,
        priority=Priority.URGENT,
    )
    t3 = ticket_at(client=client_user, created=MORNING + 2 * H, assignee=technician)
    client_says(t1, at=MORNING + 10 * H, distress="calm")
    review(
        t1,
        at=MORNING + timedelta(minutes=30),
        author=technician,
        grade=8.0,
        words=100,
        jargon=2,
        condescension=1,
        worries=["data_loss"],
        answered=True,
    )
    review(
        t1, at=MORNING + 24 * H, author=technician, kind="resolution", grade=4.0, words=50, jargon=1
    )
    review(
        t2,
        at=MORNING + 6 * H,
        author=other_technician,
        comfort="everyday",
        grade=7.0,
        words=50,
        worries=["work_blocked"],
        answered=False,
    )
    guide = make_guide(category_id=printers.pk)
    follow_up(t1, at=MORNING + 48 * H, actor=technician, guide=guide, survey=4)
    ticket_at(client=client_user, created=MORNING + 8 * 24 * H, category=printers)  # came back
    voter = ClientFactory.create()
    GuideVote.objects.create(guide=guide, user=client_user, helpful=True, updated_at=MORNING)
    GuideVote.objects.create(guide=guide, user=voter, helpful=False, updated_at=MORNING)
    for status in ("sent", "sent", "pending", "failed"):
        OutboxEmail.objects.create(
            key=f"k-{status}-{OutboxEmail.objects.count()}",
            kind="closing_explanation",
            to="maria@example.test",
            subject="s",
            text_body="b",
            message_id=f"<{OutboxEmail.objects.count()}@x>",
            status=status,
            sent_at=MORNING if status == "sent" else None,
            created_at=MORNING,
        )
    rollup_all()
    return {"t1": t1, "t2": t2, "t3": t3, "printers": printers}
