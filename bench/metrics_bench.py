"""The manager dashboard at scale: a million tickets on PostgreSQL, the rollup, the pages.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/helpdesk_metricsbench \\
        .venv/bin/python bench/metrics_bench.py [--tickets 1000000] [--repeat 5]

It drops and recreates the database named in DATABASE_URL (the name must contain
"bench"), migrates, and then:

1. generates N tickets over the last 400 days by COPY, with everything the dashboard
   reads: ~20 technicians and ~2,000 clients with profiles (field, comfort); messages
   (client message, reply, sometimes a second round and a note); a MessageAnalysis per
   client message (distress, worries); a DraftReview per reply and per resolution; for each
   closed ticket its close event, FollowUp (some with a guide), closing e-mail in the outbox
   and, for about one in five, a survey answer; and some guide votes;
2. runs the full rollup (`metrics.services.rollup_all`) and times it;
3. times the dashboard (last 30 days, last 12 months), a drill-down and a coaching page
   through the Django test client as a manager: cold (cache cleared before each request)
   and warm (the same request again), median and max of `--repeat` runs, with the number
   of SQL queries and the slowest statements of the cold requests;
4. times the alternative, live queries on the ticket tables over 12 months without the
   rollup, so the figures can justify the rollup;
5. prints a summary and writes it to var/bench/metrics-1m.txt (metrics-<N>.txt for other N).

Bulk-load practice, as a restore would do it: secondary (non-constraint) indexes of the
big tables are dropped before the load and rebuilt after it, foreign-key triggers are off
during COPY (the generator only writes ids it created), then VACUUM ANALYZE. The schema at
the end is exactly what migrations made.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, configure, progress, stopwatch  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/helpdesk_metricsbench"
DAYS = 400
TECHNICIANS = 20
CLIENTS = 2_000
BATCH = 20_000
SUMMARY: list[str] = []

BIG_TABLES = (
    "tickets_ticket",
    "tickets_message",
    "tickets_ticketevent",
    "empathy_messageanalysis",
    "empathy_draftreview",
    "followups_followup",
    "followups_surveyresponse",
    "outbox_outboxemail",
)


def say(line: str = "") -> None:
    """Print a line and keep it for the summary file."""
    print(line, flush=True)
    SUMMARY.append(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="measurements per page")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--output", default="", help="summary file (default var/bench/...)")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL") or DEFAULT_URL
    name = urlsplit(url).path.lstrip("/")
    if "bench" not in name:
        raise SystemExit(f"Refusing to drop database {name!r}: its name must contain 'bench'.")
    os.environ["BENCH_DATABASE_URL"] = url
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DATABASE_POOL", "0")
    with stopwatch() as elapsed:
        configure(fresh=True, default_url=url)
        migrate_seconds = elapsed()

    from django.conf import settings

    print(f"Database: {url} (dropped, recreated and migrated in {migrate_seconds:.0f} s)")
    print(f"Cache: {settings.CACHES['default']['BACKEND']}   DEBUG={settings.DEBUG}")
    figures: dict[str, Any] = {"tickets": args.tickets}
    generate(args.tickets, seed=args.seed, figures=figures)
    rollup(figures)
    pages(args.repeat, figures)
    live(figures)
    output = Path(args.output) if args.output else _default_output(args.tickets)
    summary(figures, output)


def _default_output(count: int) -> Path:
    label = "1m" if count == 1_000_000 else str(count)
    return ROOT / "var" / "bench" / f"metrics-{label}.txt"


# ---------------------------------------------------------------------------------------
# Generation


def generate(count: int, *, seed: int, figures: dict[str, Any]) -> None:
    from django.db import connection

    from bench.generate import SUBJECTS
    from tickets.models import ReferenceCounter

    rng = random.Random(seed)
    with stopwatch() as elapsed:
        people = make_people(rng)
        guides = make_guides()
        dropped = drop_secondary_indexes()
        figures["people_seconds"] = elapsed()
    print(f"People and guides ready in {figures['people_seconds']:.1f} s; "
          f"{len(dropped)} secondary indexes dropped for the load")  # fmt: skip
    maker = RowMaker(rng, people=people, guides=guides, subjects=SUBJECTS)
    now = datetime.now(tz=UTC)
    start = now - timedelta(days=DAYS)
    span = (now - start).total_seconds()
    # Tickets in creation order, as a real table fills: ids rise with created_at.
    moments = sorted(rng.random() * span for _ in range(count))
    with stopwatch() as elapsed:
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            for offset in range(size):
                maker.ticket(start + timedelta(seconds=moments[done + offset]), now)
            copy_rows(maker.take())
            done += size
            progress(done, count, "tickets")
        figures["copy_seconds"] = elapsed()
    print(f"COPY done in {figures['copy_seconds']:.0f} s; rebuilding indexes")
    with stopwatch() as elapsed:
        rebuild_indexes(dropped)
        with connection.cursor() as cursor:
            for table in BIG_TABLES:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )
        ReferenceCounter.objects.filter(name="ticket").update(value=maker.number)
        make_votes(rng, people, guides, now)
        connection.close()  # VACUUM cannot run inside the pool's transaction state
        with connection.cursor() as cursor:
            for table in BIG_TABLES:
                cursor.execute(f"VACUUM ANALYZE {table}")
        figures["index_seconds"] = elapsed()
    figures["generate_seconds"] = (
        figures["people_seconds"] + figures["copy_seconds"] + figures["index_seconds"]
    )
    figures["rows"] = {table: _count(table) for table in BIG_TABLES}
    figures["database_size"] = _database_size()
    print(f"Indexes rebuilt and tables analysed in {figures['index_seconds']:.0f} s")


class People:
    def __init__(
        self,
        technicians: list[int],
        tech_weights: list[float],
        tech_skill: dict[int, dict[str, float]],
        clients: list[tuple[int, str, str]],
        categories: list[int],
        category_weights: list[float],
        manager: int,
    ) -> None:
        self.technicians = technicians
        self.tech_weights = tech_weights
        self.tech_skill = tech_skill
        self.clients = clients  # (id, comfort, email)
        self.categories = categories
        self.category_weights = category_weights
        self.manager = manager


def make_people(rng: random.Random) -> People:
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from accounts.models import ClientProfile, ComfortLevel, FieldOfExpertise, User
    from accounts.roles import ROLE_GROUP_NAMES, Role
    from accounts.services import user_set_role
    from tickets.models import Category

    password = make_password(None)
    techs = User.objects.bulk_create(
        User(email=f"bench-tech-{n}@bench.test", display_name=f"Technician {n:02d}",
             password=password)
        for n in range(TECHNICIANS)
    )  # fmt: skip
    Group.objects.get(name=ROLE_GROUP_NAMES[Role.TECHNICIAN]).user_set.add(*techs)
    manager = User.objects.create_user(
        "bench-manager@bench.test", display_name="Bench Manager", password=None
    )
    user_set_role(user=manager, role=Role.MANAGER)
    clients = User.objects.bulk_create(
        (
            User(email=f"bench-client-{n}@bench.test", display_name=f"Client {n:04d}",
                 password=password)
            for n in range(CLIENTS)
        ),
        batch_size=2000,
    )  # fmt: skip
    fields = list(FieldOfExpertise.objects.values_list("pk", flat=True))
    comforts = [ComfortLevel.NEW, ComfortLevel.EVERYDAY, ComfortLevel.CONFIDENT]
    profiles = [
        ClientProfile(
            user=user,
            field_of_expertise_id=rng.choice(fields),
            comfort=rng.choices(comforts, [25, 55, 20])[0],
            checkins=rng.random() < 0.8,
        )
        for user in clients
    ]
    ClientProfile.objects.bulk_create(profiles, batch_size=2000)
    Group.objects.get(name=ROLE_GROUP_NAMES[Role.CLIENT]).user_set.add(*clients)
    skill = {
        tech.pk: {
            "speed": rng.uniform(0.5, 2.0),  # multiplies response and resolution times
            "grade": rng.uniform(-1.5, 2.5),  # reading grade above the client's target
            "jargon": rng.uniform(0.1, 1.2),  # technical terms per reply
            "condescension": rng.uniform(0.0, 0.08),  # chance of a talking-down phrase
            "answers": rng.uniform(0.55, 0.95),  # chance of answering each worry
        }
        for tech in techs
    }
    categories = list(Category.objects.order_by("position").values_list("pk", flat=True))
    return People(
        technicians=[tech.pk for tech in techs],
        tech_weights=[rng.uniform(0.5, 1.5) for _ in techs],
        tech_skill=skill,
        clients=[
            (profile.user_id, str(profile.comfort), profile.user.email) for profile in profiles
        ],
        categories=categories,
        category_weights=[1.0 / (index + 1) ** 0.6 for index in range(len(categories))],
        manager=manager.pk,
    )


def make_guides() -> dict[int | None, list[int]]:
    """Seeded guides, by category (None: guides for any category)."""
    from django.core.management import call_command

    from kb.models import Guide

    call_command("seed_guides", verbosity=0)
    by_category: dict[int | None, list[int]] = {}
    for pk, category in Guide.objects.values_list("pk", "category_id"):
        by_category.setdefault(category, []).append(pk)
        by_category.setdefault(None, []).append(pk)
    return by_category


def make_votes(
    rng: random.Random, people: People, guides: dict[int | None, list[int]], now: datetime
) -> None:
    from kb.models import GuideVote

    every = guides.get(None, [])
    if not every:
        return
    votes = []
    for client, _, _ in people.clients:
        for guide in rng.sample(every, min(len(every), rng.randint(0, 3))):
            moment = now - timedelta(minutes=rng.randint(0, DAYS * 24 * 60))
            votes.append(
                GuideVote(guide_id=guide, user_id=client, helpful=rng.random() < 0.78,
                          created_at=moment, updated_at=moment)
            )  # fmt: skip
    GuideVote.objects.bulk_create(votes, batch_size=2000)


WORRY_KINDS = ["data_loss", "work_blocked", "deadline", "self_blame", "cost", "repeat"]
WORRY_EVIDENCE = {
    "data_loss": "all my photos",
    "work_blocked": "I can't work",
    "deadline": "by Friday",
    "self_blame": "I think I broke it",
    "cost": "will it cost",
    "repeat": "again",
}
GRADE_TARGETS = {"new": 6.0, "everyday": 8.0, "confident": 10.0}
JARGON = [("DNS", "the internet's address book"), ("router", "the Wi-Fi box"),
          ("cache", "stored copies"), ("SMTP", "the sending mail server"),
          ("firmware", "the device's built-in software"), ("VPN", "the secure tunnel")]  # fmt: skip
TALKING_DOWN = [("obviously", "Leave it out"), ("simply", "Leave it out"),
                ("as I said", "Repeat the step kindly")]  # fmt: skip
REPLY_LINES = [
    "Thank you for telling me about this, and I'm sorry it has been such a worry.",
    "Your files are safe: nothing has been deleted and I have checked the backup.",
    "I have restarted the printer's connection and it is printing again.",
    "You can keep working as normal; I'll check again tomorrow morning.",
    "It wasn't anything you did; the update changed a setting on its own.",
    "If it happens again, switch it off and on, and tell me straight away.",
    "I've moved your mailbox to the new server, which fixed the missing e-mails.",
]
CLIENT_LINES = [
    "My computer has stopped printing and I have a report due on Friday.",
    "I can't find the documents I saved yesterday and I'm worried they're gone.",
    "The e-mail hasn't arrived all morning and clients are waiting on me.",
    "The Wi-Fi keeps dropping during my video calls, it's happened again today.",
    "I think I broke something when I clicked the update button.",
    "Is this going to cost anything to fix? The screen is flickering.",
]
NOTE_LINES = ["Checked the logs; nothing unusual.", "Driver reinstalled remotely."]


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


class RowMaker:
    """Builds the rows of a batch of tickets, table by table, with ids it hands out."""

    def __init__(
        self,
        rng: random.Random,
        *,
        people: People,
        guides: dict[int | None, list[int]],
        subjects: list[str],
    ) -> None:
        self.rng = rng
        self.people = people
        self.guides = guides
        self.subjects = subjects
        self.ids = dict.fromkeys(BIG_TABLES, 0)
        self.number = 1000
        self.rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in BIG_TABLES}
        self.worry_sets = {
            kinds: _json([{"kind": k, "evidence": WORRY_EVIDENCE[k]} for k in kinds])
            for kinds in [(), *((k,) for k in WORRY_KINDS), ("data_loss", "deadline"),
                          ("work_blocked", "deadline"), ("data_loss", "self_blame")]
        }  # fmt: skip
        self.kind_lists = {kinds: _json(list(kinds)) for kinds in self.worry_sets}
        self.reply_texts = [
            " ".join(rng.sample(REPLY_LINES, n)) for n in (2, 3, 4) for _ in range(8)
        ]
        self.client_texts = [
            " ".join(rng.sample(CLIENT_LINES, n)) for n in (1, 2) for _ in range(8)
        ]
        self.details_cache: dict[tuple[int, int, int], str] = {}

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def take(self) -> dict[str, list[tuple[Any, ...]]]:
        rows, self.rows = self.rows, {table: [] for table in BIG_TABLES}
        return rows

    def _worries(self, distress: str) -> tuple[str, ...]:
        roll = self.rng.random()
        chance = {"calm": 0.15, "concerned": 0.55, "distressed": 0.9}[distress]
        if roll > chance:
            return ()
        keys = [key for key in self.worry_sets if key]
        return self.rng.choice(keys)

    def _details(self, jargon: int, condescension: int, score: int) -> str:
        key = (jargon, condescension, score)
        found = self.details_cache.get(key)
        if found is None:
            found = _json({
                "jargon": [{"term": t, "plain": p, "explanation": ""} for t, p in JARGON[:jargon]],
                "condescension": [
                    {"phrase": t, "suggestion": s} for t, s in TALKING_DOWN[:condescension]
                ],
                "score": score,
            })  # fmt: skip
            self.details_cache[key] = found
        return found

    def ticket(self, created: datetime, now: datetime) -> None:
        rng, people = self.rng, self.people
        age = (now - created).total_seconds() / 3600  # hours
        ticket_id = self.next_id("tickets_ticket")
        self.number += 1
        client, comfort, email = rng.choice(people.clients)
        category = rng.choices(people.categories, people.category_weights)[0]
        priority = rng.choices([1, 2, 3, 4], [12, 58, 22, 8])[0]
        distress = rng.choices(["calm", "concerned", "distressed"], [58, 30, 12])[0]
        if priority == 4 and distress == "calm":
            distress = "concerned"
        worries = self._worries(distress)

        # How long things took: log-normal, faster for urgent and distressed clients.
        unassigned = age < 6 and rng.random() < 0.5
        tech = None if unassigned else rng.choices(people.technicians, people.tech_weights)[0]
        skill = people.tech_skill[tech] if tech else {}
        urgency = {1: 3.0, 2: 1.0, 3: 0.35, 4: 0.12}[priority]
        if distress == "distressed":
            urgency *= 0.6
        first_response = None
        if tech:
            hours = rng.lognormvariate(math.log(2.5), 1.0) * urgency * skill["speed"]
            first_response = created + timedelta(hours=hours)
            if first_response > now:
                first_response = None
        resolved = closed = None
        if first_response is not None:
            hours = rng.lognormvariate(math.log(20), 1.1) * max(urgency, 0.3) * skill["speed"]
            moment = first_response + timedelta(hours=hours)
            if moment < now and rng.random() < 0.985:
                resolved = moment
                moment = resolved + timedelta(hours=rng.lognormvariate(math.log(30), 0.7))
                if moment < now:
                    closed = moment
        reopened = 0
        if resolved is not None:
            roll = rng.random()
            reopened = 2 if roll < 0.006 else 1 if roll < 0.045 else 0
        if closed:
            status = "closed"
        elif resolved:
            status = "resolved"
        elif first_response:
            status = rng.choice(["open", "open", "waiting"])
        else:
            status = "new" if tech is None or rng.random() < 0.5 else "open"
        updated = closed or resolved or first_response or created
        subject = rng.choice(self.subjects)
        body = rng.choice(self.client_texts)
        self.rows["tickets_ticket"].append((
            ticket_id, self.number, subject, body, client, tech, client, category, priority,
            status, rng.choice(["portal", "portal", "email", "phone"]), "", "", None, None,
            created, updated, first_response, resolved, closed, reopened, 3 + reopened,
        ))  # fmt: skip

        # The client's first message, its analysis, and the reply with its review.
        self._client_message(ticket_id, client, body, created, distress, worries)
        if first_response is not None and tech is not None:
            self._reply(ticket_id, tech, comfort, skill, worries, first_response, "reply")
            # A second round for some tickets: the client writes again, calmer or not.
            if rng.random() < 0.35:
                later = first_response + timedelta(hours=rng.uniform(0.5, 30))
                if later < (resolved or now):
                    eased = rng.random() < skill["answers"]
                    level = ["calm", "concerned", "distressed"].index(distress)
                    level = max(0, level - 1) if eased else min(2, level + rng.randint(0, 1))
                    second = ["calm", "concerned", "distressed"][level]
                    text = rng.choice(self.client_texts)
                    self._client_message(ticket_id, client, text, later, second, ())
                    reply_at = later + timedelta(hours=rng.uniform(0.2, 8) * skill["speed"])
                    if reply_at < (resolved or now):
                        self._reply(ticket_id, tech, comfort, skill, (), reply_at, "reply")
            if rng.random() < 0.25:
                self.rows["tickets_message"].append((
                    self.next_id("tickets_message"), ticket_id, "note", tech,
                    rng.choice(NOTE_LINES), first_response + timedelta(minutes=5),
                ))  # fmt: skip
        if resolved is not None and tech is not None:
            self._reply(ticket_id, tech, comfort, skill, worries, resolved, "resolution")
        if closed is not None:
            self._closing(ticket_id, client, email, tech, category, closed, subject, now)

    def _client_message(
        self,
        ticket: int,
        client: int,
        body: str,
        at: datetime,
        distress: str,
        worries: tuple[str, ...],
    ) -> None:
        message = self.next_id("tickets_message")
        self.rows["tickets_message"].append((message, ticket, "client", client, body, at))
        sentiment = {"calm": 0.2, "concerned": -0.3, "distressed": -0.7}[distress]
        self.rows["empathy_messageanalysis"].append((
            self.next_id("empathy_messageanalysis"), message,
            round(sentiment + self.rng.uniform(-0.2, 0.2), 2), distress,
            self.worry_sets[worries], "[]", at,
        ))  # fmt: skip

    def _reply(
        self,
        ticket: int,
        tech: int,
        comfort: str,
        skill: dict[str, float],
        worries: tuple[str, ...],
        at: datetime,
        kind: str,
    ) -> None:
        rng = self.rng
        message = None
        text = rng.choice(self.reply_texts)
        if kind == "reply":
            message = self.next_id("tickets_message")
            self.rows["tickets_message"].append((message, ticket, "reply", tech, text, at))
        target = GRADE_TARGETS[comfort]
        grade = round(max(1.0, rng.gauss(target + skill["grade"], 1.6)), 1)
        words = max(12, int(rng.lognormvariate(math.log(70 if kind == "reply" else 140), 0.45)))
        jargon_rate = skill["jargon"] * (0.4 if comfort == "confident" else 1.0)
        jargon = min(len(JARGON), int(rng.expovariate(1 / jargon_rate)) if jargon_rate else 0)
        condescension = 1 if rng.random() < skill["condescension"] else 0
        long_sentences = 1 if grade > target + 2 and rng.random() < 0.5 else 0
        unanswered = tuple(k for k in worries if rng.random() > skill["answers"])
        over = max(0.0, grade - target)
        score_parts = [
            max(0.0, 25 - over * 5 - long_sentences * 3),
            max(0.0, 25 - jargon * 8),
            max(0.0, 25 - condescension * 15),
        ]
        if worries:
            weights = {k: 2.0 if k == "data_loss" else 1.0 for k in worries}
            missing = sum(weights[k] for k in unanswered)
            score_parts.append(25 * (1 - missing / sum(weights.values())))
        else:
            score_parts.append(25.0)
        score = round(sum(score_parts))
        self.rows["empathy_draftreview"].append((
            self.next_id("empathy_draftreview"), ticket, message, kind, tech, comfort, grade,
            words, jargon, condescension, long_sentences, "data_loss" in worries,
            self.kind_lists[worries], _json(list(unanswered)),
            (not unanswered) if worries else None, score,
            self._details(jargon, condescension, score), at,
        ))  # fmt: skip

    def _closing(
        self,
        ticket: int,
        client: int,
        email: str,
        tech: int | None,
        category: int,
        closed: datetime,
        subject: str,
        now: datetime,
    ) -> None:
        rng = self.rng
        event = self.next_id("tickets_ticketevent")
        self.rows["tickets_ticketevent"].append(
            (event, ticket, tech, "closed", "resolved", "closed", "", 4, closed)
        )
        outbox = self.next_id("outbox_outboxemail")
        age = (now - closed).total_seconds()
        roll = rng.random()
        if age < 120 and roll < 0.6:
            status, sent_at, attempts = "pending", None, 0
        elif roll < 0.006:
            status, sent_at, attempts = "failed", None, 6
        else:
            status, sent_at, attempts = "sent", closed + timedelta(seconds=rng.uniform(1, 20)), 1
        self.rows["outbox_outboxemail"].append((
            outbox, f"closing:{event}", "closing_explanation", ticket, email,
            f"What happened with “{subject}”", "We fixed it. Here is what happened.", "",
            f"<bench-{outbox}@helpdesk.test>", status, attempts, 6, closed, None,
            "Connection refused" if status == "failed" else "", closed, sent_at,
        ))  # fmt: skip
        followup = self.next_id("followups_followup")
        candidates = self.guides.get(category) or self.guides.get(None) or []
        guide = rng.choice(candidates) if candidates and rng.random() < 0.4 else None
        checkin_due = closed + timedelta(days=3)
        answer, answered_at = "", None
        if checkin_due < now and rng.random() < 0.3:
            answer = "working" if rng.random() < 0.88 else "came_back"
            answered_at = checkin_due + timedelta(hours=rng.uniform(1, 48))
            if answered_at > now:
                answer, answered_at = "", None
        self.rows["followups_followup"].append((
            followup, ticket, event, client, None, guide, f"What happened with “{subject}”",
            "## What happened\nThe connection dropped.\n\n## What I did\nI reconnected it.\n",
            rng.random() < 0.1, outbox, None, checkin_due, answer, answered_at, closed,
        ))  # fmt: skip
        if rng.random() < 0.2:
            answered = closed + timedelta(hours=rng.lognormvariate(math.log(6), 1.0))
            if answered < now:
                satisfaction = rng.choices([1, 2, 3, 4, 5], [3, 5, 12, 35, 45])[0]
                sense = rng.choices(["yes", "partly", "no"], [78, 17, 5])[0]
                self.rows["followups_surveyresponse"].append((
                    self.next_id("followups_surveyresponse"), followup, satisfaction, sense,
                    "", answered,
                ))  # fmt: skip


COLUMNS = {
    "tickets_ticket": (
        "id, number, subject, description, client_id, assignee_id, created_by_id, category_id, "
        "priority, status, channel, impact, data_worry, needed_by, follows_id, created_at, "
        "updated_at, first_response_at, resolved_at, closed_at, reopened_count, version"
    ),
    "tickets_message": "id, ticket_id, kind, author_id, body, created_at",
    "empathy_messageanalysis": (
        "id, message_id, sentiment, distress, worries, signals, created_at"
    ),
    "empathy_draftreview": (
        "id, ticket_id, message_id, kind, author_id, comfort, grade, words, jargon_count, "
        "condescension_count, long_sentences, reassures_data, worries, unanswered, "
        "worries_answered, score, details, created_at"
    ),
    "tickets_ticketevent": (
        "id, ticket_id, actor_id, kind, old_value, new_value, note, version, created_at"
    ),
    "outbox_outboxemail": (
        'id, key, kind, ticket_id, "to", subject, text_body, html_body, message_id, status, '
        "attempts, max_attempts, due_at, lease_expires_at, last_error, created_at, sent_at"
    ),
    "followups_followup": (
        "id, ticket_id, close_event_id, client_id, resolution_id, guide_id, subject, "
        "explanation, edited_by_technician, email_id, checkin_email_id, checkin_due_at, "
        "checkin_answer, checkin_answered_at, created_at"
    ),
    "followups_surveyresponse": "id, followup_id, satisfaction, made_sense, comment, created_at",
}
# Parents first, so the batch is consistent even with foreign-key checks on.
LOAD_ORDER = (
    "tickets_ticket",
    "tickets_message",
    "empathy_messageanalysis",
    "empathy_draftreview",
    "tickets_ticketevent",
    "outbox_outboxemail",
    "followups_followup",
    "followups_surveyresponse",
)


def copy_rows(rows: dict[str, list[tuple[Any, ...]]]) -> None:
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("SET LOCAL synchronous_commit = off")
        raw = cursor.cursor
        for table in LOAD_ORDER:
            with raw.copy(f"COPY {table} ({COLUMNS[table]}) FROM STDIN") as copy:
                for row in rows[table]:
                    copy.write_row(row)


def drop_secondary_indexes() -> list[tuple[str, str]]:
    """(name, definition) of each index that backs no constraint, dropped for the load."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(%s)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """,
            [list(BIG_TABLES)],
        )
        found = [(str(name), str(definition)) for name, definition in cursor.fetchall()]
        for name, _ in found:
            cursor.execute(f"DROP INDEX {name}")
    return found


