"""The pool's cheap connection check: no round trip for a healthy connection, and a
connection the server ended is replaced before a request gets it."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest
from django.conf import settings
from django.db import connection

from core.postgresql import base as db


class FakeConnection:
    """Enough of a psycopg connection for the check: a socket and a `closed` flag."""

    def __init__(self, sock: socket.socket, *, closed: bool = False) -> None:
        self.sock, self.closed = sock, closed

    def fileno(self) -> int:
        return self.sock.fileno()


@pytest.fixture
def server_asked(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    from psycopg_pool import ConnectionPool

    asked: list[Any] = []
    monkeypatch.setattr(ConnectionPool, "check_connection", staticmethod(asked.append))
    return asked


def test_a_quiet_connection_is_lent_without_asking_the_server(server_asked: list[Any]) -> None:
    ours, server = socket.socketpair()
    with ours, server:
        db.check_pooled_connection(FakeConnection(ours))
    assert server_asked == []


def test_a_connection_with_something_to_read_is_checked_with_the_server(
    server_asked: list[Any],
) -> None:
    ours, server = socket.socketpair()
    with ours, server:
        server.sendall(b"E")  # what PostgreSQL sends before it closes a session
        connection = FakeConnection(ours)
        db.check_pooled_connection(connection)
    assert server_asked == [connection]


def test_a_closed_connection_is_checked_with_the_server(server_asked: list[Any]) -> None:
    ours, server = socket.socketpair()
    with ours, server:
        connection = FakeConnection(ours, closed=True)
        db.check_pooled_connection(connection)
    assert server_asked == [connection]


def test_settings_use_the_cheap_check_for_pooled_connections() -> None:
    from helpdesk.env import database_from_url

    config = database_from_url("postgres://u:p@db:5432/helpdesk")
    assert config["ENGINE"] == "core.postgresql"
    assert not config.get("CONN_HEALTH_CHECKS")  # the pool's check does that job
    unpooled = database_from_url("postgres://u:p@db:5432/helpdesk", use_pool=False)
    assert unpooled["ENGINE"] == "django.db.backends.postgresql"
    assert unpooled["CONN_HEALTH_CHECKS"]


@pytest.mark.skipif(
    connection.vendor != "postgresql" or "pool" not in settings.DATABASES["default"]["OPTIONS"],
    reason="the connection pool is PostgreSQL's",
)
def test_a_session_the_server_ended_is_replaced_before_it_is_used(live_db: None) -> None:
    """Outside a test transaction (`live_db`), so the connection really goes back to the
    pool; `live_db` also restores the migrated reference data afterwards."""
    import psycopg

    def backend_pid() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            return int(cursor.fetchone()[0])

    ended = backend_pid()
    connection.close()  # back to the pool, as at the end of a request
    params = {**connection.get_connection_params(), "autocommit": True}
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [ended])
        deadline = time.monotonic() + 5
        while (
            admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [ended]).fetchone()
            and time.monotonic() < deadline
        ):
            time.sleep(0.02)

    assert backend_pid() != ended  # no error: the pool lent a working connection
    connection.close()
    assert connection.pool._check is db.check_pooled_connection  # type: ignore[attr-defined]
