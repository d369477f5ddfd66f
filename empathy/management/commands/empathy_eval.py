"""Print how the engine scores on the labelled corpus: train, dev and held-out.

python manage.py empathy_eval                   # all three sides, then the earlier sets
python manage.py empathy_eval --side heldout --errors
python manage.py empathy_eval --set tests/empathy/holdout_data.py

Which figure is which: *train* is what the learned signal was fitted on (and the rules
tuned on), so it flatters; *dev* is where thresholds were chosen; *held-out* was never
tuned on, and is the honest figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from empathy.corpus import splits
from empathy.evaluation import ROOT, evaluate, load_set
from empathy.glossary import shipped_glossary

SIDES = ("train", "dev", "heldout")
EARLIER = {
    "earlier hand-written set (trained on)": ROOT / "tests" / "empathy" / "eval_data.py",
    "earlier held-out set (never trained on)": ROOT / "tests" / "empathy" / "holdout_data.py",
}


class Command(BaseCommand):
    help = "Measure the empathy engine on the corpus's train, dev and held-out sides."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--side", choices=SIDES, action="append", help="Only this side.")
        parser.add_argument("--set", type=Path, help="A labelled set file instead.")
        parser.add_argument("--errors", action="store_true", help="List every disagreement.")

    def handle(self, *args: Any, **options: Any) -> None:
        glossary = shipped_glossary()
        runs: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = []
        if options["set"]:
            runs.append((str(options["set"]), *load_set(options["set"])))
        else:
            corpus = splits()
            for side in options["side"] or SIDES:
                split = corpus[side]
                label = f"{side} (batches {', '.join(split.batches)}"
                label += f"; {split.dropped} near-duplicates dropped)" if split.dropped else ")"
                runs.append((label, split.messages, split.drafts))
            if not options["side"]:
                runs += [(name, *load_set(path)) for name, path in EARLIER.items()]
        for label, messages, drafts in runs:
            report = evaluate(messages, drafts, glossary=glossary)
            self.stdout.write(f"\n== {label}")
            for line in report.lines():
                self.stdout.write(line)
            missed = [name for name, met in report.meets_targets().items() if not met]
            self.stdout.write(
                "All targets met." if not missed else f"Below target: {', '.join(missed)}"
            )
            if options["errors"]:
                for error in report.errors:
                    self.stdout.write(f"  - {error}")
