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
