"""Close N resolved tickets and time the plain-language follow-ups through real workers.

    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/followups_bench.py \\
        [--tickets 10000] [--workers 2] [--closers 2]

Needs PostgreSQL and Redis. It builds a fresh database (`helpdesk_bench_followups`), with
N resolved tickets, each with a resolution and half of them with a guide, then:

1. starts an SMTP server in this process (aiosmtpd) that records every Message-ID it is
   handed and when it first arrived;
2. starts `--workers` Celery worker processes (one process each, `--pool=solo`) on the
   Redis broker, sending through that SMTP server;
3. closes every ticket through the real service (`ticket_close`: compose, empathy review,
   outbox rows in the close transaction, task queued after commit) from `--closers`
   threads, as technicians would;
4. waits for every closing e-mail to arrive.

It prints the close rate, the delivery rate, close-to-sent latency (median, p95, max:
from the ticket's `closed_at` to the SMTP server receiving the message), and how many
messages were lost (never arrived) or duplicated (arrived more than once). No sweep runs
while it measures: every message must arrive through the task queued at close.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, configure, percentile, progress, stopwatch  # noqa: E402

if TYPE_CHECKING:
    from tests.broker.smtp_sink import Sink

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/helpdesk_bench_followups"
QUEUE = "bench-followups"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2, help="Celery worker processes")
    parser.add_argument("--closers", type=int, default=2, help="threads closing tickets")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for mail")
    args = parser.parse_args()
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        raise SystemExit("Set REDIS_URL (e.g. redis://127.0.0.1:6379/0): this bench needs Redis.")
    os.environ["CELERY_TASK_ALWAYS_EAGER"] = "0"
    url = configure(fresh=True, default_url=DEFAULT_URL)
    from helpdesk.celery import app

    app.conf.task_default_queue = QUEUE

    from tests.broker.smtp_sink import Sink

    with Sink() as sink:
        os.environ.update(_email_environment(sink.port))
        _apply_email_settings(sink.port)
        run(args, url=url, redis_url=redis_url, sink=sink)


def _email_environment(port: int) -> dict[str, str]:
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "EMAIL_USE_TLS": "0",
        "EMAIL_HOST_USER": "",
        "EMAIL_HOST_PASSWORD": "",
    }


def _apply_email_settings(port: int) -> None:
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False


def run(args: argparse.Namespace, *, url: str, redis_url: str, sink: Sink) -> None:
    from django.conf import settings

    from tickets.models import Status, Ticket

    print(f"Database: {url}\nBroker:   {settings.CELERY_BROKER_URL}")
    ticket_ids = prepare(args.tickets)
    print(f"Resolved tickets ready to close: {len(ticket_ids):,}")
    workers = start_workers(args.workers, url=url)
    try:
        wait_until_ready(workers)
        with stopwatch() as elapsed:
            close_all(ticket_ids, closers=args.closers)
            closing_seconds = elapsed()
        closed = Ticket.objects.filter(pk__in=ticket_ids, status=Status.CLOSED).count()
        print(f"Closed {closed:,} tickets in {closing_seconds:.1f} s "
              f"({closed / closing_seconds:,.0f} closes/s, {args.closers} threads)")  # fmt: skip
        report(ticket_ids, sink=sink, timeout=args.timeout)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()


def prepare(count: int) -> list[int]:
    """N resolved tickets, each with a resolution; half link a seeded guide."""
    from django.core.management import call_command

    from bench.generate import ensure_people, generate_tickets
    from kb.models import Guide
    from tickets.models import DataSafety, Resolution, Status, Ticket

    call_command("seed_guides", verbosity=0)
    clients, technicians = ensure_people(clients=max(50, count // 20), technicians=4)
    with stopwatch() as elapsed:
        generate_tickets(
            count=count, client_ids=clients, technician_ids=technicians, days=60,
            status=Status.RESOLVED,
        )  # fmt: skip
    rng = random.Random(7)
    guides = list(Guide.objects.values_list("pk", flat=True))
    rows = Ticket.objects.filter(status=Status.RESOLVED).values_list("pk", "assignee_id")
    safety = [DataSafety.SAFE, DataSafety.SAFE, DataSafety.NOT_INVOLVED, DataSafety.RECOVERED]
    Resolution.objects.bulk_create(
        [
            Resolution(
                ticket_id=pk,
                author_id=assignee or technicians[0],
                cause="The printer had lost its connection to the Wi-Fi after a power cut.",
                actions="I reconnected it to the Wi-Fi and printed a test page.",
                data_safety=rng.choice(safety),
                prevention="If it happens again, switch the printer off and on.",
                guide_id=rng.choice(guides) if guides and rng.random() < 0.5 else None,
            )
            for pk, assignee in rows
        ],
        batch_size=2000,
    )
    print(f"Generated tickets and resolutions in {elapsed():.0f} s")
    return list(
        Ticket.objects.filter(status=Status.RESOLVED).order_by("pk").values_list("pk", flat=True)
    )


def start_workers(count: int, *, url: str) -> list[subprocess.Popen[bytes]]:
    environment = {**os.environ, "DATABASE_URL": url, "DATABASE_POOL": "0", "LOG_LEVEL": "WARNING"}
    return [
        subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "helpdesk",
                "worker",
                "--pool=solo",
                "-Q",
                QUEUE,
                "-n",
                f"bench{number}@%h",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        for number in range(count)
    ]


def wait_until_ready(workers: list[subprocess.Popen[bytes]]) -> None:
    from helpdesk.celery import app

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1.0) or []
        if len(replies) >= len(workers):
            print(f"Workers answering: {len(replies)}")
            return
        if any(worker.poll() is not None for worker in workers):
            raise SystemExit("A worker exited during start-up; run it by hand to see why.")
    raise SystemExit("Workers did not answer within 60 s.")


def close_all(ticket_ids: list[int], *, closers: int) -> None:
    from django.db import connection

    from tickets.models import Ticket
    from tickets.services import ticket_close

    done = [0]
    lock = threading.Lock()
    shares = [ticket_ids[index::closers] for index in range(closers)]

    def close_share(share: list[int]) -> None:
        try:
            for pk in share:
                ticket = Ticket.objects.select_related("assignee").get(pk=pk)
                ticket_close(ticket=ticket, actor=ticket.assignee)
                with lock:
                    done[0] += 1
                    if done[0] % 250 == 0 or done[0] == len(ticket_ids):
                        progress(done[0], len(ticket_ids), "closing")
        finally:
            connection.close()

    threads = [threading.Thread(target=close_share, args=(share,)) for share in shares]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def report(ticket_ids: list[int], *, sink: Sink, timeout: float) -> None:
    from outbox.models import OutboxEmail

    rows = list(
        OutboxEmail.objects.filter(ticket_id__in=ticket_ids, kind="closing_explanation")
        .select_related("ticket")
        .only("message_id", "ticket__closed_at")
    )
    expected = {
        row.message_id: row.ticket.closed_at.timestamp()
        for row in rows
        if row.ticket is not None and row.ticket.closed_at is not None
    }
    handler = sink.handler
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        arrived = sum(1 for message_id in expected if message_id in handler.first_seen)
        progress(arrived, len(expected), "delivered")
        if arrived == len(expected):
            break
        time.sleep(1)
    print()
    latencies = [
        handler.first_seen[message_id] - closed_at
        for message_id, closed_at in expected.items()
        if message_id in handler.first_seen
    ]
    lost = len(expected) - len(latencies)
    duplicated = sum(
        count - 1
        for message_id, count in handler.accepted.items()
        if message_id in expected and count > 1
    )
    first_close = min(expected.values())
    last_arrival = max(handler.first_seen[m] for m in expected if m in handler.first_seen)
    statuses = _status_counts()
    print(f"Closing e-mails expected:  {len(expected):,} (one outbox row per close)")
    span = last_arrival - first_close
    print(f"Delivered:                 {len(latencies):,} in {span:.1f} s "
          f"from the first close ({len(latencies) / span:,.0f} messages/s)")  # fmt: skip
    print(f"Close-to-sent latency:     median {percentile(latencies, 0.5):.2f} s   "
          f"p95 {percentile(latencies, 0.95):.2f} s   max {max(latencies):.2f} s")  # fmt: skip
    print(f"Lost: {lost}   Duplicated: {duplicated}   Outbox rows by status: {statuses}")
    verdict = lost == 0 and duplicated == 0 and percentile(latencies, 0.95) < 10
    print("Target (p95 < 10 s, none lost, none duplicated): " + ("met" if verdict else "NOT met"))


def _status_counts() -> dict[str, int]:
    from django.db.models import Count

    from outbox.models import OutboxEmail

    return {
        row["status"]: row["n"]
        for row in OutboxEmail.objects.filter(kind="closing_explanation")
        .values("status")
        .annotate(n=Count("id"))
    }


if __name__ == "__main__":
    main()