def rebuild_indexes(indexes: list[tuple[str, str]]) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '1GB'")
        cursor.execute("SET max_parallel_maintenance_workers = 2")
        for done, (_, definition) in enumerate(indexes, start=1):
            cursor.execute(definition)
            progress(done, len(indexes), "indexes")


def _count(table: str) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 - fixed names
        return int(cursor.fetchone()[0])


def _database_size() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        return str(cursor.fetchone()[0])


# ---------------------------------------------------------------------------------------
# Rollup


def rollup(figures: dict[str, Any]) -> None:
    from metrics.models import DailyStats, RollupRun
    from metrics.services import rollup_all

    def report(run: RollupRun) -> None:
        progress(run.days_done, run.days_total, "rollup days")

    with stopwatch() as elapsed:
        run = rollup_all(progress=report)
        seconds = elapsed()
    if run is None:
        raise SystemExit("The rollup found no tickets.")
    figures["rollup_seconds"] = seconds
    figures["rollup_days"] = run.days_total
    figures["rollup_rows"] = DailyStats.objects.count()
    figures["rollup_full_rows"] = DailyStats.objects.filter(grain="full").count()
    print(f"Rollup of {run.days_total} days in {seconds:.1f} s "
          f"({run.days_total / seconds:.2f} days/s), {figures['rollup_rows']:,} rows")  # fmt: skip
    # One day again, as the beat task does for each recent day.
    from django.utils import timezone

    from metrics.rollup import rollup_day

    with stopwatch() as elapsed:
        rollup_day(timezone.localdate() - timedelta(days=10))
        figures["rollup_one_day"] = elapsed()
    from metrics.rollup import recent_days

    first, last = recent_days()
    figures["recent_days"] = (last - first).days + 1


