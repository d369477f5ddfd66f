"""Refreshing the rollup: on a schedule, when a manager asks, and from the command line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from metrics.models import RollupRun
from metrics.rollup import all_days, recent_days, rollup_execute, rollup_plan

STALE_AFTER = timedelta(minutes=30)


def rollup_in_progress() -> RollupRun | None:
    """A run that has not finished and is recent enough to still be alive."""
    return (
        RollupRun.objects.filter(
            finished_at__isnull=True, started_at__gte=timezone.now() - STALE_AFTER
        )
        .order_by("-started_at")
        .first()
    )


def rollup_request(*, requested_by: User) -> RollupRun | None:
    """A manager's 'Refresh now': plan a run of the recent days and hand it to a worker.
    Returns None when one is already running."""
    if rollup_in_progress() is not None:
        return None
    first, last = recent_days()
    run = rollup_plan(
        first=first, last=last, trigger=RollupRun.Trigger.MANAGER, requested_by=requested_by
    )
    transaction.on_commit(lambda: _dispatch(run.pk))
    return run


def _dispatch(run_id: int) -> None:
    from metrics.tasks import execute

    try:
        execute.delay(run_id)
    except Exception:  # the broker is down: do the work here rather than lose the request
        rollup_execute(RollupRun.objects.get(pk=run_id))


def rollup_scheduled() -> RollupRun | None:
    """What beat runs every few minutes: the recent days, unless a run is in progress."""
    if rollup_in_progress() is not None:
        return None
    first, last = recent_days()
    return rollup_execute(rollup_plan(first=first, last=last, trigger=RollupRun.Trigger.SCHEDULE))


def rollup_all(
    *,
    trigger: str = RollupRun.Trigger.COMMAND,
    progress: Callable[[RollupRun], None] | None = None,
) -> RollupRun | None:
    """Rebuild every day from the first ticket to today."""
    span = all_days()
    if span is None:
        return None
    return rollup_execute(
        rollup_plan(first=span[0], last=span[1], trigger=trigger), progress=progress
    )
