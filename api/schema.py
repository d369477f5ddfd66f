"""OpenAPI details drf-spectacular can't infer: the error responses every operation can give."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.openapi import AutoSchema

from api.documented import NO_NUL
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
    """Adds the shared error body to every operation, so clients (and tests) can rely on it,
    and marks sign-in optional where a permission lets anyone read (`reads_anonymously`)."""

    def get_auth(self) -> list[dict[str, Any]]:
        auths: list[dict[str, Any]] = super().get_auth()
        anonymous_reads = any(
            getattr(permission, "reads_anonymously", False)
            for permission in self.view.get_permissions()
        )
        if anonymous_reads and self.method in ("GET", "HEAD") and {} not in auths:
            auths.append({})
        return auths

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


class TextFieldExtension(OpenApiSerializerFieldExtension):
    """Text the API takes refuses NUL (PostgreSQL cannot store it); the schema says so with a
    pattern, so a generated client and schemathesis know a NUL is invalid input."""

    target_class = "api.serializers.Text"
    match_subclasses = True

    def map_serializer_field(self, auto_schema: Any, direction: Any) -> dict[str, Any]:
        schema: dict[str, Any] = auto_schema._map_serializer_field(
            self.target, direction, bypass_extensions=True
        )
        if direction == "request":
            schema["pattern"] = getattr(self.target, "schema_pattern", NO_NUL)
        return schema
