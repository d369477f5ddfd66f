"""Charts drawn on the server as SVG: no JavaScript, no CDN, readable on a phone.

Each chart scales to its container (viewBox), has a <title> and a <desc> that says in words
what it shows, and the page puts the same numbers in a table beside it. Colours come from
CSS classes (`series-0`, `series-1`, ...), chosen to be told apart without colour too: the
second series is dashed and the third dotted.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 68, 16, 16, 40
_ids = itertools.count(1)


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]


def _el(name: str, text: str | None = None, **attrs: object) -> str:
    """One SVG element; attribute names use _ for -, values and text are escaped."""
    rendered = " ".join(
        f'{key.rstrip("_").replace("_", "-")}="{escape(value)}"' for key, value in attrs.items()
    )
    if text is None:
        return f"<{name} {rendered}/>"
    return f"<{name} {rendered}>{escape(text)}</{name}>"


def _svg_open(number: int, height: int, title: str, description: str) -> list[str]:
    return [
        f'<svg class="chart-svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="chart-{number}-title chart-{number}-desc" '
        'preserveAspectRatio="xMidYMid meet">',
        _el("title", title, id=f"chart-{number}-title"),
        _el("desc", description, id=f"chart-{number}-desc"),
    ]


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude: int = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


def line_chart(
    *,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Sequence[Series],
    formatter: Callable[[float], str] = lambda value: f"{value:g}",
    target: float | None = None,
    target_label: str = "",
    ceiling: float | None = None,
) -> SafeString:
    """Lines over time (one point per label), with an optional dashed target line."""
    number = next(_ids)
    values = [v for s in series for v in s.values if v is not None]
    top = ceiling or _nice_ceiling(max([*values, target or 0, 0]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    count = max(len(labels), 1)

    def x(index: int) -> float:
        return round(LEFT + (plot_w * index / (count - 1) if count > 1 else plot_w / 2), 1)

    def y(value: float) -> float:
        return round(TOP + plot_h * (1 - min(value, top) / top), 1)

    parts = _svg_open(number, HEIGHT, title, description)
    for step in range(5):
        value = top * step / 4
        parts.append(
            _el("line", class_="grid", x1=LEFT, x2=WIDTH - RIGHT, y1=y(value), y2=y(value))
        )
        parts.append(
            _el(
                "text",
                formatter(value),
                # On a phone the text is drawn larger, so every other label is hidden.
                class_="axis minor" if step % 2 else "axis",
                x=LEFT - 6,
                y=y(value) + 4,
                text_anchor="end",
            )
        )
    every = max(1, -(-count // 8))
    shown = [i for i in range(count) if i % every == 0 and count - 1 - i >= every / 2]
    if count > 1 or not shown:
        shown.append(count - 1)
    for position, index in enumerate(shown):
        if index >= len(labels):
            continue
        edge = index == 0 or index == count - 1
        anchor = "start" if index == 0 and count > 1 else "end" if index == count - 1 else "middle"
        parts.append(
            _el(
                "text",
                labels[index],
                class_="axis minor" if position % 2 and not edge else "axis",
                x=x(index),
                y=HEIGHT - BOTTOM + 20,
                text_anchor=anchor,
            )
        )
    if target is not None:
        parts.append(
            _el("line", class_="target", x1=LEFT, x2=WIDTH - RIGHT, y1=y(target), y2=y(target))
        )
        parts.append(
            _el(
                "text",
                target_label,
                class_="axis",
                x=WIDTH - RIGHT,
                y=y(target) - 5,
                text_anchor="end",
            )
        )
    for position, line in enumerate(series):
        runs: list[list[tuple[float, float]]] = [[]]
        for index, point in enumerate(line.values):
            if point is None:
                runs.append([])
            else:
                runs[-1].append((x(index), y(point)))
        for run in runs:
            if len(run) > 1:
                points = " ".join(f"{px},{py}" for px, py in run)
                parts.append(_el("polyline", class_=f"line series-{position}", points=points))
            for px, py in run:
                parts.append(_el("circle", class_=f"dot series-{position}", cx=px, cy=py, r=3))
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text escaped by _el


def bar_chart(
    *,
    title: str,
    description: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    formatter: Callable[[float], str] = lambda value: f"{value:g}",
    targets: Sequence[float | None] | None = None,
    ceiling: float | None = None,
) -> SafeString:
    """Horizontal bars, each named above itself so long names never clip on a phone. The
    value is written inside the end of the bar (outside when the bar is short); a red tick
    marks each bar's target."""
    number = next(_ids)
    row_height, left, right = 62, 8, 12
    height = TOP + row_height * max(len(labels), 1)
    known = [v for v in values if v is not None] + [t for t in (targets or []) if t is not None]
    top = ceiling or _nice_ceiling(max([*known, 0]))
    plot_w = WIDTH - left - right
    parts = _svg_open(number, height, title, description)
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        top_y = TOP + index * row_height
        bar_y = top_y + 26
        text_y = bar_y + 20
        parts.append(_el("text", label, class_="axis bar-label", x=left, y=top_y + 18))
        if value is None:
            parts.append(_el("text", "no data", class_="axis", x=left, y=text_y))
            continue
        width = max(round(plot_w * min(value, top) / top, 1), 2)
        parts.append(
            _el("rect", class_="bar series-0", x=left, y=bar_y, width=width, height=28, rx=3)
        )
        if width > 90:
            value_text = _el(
                "text",
                formatter(value),
                class_="value inside",
                x=left + width - 8,
                y=text_y,
                text_anchor="end",
            )
        else:
            value_text = _el(
                "text", formatter(value), class_="axis value", x=left + width + 6, y=text_y
            )
        parts.append(value_text)
        target = targets[index] if targets else None
        if target is not None:
            tx = round(left + plot_w * min(target, top) / top, 1)
            parts.append(_el("line", class_="target", x1=tx, x2=tx, y1=bar_y - 4, y2=bar_y + 32))
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text escaped by _el
