"""The business flow a reader follows from a service to the apps above it: every hook and
its handlers, in order. A new handler is a deliberate change to this list."""

from __future__ import annotations

import pytest

from core.hooks import Hook
from empathy import handlers as empathy
from followups import handlers as followups
from outbox import hooks as outbox_hooks
from tickets import hooks as ticket_hooks


def test_every_hook_and_its_handlers_in_order() -> None:
    wiring = {
        hook.name: hook.handlers for hook in (*ticket_hooks.ALL, outbox_hooks.delivery_attempted)
    }
    assert wiring == {
        "client_message_added": (empathy.analyse_client_message,),
        "staff_message_added": (empathy.review_reply, followups.notify_client_of_reply),
        "resolution_recorded": (empathy.review_resolution,),
        "ticket_closing": (followups.explain_on_close,),
        "ticket_closed": (),
        "ticket_reopened": (followups.cancel_checkins,),
        "delivery_attempted": (followups.record_delivery,),
    }


def test_handlers_run_in_order_once_each_and_errors_reach_the_caller() -> None:
    hook: Hook[list[str]] = Hook("example", runs="now")
    first = hook.register(lambda seen: seen.append("first"))
    hook.register(first)
    hook.register(lambda seen: seen.append("second"))
    seen: list[str] = []
    hook.run(seen)
    assert seen == ["first", "second"]

    def broken(seen: list[str]) -> None:
        raise RuntimeError("handler failed")

    with hook.added(broken), pytest.raises(RuntimeError, match="handler failed"):
        hook.run([])
    assert broken not in hook.handlers
    assert "example (now)" in repr(hook)
