from celery import shared_task

from metrics.models import RollupRun
from metrics.rollup import rollup_execute
from metrics.services import rollup_all, rollup_scheduled


@shared_task(name="metrics.execute", time_limit=1800, soft_time_limit=1700)
def execute(run_id: int) -> None:
    run = RollupRun.objects.filter(pk=run_id, finished_at__isnull=True).first()
    if run is not None:
        rollup_execute(run)


@shared_task(name="metrics.refresh_recent", time_limit=1800, soft_time_limit=1700)
def refresh_recent() -> None:
    rollup_scheduled()


@shared_task(name="metrics.refresh_all", time_limit=7200, soft_time_limit=7100)
def refresh_all() -> None:
    rollup_all(trigger=RollupRun.Trigger.SCHEDULE)
