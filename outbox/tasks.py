from celery import shared_task

from outbox.services import outbox_email_deliver, outbox_sweep


@shared_task(name="outbox.deliver", time_limit=60, soft_time_limit=50)
def deliver(email_id: int) -> None:
    outbox_email_deliver(email_id=email_id)


@shared_task(name="outbox.sweep", time_limit=120, soft_time_limit=100)
def sweep() -> int:
    return outbox_sweep()
