"""Throttling: anonymous callers and signed-in users each have a rate; past it, a 429."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from accounts.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_rates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/min", "user": "5/min"})


@pytest.mark.usefixtures("low_rates")
@pytest.mark.parametrize(("persona", "limit"), [(None, 3), ("client_user", 5)])
def test_requests_past_the_rate_get_429(
    api: Callable[..., APIClient], persona: str | None, limit: int, request: pytest.FixtureRequest
) -> None:
    user: User | None = request.getfixturevalue(persona) if persona else None
    caller = api(user)
    statuses = [caller.get("/api/v1/guides/").status_code for _ in range(limit)]
    assert statuses == [200] * limit
    refused = caller.get("/api/v1/guides/")
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "throttled"
    assert int(refused["Retry-After"]) > 0
