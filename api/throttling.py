"""Rate limits whose cost stays the same however busy a caller is.

DRF's throttles keep every request time of the last period in one cache entry, read and
rewritten whole on each request: at 1,200 a minute that is up to 1,200 timestamps pickled
twice per call. These count in fixed windows instead and weigh the previous window by how
much of it still overlaps the last `duration` seconds (a sliding-window counter). One
round trip to Redis per request; the estimate is exact when requests arrive evenly.
"""

from __future__ import annotations

import contextlib
import math
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


def count_hit(current: str, previous: str, *, ttl: int) -> tuple[int, int]:
    """Add one to the counter `current`; return it and the counter `previous`."""
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        current_key = cache.make_and_validate_key(current)
        previous_key = cache.make_and_validate_key(previous)
        # Django's own Redis client (not described by django-stubs), for a pipeline.
        client = cache._cache.get_client(current_key, write=True)  # type: ignore[attr-defined]
        pipeline = client.pipeline(transaction=False)
        pipeline.incr(current_key)
        pipeline.expire(current_key, ttl)
        pipeline.get(previous_key)
        counted, _, before = pipeline.execute()
        return int(counted), int(before or 0)
    cache.add(current, 0, ttl)
    try:
        counted = cache.incr(current)
    except ValueError:  # expired between add and incr
        cache.set(current, 1, ttl)
        counted = 1
    return int(counted), int(cache.get(previous) or 0)


def take_back(current: str) -> None:
    """A refused request doesn't count against the caller."""
    with contextlib.suppress(ValueError):  # already expired
        caches["default"].decr(current)


def seconds_until_allowed(
    *, before: int, counted: int, fraction: float, limit: int, window: float
) -> float:
    """How long until one more request fits, with `counted` requests in the window that is
    `fraction` through and `before` in the one before it (the refused request not counted).
    """
    room = limit - 1 - counted
    if room >= 0 and before > 0:
        # The previous window's share has to shrink to `room`.
        needed = 1 - room / before
        if needed <= 1:
            return max(0.0, (needed - fraction) * window)
    # Only after this window ends, while this window's requests weigh less and less.
    after_end = max(0.0, 1 - (limit - 1) / counted) if counted else 0.0
    return (1 - fraction) * window + after_end * window


class SlidingWindowMixin:
    """For a SimpleRateThrottle: the same rates and cache keys, counted in windows."""

    rate: str | None
    num_requests: int
    duration: int
    key: str | None
    timer: Any
    get_cache_key: Any

    def allow_request(self, request: Any, view: Any) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        now = self.timer()
        window = self.duration
        index = int(now // window)
        current = f"{self.key}:{index}"
        counted, before = count_hit(current, f"{self.key}:{index - 1}", ttl=2 * window + 1)
        fraction = (now % window) / window
        if before * (1 - fraction) + counted <= self.num_requests:
            return True
        take_back(current)
        self._wait = seconds_until_allowed(
            before=before,
            counted=counted - 1,
            fraction=fraction,
            limit=self.num_requests,
            window=window,
        )
        return False

    def wait(self) -> float | None:
        wait: float | None = getattr(self, "_wait", None)
        # Whole seconds for Retry-After, rounded up (less a hair of floating-point noise).
        return None if wait is None else max(1.0, math.ceil(wait - 1e-6))


class AnonThrottle(SlidingWindowMixin, AnonRateThrottle):
    pass


class UserThrottle(SlidingWindowMixin, UserRateThrottle):
    pass
