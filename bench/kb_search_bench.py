"""Guide search at scale: 10,000 guides on PostgreSQL, timed as the portal uses it.

    .venv/bin/python bench/kb_search_bench.py [--guides 10000] [--repeat 50] [--fresh]

Prints median and p95 for the search selector (library search, typo search, and the
"guides that might help" suggestions for a long description) and for the suggest endpoint
through the full request cycle. Target: p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import configure, progress, stopwatch, summarise  # noqa: E402

TOPICS = [
    ("printer", "printer says offline", "Turn the printer off and on", "printers"),
    (
        "shared drive",
        "my S: drive has vanished",
        "Open File Explorer and map the drive",
        "network-drives",
    ),
    ("photos", "photos gone from my phone", "Take out the memory card and put it back", "phones"),
    (
        "password",
        "I forgot my password",
        "Click forgotten password on the sign-in page",
        "passwords",
    ),
    ("wifi", "the Wi-Fi will not connect", "Restart the router and wait two minutes", "internet"),
    ("email", "email stopped arriving", "Check the junk folder and the rules", "email"),
    (
        "calendar",
        "share my calendar with my assistant",
        "Open calendar settings and share",
        "calendars",
    ),
    ("pop-ups", "pop-ups keep appearing", "Block notifications for that website", "security"),
    ("sound", "no sound on my video call", "Choose the right speaker in settings", "video-calls"),
    ("pdf", "the PDF will not open", "Install a PDF reader and try again", "software"),
]
WORDS = [
    "quickly",
    "carefully",
    "office",
    "home",
    "laptop",
    "desktop",
    "tablet",
    "phone",
    "morning",
    "screen",
    "window",
    "button",
    "menu",
    "settings",
    "account",
    "folder",
    "document",
    "spreadsheet",
    "meeting",
    "client",
    "school",
    "court",
]


def generate(count: int) -> int:
    from django.db import connection

    from kb.markdown import plain_text, steps_markdown
    from kb.models import Guide, GuideStatus
    from tickets.models import Category

    existing = Guide.objects.count()
    missing = count - existing
    if missing <= 0:
        return 0
    rng = random.Random(7 + existing)
    categories = {category.slug: category.pk for category in Category.objects.all()}
    batch = []
    for n in range(existing, count):
        topic, problem, step, category = rng.choice(TOPICS)
        flavour = " ".join(rng.sample(WORDS, 3))
        steps = steps_markdown(
            [
                (step, f"Do this {flavour}."),
                ("Check it works", "Try again. " + flavour.capitalize() + "."),
            ]
        )
        batch.append(
            Guide(
                slug=f"bench-guide-{n}",
                title=f"{topic.capitalize()} help {n}: {flavour}",
                category_id=categories[category],
                problem=f"{problem} ({flavour})",
                steps=steps,
                search_text=plain_text(steps),
                status=GuideStatus.PUBLISHED,
            )
        )
        if len(batch) == 2000:
            Guide.objects.bulk_create(batch)
            batch = []
            progress(n + 1 - existing, missing, "guides")
    if batch:
        Guide.objects.bulk_create(batch)
        progress(missing, missing, "guides")
    with connection.cursor() as cursor:
        # The same weights as kb.services.guide_search_refresh.
        cursor.execute(
            "UPDATE kb_guide SET search_vector = "
            "setweight(to_tsvector('english', title), 'A') || "
            "setweight(to_tsvector('english', problem), 'B') || "
            "setweight(to_tsvector('english', "
            "summary || ' ' || safe_note || ' ' || search_text), 'C') "
            "WHERE search_vector IS NULL"
        )
        cursor.execute("VACUUM ANALYZE kb_guide")
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--guides", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    url = configure(fresh=args.fresh)

    from django.contrib.auth.models import AnonymousUser
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.generate import ensure_people
    from kb.models import Guide
    from kb.selectors import guide_search, guide_suggestions

    print(f"Database: {url}")
    with stopwatch() as elapsed:
        added = generate(args.guides)
    if added:
        print(f"Generated {added:,} guides in {elapsed():.0f} s")
    print(f"Guides: {Guide.objects.count():,}")

    visitor = AnonymousUser()
    description = (
        "I was trying to print the brochure for this afternoon's viewing and the printer "
        "just says offline, I've turned it off and on and it still won't print anything"
    )
    cases = [
        ("search: 'printer offline'", lambda: guide_search(user=visitor, text="printer offline")),
        (
            "search: 'shared drive vanished'",
            lambda: guide_search(user=visitor, text="shared drive vanished"),
        ),
        (
            "search with typos: 'printr ofline'",
            lambda: guide_search(user=visitor, text="printr ofline"),
        ),
        (
            "suggestions for a long description",
            lambda: guide_suggestions(user=visitor, text=description),
        ),
    ]
    print(f"\n{args.repeat} runs each, after one warm-up:")
    for label, run in cases:
        found = run()
        timings = []
        for _ in range(args.repeat):
            with stopwatch() as elapsed:
                run()
            timings.append(elapsed())
        print(summarise(label, timings) + f"  ({len(found)} results)")

    clients, _ = ensure_people(clients=1, technicians=1)
    browser = Client()
    from accounts.models import User

    browser.force_login(User.objects.get(pk=clients[0]))
    path = "/guides/suggest/?trying=print+the+brochure&happened=" + description.replace(" ", "+")
    browser.get(path)
    timings = []
    for _ in range(args.repeat):
        with CaptureQueriesContext(connection) as queries, stopwatch() as elapsed:
            response = browser.get(path)
        timings.append(elapsed())
    print(summarise("GET /guides/suggest/ (whole request)", timings, len(queries)))
    if response.status_code != 200:
        raise SystemExit(f"suggest answered {response.status_code}")


if __name__ == "__main__":
    main()
