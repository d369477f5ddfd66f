"""Shipped data (glossary, guides, analogies, demo stories) lives in YAML files under each
app's `data/` folder, edited as text and loaded here, and only here.

    rows = app_data("kb", "guides", required=("slug", "title", "steps"))

A file is a list of mappings. A mistake in one (not a list, an entry that is not a mapping, a
required key missing) fails with the file, the entry's number and its first value, so the
person editing it knows where to look. Files are read once per process.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from django.apps import apps


class DataFileError(ValueError):
    pass


def app_data(app_label: str, name: str, *, required: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The rows of `<app>/data/<name>.yaml` (copies: callers may change them freely)."""
    path = Path(apps.get_app_config(app_label).path) / "data" / f"{name}.yaml"
    where = f"{app_label}/data/{name}.yaml"
    return copy.deepcopy(list(_rows(path, where, tuple(required))))


@cache
def _rows(path: Path, where: str, required: tuple[str, ...]) -> tuple[dict[str, Any], ...]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{where} is missing.") from None
    except yaml.YAMLError as error:
        raise DataFileError(f"{where} is not valid YAML: {error}") from None
    if not isinstance(loaded, list):
        raise DataFileError(f"{where} must be a list of entries, one per '- ' item.")
    for number, row in enumerate(loaded, start=1):
        if not isinstance(row, dict):
            raise DataFileError(f"{where}, entry {number}: expected 'key: value' lines.")
        missing = [key for key in required if key not in row]
        if missing:
            first = next(iter(row.values()), "")
            raise DataFileError(
                f"{where}, entry {number} ({str(first)[:40]!r}): missing {', '.join(missing)}."
            )
    return tuple(loaded)
