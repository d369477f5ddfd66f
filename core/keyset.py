"""Keyset (cursor) pagination: pages that cost the same on page 1 and page 10,000.

A cursor names the sort values of the last (or first) row shown. The next page asks for
rows strictly after it in the sort order. The OR-expansion below expresses the row
comparison portably; the extra bound on the first field lets PostgreSQL start its index
scan at the cursor instead of filtering from the top.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from django.db import models
from django.db.models import Q, QuerySet
from django.utils.dateparse import parse_datetime

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class KeysetPage(Generic[RowT]):
    items: list[RowT]
    next_cursor: str | None
    previous_cursor: str | None

    @property
    def has_other_pages(self) -> bool:
        return bool(self.next_cursor or self.previous_cursor)


def _field_name(order: str) -> str:
    return order.lstrip("-")


def _encode(direction: str, values: list[Any]) -> str:
    payload = [direction, [v.isoformat() if isinstance(v, datetime) else v for v in values]]
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(
    cursor: str, model: type[models.Model], ordering: tuple[str, ...]
) -> tuple[str, list[Any]] | None:
    """Parse a cursor; anything malformed or tampered with is treated as 'no cursor'."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        direction, values = json.loads(raw)
    except (ValueError, TypeError):
        return None
    if direction not in ("after", "before") or not isinstance(values, list):
        return None
    if len(values) != len(ordering):
        return None
    parsed: list[Any] = []
    for order, value in zip(ordering, values, strict=True):
        field = model._meta.get_field(_field_name(order))
        if isinstance(field, models.DateTimeField):
            moment = parse_datetime(value) if isinstance(value, str) else None
            if moment is None:
                return None
            parsed.append(moment)
        elif isinstance(field, models.IntegerField | models.AutoField):
            if not isinstance(value, int) or isinstance(value, bool):
                return None
            parsed.append(value)
        else:
            if not isinstance(value, str):
                return None
            parsed.append(value)
    return direction, parsed


def _beyond(ordering: tuple[str, ...], values: list[Any]) -> Q:
    """Rows strictly after `values` in `ordering` (each entry 'field' or '-field')."""
    condition = Q()
    for index, order in enumerate(ordering):
        name = _field_name(order)
        lookup = "lt" if order.startswith("-") else "gt"
        step = Q(**{f"{name}__{lookup}": values[index]})
        for earlier_order, earlier_value in zip(ordering[:index], values[:index], strict=True):
            step &= Q(**{_field_name(earlier_order): earlier_value})
        condition |= step
    first = ordering[0]
    bound = "lte" if first.startswith("-") else "gte"
    return Q(**{f"{_field_name(first)}__{bound}": values[0]}) & condition


def _reverse(ordering: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(order[1:] if order.startswith("-") else f"-{order}" for order in ordering)


def keyset_page(
    queryset: QuerySet[Any, RowT], *, ordering: tuple[str, ...], cursor: str | None, size: int
) -> KeysetPage[RowT]:
    """One page of `queryset` in `ordering`, which must end with a unique field (e.g. -id).

    `queryset` may be a `.values()` queryset, as long as it includes the ordering fields.
    """
    decoded = _decode(cursor, queryset.model, ordering) if cursor else None
    if decoded is None:
        rows = list(queryset.order_by(*ordering)[: size + 1])
        has_more, has_previous = len(rows) > size, False
        rows = rows[:size]
    elif decoded[0] == "after":
        rows = list(queryset.filter(_beyond(ordering, decoded[1])).order_by(*ordering)[: size + 1])
        has_more, has_previous = len(rows) > size, True
        rows = rows[:size]
    else:
        backwards = _reverse(ordering)
        rows = list(
            queryset.filter(_beyond(backwards, decoded[1])).order_by(*backwards)[: size + 1]
        )
        has_previous, has_more = len(rows) > size, True
        rows = list(reversed(rows[:size]))

    def values_of(row: Any) -> list[Any]:
        if isinstance(row, dict):  # a .values() queryset
            return [row[_field_name(order)] for order in ordering]
        return [getattr(row, _field_name(order)) for order in ordering]

    return KeysetPage(
        items=rows,
        next_cursor=_encode("after", values_of(rows[-1])) if rows and has_more else None,
        previous_cursor=_encode("before", values_of(rows[0])) if rows and has_previous else None,
    )
