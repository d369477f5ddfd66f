"""Fast synthetic data for benchmarks: people with bulk_create, tickets with PostgreSQL COPY.

Shapes follow real use: most tickets closed, a few per cent open; three messages and two
history events per ticket; activity spread over two years.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from accounts.models import ClientProfile, ComfortLevel, FieldOfExpertise, User
from accounts.roles import ROLE_GROUP_NAMES, Role
from bench.setup import progress
from tickets.models import Category, ReferenceCounter, Ticket

SUBJECTS = [
    "Printer says offline",
    "Can't find my documents",
    "Email stopped arriving",
    "Wi-Fi keeps dropping",
    "Forgot my password",
    "Shared drive disappeared",
    "Photos gone from phone",
    "Computer very slow",
    "No sound on video call",
    "PDF won't open",
    "Pop-ups everywhere",
    "Disk is full",
    "Calendar not syncing",
    "Scanner not working",
    "Suspicious email from the bank",
]
WORDS = [
    "my",
    "the",
    "a",
    "it",
    "and",
    "is",
    "not",
    "working",
    "since",
    "this",
    "morning",
    "please",
    "help",
    "I",
    "need",
    "files",
    "computer",
    "printer",
    "email",
    "phone",
    "today",
    "urgent",
    "client",
    "viewing",
    "lesson",
    "court",
    "report",
]
STATUS_WEIGHTS = [("new", 1), ("open", 2), ("waiting", 1), ("resolved", 3), ("closed", 93)]


def ensure_people(*, clients: int, technicians: int) -> tuple[list[int], list[int]]:
    """Create bench people once; return (client ids, technician ids)."""
    existing_clients = list(
        User.objects.filter(email__startswith="bench-client-").values_list("pk", flat=True)
    )
    existing_techs = list(
        User.objects.filter(email__startswith="bench-tech-").values_list("pk", flat=True)
    )
    password = make_password(None)
    if len(existing_techs) < technicians:
        made = User.objects.bulk_create(
            User(email=f"bench-tech-{n}@bench.test", display_name=f"Tech {n}", password=password)
            for n in range(len(existing_techs), technicians)
        )
        group = Group.objects.get(name=ROLE_GROUP_NAMES[Role.TECHNICIAN])
        group.user_set.add(*made)
        existing_techs += [user.pk for user in made]
    if len(existing_clients) < clients:
        fields = list(FieldOfExpertise.objects.values_list("pk", flat=True))
        made = User.objects.bulk_create(
            (
                User(
                    email=f"bench-client-{n}@bench.test",
                    display_name=f"Client {n}",
                    password=password,
                )
                for n in range(len(existing_clients), clients)
            ),
            batch_size=2000,
        )
        ClientProfile.objects.bulk_create(
            (
                ClientProfile(
                    user=user,
                    field_of_expertise_id=fields[user.pk % len(fields)],
                    comfort=ComfortLevel.values[user.pk % 3],
                )
                for user in made
            ),
            batch_size=2000,
        )
        Group.objects.get(name=ROLE_GROUP_NAMES[Role.CLIENT]).user_set.add(*made)
        existing_clients += [user.pk for user in made]
    return existing_clients[:clients], existing_techs[:technicians]


def _weighted_status(rng: random.Random) -> str:
    roll = rng.uniform(0, 100)
    total = 0.0
    for status, weight in STATUS_WEIGHTS:
        total += weight
        if roll <= total:
            return status
    return "closed"


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generate_tickets(
    *,
    count: int,
    client_ids: list[int],
    technician_ids: list[int],
    days: int = 730,
    seed: int = 42,
    batch: int = 20_000,
    status: str | None = None,
) -> int:
    """Add `count` tickets (with messages and events) by COPY. Returns how many were added."""
    if connection.vendor != "postgresql":
        raise SystemExit("The bench generator needs PostgreSQL (set BENCH_DATABASE_URL).")
    rng = random.Random(seed + Ticket.objects.count())
    categories = list(Category.objects.values_list("pk", flat=True))
    now = timezone.now()
    next_id = (Ticket.objects.aggregate(m=Max("id"))["m"] or 0) + 1
    next_number = (
        max(
            (Ticket.objects.aggregate(m=Max("number"))["m"] or 1000),
            ReferenceCounter.objects.get(name="ticket").value,
        )
        + 1
    )
    message_id = _next_id("tickets_message")
    event_id = _next_id("tickets_ticketevent")
    done = 0
    while done < count:
        size = min(batch, count - done)
        tickets: list[tuple[object, ...]] = []
        messages: list[tuple[object, ...]] = []
        events: list[tuple[object, ...]] = []
        for offset in range(size):
            ticket_id = next_id + done + offset
            number = next_number + done + offset
            created = now - timedelta(minutes=rng.randint(0, days * 24 * 60))
            ticket_status = status or _weighted_status(rng)
            client = rng.choice(client_ids)
            tech = rng.choice(technician_ids) if ticket_status != "new" else None
            first_response = created + timedelta(minutes=rng.randint(5, 600)) if tech else None
            resolved = (
                created + timedelta(hours=rng.randint(1, 96))
                if ticket_status in ("resolved", "closed")
                else None
            )
            closed = (
                resolved + timedelta(hours=rng.randint(1, 48))
                if ticket_status == "closed" and resolved
                else None
            )
            resolved = min(resolved, now) if resolved else None
            closed = min(closed, now) if closed else None
            updated = _latest(created, first_response, resolved, closed)
            if updated > now:
                updated = now
            subject = rng.choice(SUBJECTS)
            body = _text(rng, rng.randint(12, 40))
            tickets.append(
                (
                    ticket_id,
                    number,
                    subject,
                    body,
                    client,
                    tech,
                    client,
                    rng.choice(categories),
                    rng.choices([1, 2, 3, 4], [10, 60, 22, 8])[0],
                    ticket_status,
                    "portal",
                    "",
                    "",
                    None,
                    None,
                    created,
                    updated,
                    first_response,
                    resolved,
                    closed,
                    0,
                    3,
                )
            )
            messages.append((message_id, ticket_id, "client", client, body, created))
            message_id += 1
            if tech and first_response:
                messages.append(
                    (message_id, ticket_id, "reply", tech, _text(rng, 25), first_response)
                )
                messages.append(
                    (message_id + 1, ticket_id, "note", tech, _text(rng, 10), first_response)
                )
                message_id += 2
            events.append((event_id, ticket_id, client, "created", "", subject, "", 1, created))
            events.append(
                (event_id + 1, ticket_id, tech, "status", "new", ticket_status, "", 2, updated)
            )
            event_id += 2
        _copy(tickets, messages, events)
        done += size
        progress(done, count, "tickets")
    with connection.cursor() as cursor:
        for table in ("tickets_ticket", "tickets_message", "tickets_ticketevent"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT MAX(id) FROM {table}))"
            )
    # Steady state, as autovacuum would leave it: statistics and the visibility map.
    with connection.cursor() as cursor:
        for table in ("tickets_ticket", "tickets_message", "tickets_ticketevent"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    ReferenceCounter.objects.filter(name="ticket").update(value=next_number + count - 1)
    return count


def _latest(*moments: datetime | None) -> datetime:
    return max(moment for moment in moments if moment is not None)


def _next_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608 - fixed names
        return int(cursor.fetchone()[0])


TICKET_COLUMNS = (
    "id, number, subject, description, client_id, assignee_id, created_by_id, category_id, "
    "priority, status, channel, impact, data_worry, needed_by, follows_id, created_at, "
    "updated_at, first_response_at, resolved_at, closed_at, reopened_count, version"
)
MESSAGE_COLUMNS = "id, ticket_id, kind, author_id, body, created_at"
EVENT_COLUMNS = "id, ticket_id, actor_id, kind, old_value, new_value, note, version, created_at"


@transaction.atomic
def _copy(
    tickets: list[tuple[object, ...]],
    messages: list[tuple[object, ...]],
    events: list[tuple[object, ...]],
) -> None:
    with connection.cursor() as cursor:
        raw = cursor.cursor
        for table, columns, rows in (
            ("tickets_ticket", TICKET_COLUMNS, tickets),
            ("tickets_message", MESSAGE_COLUMNS, messages),
            ("tickets_ticketevent", EVENT_COLUMNS, events),
        ):
            with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