# ---------------------------------------------------------------------------------------
# Pages


class Timing:
    def __init__(self, label: str, path: str) -> None:
        self.label = label
        self.path = path
        self.cold: list[float] = []
        self.warm: list[float] = []
        self.cold_queries = 0
        self.warm_queries = 0
        self.slowest: list[tuple[float, str]] = []

    def line(self, which: str) -> str:
        values = self.cold if which == "cold" else self.warm
        queries = self.cold_queries if which == "cold" else self.warm_queries
        return (
            f"{self.label + ', ' + which:<44} median {statistics.median(values) * 1000:8.1f} ms"
            f"   max {max(values) * 1000:8.1f} ms   queries {queries:3d}"
        )


def pages(repeat: int, figures: dict[str, Any]) -> None:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User

    manager = User.objects.get(email="bench-manager@bench.test")
    busiest = (
        User.objects.filter(email__startswith="bench-tech-")
        .order_by("email")
        .values_list("pk", flat=True)[0]
    )
    browser = Client()
    browser.force_login(manager)
    wanted = [
        ("dashboard, last 30 days", "/dashboard/?period=30"),
        ("dashboard, last 12 months", "/dashboard/?period=365"),
        ("drill-down: opened, 30 days", "/dashboard/tickets/?measure=opened&period=30"),
        ("coaching, 30 days", f"/dashboard/coaching/?technician={busiest}"),
        ("coaching, 12 months", f"/dashboard/coaching/?technician={busiest}&period=365"),
    ]
    timings = []
    for label, path in wanted:
        timing = Timing(label, path)
        for _ in range(repeat):
            cache.clear()
            for which in ("cold", "warm"):
                with CaptureQueriesContext(connection) as queries, stopwatch() as elapsed:
                    response = browser.get(path)
                    seconds = elapsed()
                if response.status_code != 200:
                    raise SystemExit(f"{path} answered {response.status_code}")
                if which == "cold":
                    timing.cold.append(seconds)
                    timing.cold_queries = len(queries)
                    timing.slowest = sorted(
                        ((float(q["time"]), q["sql"]) for q in queries.captured_queries),
                        reverse=True,
                    )[:3]
                else:
                    timing.warm.append(seconds)
                    timing.warm_queries = len(queries)
        print(timing.line("cold"))
        print(timing.line("warm"))
        timings.append(timing)
    figures["pages"] = timings


