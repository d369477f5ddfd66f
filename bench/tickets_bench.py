"""Workspace speed at scale: generate N tickets on PostgreSQL, then time the pages.

    .venv/bin/python bench/tickets_bench.py --tickets 100000 [--repeat 40] [--fresh]

Prints the median and p95 server time (in-process, Django test client: the whole
request, no network) and the query count for the queue pages and the ticket page.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import configure, stopwatch, summarise  # noqa: E402

if TYPE_CHECKING:
    from django.test import Client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=5_000)
    parser.add_argument("--technicians", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--fresh", action="store_true", help="drop the bench database first")
    args = parser.parse_args()
    url = configure(fresh=args.fresh)

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.generate import ensure_people, generate_tickets
    from tickets.models import Status, Ticket

    print(f"Database: {url}")
    clients, technicians = ensure_people(clients=args.clients, technicians=args.technicians)
    missing = args.tickets - Ticket.objects.count()
    if missing > 0:
        with stopwatch() as elapsed:
            generate_tickets(count=missing, client_ids=clients, technician_ids=technicians)
        print(f"Generated {missing:,} tickets in {elapsed():.0f} s")
    total = Ticket.objects.count()
    open_count = Ticket.objects.filter(status__in=[Status.NEW, Status.OPEN, Status.WAITING]).count()
    print(f"Tickets: {total:,} ({open_count:,} open); messages: {_count('tickets_message'):,}")

    from accounts.models import User

    technician = User.objects.get(pk=technicians[0])
    browser = Client()
    browser.force_login(technician)
    busiest = (
        Ticket.objects.filter(status=Status.OPEN)
        .order_by("-id")
        .values_list("number", flat=True)
        .first()
    )
    ticket_url = f"/work/tickets/HD-{busiest}/"
    deep_cursor = _walk_cursor(browser, "/work/?queue=resolved", pages=20)
    pages = [
        ("queue: my open tickets", "/work/"),
        ("queue: all open, by priority", "/work/?queue=open&sort=priority"),
        ("queue: unassigned, oldest first", "/work/?queue=unassigned"),
        ("queue: all open, text search 'printer'", "/work/?queue=open&q=printer"),
        ("queue: all open, client filter", f"/work/?queue=open&client={clients[0]}"),
        ("queue: recently resolved, page 1", "/work/?queue=resolved"),
        (
            "queue: recently resolved, page 21 (cursor)",
            f"/work/?queue=resolved&cursor={deep_cursor}",
        ),
        ("ticket page", ticket_url),
        ("ticket page, history tab", f"{ticket_url}?tab=history"),
    ]
    print(f"\n{args.repeat} requests each, after one warm-up:")
    for label, path in pages:
        response = browser.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries, stopwatch() as elapsed:
                browser.get(path)
            timings.append(elapsed())
        print(summarise(label, timings, len(queries)))


def _walk_cursor(browser: Client, path: str, *, pages: int) -> str:
    """Follow the 'Next' link `pages` times, as a person paging through would."""
    cursor = ""
    for _ in range(pages):
        response = browser.get(path + (f"&cursor={cursor}" if cursor else ""))
        found = re.findall(r'cursor=([A-Za-z0-9_-]+)"[^>]*>Next', response.content.decode())
        cursor = found[0] if found else cursor
    return cursor


def _count(table: str) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT reltuples::bigint FROM pg_class WHERE relname = '{table}'")  # noqa: S608
        return int(cursor.fetchone()[0])


if __name__ == "__main__":
    main()
