"""Rebuild the dashboard's rollup: every day (default) or only the recent ones."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from metrics.models import RollupRun
from metrics.rollup import recent_days, rollup_execute, rollup_plan
from metrics.services import rollup_all


class Command(BaseCommand):
    help = "Rebuild the dashboard's daily rollup from tickets, reviews and surveys."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--recent", action="store_true", help="only the recent days")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()

        def progress(run: RollupRun) -> None:
            if options["verbosity"] > 1:
                self.stdout.write(f"  {run.days_done}/{run.days_total} days")

        run: RollupRun | None
        if options["recent"]:
            first, last = recent_days()
            run = rollup_execute(
                rollup_plan(first=first, last=last, trigger=RollupRun.Trigger.COMMAND),
                progress=progress,
            )
        else:
            run = rollup_all(progress=progress)
        if run is None:
            self.stdout.write("No tickets yet; nothing to roll up.")
            return
        self.stdout.write(
            f"Rolled up {run.days_total} days ({run.first_day} to {run.last_day}) "
            f"in {time.perf_counter() - started:.1f} s."
        )
