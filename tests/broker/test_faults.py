"""Follow-ups are delivered exactly once even when things fail: with real Redis, real
Celery workers and a real SMTP server (aiosmtpd), not mocks."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from accounts.models import User
from followups.models import FollowUp
from outbox.models import DeliveryAttempt, OutboxEmail
from outbox.services import outbox_sweep
from tests.broker.conftest import (
    database_url_for_subprocesses,
    needs_redis,
    use_broker,
    wait_for,
    worker_thread,
)
from tests.broker.smtp_sink import Sink, free_port
from tests.factories import make_ticket
from tickets.models import DataSafety, Ticket
from tickets.services import ticket_close, ticket_resolve

pytestmark = pytest.mark.broker
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sink(settings: Any) -> Iterator[Sink]:
    with Sink() as running:
        for name, value in running.django_settings().items():
            setattr(settings, name, value)
        yield running


def resolved_ticket(client_user: User, technician: User) -> Ticket:
    ticket = make_ticket(client=client_user, description="My files are gone!")
    ticket_resolve(
        ticket=ticket,
        actor=technician,
        cause="It lost its link.",
        actions="I fixed it.",
        data_safety=DataSafety.SAFE,
    )
    return ticket


def closing_email(ticket: Ticket) -> OutboxEmail:
    return OutboxEmail.objects.get(ticket=ticket, kind="closing_explanation")


def test_smtp_failing_then_succeeding_sends_one_message(
    live_worker: object, sink: Sink, settings: Any, client_user: User, technician: User
) -> None:
    settings.OUTBOX_RETRY_BASE_SECONDS = 1
    sink.handler.refuse_next = 3
    ticket = resolved_ticket(client_user, technician)
    ticket_close(ticket=ticket, actor=technician)  # autocommit: the task is queued at once
    email = closing_email(ticket)
    delivered = wait_for(
        lambda: OutboxEmail.objects.get(pk=email.pk).status == OutboxEmail.Status.SENT,
        timeout=60,
        every=outbox_sweep,  # beat's job, run here every quarter second
    )
    assert delivered, list(DeliveryAttempt.objects.values_list("number", "succeeded", "error"))
    assert sink.handler.accepted[email.message_id] == 1
    assert sum(sink.handler.accepted.values()) == 1
    outcomes = list(DeliveryAttempt.objects.filter(email=email).values_list("succeeded", flat=True))
    assert outcomes == [False, False, False, True]


@pytest.fixture
def redis_server() -> Iterator[Any]:
    """A Redis of our own that this test may stop and start again."""
    needs_redis()
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    redis_binary: str = binary
    port = free_port()

    class Server:
        url = f"redis://127.0.0.1:{port}/0"
        process: subprocess.Popen[bytes] | None = None

        def start(self) -> None:
            self.process = subprocess.Popen(  # noqa: S603
                [
                    redis_binary,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                ],
                stdout=subprocess.DEVNULL,
            )
            assert wait_for(lambda: _answers(port), timeout=10)

        def stop(self) -> None:
            if self.process is not None:
                self.process.kill()
                self.process.wait(timeout=10)
                self.process = None

    server = Server()
    try:
        yield server
    finally:
        server.stop()


def _answers(port: int) -> bool:
    import redis

    try:
        return bool(redis.Redis(port=port, socket_connect_timeout=0.5).ping())
    except redis.exceptions.ConnectionError:
        return False


def test_redis_down_at_close_time_delivers_after_it_returns(
    live_db: None,
    sink: Sink,
    redis_server: Any,
    queue_name: str,
    client_user: User,
    technician: User,
) -> None:
    from helpdesk.celery import app as celery_app

    previous = (
        celery_app.conf.broker_url,
        celery_app.conf.task_always_eager,
        celery_app.conf.task_default_queue,
    )
    use_broker(redis_server.url)  # Redis is not running yet
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue_name
    try:
        ticket = resolved_ticket(client_user, technician)
        started = time.monotonic()
        ticket_close(ticket=ticket, actor=technician)  # queuing fails: the close must not
        assert time.monotonic() - started < 10
        email = closing_email(ticket)
        assert email.status == OutboxEmail.Status.PENDING
        redis_server.start()
        with worker_thread(queue_name, broker_url=redis_server.url):
            assert wait_for(
                lambda: OutboxEmail.objects.get(pk=email.pk).status == OutboxEmail.Status.SENT,
                timeout=60,
                every=outbox_sweep,
            )
        assert sink.handler.accepted[email.message_id] == 1
    finally:
        broker, celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = previous
        use_broker(broker)


def test_worker_killed_mid_send_is_delivered_by_the_sweep(
    live_db: None, sink: Sink, settings: Any, queue_name: str, client_user: User, technician: User
) -> None:
    needs_redis()
    database_url = database_url_for_subprocesses()
    settings.OUTBOX_LEASE_SECONDS = 3
    sink.handler.stall.set()  # the first delivery hangs in the middle of the SMTP exchange
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DATABASE_POOL": "0",
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "OUTBOX_LEASE_SECONDS": "3",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "EMAIL_USE_TLS": "0",
        "EMAIL_TIMEOUT": "60",
    }
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "celery", "-A", "helpdesk", "worker", "--pool=solo",
         "-Q", queue_name, "--loglevel=WARNING",
         "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    from helpdesk.celery import app as celery_app

    previous = celery_app.conf.task_always_eager, celery_app.conf.task_default_queue
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue_name
    try:
        ticket = resolved_ticket(client_user, technician)
        ticket_close(ticket=ticket, actor=technician)
        email = closing_email(ticket)
        assert sink.handler.stalled.wait(timeout=60), "the worker never started sending"
        assert OutboxEmail.objects.get(pk=email.pk).status == OutboxEmail.Status.SENDING
        worker.send_signal(signal.SIGKILL)  # the worker dies holding the message
        worker.wait(timeout=10)
        sink.handler.stall.clear()
        sink.handler.release.set()
        time.sleep(3.5)  # its lease runs out
        with worker_thread(queue_name):
            assert wait_for(
                lambda: OutboxEmail.objects.get(pk=email.pk).status == OutboxEmail.Status.SENT,
                timeout=60,
                every=outbox_sweep,
            )
        assert sink.handler.accepted[email.message_id] == 1
        assert sum(sink.handler.accepted.values()) == 1
        assert FollowUp.objects.get(ticket=ticket).email_id == email.pk
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = previous
        if worker.poll() is None:
            worker.kill()
