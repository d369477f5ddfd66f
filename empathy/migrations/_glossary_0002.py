"""A frozen copy of the glossary as migrations 0002 and 0003 shipped it, and the code that
loads it. Never edit either: they are history. The live glossary file is
empathy/data/glossary.yaml; a change there reaches existing databases through a new
migration that carries its own copy of the rows it changes (or a manager in Settings)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FROZEN = Path(__file__).with_name("glossary_0002.json")


def add_missing_terms(term_model: Any) -> int:
    """Create the frozen terms a database does not have yet (by headword); a manager's edits
    to existing terms are kept."""
    existing = set(term_model.objects.values_list("term", flat=True))
    rows = []
    for row in json.loads(FROZEN.read_text(encoding="utf-8")):
        if row["term"] in existing:
            continue
        levels = set(row.get("jargon_for") or ("new", "everyday"))
        rows.append(
            term_model(
                term=row["term"],
                plain=row["plain"],
                explanation=row.get("explanation", ""),
                variants="\n".join(row.get("variants") or []),
                match_case=row.get("match_case", False),
                pattern=row.get("pattern", ""),
                for_new="new" in levels,
                for_everyday="everyday" in levels,
                for_confident="confident" in levels,
            )
        )
    term_model.objects.bulk_create(rows)
    return len(rows)
