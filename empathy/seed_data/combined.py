"""The shipped glossary: the base list, with the additions taking over any form they list."""

from __future__ import annotations

from typing import Any

from empathy.seed_data.glossary import GLOSSARY
from empathy.seed_data.glossary_extra import GLOSSARY_EXTRA
from empathy.seed_data.glossary_more import GLOSSARY_MORE

ADDITIONS = [*GLOSSARY_EXTRA, *GLOSSARY_MORE]


def _listed(value: object) -> list[str]:
    """A row's list field (variants, jargon_for) as strings; absent or empty is []."""
    if not value:
        return []
    if not isinstance(value, list | tuple):
        raise TypeError(f"Expected a list, got {value!r}.")
    return [str(item) for item in value]


def _forms(row: dict[str, object]) -> set[str]:
    return {
        str(row["term"]).lower(),
        *(variant.lower() for variant in _listed(row.get("variants"))),
    }


def glossary_rows() -> list[dict[str, object]]:
    claimed = set().union(*(_forms(row) for row in ADDITIONS))
    rows: list[dict[str, object]] = []
    for row in GLOSSARY:
        if str(row["term"]).lower() in claimed:
            continue
        kept = [v for v in _listed(row.get("variants")) if v.lower() not in claimed]
        rows.append({**row, "variants": kept})
    return rows + list(ADDITIONS)


def add_missing_terms(term_model: Any) -> int:
    """Create the shipped terms a database does not have yet (by headword). For migrations:
    a manager's edits to existing terms are kept."""
    existing = set(term_model.objects.values_list("term", flat=True))
    rows = []
    for row in glossary_rows():
        if row["term"] in existing:
            continue
        levels = set(_listed(row.get("jargon_for")) or ("new", "everyday"))
        rows.append(
            term_model(
                term=row["term"],
                plain=row["plain"],
                explanation=row.get("explanation", ""),
                variants="\n".join(_listed(row.get("variants"))),
                match_case=row.get("match_case", False),
                pattern=row.get("pattern", ""),
                for_new="new" in levels,
                for_everyday="everyday" in levels,
                for_confident="confident" in levels,
            )
        )
    term_model.objects.bulk_create(rows)
    return len(rows)
