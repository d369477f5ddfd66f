"""Train the engine's learned signal and write empathy/engine/data/model.json.

python manage.py empathy_train          # train, choose thresholds on dev, write the file
python manage.py empathy_train --check  # exit 1 if the shipped file is not what training gives

Development time only: needs scikit-learn (installed with the dev extras).
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from empathy import training
from empathy.engine.learned import MODEL_FILE


class Command(BaseCommand):
    help = "Train the learned signal on the corpus's train side and write its weights."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--check", action="store_true", help="Only compare with the shipped file."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        self.stdout.write("Training on the train side; thresholds from dev …")
        model = training.train()
        took = time.perf_counter() - started
        if options["check"]:
            if not training.matches_shipped(model):
                raise CommandError(
                    "empathy/engine/data/model.json is not what training gives: "
                    "run `manage.py empathy_train` and commit the file."
                )
            self.stdout.write(f"The shipped model matches training ({took:.0f} s).")
            return
        size = training.write(model)
        self.stdout.write(f"Wrote {MODEL_FILE.name}: {size / 1024:.0f} KiB in {took:.0f} s.")
