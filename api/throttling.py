"""Rate limits whose cost stays the same however busy a caller is.

DRF's throttles keep every request time of the last period in one cache entry, read and
rewritten whole on each request: at 1,200 a minute that is up to 1,200 timestamps pickled
twice per call. These keep DRF's rates and cache keys but count with `core.ratelimit`'s
sliding-window counters: two numbers per caller, one round trip to Redis per request.
"""

from __future__ import annotations

import math
from typing import Any

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from core.ratelimit import Window


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
        window = Window("api", self.num_requests, self.duration, clock=self.timer)
        self._wait = window.hit(self.key)
        return self._wait is None

    def wait(self) -> float | None:
        wait: float | None = getattr(self, "_wait", None)
        # Whole seconds for Retry-After, rounded up (less a hair of floating-point noise).
        return None if wait is None else max(1.0, math.ceil(wait - 1e-6))


class AnonThrottle(SlidingWindowMixin, AnonRateThrottle):
    pass


class UserThrottle(SlidingWindowMixin, UserRateThrottle):
    pass
