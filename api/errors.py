"""Every API error has the same shape: {"error": {"code", "message", "fields"}}."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import exception_handler

from kb.services import GuideChanged
from tickets.services import AttachmentRejected, TicketChanged, TransitionNotAllowed
from tickets.services.conversation import EmptyMessage

MESSAGES = {
    "not_authenticated": "Sign in first, with a session or an API token.",
    "authentication_failed": "That token or session isn't valid.",
    "permission_denied": "You don't have permission to do this.",
    "not_found": "Not found.",
    "method_not_allowed": "This method isn't allowed here.",
    "throttled": "Too many requests. Please wait a little and try again.",
    "parse_error": "The request body couldn't be read. Send valid JSON.",
    "unsupported_media_type": "Send JSON (Content-Type: application/json) or form data.",
}


class Conflict(exceptions.APIException):
    """Someone changed the object since the caller read it (send the new `version`)."""

    status_code = 409
    default_detail = "It changed since you read it. Read it again, then retry."
    default_code = "conflict"


class NotAllowed(exceptions.APIException):
    """The workflow forbids this move from the object's current state."""

    status_code = 409
    default_detail = "That isn't possible in the current state."
    default_code = "not_allowed"


class ErrorBody(serializers.Serializer[dict[str, Any]]):
    code = serializers.CharField()
    message = serializers.CharField()


# `fields`, declared after the class: in the class body the name would clash with the
# `Serializer.fields` property in the stubs. (The metaclass takes declared fields off the class
# into this same dict, so it never clashed at run time.)
ErrorBody._declared_fields["fields"] = serializers.DictField(
    child=serializers.ListField(child=serializers.CharField())
)


class ErrorResponse(serializers.Serializer[dict[str, Any]]):
    """The shape of every error response."""

    error = ErrorBody()


def _from_domain(exc: Exception) -> Exception:
    """Services raise plain exceptions with messages written for people; give them a status."""
    if isinstance(exc, TicketChanged | GuideChanged):
        return Conflict(str(exc))
    if isinstance(exc, TransitionNotAllowed):
        return NotAllowed(str(exc))
    if isinstance(exc, EmptyMessage):
        return exceptions.ValidationError({"body": [str(exc)]})
    if isinstance(exc, AttachmentRejected):
        return exceptions.ValidationError({"file": [str(exc)]})
    return exc


def _flatten(detail: Any) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {
            str(key): [str(item) for item in (value if isinstance(value, list) else [value])]
            for key, value in detail.items()
        }
    return {}


def error_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    exc = _from_domain(exc)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    code = exc.get_codes()
    if isinstance(code, dict | list):
        fields = _flatten(exc.detail)
        non_field = fields.pop("non_field_errors", [])
        response.data = {
            "error": {
                "code": "invalid",
                "message": non_field[0] if non_field else "Some fields need fixing.",
                "fields": fields,
            }
        }
    else:
        detail = str(exc.detail)
        plain = MESSAGES.get(str(code))
        # Our own wording for DRF's stock messages; specific messages are kept as they are.
        message = plain if plain and detail == str(exc.default_detail) else detail
        response.data = {"error": {"code": str(code), "message": message, "fields": {}}}
    return response
