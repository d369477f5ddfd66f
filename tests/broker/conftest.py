"""Real Celery workers on the real broker, for tests marked `broker` (REDIS_URL must be set)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from celery.contrib.testing.worker import start_worker
from django.db import connection

from helpdesk.celery import app as celery_app


def needs_redis() -> None:
    if not os.environ.get("REDIS_URL"):
        pytest.skip("needs REDIS_URL (CI runs this against real Redis)")


def use_broker(url: str) -> None:
    """Point the app at another broker, dropping pools made for the old one."""
    celery_app.conf.update(broker_url=url)
    # New pools for the new address. The old ones are left open: closing them would also
    # close kombu's shared producer pool, which later publishes would then fail to use.
    celery_app._pool = None  # type: ignore[attr-defined]
    celery_app.amqp._producer_pool = None  # type: ignore[attr-defined]


@contextmanager
def worker_thread(queue: str, broker_url: str | None = None) -> Iterator[Any]:
    """A Celery worker in a thread of this process, consuming `queue`."""
    previous = (
        celery_app.conf.task_always_eager,
        celery_app.conf.task_default_queue,
        celery_app.conf.broker_url,
    )
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue
    if broker_url:
        use_broker(broker_url)
    try:
        with start_worker(
            celery_app,
            pool="solo",
            concurrency=1,
            perform_ping_check=False,
            queues=[queue],
            shutdown_timeout=20,
        ) as worker:
            yield worker
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue, broker = previous
        if broker_url:
            use_broker(broker)


@pytest.fixture
def queue_name() -> str:
    return f"test-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def live_worker(live_db: None, queue_name: str) -> Iterator[object]:
    needs_redis()
    with worker_thread(queue_name) as worker:
        yield worker


def wait_for(
    predicate: Callable[[], bool], timeout: float = 30.0, every: Callable[[], Any] | None = None
) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if every is not None:
            every()
        time.sleep(0.25)
    return False


def database_url_for_subprocesses() -> str:
    """The URL of the database the tests are using, for worker subprocesses."""
    settings = connection.settings_dict
    if connection.vendor != "postgresql":
        pytest.skip("worker subprocesses need a shared database server (PostgreSQL)")
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    return (
        f"postgres://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
