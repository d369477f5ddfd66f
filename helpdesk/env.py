"""Typed readers for settings that come from the environment.

Each reader fails loudly with ImproperlyConfigured naming the variable, so a typo in a
deployment is caught at start-up rather than at the first request that needs the value.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off", ""})


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}."
    )


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}; got {value}.")
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


SUPPORTED_DATABASES = {
    "sqlite": "django.db.backends.sqlite3",
    "postgres": "django.db.backends.postgresql",
    "postgresql": "django.db.backends.postgresql",
}


def database_from_url(
    url: str, *, use_pool: bool = True, prepared_statements: bool = True
) -> dict[str, Any]:
    """Turn DATABASE_URL into a Django DATABASES entry.

    Only SQLite and PostgreSQL are supported: the code uses PostgreSQL features with a
    SQLite fallback, and nothing else is tested.
    """
    import dj_database_url

    scheme = urlsplit(url).scheme
    if scheme not in SUPPORTED_DATABASES:
        raise ImproperlyConfigured(
            f"DATABASE_URL {_redact(url)!r} is not understood. Use "
            "sqlite:////absolute/path/helpdesk.sqlite3 or "
            "postgres://user:password@host:5432/name."
        )
    try:
        config: dict[str, Any] = dict(dj_database_url.parse(url))
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL is malformed: {error}") from None
    if config["ENGINE"] == SUPPORTED_DATABASES["sqlite"]:
        if not config.get("NAME"):
            raise ImproperlyConfigured("DATABASE_URL for SQLite needs a file path.")
        Path(config["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        config["OPTIONS"] = {
            # The web server and the demo worker write to the same file: WAL lets readers
            # carry on during a write, IMMEDIATE takes the write lock up front instead of
            # failing half-way through a transaction, and the timeout waits for the lock.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    else:
        if not config.get("NAME"):
            raise ImproperlyConfigured("DATABASE_URL for PostgreSQL needs a database name.")
        # .iterator() would otherwise open a server-side cursor: three round trips for a
        # form's list of choices. Also required behind transaction-mode poolers.
        config["DISABLE_SERVER_SIDE_CURSORS"] = True
        options: dict[str, Any] = {}
        if prepared_statements:
            # Parameters travel apart from the SQL, so a query asked for again has the same
            # text and psycopg prepares it on its second run: PostgreSQL then skips parsing
            # and planning, which cost more than executing the API's ticket list (0.7 ms
            # of 1.1 ms). Turn off behind a pooler that cannot keep prepared statements.
            options.update(server_side_binding=True, prepare_threshold=2)
        if use_pool:
            # Django's psycopg pool; persistent connections must be off with it. Our backend
            # (core.postgresql) checks each connection the pool lends without a round trip,
            # where CONN_HEALTH_CHECKS would cost one on every request.
            config["ENGINE"] = "core.postgresql"
            config["CONN_MAX_AGE"] = 0
            options["pool"] = {"min_size": 1, "max_size": 8, "timeout": 10}
        else:
            config["CONN_MAX_AGE"] = 60
            config["CONN_HEALTH_CHECKS"] = True
        if options:
            config["OPTIONS"] = options
    return config


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


def redis_database(url: str, number: int) -> str:
    """The same Redis server as `url`, database `number` (redis://host:6379/0 → .../1)."""
    parts = urlsplit(url)
    return parts._replace(path=f"/{number}").geturl()
