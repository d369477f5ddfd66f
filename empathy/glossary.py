"""The glossary the app uses: managers' edits in the database, compiled once per change.

Each process keeps its compiled copy and checks a version number in the shared cache, so
an edit in the admin reaches every web and worker process within a request.
"""

from __future__ import annotations

import threading

from django.core.cache import cache

from core.datafiles import app_data
from empathy.engine import Glossary, GlossaryEntry
from empathy.models import GlossaryTerm

VERSION_KEY = "empathy:glossary-version"
_local = threading.local()
_lock = threading.Lock()


def glossary_changed() -> None:
    """Call after any glossary edit; every process recompiles on its next use."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _entries() -> list[GlossaryEntry]:
    return [
        GlossaryEntry(
            term=row.term,
            plain=row.plain,
            explanation=row.explanation,
            variants=tuple(row.variant_list),
            match_case=row.match_case,
            jargon_for=row.jargon_for,
            pattern=row.pattern,
        )
        for row in GlossaryTerm.objects.filter(is_active=True)
    ]


def shipped_rows() -> list[dict[str, object]]:
    """The glossary as shipped (empathy/data/glossary.yaml), one mapping per term."""
    return app_data("empathy", "glossary", required=("term", "plain"))


def shipped_glossary() -> Glossary:
    """The glossary as shipped, for when there is no database to read (a fresh checkout)."""
    return Glossary.from_dicts(shipped_rows())


def current_glossary() -> Glossary:
    version = cache.get_or_set(VERSION_KEY, 1, None)
    held: tuple[object, Glossary] | None = getattr(_local, "glossary", None)
    if held is not None and held[0] == version:
        return held[1]
    with _lock:
        compiled = Glossary(_entries())
    _local.glossary = (version, compiled)
    return compiled
