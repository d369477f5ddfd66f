"""A task goes through real Redis to a real worker and back into the database."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from django.core import mail

from outbox.models import OutboxEmail
from outbox.services import RenderedEmail, outbox_email_enqueue

pytestmark = pytest.mark.broker


def wait_for(predicate: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_outbox_email_goes_through_redis_and_a_worker(live_worker: object) -> None:
    row = outbox_email_enqueue(
        key="broker:round-trip",
        kind="test",
        to="maria@example.test",
        email=RenderedEmail(subject="Round trip", text_body="Hello.\n", html_body=""),
    )
    assert wait_for(lambda: OutboxEmail.objects.get(pk=row.pk).status == OutboxEmail.Status.SENT)
    assert [m.subject for m in mail.outbox] == ["Round trip"]
