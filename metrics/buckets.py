"""Duration histograms: how long things took, counted into fixed buckets.

The rollup stores counts per bucket, so medians and 90th percentiles over any range and
any filter come from summing a few columns, not from reading every ticket. A percentile is
interpolated inside its bucket, so it is exact to the bucket (for example "between 1 h and
2 h") and usually much closer.
"""

from __future__ import annotations

from datetime import timedelta

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR

# Lower edges in seconds; the last bucket is open-ended.
EDGES: tuple[int, ...] = (
    0,
    15 * MINUTE,
    30 * MINUTE,
    1 * HOUR,
    2 * HOUR,
    4 * HOUR,
    8 * HOUR,
    12 * HOUR,
    1 * DAY,
    int(1.5 * DAY),
    2 * DAY,
    3 * DAY,
    5 * DAY,
    7 * DAY,
    14 * DAY,
    30 * DAY,
)
BUCKETS = len(EDGES)


def bounds(index: int) -> tuple[timedelta, timedelta | None]:
    low = timedelta(seconds=EDGES[index])
    high = timedelta(seconds=EDGES[index + 1]) if index + 1 < BUCKETS else None
    return low, high


def percentile(counts: list[int], fraction: float) -> timedelta | None:
    """The value below which `fraction` of the counted durations fall, or None if empty.

    Linear interpolation inside the bucket holding that rank. Past the last edge the
    answer is the last edge (shown as "over 30 days").
    """
    total = sum(counts)
    if total == 0:
        return None
    rank = fraction * total
    seen = 0
    for index, count in enumerate(counts):
        if count and seen + count >= rank:
            low, high = bounds(index)
            if high is None:
                return low
            share = (rank - seen) / count
            return low + (high - low) * share
        seen += count
    return timedelta(seconds=EDGES[-1])
