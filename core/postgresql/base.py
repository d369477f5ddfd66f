"""Django's PostgreSQL backend; only the pool's check before lending a connection differs.

Django gives its psycopg pool either no check or psycopg_pool's own, which sends an empty
query every time a connection leaves the pool: a round trip on every request.
`check_pooled_connection` asks the server only when the socket shows the session has ended.
"""

from __future__ import annotations

import select
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db.backends.base.base import NO_DB_ALIAS
from django.db.backends.postgresql import base


def check_pooled_connection(connection: Any) -> None:
    """Before the pool lends `connection`: raise if it no longer works.

    A connection resting in the pool has nothing to read. When the server ends a session
    (a restart, an idle timeout, `pg_terminate_backend`) it sends an error and closes the
    socket, which then reads as ready: only then is the server asked, which raises, and
    the pool replaces the connection. A connection cut without a word (a network
    partition) fails when it is used, as with no check; TCP keepalives end those.
    """
    from psycopg_pool import ConnectionPool

    if connection.closed or select.select([connection.fileno()], [], [], 0)[0]:
        ConnectionPool.check_connection(connection)


class DatabaseWrapper(base.DatabaseWrapper):
    @property
    def pool(self) -> Any:
        """As Django 5.2's `pool`, with `check_pooled_connection` as the pool's check."""
        options = self.settings_dict["OPTIONS"].get("pool")
        if self.alias == NO_DB_ALIAS or not options:
            return None
        # Django's own attributes, which django-stubs does not describe.
        pools: dict[str, Any] = self._connection_pools  # type: ignore[attr-defined]
        if self.alias not in pools:
            if self.settings_dict.get("CONN_MAX_AGE", 0) != 0:
                raise ImproperlyConfigured("Pooling doesn't support persistent connections.")
            from psycopg_pool import ConnectionPool

            connect_kwargs = self.get_connection_params()
            connect_kwargs["autocommit"] = True  # Django sets it properly later on.
            pool = ConnectionPool(
                kwargs=connect_kwargs,
                open=False,
                configure=self._configure_connection,  # type: ignore[attr-defined]
                check=check_pooled_connection,
                **({} if options is True else options),
            )
            # setdefault: if two threads race, the first pool set wins (none is open yet).
            pools.setdefault(self.alias, pool)
        return pools[self.alias]
