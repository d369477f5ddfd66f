"""The outbox sends each message once, retries with backoff, and sweeps up what was lost."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.utils import timezone

from outbox.models import OutboxEmail
from outbox.services import (
    RenderedEmail,
    outbox_email_claim,
    outbox_email_deliver,
    outbox_email_enqueue,
    outbox_email_retry_now,
    outbox_sweep,
    retry_delay,
)

EMAIL = RenderedEmail(subject="Hello", text_body="Plain words.\n", html_body="<p>Plain words.</p>")


def enqueue(key: str = "test:1", **kwargs: Any) -> OutboxEmail:
    return outbox_email_enqueue(
        key=key, kind="test", to="maria@example.test", email=EMAIL, **kwargs
    )


@pytest.fixture
def failing_backend(settings: Any) -> None:
    settings.EMAIL_BACKEND = "tests.outbox.backends.FailingBackend"


def test_enqueue_is_idempotent_per_key(db: None) -> None:
    first = enqueue()
    second = enqueue()
    assert first.pk == second.pk
    assert OutboxEmail.objects.count() == 1
    assert first.message_id.startswith("<") and first.message_id.endswith("@testserver>")


def test_enqueue_dispatches_after_commit(
    db: None, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enqueue()
    assert len(callbacks) == 1
    assert mail.outbox == []
    callbacks[0]()
    assert len(mail.outbox) == 1


def test_the_same_task_twice_sends_once(db: None) -> None:
    row = enqueue()
    assert outbox_email_deliver(email_id=row.pk) is not None
    assert outbox_email_deliver(email_id=row.pk) is None
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert row.status == OutboxEmail.Status.SENT
    assert row.delivery_attempts.count() == 1
    assert mail.outbox[0].extra_headers["Message-ID"] == row.message_id


def test_two_claims_for_one_row_only_one_wins(db: None) -> None:
    row = enqueue()
    assert outbox_email_claim(email_id=row.pk) is not None
    assert outbox_email_claim(email_id=row.pk) is None


def test_two_workers_racing_send_once(live_db: None) -> None:
    if connection.vendor == "sqlite":
        pytest.skip("threads need a shared database; covered on PostgreSQL in CI")
    # Not due yet, so nothing is dispatched at commit; then it becomes due for the racers.
    row = enqueue(due_at=timezone.now() + timedelta(hours=1))
    OutboxEmail.objects.filter(pk=row.pk).update(due_at=timezone.now())
    barrier = threading.Barrier(4)
    results: list[object] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(outbox_email_deliver(email_id=row.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(mail.outbox) == 1
    assert sum(result is not None for result in results) == 1


def test_a_not_yet_due_row_is_not_claimed(db: None) -> None:
    row = enqueue(due_at=timezone.now() + timedelta(hours=1))
    assert outbox_email_claim(email_id=row.pk) is None
    assert outbox_email_claim(email_id=row.pk, now=timezone.now() + timedelta(hours=2)) is not None


def test_failures_back_off_then_fail_with_the_error(
    db: None, failing_backend: None, settings: Any
) -> None:
    settings.OUTBOX_MAX_ATTEMPTS = 3
    queued = enqueue()
    before = timezone.now()
    row = outbox_email_deliver(email_id=queued.pk)
    assert row is not None
    assert row.status == OutboxEmail.Status.PENDING
    assert row.due_at >= before + timedelta(seconds=settings.OUTBOX_RETRY_BASE_SECONDS)
    assert "SMTP server said no" in row.last_error
    assert outbox_email_deliver(email_id=row.pk) is None  # not due yet: nothing happens
    for _ in range(2):
        OutboxEmail.objects.filter(pk=row.pk).update(due_at=timezone.now())
        retried = outbox_email_deliver(email_id=row.pk)
        assert retried is not None
        row = retried
    assert row.status == OutboxEmail.Status.FAILED
    assert row.attempts == 3
    assert list(row.delivery_attempts.values_list("number", "succeeded")) == [
        (1, False),
        (2, False),
        (3, False),
    ]
    assert outbox_email_deliver(email_id=row.pk) is None  # failed rows are never retried alone


def test_retry_delay_grows_with_jitter(settings: Any) -> None:
    settings.OUTBOX_RETRY_BASE_SECONDS = 10
    delays = [retry_delay(attempt=n).total_seconds() for n in (1, 2, 3, 4)]
    for attempt, seconds in enumerate(delays, start=1):
        assert 10 <= seconds <= 10 + 10 * 2 ** (attempt - 1)
    assert len({round(retry_delay(attempt=5).total_seconds(), 6) for _ in range(20)}) > 1


def test_sweep_queues_due_rows_and_expired_leases(
    db: None, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=False):
        due = enqueue("test:due")
        enqueue("test:later", due_at=timezone.now() + timedelta(hours=1))
        stuck = enqueue("test:stuck")
    outbox_email_claim(email_id=stuck.pk)  # a worker took it and died
    assert outbox_sweep() == 1  # only the due one; the stuck lease has not expired
    assert [email.to for email in mail.outbox] == [["maria@example.test"]]
    assert OutboxEmail.objects.get(pk=due.pk).status == OutboxEmail.Status.SENT
    with time_machine.travel(timezone.now() + timedelta(minutes=10)):
        assert outbox_sweep() == 1
    assert OutboxEmail.objects.get(pk=stuck.pk).status == OutboxEmail.Status.SENT
    assert len(mail.outbox) == 2


def test_sweep_fails_stuck_rows_with_no_attempts_left(db: None, settings: Any) -> None:
    settings.OUTBOX_MAX_ATTEMPTS = 1
    row = enqueue()
    outbox_email_claim(email_id=row.pk)
    outbox_sweep(now=timezone.now() + timedelta(minutes=10))
    row.refresh_from_db()
    assert row.status == OutboxEmail.Status.FAILED
    assert "no attempts remain" in row.last_error


def test_manager_retry_gives_a_failed_row_new_attempts(
    db: None, settings: Any, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    settings.OUTBOX_MAX_ATTEMPTS = 1
    row = enqueue()
    settings.EMAIL_BACKEND = "tests.outbox.backends.FailingBackend"
    outbox_email_deliver(email_id=row.pk)
    row.refresh_from_db()
    assert row.status == OutboxEmail.Status.FAILED
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        outbox_email_retry_now(email=row)
    row.refresh_from_db()
    assert row.status == OutboxEmail.Status.SENT
    assert [a.number for a in row.delivery_attempts.all()] == [1, 2]


def test_dispatch_survives_a_broken_broker(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from outbox import tasks
    from outbox.services import outbox_email_dispatch

    def broken(*args: object) -> None:
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.deliver, "delay", broken)
    row = enqueue()
    outbox_email_dispatch(email_id=row.pk)  # must not raise
    row.refresh_from_db()
    assert row.status == OutboxEmail.Status.PENDING
