from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from tickets.services.attachments import staged_uploads_discard_older_than


@shared_task(name="tickets.discard_stale_uploads", time_limit=300)
def discard_stale_uploads() -> int:
    """Files people staged on a form they never sent, after a day."""
    return staged_uploads_discard_older_than(moment=timezone.now() - timedelta(days=1))
