from __future__ import annotations

from django import template

from empathy.selectors import WORRY_LABELS

register = template.Library()


@register.filter
def worry_labels(kinds: list[str]) -> str:
    """["data_loss", "deadline"] → "Worried about losing data, Has a deadline"."""
    return ", ".join(WORRY_LABELS.get(kind, kind) for kind in kinds or [])
