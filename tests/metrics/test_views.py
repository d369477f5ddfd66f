"""The dashboard pages: who may see them, what they show, their CSV, and their query counts."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from metrics.models import RollupRun
from metrics.services import rollup_all
from tests.factories import ClientFactory
from tests.metrics.conftest import MORNING, D
from tests.metrics.helpers import review, ticket_at

pytestmark = pytest.mark.django_db

RANGE = f"period=custom&start={D}&end={D + timedelta(days=2)}"
MANAGER_PAGES = [
    reverse("metrics:dashboard"),
    reverse("metrics:export", args=["technicians"]),
    reverse("metrics:tickets") + "?measure=opened",
    reverse("metrics:replies") + "?measure=all",
    reverse("metrics:refresh_status"),
]


def _signed_in(user: User) -> Client:
    browser = Client()
    browser.force_login(user)
    return browser


def _csv(response: Any) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


@pytest.mark.parametrize("url", [*MANAGER_PAGES, reverse("metrics:coaching")])
def test_anonymous_is_sent_to_sign_in(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize("url", MANAGER_PAGES)
def test_clients_and_technicians_cannot_open_manager_pages(
    client_user: User, technician: User, url: str
) -> None:
    assert _signed_in(client_user).get(url).status_code == 403
    assert _signed_in(technician).get(url).status_code == 403
    assert _signed_in(technician).post(reverse("metrics:refresh")).status_code == 403


def test_clients_have_no_coaching_view(client_user: User) -> None:
    assert _signed_in(client_user).get(reverse("metrics:coaching")).status_code == 403


def test_a_technician_sees_only_their_own_coaching(
    week: dict[str, Any], technician: User, other_technician: User
) -> None:
    page = _signed_in(technician).get(
        f"{reverse('metrics:coaching')}?{RANGE}&technician={other_technician.pk}"
    )
    assert page.status_code == 200
    assert page.context["technician"] == technician
    shown = {example.review.author_id for example in page.context["report"].best}
    shown |= {example.review.author_id for example in page.context["report"].weakest}
    assert shown == {technician.pk}
    assert page.context["report"].mine.reviews == 2
    assert page.context["report"].team.reviews == 3


def test_a_manager_chooses_whose_coaching(
    week: dict[str, Any], manager: User, other_technician: User
) -> None:
    page = _signed_in(manager).get(
        f"{reverse('metrics:coaching')}?{RANGE}&technician={other_technician.pk}"
    )
    assert page.context["technician"] == other_technician
    assert "Coaching: Alex Chen" in page.content.decode()


def test_dashboard_shows_the_figures(week: dict[str, Any], manager: User) -> None:
    page = _signed_in(manager).get(f"{reverse('metrics:dashboard')}?{RANGE}")
    assert page.status_code == 200
    h = page.context["h"]
    assert (h.opened, h.closed, h.backlog_end) == (3, 1, 2)
    html = page.content.decode()
    assert html.count('<svg class="chart-svg"') >= 5
    assert "<desc" in html  # every chart says in words what it shows
    assert "Nothing in this range yet" not in html


def test_empty_range_says_so(manager: User) -> None:
    page = _signed_in(manager).get(f"{reverse('metrics:dashboard')}?{RANGE}")
    assert page.status_code == 200
    assert "Nothing in this range yet" in page.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("period=custom&start=yesterday", "Enter a valid date."),
        (f"period=custom&start={D}&end={D - timedelta(days=3)}", "on or after"),
        ("period=custom&start=2019-01-01&end=2026-01-01", "at most"),
    ],
)
def test_bad_dates_are_explained(manager: User, query: str, message: str) -> None:
    page = _signed_in(manager).get(f"{reverse('metrics:dashboard')}?{query}")
    assert page.status_code == 200
    assert message in page.content.decode()
    assert page.context["filters"].days >= 1


def test_export_csv(week: dict[str, Any], manager: User, technician: User) -> None:
    response = _signed_in(manager).get(f"{reverse('metrics:export', args=['technicians'])}?{RANGE}")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "helpdesk-technicians-20260310-20260312" in response["Content-Disposition"]
    rows = _csv(response)
    header = rows[0]
    assert header[:3] == ["Technician", "Opened", "Closed"]
    sam = next(row for row in rows if row[0] == "Sam Taylor")
    assert sam[1:3] == ["2", "1"]
    assert _signed_in(manager).get(reverse("metrics:export", args=["nope"])).status_code == 404


def test_drill_down_lists_the_tickets_behind_a_number(week: dict[str, Any], manager: User) -> None:
    browser = _signed_in(manager)
    page = browser.get(f"{reverse('metrics:tickets')}?measure=sla_missed&{RANGE}")
    listed = [ticket.pk for ticket in page.context["page"].items]
    assert listed == [week["t2"].pk]
    opened = browser.get(f"{reverse('metrics:tickets')}?measure=opened&{RANGE}&format=csv")
    rows = _csv(opened)
    assert sorted(row[0] for row in rows[1:]) == sorted(
        week[name].reference for name in ("t1", "t2", "t3")
    )
    assert browser.get(f"{reverse('metrics:tickets')}?measure=bogus").status_code == 404


def test_drill_down_to_replies(week: dict[str, Any], manager: User) -> None:
    page = _signed_in(manager).get(f"{reverse('metrics:replies')}?measure=unanswered&{RANGE}")
    assert [item.ticket_id for item in page.context["page"].items] == [week["t2"].pk]


def test_refresh_is_post_only_and_shows_progress(
    week: dict[str, Any], manager: User, django_capture_on_commit_callbacks: Any
) -> None:
    browser = _signed_in(manager)
    assert browser.get(reverse("metrics:refresh")).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(reverse("metrics:refresh"), {"next": "https://evil.test/"})
    assert response["Location"] == reverse("metrics:dashboard")
    run = RollupRun.objects.filter(trigger=RollupRun.Trigger.MANAGER).get()
    run.refresh_from_db()
    assert run.finished_at is not None and run.days_done == run.days_total
    status = browser.get(reverse("metrics:refresh_status")).content.decode()
    assert "Figures as of" in status


def _grow(client_user: User, technician: User, extra: int) -> None:
    for index in range(extra):
        ticket = ticket_at(
            client=ClientFactory.create(),
            created=MORNING + timedelta(minutes=index),
            assignee=technician,
            first_response=timedelta(hours=2),
        )
        review(ticket, at=MORNING + timedelta(hours=2), author=technician)
    rollup_all()


PINNED = [
    # Session, user, two permission lookups, the filter choices, the last finished rollup
    # run (the cache version: read from the database so a run in a worker process shows at
    # once), then the rollup sums.
    (reverse("metrics:dashboard") + f"?{RANGE}", 21),
    (reverse("metrics:tickets") + f"?measure=opened&{RANGE}", 9),
    (reverse("metrics:replies") + f"?measure=all&{RANGE}", 9),
    (reverse("metrics:coaching") + f"?{RANGE}", 12),
    (reverse("metrics:export", args=["technicians"]) + f"?{RANGE}", 19),
]


@pytest.mark.parametrize(("url", "expected"), PINNED)
def test_query_counts_do_not_grow_with_the_data(
    week: dict[str, Any], manager: User, technician: User, url: str, expected: int
) -> None:
    browser = _signed_in(manager)
    counts = []
    for extra in (0, 30):
        _grow(week["t1"].client, technician, extra)
        cache.clear()  # cold: nothing from an earlier look
        with CaptureQueriesContext(connection) as queries:
            response = browser.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts == [expected, expected], counts


def test_a_second_look_reads_the_sums_from_the_cache(week: dict[str, Any], manager: User) -> None:
    browser = _signed_in(manager)
    url = f"{reverse('metrics:dashboard')}?{RANGE}"
    browser.get(url)
    with CaptureQueriesContext(connection) as queries:
        browser.get(url)
    assert not [query for query in queries if "metrics_dailystats" in query["sql"]]
    # Session (none when sessions are cached, as with Redis), user (its permissions are
    # cached too), filter choices, the last finished run (the cache version), refresh status.
    cached_sessions = settings.SESSION_ENGINE.endswith("cached_db")
    assert len(queries) == (7 if cached_sessions else 8)
