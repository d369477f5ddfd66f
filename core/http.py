from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest, QueryDict
from django.utils.http import url_has_allowed_host_and_scheme
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


def local_next(request: HttpRequest, raw: str, *, default: str) -> str:
    """Where to go back to after a form: `raw` if it is a path on this site ("/work/?q=x"),
    else `default`. Never a view name, another site or a scheme-relative "//host"."""
    if (
        raw.startswith("/")
        and not raw.startswith(("//", "/\\"))
        and url_has_allowed_host_and_scheme(
            raw, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return raw
    return default
