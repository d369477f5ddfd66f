"""Bad input never answers 500: a sweep of every view in the URL conf.

For each group of URLs (one app's namespace) the sweep finds the inputs each view reads,
without a list kept here:
- the fields of every Django form class the view's module uses;
- the names its source reads from `request.GET`/`POST`/`query_params`/`data`;
- the fields of every HTML form on the group's pages that posts or submits to the view, with
  their values as the page rendered them (so a hostile value in one field meets valid ones
  in the others, and reaches the code past validation);
- the path's own parameters.
It then sends each hostile value (a number past 2⁶³, −1, '²', NUL, 100,000 characters, an
impossible date, invalid UTF-8, an empty value) by GET and by POST, as the person the page
is for: to each input of a rendered form in turn, the others valid, and to all the inputs at
once; and it puts hostile values in each path parameter. It fails on any server error. A new
view, form or field is swept without editing this file.
"""

from __future__ import annotations

import re
import sys
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from inspect import getsource, unwrap
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pytest
from django import forms
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.authtoken.models import Token

from accounts.models import User
from tests.factories import make_ticket
from tests.kb.factories import make_guide
from tickets.models import DataSafety
from tickets.services import ticket_resolve

pytestmark = pytest.mark.django_db

# Raw, already percent-encoded where it matters: "%FF%FE" is invalid UTF-8.
HOSTILE: dict[str, str] = {
    "2**63": "9223372036854775808",
    "minus-one": "-1",
    "superscript-two": quote("²"),
    "nul": "%00",
    "100k-characters": "x" * 100_000,
    "impossible-date": "2026-02-30",
    "invalid-utf8": "%FF%FE",
    "empty": "",
}
# In a path segment: what each converter lets through.
HOSTILE_PATH: dict[str, list[str]] = {
    "int": ["9223372036854775808", "0"],
    "str": ["HD-9223372036854775808", "9223372036854775808", quote("²"), "%FF%FE", "x" * 2000],
    "slug": ["9223372036854775808", "x" * 2000],
    "uuid": [str(uuid.UUID(int=0))],
}
SKIPPED_PREFIXES = ("admin/", "api/v1/schema/", "api/v1/docs/", "favicon.ico")
# Who each group's pages are for (None: someone not signed in).
GROUP_PERSON = {
    "portal": "client",
    "followups": None,
    "accounts": None,
    "home": "client",
    "core": None,
    "workspace": "technician",
    "empathy": "technician",
    "kb": "technician",
    "sentmail": "technician",
    "metrics": "manager",
    "api": "technician",
}
READS = re.compile(
    r"\b(?:GET|POST|query_params|data|FILES)\s*(?:\.(?:get|getlist|pop)\(\s*|\[\s*)[\"']([\w-]+)[\"']"
)


@dataclass(frozen=True)
class Route:
    group: str
    pattern: str  # e.g. "work/tickets/<str:reference>/reply/"
    callback: Any


def _routes() -> list[Route]:
    def walk(patterns: list[Any], prefix: str, group: str) -> Iterator[Route]:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(
                    entry.url_patterns, prefix + str(entry.pattern), entry.namespace or group
                )
            elif isinstance(entry, URLPattern):
                yield Route(group, prefix + str(entry.pattern), entry.callback)

    return [
        route
        for route in walk(get_resolver().url_patterns, "", "")
        if not route.pattern.startswith(SKIPPED_PREFIXES)
    ]


ROUTES = _routes()
GROUPS = sorted({route.group for route in ROUTES})


def _view_module(callback: Any) -> Any:
    view = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    return sys.modules[(view or unwrap(callback)).__module__]


def _source_inputs(callback: Any) -> set[str]:
    """Names the view's module reads from the request, and its form classes' fields."""
    module = _view_module(callback)
    names = set(READS.findall(getsource(module)))
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, forms.BaseForm):
            names |= set(getattr(value, "base_fields", {}))
    return names


