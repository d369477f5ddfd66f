"""REST API throughput: the authenticated ticket list under gunicorn, on PostgreSQL.

    .venv/bin/python bench/api_bench.py [--tickets 100000] [--seconds 20] [--concurrency 4]

Uses its own database, `helpdesk_apibench` (created, migrated and filled on first run;
BENCH_DATABASE_URL overrides it). Starts gunicorn with 2 sync workers, then several client
processes ask for `GET /api/v1/tickets/` with a technician's token, as fast as answers
come. Prints requests per second and the p50/p99 latencies seen by the clients (the
clients share the machine's cores with the server, so the figures are a lower bound).
Target: at least 400 requests per second with p99 under 50 ms.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, configure, percentile  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/helpdesk_apibench"
PATH = "/api/v1/tickets/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=5_000)
    parser.add_argument("--technicians", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--fresh", action="store_true", help="drop the bench database first")
    args = parser.parse_args()
    url = configure(fresh=args.fresh, default_url=DEFAULT_URL)

    from rest_framework.authtoken.models import Token

    from accounts.models import User
    from bench.generate import ensure_people, generate_tickets
    from tickets.models import Ticket

    print(f"Database: {url}")
    clients, technicians = ensure_people(clients=args.clients, technicians=args.technicians)
    missing = args.tickets - Ticket.objects.count()
    if missing > 0:
        started = time.perf_counter()
        generate_tickets(count=missing, client_ids=clients, technician_ids=technicians)
        print(f"Generated {missing:,} tickets in {time.perf_counter() - started:.0f} s")
    print(f"Tickets: {Ticket.objects.count():,}")
    token = Token.objects.get_or_create(user=User.objects.get(pk=technicians[0]))[0].key

    port = args.port or _free_port()
    server = _start_gunicorn(url, port, args.workers)
    try:
        _wait_until_up(port, token)
        _run_load(port, token, seconds=2.0, concurrency=args.concurrency)  # warm-up
        count, latencies, errors, elapsed = _run_load(
            port, token, seconds=args.seconds, concurrency=args.concurrency
        )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    rate = count / elapsed
    p50, p99 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000
    print(
        f"\nGET {PATH} as a technician (25 per page), gunicorn {args.workers} sync workers, "
        f"{args.concurrency} client processes, {elapsed:.0f} s:"
    )
    print(f"  {rate:7.0f} requests/s   p50 {p50:5.1f} ms   p99 {p99:5.1f} ms   errors {errors}")
    verdict = "met" if rate >= 400 and p99 < 50 else "NOT met"
    print(f"  target (>= 400 req/s, p99 < 50 ms): {verdict}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_gunicorn(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "WARNING",
        # The bench measures the list, not the throttle's refusal.
        "API_THROTTLE_USER": "10000000/minute",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(
        [
            str(gunicorn),
            "helpdesk.wsgi:application",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )


def _get(port: int, token: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", PATH, headers={"Authorization": f"Token {token}"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _wait_until_up(port: int, token: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            status = _get(port, token)
        except OSError:
            time.sleep(0.3)
            continue
        if status != 200:
            raise SystemExit(f"{PATH} answered {status}")
        return
    raise SystemExit("gunicorn did not start within 60 s")


def _client(port: int, token: str, until: float, results: multiprocessing.Queue) -> None:
    latencies: list[float] = []
    errors = 0
    while time.perf_counter() < until:
        started = time.perf_counter()
        try:
            ok = _get(port, token) == 200
        except OSError:
            ok = False
        latencies.append(time.perf_counter() - started)
        errors += not ok
    results.put((latencies, errors))


def _run_load(
    port: int, token: str, *, seconds: float, concurrency: int
) -> tuple[int, list[float], int, float]:
    results: multiprocessing.Queue = multiprocessing.Queue()
    started = time.perf_counter()
    until = started + seconds
    processes = [
        multiprocessing.Process(target=_client, args=(port, token, until, results))
        for _ in range(concurrency)
    ]
    for process in processes:
        process.start()
    latencies: list[float] = []
    errors = 0
    for _ in processes:
        found, failed = results.get()
        latencies += found
        errors += failed
    for process in processes:
        process.join()
    return len(latencies), latencies, errors, time.perf_counter() - started


if __name__ == "__main__":
    main()
