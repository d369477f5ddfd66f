"""Analyse text from standard input and print one JSON object.

    echo "all my files are GONE!!!" | python manage.py analyze_text --as message
    python manage.py analyze_text --as reply --comfort new --worries data_loss < draft.txt

Message fields: sentiment, distress, worries ([{kind, evidence}]).
Reply fields: grade, jargon ([{term, plain}]), condescension ([{phrase, suggestion}]),
reassures_data, unanswered_worries, score. Other tools call this: the keys are stable.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from empathy.engine import DraftContext, Intake, analyse_message, review_draft
from empathy.engine.types import WORRY_KINDS
from empathy.presenters import message_json, review_json

COMFORTS = ("new", "everyday", "confident")


class Command(BaseCommand):
    help = "Analyse a client message or review a reply, reading the text from standard input."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as", dest="kind", choices=["message", "reply"], required=True)
        parser.add_argument("--comfort", choices=COMFORTS, default="everyday")
        parser.add_argument(
            "--worries",
            default="",
            help="The client's worries, comma-separated: data_loss,deadline",
        )
        parser.add_argument("--impact", choices=["cant_work", "slows_me", "annoyance"])
        parser.add_argument("--data-worry", choices=["yes", "no", "not_sure"])

    def handle(self, *args: Any, **options: Any) -> None:
        text = sys.stdin.read()
        if options["kind"] == "message":
            intake = None
            if options["impact"] or options["data_worry"]:
                intake = Intake(
                    impact=options["impact"] or "", data_worry=options["data_worry"] or ""
                )
            result = message_json(analyse_message(text, intake=intake))
        else:
            worries = tuple(w.strip() for w in options["worries"].split(",") if w.strip())
            unknown = [w for w in worries if w not in WORRY_KINDS]
            if unknown:
                raise CommandError(
                    f"Unknown worries: {', '.join(unknown)}. Use: {', '.join(WORRY_KINDS)}."
                )
            context = DraftContext(comfort=options["comfort"], worries=worries)
            result = review_json(review_draft(text, glossary=_glossary(), context=context))
        self.stdout.write(json.dumps(result, ensure_ascii=False))


def _glossary() -> Any:
    from empathy.glossary import current_glossary, shipped_glossary

    try:
        glossary = current_glossary()
    except DatabaseError:
        return shipped_glossary()
    return glossary if glossary.entries else shipped_glossary()
