"""Named, typed extension points: how a lower app lets a higher one take part in its work
without importing it.

A hook carries one frozen payload type. The app that owns the work declares the hook and
runs it at one named place in a service; an app above registers a handler in its
`AppConfig.ready()`, where a reader finds every handler a hook has:

    # tickets/hooks.py
    ticket_closing: Hook[TicketClosing] = Hook("ticket_closing", runs="inside the close")

    # followups/apps.py
    ticket_hooks.ticket_closing.register(handlers.explain_on_close)

Handlers run in the order they were registered, synchronously, and an exception in one
propagates to the service (so a handler that runs inside a transaction rolls the change
back with it). Registering the same function twice is a no-op, so `ready()` may run twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

Payload = TypeVar("Payload")


class Hook(Generic[Payload]):
    def __init__(self, name: str, *, runs: str) -> None:
        self.name = name
        # When handlers run, in words ("inside the close's transaction", "after commit").
        self.runs = runs
        self._handlers: list[Callable[[Payload], None]] = []

    def __repr__(self) -> str:
        names = ", ".join(_name(handler) for handler in self._handlers) or "no handlers"
        return f"<Hook {self.name} ({self.runs}): {names}>"

    @property
    def handlers(self) -> tuple[Callable[[Payload], None], ...]:
        return tuple(self._handlers)

    def register(self, handler: Callable[[Payload], None]) -> Callable[[Payload], None]:
        if handler not in self._handlers:
            self._handlers.append(handler)
        return handler

    def unregister(self, handler: Callable[[Payload], None]) -> None:
        if handler in self._handlers:
            self._handlers.remove(handler)

    def run(self, payload: Payload) -> None:
        for handler in tuple(self._handlers):
            handler(payload)

    @contextmanager
    def added(self, handler: Callable[[Payload], None]) -> Iterator[None]:
        """Register a handler for the duration of a block (tests, one-off scripts)."""
        already = handler in self._handlers
        self.register(handler)
        try:
            yield
        finally:
            if not already:
                self.unregister(handler)


def _name(handler: Callable[..., object]) -> str:
    module = getattr(handler, "__module__", "")
    qualname = getattr(handler, "__qualname__", repr(handler))
    return f"{module}.{qualname}" if module else qualname