# ---------------------------------------------------------------------------------------
# Live queries, without the rollup


def live(figures: dict[str, Any]) -> None:
    from collections import defaultdict

    from django.db import connection
    from django.utils import timezone

    from metrics import rollup as readers
    from metrics.days import range_bounds

    today = timezone.localdate()
    start, end = range_bounds(today - timedelta(days=364), today)
    results: list[tuple[str, float, str]] = []

    def timed(label: str, run: Callable[[], str]) -> None:
        with stopwatch() as elapsed:
            note = run()
            seconds = elapsed()
        results.append((label, seconds, note))
        print(f"{label:<60} {seconds * 1000:10.0f} ms  {note}")

    def reader(read: Callable[..., None]) -> Callable[[], str]:
        def run() -> str:
            rows: dict[Any, dict[str, float]] = defaultdict(lambda: defaultdict(float))
            read(start, end, rows)
            return f"{len(rows):,} groups"

        return run

    def sql(statement: str) -> Callable[[], str]:
        def run() -> str:
            with connection.cursor() as cursor:
                cursor.execute(statement, {"start": start, "end": end})
                found = cursor.fetchall()
            return f"{len(found):,} rows"

        return run

    sla = " OR ".join(
        f"(priority = {p} AND first_response_at <= created_at + interval '{h} hours')"
        for p, h in ((4, 1), (3, 4), (2, 24), (1, 72))
    )
    headline = f"""
        SELECT COUNT(*),
               COUNT(first_response_at),
               COUNT(*) FILTER (WHERE {sla}),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_at - created_at),
               percentile_cont(0.9) WITHIN GROUP (ORDER BY first_response_at - created_at)
        FROM tickets_ticket WHERE created_at >= %(start)s AND created_at < %(end)s"""  # noqa: S608
    resolution = """
        SELECT COUNT(*), COUNT(*) FILTER (WHERE reopened_count > 0),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY resolved_at - created_at),
               percentile_cont(0.9) WITHIN GROUP (ORDER BY resolved_at - created_at)
        FROM tickets_ticket WHERE resolved_at >= %(start)s AND resolved_at < %(end)s"""
    weekly = """
        SELECT date_trunc('week', created_at) AS week, COUNT(*),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_at - created_at)
        FROM tickets_ticket WHERE created_at >= %(start)s AND created_at < %(end)s
        GROUP BY 1 ORDER BY 1"""
    per_technician = """
        SELECT assignee_id, COUNT(*),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_at - created_at)
        FROM tickets_ticket WHERE created_at >= %(start)s AND created_at < %(end)s
        GROUP BY 1"""
    reviews = """
        SELECT comfort, COUNT(*), AVG(grade), SUM(jargon_count) * 100.0 / NULLIF(SUM(words), 0),
               COUNT(*) FILTER (WHERE condescension_count > 0)
        FROM empathy_draftreview
        WHERE created_at >= %(start)s AND created_at < %(end)s
          AND kind IN ('reply', 'resolution', 'follow_up')
        GROUP BY 1"""
    print("\nLive queries over the last 12 months, without the rollup:")
    timed("SQL: opened, SLA met, first response median/p90", sql(headline))
    timed("SQL: resolved, reopened, resolution median/p90", sql(resolution))
    timed("SQL: weekly opened + median first response", sql(weekly))
    timed("SQL: per technician opened + median first response", sql(per_technician))
    timed("SQL: reviews by comfort (grade, jargon, condescension)", sql(reviews))
    timed("rollup reader _reviews over 12 months (ORM, 5 dims)", reader(readers._reviews))
    timed("rollup reader _resolved over 12 months (ORM, 5 dims)", reader(readers._resolved))
    timed("rollup reader _opened over 12 months (ORM, 5 dims)", reader(readers._opened))
    figures["live"] = results


