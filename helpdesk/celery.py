"""The Celery application.

Reliability settings live in `helpdesk.settings` (CELERY_*): late acknowledgement with
rejection when a worker is lost, prefetch of one, a broker visibility timeout longer than
the task time limit, a short restore sweep for unacknowledged tasks, and retry on start-up.
Tasks only take ids and call services; the database, not the broker, is the record of
work to do, and a beat task sweeps up whatever the broker lost.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")

app = Celery("helpdesk")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
