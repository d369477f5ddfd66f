"""REST API throughput: the authenticated ticket list under gunicorn, on PostgreSQL.

    .venv/bin/python bench/api_bench.py [--tickets 100000] [--seconds 20] [--concurrency 4]
                                        [--load wrk|python] [--redis URL] [--runs 3]

Uses its own database, `helpdesk_apibench` (created, migrated and filled on first run;
BENCH_DATABASE_URL overrides it). Starts gunicorn with 2 sync workers, then keeps
`--concurrency` connections asking for `GET /api/v1/tickets/` (25 a page) with a
technician's token, as fast as answers come. Prints requests per second and the p50/p99
latencies the load generator saw, for each run and their median.

The load comes from wrk (`apt-get install wrk`) when it is installed, otherwise from Python
client processes. Both share the machine's cores with gunicorn and PostgreSQL; the Python
clients use several times more CPU per request than wrk, so their figures are lower.
`--redis` gives gunicorn a Redis cache, as in production (the token and permission caches
and the throttle then live in Redis); without it each worker caches in its own memory.
Target: at least 400 requests per second with p99 under 50 ms.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
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
    parser.add_argument(
        "--load",
        choices=["wrk", "python"],
        default="wrk" if shutil.which("wrk") else "python",
        help="load generator (default: wrk when installed)",
    )
    parser.add_argument("--redis", default="", help="a Redis URL for gunicorn's cache")
    parser.add_argument("--runs", type=int, default=3, help="measured runs (median printed)")
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
    server = _start_gunicorn(url, port, args.workers, redis=args.redis)
    runs: list[Run] = []
    try:
        _wait_until_up(port, token)
        measure = _wrk if args.load == "wrk" else _python_clients
        measure(port, token, seconds=2.0, concurrency=args.concurrency)  # warm-up
        cache = "Redis" if args.redis else "per-process memory"
        print(
            f"\nGET {PATH} as a technician (25 per page), gunicorn {args.workers} sync "
            f"workers, cache in {cache}, {args.concurrency} connections from {args.load}, "
            f"{args.seconds:.0f} s a run:"
        )
        for _ in range(args.runs):
            run = measure(port, token, seconds=args.seconds, concurrency=args.concurrency)
            print(f"  run     {run}")
            runs.append(run)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    median = Run(
        rate=statistics.median(run.rate for run in runs),
        p50=statistics.median(run.p50 for run in runs),
        p99=statistics.median(run.p99 for run in runs),
        errors=sum(run.errors for run in runs),
    )
    print(f"  median  {median}")
    verdict = "met" if median.rate >= 400 and median.p99 < 50 else "NOT met"
    print(f"  target (>= 400 req/s, p99 < 50 ms): {verdict}")


@dataclass(frozen=True)
class Run:
    rate: float
    p50: float  # milliseconds
    p99: float
    errors: int

    def __str__(self) -> str:
        return (
            f"{self.rate:7.0f} requests/s   p50 {self.p50:5.1f} ms   p99 {self.p99:5.1f} ms"
            f"   errors {self.errors}"
        )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_gunicorn(url: str, port: int, workers: int, *, redis: str) -> subprocess.Popen[bytes]:
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
    env.pop("REDIS_URL", None)
    if redis:
        env["REDIS_URL"] = redis
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


def _python_clients(port: int, token: str, *, seconds: float, concurrency: int) -> Run:
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
    elapsed = time.perf_counter() - started
    return Run(
        rate=len(latencies) / elapsed,
        p50=percentile(latencies, 0.5) * 1000,
        p99=percentile(latencies, 0.99) * 1000,
        errors=errors,
    )


def _wrk(port: int, token: str, *, seconds: float, concurrency: int) -> Run:
    command = [
        "wrk",
        f"-t{min(2, concurrency)}",
        f"-c{concurrency}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
        "-H",
        f"Authorization: Token {token}",
        f"http://127.0.0.1:{port}{PATH}",
    ]
    report = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return _parse_wrk(report)


def _parse_wrk(report: str) -> Run:
    def number(pattern: str) -> float:
        found = re.search(pattern, report)
        if found is None:
            raise SystemExit(f"Could not read wrk's report:\n{report}")
        return float(found.group(1))

    def millis(label: str) -> float:
        found = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", report, re.MULTILINE)
        if found is None:
            raise SystemExit(f"Could not read wrk's {label} latency:\n{report}")
        scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[found.group(2)]
        return float(found.group(1)) * scale

    errors = 0
    for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: .*timeout (\d+)"):
        found = re.search(pattern, report)
        errors += int(found.group(1)) if found else 0
    return Run(
        rate=number(r"Requests/sec:\s+([\d.]+)"),
        p50=millis("50%"),
        p99=millis("99%"),
        errors=errors,
    )


if __name__ == "__main__":
    main()
