"""Keeping the rollup fresh: the beat task, the nightly rebuild and the command."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from accounts.models import User
from metrics import selectors, tasks
from metrics.models import DailyStats, RollupRun
from metrics.services import rollup_in_progress, rollup_request
from tests.factories import make_ticket

pytestmark = pytest.mark.django_db


def test_beat_schedule_runs_both_refreshes() -> None:
    tasks_scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"metrics.refresh_recent", "metrics.refresh_all"} <= tasks_scheduled


def test_a_new_ticket_appears_after_the_scheduled_refresh(client_user: User) -> None:
    today = timezone.localdate()
    filters = selectors.Filters(start=today, end=today)
    assert selectors.totals(filters)["opened"] == 0
    make_ticket(client=client_user)
    tasks.refresh_recent()
    assert selectors.totals(filters)["opened"] == 1  # the new version skips the old cache
    run = RollupRun.objects.get()
    assert run.trigger == RollupRun.Trigger.SCHEDULE and run.finished_at is not None


def test_one_refresh_at_a_time(client_user: User, manager: User) -> None:
    make_ticket(client=client_user)
    first = rollup_request(requested_by=manager)
    assert first is not None and rollup_in_progress() == first
    assert rollup_request(requested_by=manager) is None
    tasks.refresh_recent()  # the schedule also waits for it
    assert RollupRun.objects.count() == 1
    tasks.execute(first.pk)
    assert rollup_in_progress() is None


def test_command_rebuilds_everything_and_reports(client_user: User) -> None:
    out = StringIO()
    call_command("metrics_rollup", stdout=out)
    assert "nothing to roll up" in out.getvalue()
    make_ticket(client=client_user)
    out = StringIO()
    call_command("metrics_rollup", "--recent", stdout=out)
    today = DailyStats.objects.filter(day=timezone.localdate(), grain="all")
    assert today.values_list("opened", flat=True).get() == 1


def test_a_failed_run_is_recorded(client_user: User, monkeypatch: Any) -> None:
    make_ticket(client=client_user)

    def broken(day: Any) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr("metrics.rollup.rollup_day", broken)
    with pytest.raises(RuntimeError):
        tasks.refresh_all()
    run = RollupRun.objects.get()
    assert "disk full" in run.error and run.finished_at is not None
    assert selectors.last_finished_run() is None


def _close_one(client_user: User, technician: User) -> None:
    from tickets.models import DataSafety
    from tickets.services import ticket_close, ticket_resolve

    ticket = make_ticket(client=client_user)
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause="The printer had lost its link.",
        actions="I connected it again.",
        data_safety=DataSafety.NOT_INVOLVED,
        prevention="",
        guide=None,
    )
    ticket_close(ticket=ticket, actor=technician)


def _headline_and_drill_down(browser: Any) -> tuple[int, int]:
    from django.urls import reverse

    dashboard = browser.get(reverse("metrics:dashboard"), {"period": "7"})
    closed = int(dashboard.context["h"].closed)
    url = next(card.url for card in dashboard.context["resolution_cards"] if card.label == "Closed")
    listed = len(browser.get(url).context["page"].items)
    return closed, listed


def test_after_a_close_and_a_refresh_every_figure_reflects_it(
    client: Any, manager: User, client_user: User, technician: User, monkeypatch: Any
) -> None:
    from django.core.cache.backends.locmem import LocMemCache

    client.force_login(manager)
    _close_one(client_user, technician)
    tasks.refresh_recent()
    assert _headline_and_drill_down(client) == (1, 1)

    _close_one(client_user, technician)
    # "Refresh now" runs in a worker: another process, with a cache of its own when there
    # is no Redis (as with `make run`). The web process must still see the new figures.
    with monkeypatch.context() as worker:
        worker.setattr("django.core.cache.cache", LocMemCache("worker", {}))
        worker.setattr("metrics.selectors.cache", LocMemCache("worker", {}))
        run = rollup_request(requested_by=manager)
        assert run is not None
        tasks.execute(run.pk)
    assert _headline_and_drill_down(client) == (2, 2)
