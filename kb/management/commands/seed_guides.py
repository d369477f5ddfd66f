from typing import Any

from django.core.management.base import BaseCommand

from kb.seed import seed_guides


class Command(BaseCommand):
    help = "Load the starting library of how-to guides. Existing guides are left as they are."

    def handle(self, *args: Any, **options: Any) -> None:
        created = seed_guides()
        self.stdout.write(f"Guides added: {created}.")
