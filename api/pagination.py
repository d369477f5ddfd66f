"""Cursor pagination on the project's keyset pages: no COUNT(*), the same cost on any page."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from api.documented import NO_NUL
from core.keyset import KeysetPage, keyset_page
from core.numbers import whole_number

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100

_RowT = TypeVar("_RowT")


class KeysetPagination(BasePagination):
    """`?cursor=` from the `next`/`previous` links; `?page_size=` up to 100.

    The view names the ordering (`keyset_ordering`); it must end with a unique field.
    """

    cursor_query_param = "cursor"
    page_size_query_param = "page_size"

    def __init__(self) -> None:
        self.page: KeysetPage[Any] | None = None
        self.request: Request | None = None

    def page_size(self, request: Request, *, default: int = DEFAULT_PAGE_SIZE) -> int:
        """As the schema says: absent is `default`, else a whole number from 1 to 100; any
        other value is a 400 naming the parameter, never quietly changed."""
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return default
        size = whole_number(raw, max_digits=5)
        if size is None or not 1 <= size <= MAX_PAGE_SIZE:
            raise ValidationError(
                {self.page_size_query_param: [f"A whole number from 1 to {MAX_PAGE_SIZE}."]}
            )
        return size

    def cursor(self, request: Request) -> str | None:
        return request.query_params.get(self.cursor_query_param) or None

    def paginate_queryset(
        self, queryset: QuerySet[Any], request: Request, view: Any = None
    ) -> list[Any]:
        ordering: tuple[str, ...] = view.keyset_ordering() if view else ("-pk",)
        page = keyset_page(
            queryset,
            ordering=ordering,
            cursor=self.cursor(request),
            size=self.page_size(request),
        )
        return self.use_page(page, request)

    def use_page(self, page: KeysetPage[_RowT], request: Request) -> list[_RowT]:
        """Adopt a page a selector already built."""
        self.page, self.request = page, request
        return page.items

    def single_page(self, items: list[_RowT], request: Request) -> list[_RowT]:
        """A complete result that never has a next page (e.g. ranked search hits)."""
        return self.use_page(
            KeysetPage(items=items, next_cursor=None, previous_cursor=None), request
        )

    def _link(self, cursor: str | None) -> str | None:
        if cursor is None or self.request is None:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, cursor)

    def get_paginated_response(self, data: Any) -> Response:
        assert self.page is not None  # noqa: S101
        return Response(
            {
                "next": self._link(self.page.next_cursor),
                "previous": self._link(self.page.previous_cursor),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "The `next` or `previous` link's cursor.",
                "schema": {"type": "string", "pattern": NO_NUL},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Results per page, up to {MAX_PAGE_SIZE}.",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
        ]
