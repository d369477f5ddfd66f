"""Schema fragments the views, filters and pagination share. Plain values with no imports,
so modules DRF loads while it starts (pagination, filters) can use them without pulling in
drf-spectacular."""

from __future__ import annotations

from typing import Any

# Text the API takes holds no NUL (PostgreSQL cannot store one): the pattern that says so.
NO_NUL = "^[^\\u0000]*$"
# Ids as the API documents them: what core.numbers.whole_number reads (up to 11 digits).
LARGEST_ID = 99_999_999_999
ID_PARAMETER: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": LARGEST_ID}


def text_parameter(max_length: int) -> dict[str, Any]:
    """The schema of a free-text query parameter (a search box)."""
    return {"type": "string", "maxLength": max_length, "pattern": NO_NUL}
