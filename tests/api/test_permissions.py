"""Who may call what: every /api/v1/ route × every persona × own and other's object.

The cases are generated from the URL conf, so a new route (or method) without a rule in
RULES fails here until someone decides who may use it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from rest_framework.test import APIClient

from accounts.models import User
from tests.api.world import World, build_world, png, resolve
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

PERSONAS = ("anonymous", "owner", "other_client", "technician", "manager")
OBJECTS = ("own", "other")
CLIENTS = frozenset({"owner", "other_client"})
STAFF = frozenset({"technician", "manager"})
SIGNED_IN = CLIENTS | STAFF
EVERYONE = SIGNED_IN | {"anonymous"}
METHODS = ("get", "post", "put", "patch", "delete")


def ticket_owner_only(persona: str, obj: str) -> bool:
    """Hidden (404) from a client who doesn't own the object; staff see everything."""
    owner = {"own": "owner", "other": "other_client"}[obj]
    return persona in CLIENTS and persona != owner


def drafts_for_staff(persona: str, obj: str) -> bool:
    """The 'other' guide is a draft: only staff see it."""
    return obj == "other" and persona not in STAFF


def never(persona: str, obj: str) -> bool:
    return False


Body = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Rule:
    who: frozenset[str]
    ok: int = 200
    hidden: Callable[[str, str], bool] = never
    body: Body = field(default=lambda world: {})
    multipart: bool = False
    prepare: Callable[[World, str], None] | None = None


def resolved(world: World, obj: str) -> None:
    resolve(world.tickets[obj], world.technician)


GUIDE = {
    "title": "Reconnect the shared drive",
    "problem": "My S: drive has gone.",
    "steps": "## Open File Explorer\n\nClick **This PC**.\n\n## Reconnect\n\nClick **Map**.",
    "tags": ["S drive"],
}

RULES: dict[tuple[str, str], Rule] = {
    ("schema", "get"): Rule(EVERYONE),
    ("docs", "get"): Rule(EVERYONE),
    ("token", "post"): Rule(
        EVERYONE, body=lambda w: {"email": w.owner.email, "password": TEST_PASSWORD}
    ),
    ("token", "delete"): Rule(SIGNED_IN, ok=204),
    ("tickets", "get"): Rule(SIGNED_IN),
    ("tickets", "post"): Rule(
        SIGNED_IN,
        ok=201,
        body=lambda w: {"subject": "Scanner", "description": "It jams.", "client": w.owner.pk},
    ),
    ("ticket", "get"): Rule(SIGNED_IN, hidden=ticket_owner_only),
    ("ticket-status", "post"): Rule(
        STAFF, hidden=ticket_owner_only, body=lambda w: {"status": "open"}
    ),
    ("ticket-priority", "post"): Rule(
        STAFF, hidden=ticket_owner_only, body=lambda w: {"priority": 3}
    ),
    ("ticket-assignee", "post"): Rule(
        STAFF, hidden=ticket_owner_only, body=lambda w: {"assignee": w.technician.pk}
    ),
    ("ticket-resolve", "post"): Rule(
        STAFF,
        hidden=ticket_owner_only,
        body=lambda w: {
            "cause": "A loose cable.",
            "actions": "Plugged it in.",
            "data_safety": "safe",
        },
    ),
    ("ticket-close", "post"): Rule(STAFF, hidden=ticket_owner_only, prepare=resolved),
    ("ticket-reopen", "post"): Rule(SIGNED_IN, hidden=ticket_owner_only, prepare=resolved),
    ("ticket-messages", "get"): Rule(SIGNED_IN, hidden=ticket_owner_only),
    ("ticket-messages", "post"): Rule(
        SIGNED_IN, ok=201, hidden=ticket_owner_only, body=lambda w: {"body": "Any news?"}
    ),
    ("ticket-attachments", "post"): Rule(
        SIGNED_IN,
        ok=201,
        hidden=ticket_owner_only,
        body=lambda w: {"file": png()},
        multipart=True,
    ),
    ("ticket-followup", "get"): Rule(SIGNED_IN, hidden=ticket_owner_only),
    ("attachment", "get"): Rule(SIGNED_IN, hidden=ticket_owner_only),
    ("guides", "get"): Rule(EVERYONE),
    ("guides", "post"): Rule(STAFF, ok=201, body=lambda w: GUIDE),
    ("guide", "get"): Rule(EVERYONE, hidden=drafts_for_staff),
    ("guide", "patch"): Rule(STAFF, body=lambda w: {"summary": "Two steps."}),
    ("me", "get"): Rule(SIGNED_IN),
    ("me", "patch"): Rule(CLIENTS, body=lambda w: {"phone": "01632 960 000"}),
    ("clients", "get"): Rule(STAFF),
    ("client", "get"): Rule(STAFF),
    ("analysis", "post"): Rule(STAFF, body=lambda w: {"text": "My files are gone!"}),
    ("metrics-summary", "get"): Rule(frozenset({"manager"})),
}


def api_routes() -> list[tuple[str, str]]:
    """(route name, method) for every handler under the `api` namespace."""
    found: list[tuple[str, str]] = []

    def walk(patterns: list[Any], namespace: str | None) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and namespace == "api":
                view = pattern.callback.view_class  # type: ignore[attr-defined]
                found.extend((str(pattern.name), m) for m in METHODS if hasattr(view, m))

    walk(get_resolver().url_patterns, None)
    return sorted(found)


ROUTES = api_routes()


def test_every_rule_names_a_route() -> None:
    assert set(RULES) - set(ROUTES) == set()


def kwargs_for(name: str, world: World, obj: str) -> dict[str, Any]:
    patterns = get_resolver("api.urls").url_patterns
    pattern = {p.name: p for p in patterns if isinstance(p, URLPattern)}[name]
    wanted = pattern.pattern.converters.keys()
    values = {
        "reference": world.tickets[obj].reference,
        "public_id": world.attachments[obj].public_id,
        "slug": world.guides[obj].slug,
        "pk": (world.owner if obj == "own" else world.other_client).pk,
    }
    return {key: values[key] for key in wanted}


def expected_status(rule: Rule, persona: str, obj: str) -> int:
    if persona not in rule.who:
        return 403
    if rule.hidden(persona, obj):
        return 404
    return rule.ok


@pytest.mark.parametrize("obj", OBJECTS)
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "method"), ROUTES, ids=[f"{n}-{m}" for n, m in ROUTES])
def test_permission_matrix(
    name: str,
    method: str,
    persona: str,
    obj: str,
    client_user: User,
    other_client: User,
    technician: User,
    manager: User,
) -> None:
    rule = RULES.get((name, method))
    assert rule is not None, f"api:{name} {method.upper()} has no rule in RULES: who may use it?"
    world = build_world(client_user, other_client, technician, manager)
    if rule.prepare:
        rule.prepare(world, obj)
    users = {
        "owner": client_user,
        "other_client": other_client,
        "technician": technician,
        "manager": manager,
    }
    api = APIClient()
    if persona != "anonymous":
        api.force_authenticate(users[persona])
    url = reverse(f"api:{name}", kwargs=kwargs_for(name, world, obj))
    body = rule.body(world)
    send = getattr(api, method)
    response = (
        send(url, body, format="multipart" if rule.multipart else "json")
        if method != "get"
        else send(url)
    )
    expected = expected_status(rule, persona, obj)
    assert response.status_code == expected, response.content[:500]
    if expected >= 400:
        assert set(response.json()["error"]) == {"code", "message", "fields"}
