from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from demo.people import DEMO_PASSWORD, LOGINS, seed_people
from demo.tickets import seed_tickets
from kb.seed import seed_guides
from metrics.models import RollupRun
from metrics.services import rollup_all


class Command(BaseCommand):
    help = "Create the demo people (and, as apps land, their tickets and guides). Safe to re-run."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--quiet-logins", action="store_true", help="Don't print the demo logins at the end."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo creates accounts with a published password, so it only runs with "
                "DEBUG=1. Never run it against a production database."
            )
        people = seed_people()
        self.stdout.write(f"Demo people ready: {len(people)}.")
        self.stdout.write(f"Guides added: {seed_guides()}.")
        tickets = seed_tickets(people)
        if tickets:
            self.stdout.write(f"Demo tickets created: {tickets}.")
        else:
            self.stdout.write("Demo tickets already there; left as they are.")
        run = rollup_all(trigger=RollupRun.Trigger.COMMAND)
        if run is not None:
            self.stdout.write(f"Dashboard figures worked out for {run.days_total} days.")
        if not options["quiet_logins"]:
            self.print_logins()

    def print_logins(self) -> None:
        self.stdout.write("")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD})")
        for role, email in LOGINS:
            self.stdout.write(f"  {role:<11} {email}")