class _Forms(HTMLParser):
    """Each <form>'s method, action and fields with the values the page rendered."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, dict[str, str]]] = []
        self._form: tuple[str, str, dict[str, str]] | None = None
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "form":
            self._form = (a.get("method", "get").lower(), a.get("action", ""), {})
            self.found.append(self._form)
        if self._form is None:
            return
        fields, name = self._form[2], a.get("name", "")
        if not name or name == "csrfmiddlewaretoken":
            return
        if tag == "input" and a.get("type") not in ("file", "submit", "button", "image"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                fields.setdefault(name, "")
            else:
                fields[name] = a.get("value", "on" if a.get("type") == "checkbox" else "")
        elif tag == "select":
            self._select = name
            fields.setdefault(name, "")
        elif tag == "option" and self._select:
            if "selected" in a or not fields.get(self._select):
                fields[self._select] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = name
            fields[name] = ""

    def handle_data(self, data: str) -> None:
        if self._form is not None and self._textarea:
            self._form[2][self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


@dataclass
class Place:
    """Real objects to put in path parameters, so views get past their 404s."""

    values: dict[str, str] = field(default_factory=dict)

    def path(self, pattern: str) -> str:
        def real(match: re.Match[str]) -> str:
            return self.values.get(match["name"], "1" if match["kind"] == "int" else "x")

        return "/" + PARAM.sub(real, pattern)


PARAM = re.compile(r"<(?:(?P<kind>\w+):)?(?P<name>\w+)>")


@pytest.fixture
def people(client_user: User, technician: User, manager: User) -> dict[str, User]:
    return {"client": client_user, "technician": technician, "manager": manager}


@pytest.fixture
def place(people: dict[str, User]) -> Place:
    ticket = make_ticket(client=people["client"])
    resolved = make_ticket(client=people["client"], subject="Shared drive gone")
    ticket_resolve(
        ticket=resolved,
        actor=people["technician"],
        cause="The shortcut was lost.",
        actions="I put it back.",
        data_safety=DataSafety.SAFE,
    )
    guide = make_guide()
    return Place(
        {
            "reference": ticket.reference,
            "slug": guide.slug,
            "number": "1",
            "table": "tickets",
            "pk": str(people["client"].pk),
            "public_id": str(uuid.uuid4()),
            "token": "not-a-real-token",
            "uidb64": "MQ",
        }
    )


def _client_for(group: str, people: dict[str, User]) -> Client:
    person = GROUP_PERSON.get(group, "technician")
    if group == "api" and person:
        token, _ = Token.objects.get_or_create(user=people[person])
        return Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    client = Client()
    if person:
        client.force_login(people[person])
    return client


@dataclass
class Sweep:
    client: Client
    failures: list[str] = field(default_factory=list)
    requests: int = 0
    inputs: int = 0

    def send(self, method: str, path: str, query: str = "", body: str = "") -> None:
        self.requests += 1
        what = f"{method} {path[:120]}?{query[:80]} {body[:120]}"
        try:
            if method == "GET":
                response = self.client.get(path, QUERY_STRING=query)
            else:
                response = self.client.generic(
                    "POST",
                    path,
                    body.encode("ascii"),
                    content_type="application/x-www-form-urlencoded",
                    QUERY_STRING=query,
                )
        except Exception as error:  # noqa: BLE001 - every server error is a finding
            self.failures.append(f"{what}: {type(error).__name__}: {str(error)[:200]}")
            return
        if response.status_code >= 500:
            self.failures.append(f"{what}: {response.status_code}")


@pytest.mark.parametrize("group", GROUPS)
def test_no_input_makes_a_server_error(
    group: str, people: dict[str, User], place: Place, record_property: Any
) -> None:
    routes = [route for route in ROUTES if route.group == group]
    sweep = Sweep(_client_for(group, people))

    # The pages' own forms: which fields post to which address, with rendered values.
    posted: dict[str, dict[str, str]] = defaultdict(dict)
    searched: dict[str, set[str]] = defaultdict(set)
    for route in routes:
        path = place.path(route.pattern)
        response = sweep.client.get(path)
        if "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode("utf-8", "replace"))
        for method, action, fields in parser.found:
            target = urlsplit(action).path or path
            if method == "post":
                posted[target].update(fields)
            else:
                searched[target] |= set(fields)

    for route in routes:
        path = place.path(route.pattern)
        baseline = posted[path]
        # Inputs a page's form sends: one at a time, the others as the page rendered them, so
        # the hostile value gets past validation of the rest. Inputs only the code names:
        # all at once, since each is read (or validated) on its own.
        one_by_one = searched[path] | set(baseline)
        everything = _source_inputs(route.callback) | one_by_one
        sweep.inputs += len(everything) + len(PARAM.findall(route.pattern))
        for value in HOSTILE.values():
            sweep.send("GET", path, query="&".join(f"{quote(n)}={value}" for n in everything))
            every = "&".join(f"{quote(n)}={value}" for n in everything)
            sweep.send("POST", path, body=every)
            for name in sorted(searched[path]):
                sweep.send("GET", path, query=f"{quote(name)}={value}")
            for name in sorted(baseline):
                others = urlencode({k: v for k, v in baseline.items() if k != name})
                sweep.send("POST", path, body=f"{others}&{quote(name)}={value}")
        for match in PARAM.finditer(route.pattern):
            for value in HOSTILE_PATH.get(match["kind"] or "str", []):
                hostile = Place({**place.values, match["name"]: value})
                sweep.send("GET", hostile.path(route.pattern))
                sweep.send("POST", hostile.path(route.pattern), body=urlencode(posted[path]))

    record_property("requests", sweep.requests)
    print(f"{group}: {len(routes)} views, {sweep.inputs} inputs, {sweep.requests} requests")
    assert not sweep.failures, "\n".join(sweep.failures[:40])
