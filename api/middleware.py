"""Every API query parameter is a single value (the schema documents none as a list), so a
repeated one (`?category=1&category=2`) is a 400 that names it, not a silent pick of one."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse


class SingleQueryValuesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            repeated = sorted(key for key, values in request.GET.lists() if len(values) > 1)
            if repeated:
                fields = {key: [f"Give `{key}` once."] for key in repeated}
                message = "Each query parameter may be given once."
                body = {"error": {"code": "invalid", "message": message, "fields": fields}}
                return JsonResponse(body, status=400)
        return self.get_response(request)
