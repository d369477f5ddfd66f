"""Sliding-window counters in the cache: how many times something happened lately.

Each counter lives in fixed windows of `seconds`; the previous window counts for the part
of it that still overlaps the last `seconds` (a sliding-window counter). The stored state
is two numbers however busy a key is, and counting is one round trip to Redis.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache


@dataclass(frozen=True)
class Window:
    """At most `limit` events per `seconds` for each key, under the cache prefix `name`."""

    name: str
    limit: int
    seconds: int
    clock: Callable[[], float] = field(default=time.time, compare=False)

    def hit(self, key: str) -> float | None:
        """Count one event for `key`. If that goes past the limit the event is not counted,
        and the answer is how many seconds until one more would fit; otherwise None."""
        now = self.clock()
        current, previous = self._names(key, now)
        counted, before = _count(current, previous, ttl=2 * self.seconds + 1)
        fraction = (now % self.seconds) / self.seconds
        if before * (1 - fraction) + counted <= self.limit:
            return None
        with contextlib.suppress(ValueError):  # already expired
            caches["default"].decr(current)
        return self._wait(before=before, counted=counted - 1, fraction=fraction)

    def wait(self, key: str) -> float | None:
        """Without counting: seconds until one more event for `key` fits, or None if it
        would fit now."""
        now = self.clock()
        current, previous = self._names(key, now)
        found = caches["default"].get_many([current, previous])
        counted, before = int(found.get(current) or 0), int(found.get(previous) or 0)
        fraction = (now % self.seconds) / self.seconds
        if before * (1 - fraction) + counted + 1 <= self.limit:
            return None
        return self._wait(before=before, counted=counted, fraction=fraction)

    def _names(self, key: str, now: float) -> tuple[str, str]:
        index = int(now // self.seconds)
        return f"{self.name}:{key}:{index}", f"{self.name}:{key}:{index - 1}"

    def _wait(self, *, before: int, counted: int, fraction: float) -> float:
        return seconds_until_allowed(
            before=before,
            counted=counted,
            fraction=fraction,
            limit=self.limit,
            window=self.seconds,
        )


def _count(current: str, previous: str, *, ttl: int) -> tuple[int, int]:
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


def seconds_until_allowed(
    *, before: int, counted: int, fraction: float, limit: int, window: float
) -> float:
    """How long until one more event fits, with `counted` events in the window that is
    `fraction` through and `before` in the one before it."""
    room = limit - 1 - counted
    if room >= 0 and before > 0:
        # The previous window's share has to shrink to `room`.
        needed = 1 - room / before
        if needed <= 1:
            return max(0.0, (needed - fraction) * window)
    # Only after this window ends, while this window's events weigh less and less.
    after_end = max(0.0, 1 - (limit - 1) / counted) if counted else 0.0
    return (1 - fraction) * window + after_end * window
