"""How much text each kind of box takes, in characters, everywhere (pages and API).

Nothing is ever cut to fit. Text over a limit is refused with a message that says the limit
and how long the text is, and the form keeps everything typed. Pages never tell the
browser a maximum length, because browsers cut pasted text at it without a word.

The README's "Limits" section lists these; keep the two in step.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from core.numbers import INTEGER_MAX

# What a client writes: a description, a reply, a pasted log or e-mail thread.
CLIENT_TEXT = 50_000
# A technician's internal note (notes often carry pasted logs).
NOTE_TEXT = 50_000
# A technician's reply to a client. Longer than this is never a good reply; the coach says
# so well before it, for each client's comfort with technology.
REPLY_TEXT = 10_000
# Each box of a resolution: what happened, what was done, how to prevent it.
RESOLUTION_TEXT = 5_000
# The closing explanation the technician may edit before sending.
EXPLANATION_TEXT = 20_000
# A guide's problem, safety note, steps and prevention.
GUIDE_TEXT = 20_000
SUBJECT = 200
SHORT_TEXT = 4_000  # "what's happening now", survey comments, notes to oneself
REASON = 300


def too_long_message(*, length: int, limit: int, hint: str = "") -> str:
    return (
        f"This is {length:,} characters long; the most this box takes is {limit:,}. "
        "Nothing has been cut: shorten it and send again." + (f" {hint}" if hint else "")
    )


class LimitedCharField(forms.CharField):
    """A CharField that refuses text over `limit` with a clear message, and never renders
    a `maxlength` attribute (browsers silently cut pasted text at it)."""

    def __init__(self, *, limit: int, too_long_hint: str = "", **kwargs: Any) -> None:
        self.limit = limit
        self.too_long_hint = too_long_hint
        super().__init__(**kwargs)

    def validate(self, value: str) -> None:
        super().validate(value)
        if value and len(value) > self.limit:
            raise ValidationError(
                too_long_message(length=len(value), limit=self.limit, hint=self.too_long_hint),
                code="max_length",
            )


class WholeNumberField(forms.IntegerField):
    """Every whole number a form takes: bounded by what its column holds (a 32-bit integer
    unless `max_value` says otherwise), so a huge or odd value is a form error, never a
    database error. Refuses '²' and other digits `int()` would not read."""

    default_error_messages = {
        "invalid": "Enter a whole number, like 3.",
        "max_value": "That number is too big (the most is %(limit_value)s).",
        "min_value": "That number is too small (the least is %(limit_value)s).",
    }

    def __init__(self, *, min_value: int = 0, max_value: int = INTEGER_MAX, **kwargs: Any) -> None:
        super().__init__(min_value=min_value, max_value=max_value, **kwargs)

    def to_python(self, value: Any) -> int | None:
        text = str(value).strip() if value is not None else ""
        if text and not (text.isascii() and text.lstrip("-").isdigit()):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if len(text) > 20:
            raise ValidationError(
                self.error_messages["max_value"],
                code="max_value",
                params={"limit_value": self.max_value},
            )
        return super().to_python(text)