# ---------------------------------------------------------------------------------------
# Summary


def summary(figures: dict[str, Any], output: Path) -> None:
    print()
    bar = "=" * 96
    say(bar)
    say(f"Manager dashboard bench: {figures['tickets']:,} tickets over {DAYS} days, "
        f"{TECHNICIANS} technicians, {CLIENTS:,} clients")  # fmt: skip
    say(f"PostgreSQL, {os.cpu_count()} cores; generated {datetime.now(tz=UTC):%Y-%m-%d %H:%M} UTC")
    say(bar)
    rows = figures["rows"]
    say("Data")
    for table in BIG_TABLES:
        say(f"  {table:<32} {rows[table]:>12,}")
    say(f"  database size                    {figures['database_size']:>12}")
    say(f"  generation: people {figures['people_seconds']:.0f} s, "
        f"COPY {figures['copy_seconds']:.0f} s, indexes + VACUUM ANALYZE "
        f"{figures['index_seconds']:.0f} s; total {figures['generate_seconds']:.0f} s "
        f"({figures['tickets'] / figures['copy_seconds']:,.0f} tickets/s in COPY)")  # fmt: skip
    say()
    say("Rollup (metrics.services.rollup_all)")
    seconds = figures["rollup_seconds"]
    days = figures["rollup_days"]
    say(f"  full rebuild: {days} days in {seconds:.1f} s "
        f"({days / seconds:.2f} days/s, {seconds / days:.2f} s/day)")  # fmt: skip
    say(f"  rows in metrics_dailystats: {figures['rollup_rows']:,} "
        f"(full grain {figures['rollup_full_rows']:,})")  # fmt: skip
    one = figures["rollup_one_day"]
    say(f"  one day again: {one:.2f} s; the scheduled refresh of the {figures['recent_days']} "
        f"recent days would take about {one * figures['recent_days']:.0f} s")  # fmt: skip
    say()
    say("Pages (Django test client, in-process, manager; cold = cache cleared first)")
    for timing in figures["pages"]:
        say("  " + timing.line("cold"))
        say("  " + timing.line("warm"))
    say()
    say("Slowest statements of the last cold request of each page")
    for timing in figures["pages"]:
        say(f"  {timing.label}:")
        for seconds_text, sql_text in timing.slowest:
            say(f"    {seconds_text * 1000:7.1f} ms  {_short(sql_text)}")
    say()
    say("Live queries over the last 12 months, without the rollup (one run each)")
    for label, seconds, note in figures["live"]:
        say(f"  {label:<58} {seconds * 1000:9.0f} ms  {note}")
    say()
    cold = max(max(t.cold) for t in figures["pages"] if t.label.startswith("dashboard"))
    warm = max(statistics.median(t.warm) for t in figures["pages"]
               if t.label.startswith("dashboard"))  # fmt: skip
    say(f"Targets: dashboard under 1 s cold (worst cold run {cold * 1000:.0f} ms: "
        f"{'met' if cold < 1 else 'NOT met'}), under 200 ms warm (worst warm median "
        f"{warm * 1000:.0f} ms: {'met' if warm < 0.2 else 'NOT met'})")  # fmt: skip
    say(bar)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(SUMMARY) + "\n")
    print(f"Written to {output}")


def _short(sql: str, width: int = 150) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


if __name__ == "__main__":
    main()
