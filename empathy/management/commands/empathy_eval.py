"""Print how the engine scores on a labelled set (default: tests/empathy/eval_data.py).

python manage.py empathy_eval
python manage.py empathy_eval --set tests/empathy/holdout_data.py --errors
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from empathy.evaluation import DEFAULT_SET, evaluate, load_set
from empathy.glossary import shipped_glossary


class Command(BaseCommand):
    help = "Measure the empathy engine against a labelled set of messages and drafts."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--set", type=Path, default=DEFAULT_SET)
        parser.add_argument("--errors", action="store_true", help="List every disagreement.")

    def handle(self, *args: Any, **options: Any) -> None:
        messages, drafts = load_set(options["set"])
        report = evaluate(messages, drafts, glossary=shipped_glossary())
        self.stdout.write(f"Set: {options['set']}")
        for line in report.lines():
            self.stdout.write(line)
        missed = [name for name, met in report.meets_targets().items() if not met]
        self.stdout.write(
            "All targets met." if not missed else f"Below target: {', '.join(missed)}"
        )
        if options["errors"]:
            for error in report.errors:
                self.stdout.write(f"  - {error}")
