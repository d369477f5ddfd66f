"""Reading whole numbers that arrive as text (ids, references, page sizes)."""

from __future__ import annotations


def whole_number(raw: object, *, max_digits: int = 11) -> int | None:
    """`raw` as a whole number if it is 1 to `max_digits` ASCII digits, else None.

    Not `str.isdigit()`: that also accepts '²' and other digits that `int()` refuses, and
    a long enough number overflows the database's integer columns.
    """
    text = str(raw)
    if not (0 < len(text) <= max_digits and text.isascii() and text.isdigit()):
        return None
    return int(text)
