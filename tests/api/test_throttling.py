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


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def caller(pk: int) -> object:
    from types import SimpleNamespace

    return SimpleNamespace(user=SimpleNamespace(is_authenticated=True, pk=pk))


def throttle_at(clock: Clock, rate: str = "5/min") -> object:
    from api.throttling import UserThrottle

    class Tested(UserThrottle):
        THROTTLE_RATES = {"user": rate}
        timer = clock

    return Tested()


def allowed(clock: Clock, who: object, rate: str = "5/min") -> bool:
    return bool(throttle_at(clock, rate).allow_request(who, None))  # type: ignore[attr-defined]


@pytest.fixture
def fresh_cache() -> None:
    from django.core.cache import cache

    cache.clear()


@pytest.mark.usefixtures("fresh_cache")
def test_the_previous_window_counts_for_the_part_that_still_overlaps() -> None:
    clock, who = Clock(600 * 60.0), caller(7)  # the start of a minute
    assert [allowed(clock, who) for _ in range(6)] == [True] * 5 + [False]
    clock.now += 90  # half-way through the next minute: the 5 weigh 2.5
    assert [allowed(clock, who) for _ in range(3)] == [True, True, False]
    clock.now += 60  # a minute on, the first minute no longer counts; the 2 weigh 1
    assert [allowed(clock, who) for _ in range(5)] == [True] * 4 + [False]


@pytest.mark.usefixtures("fresh_cache")
def test_each_caller_has_their_own_count() -> None:
    clock = Clock(600 * 60.0)
    assert [allowed(clock, caller(1)) for _ in range(5)] == [True] * 5
    assert allowed(clock, caller(2))


@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize("into_window", [0.0, 12.5, 30.0, 59.0])
@pytest.mark.parametrize("earlier", [0, 3, 5])
def test_retry_after_is_when_the_next_request_fits(into_window: float, earlier: int) -> None:
    minute = 600 * 60.0
    who = caller(3)
    clock = Clock(minute - 30)
    for _ in range(earlier):
        assert allowed(clock, who)
    clock.now = minute + into_window
    while allowed(clock, who):
        pass
    refusing = throttle_at(clock)
    assert not refusing.allow_request(who, None)  # type: ignore[attr-defined]
    wait = refusing.wait()  # type: ignore[attr-defined]
    assert wait is not None and wait >= 1
    clock.now += wait - 1
    assert not allowed(clock, who) or wait == 1, "the wait could have been shorter"
    clock.now += 1
    assert allowed(clock, who), f"still refused {wait} s later"


@pytest.mark.usefixtures("fresh_cache")
def test_refused_requests_do_not_count_against_the_caller() -> None:
    clock, who = Clock(600 * 60.0), caller(9)
    for _ in range(5):
        assert allowed(clock, who)
    for _ in range(50):
        assert not allowed(clock, who)
    clock.now += 60 + 60 * 0.2 + 1  # next minute, 20 % in: the first minute's 5 weigh < 4
    assert allowed(clock, who)


@pytest.mark.usefixtures("fresh_cache")
def test_the_stored_state_does_not_grow_with_traffic() -> None:
    from django.core.cache import cache

    clock, who = Clock(600 * 60.0), caller(4)
    for _ in range(300):
        allowed(clock, who, rate="1000/min")
    key = f"api:throttle_user_4:{int(clock.now // 60)}"
    assert cache.get(key) == 300  # one number, not 300 timestamps
