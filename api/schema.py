"""OpenAPI details drf-spectacular can't infer: the error responses every operation can give."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from drf_spectacular.openapi import AutoSchema

from api.errors import ErrorResponse

ERRORS: dict[str, str] = {
    "400": "The input needs fixing; `fields` names each problem.",
    "401": "Not signed in, or the token isn't valid.",
    "403": "Not signed in, or not allowed to do this.",
    "404": "Not found, or not yours.",
    "405": "Method not allowed.",
    "406": "The requested format isn't available.",
    "409": "Changed since you read it, or not possible in its current state.",
    "415": "Unsupported content type.",
    "429": "Too many requests; wait and retry.",
}


class HelpdeskAutoSchema(AutoSchema):
    """Adds the shared error body to every operation, so clients (and tests) can rely on it."""

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction=direction)
        # drf-spectacular leaves this (private) method unannotated; it returns a schema dict.
        response_for_code = cast(Callable[..., dict[str, Any]], self._get_response_for_code)
        for code, description in ERRORS.items():
            if code not in responses:
                error = response_for_code(ErrorResponse, code, direction=direction)
                error["description"] = description
                responses[code] = error
        return responses
