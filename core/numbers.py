"""Reading whole numbers that arrive as text (ids, references, page sizes)."""

from __future__ import annotations

# What the database's integer columns hold (PositiveIntegerField is a 32-bit integer on
# PostgreSQL; ids and ticket numbers are 64-bit). A bigger number must be refused before a
# query, or it is an OverflowError on SQLite and a DataError on PostgreSQL: a 500.
INTEGER_MAX = 2**31 - 1
BIG_INTEGER_MAX = 2**63 - 1


def whole_number(raw: object, *, max_digits: int = 11) -> int | None:
    """`raw` as a whole number if it is 1 to `max_digits` ASCII digits, else None.

    Not `str.isdigit()`: that also accepts '²' and other digits that `int()` refuses, and
    a long enough number overflows the database's integer columns.
    """
    text = str(raw)
    if not (0 < len(text) <= max_digits and text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if number <= BIG_INTEGER_MAX else None
