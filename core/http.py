from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest, QueryDict
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    """The request type views see: django-htmx adds `htmx` to every request."""

    htmx: HtmxDetails


def mutable_copy(data: Mapping[str, Any]) -> QueryDict:
    """A form's submitted data as a QueryDict we may change (e.g. to carry a new version)."""
    if isinstance(data, QueryDict):
        return data.copy()
    copied = QueryDict(mutable=True)
    for key, value in data.items():
        copied[key] = value
    return copied
