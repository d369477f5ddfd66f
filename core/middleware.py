"""Refuse addresses (path or query string) that carry NUL characters, before any view.

Search boxes and filters read the query string directly; PostgreSQL cannot hold a NUL in a
text value, so `?q=%00` would otherwise end in a server error (found by schemathesis).
Form and API bodies are already checked by Django's and DRF's field validators.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

MESSAGE = "The address contains a character that is not allowed (NUL). Remove it and try again."


class RejectNulCharactersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or any(
            "\x00" in key or "\x00" in value for key, value in _pairs(request)
        ):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"error": {"code": "invalid", "message": MESSAGE, "fields": {}}}, status=400
                )
            return HttpResponseBadRequest(MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def _pairs(request: HttpRequest) -> list[tuple[str, str]]:
    return [(key, value) for key, values in request.GET.lists() for value in values]
