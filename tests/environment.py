"""Environment defaults for the test run, loaded by pytest before Django starts (`-p`).

Variables already set win, so CI can point the same suite at PostgreSQL and Redis.

Under pytest-xdist each worker process (PYTEST_XDIST_WORKER = gw0, gw1, ...) runs this
again before Django reads its settings, and takes Redis databases and a var folder of its
own: the autouse `cache.clear()` is a FLUSHDB, and tests count cache keys and queue tasks,
so two workers sharing one database would see each other's keys. pytest-django already
gives each worker its own test database (test_<name>_gw0, ...).
"""

import os
import tempfile
from urllib.parse import urlsplit

# Redis ships with 16 databases (0-15); each worker takes two, for broker and cache.
REDIS_DATABASES = 16


def _redis_database(url: str, number: int) -> str:
    return urlsplit(url)._replace(path=f"/{number}").geturl()


def _redis_database_number(url: str) -> int:
    path = urlsplit(url).path.strip("/")
    return int(path) if path else 0


def _take_worker_resources(worker: str) -> None:
    """Move this xdist worker onto its own Redis databases and var folder."""
    index = int(worker.removeprefix("gw"))
    os.environ["HELPDESK_VAR_DIR"] = os.path.join(os.environ["HELPDESK_VAR_DIR"], worker)
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        return
    # Worker N takes databases base + 2N (broker) and base + 2N + 1 (cache), where base is
    # REDIS_URL's database; with redis://.../0, gw0 uses 0 and 1 as a serial run does.
    broker = _redis_database_number(redis_url) + 2 * index
    cache = broker + 1
    cache_url = os.environ.get("CACHE_URL") or redis_url
    if max(broker, cache) >= REDIS_DATABASES:
        raise RuntimeError(
            f"xdist worker {worker} would need Redis database {max(broker, cache)}, but "
            f"Redis has {REDIS_DATABASES} by default: run fewer workers (-n) or start "
            "redis-server with more `databases`."
        )
    os.environ["REDIS_URL"] = _redis_database(redis_url, broker)
    os.environ["CACHE_URL"] = _redis_database(cache_url, cache)


os.environ.setdefault("DEBUG", "1")
os.environ.setdefault(
    "SECRET_KEY", "test-only-secret-key-that-is-long-enough-to-pass-checks-0123456789"
)
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "1")
os.environ.setdefault("HELPDESK_VAR_DIR", tempfile.mkdtemp(prefix="helpdesk-test-var-"))
os.environ.setdefault("SITE_URL", "http://testserver")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
# Playwright's sync API runs an event loop in the test thread; Django's guard against
# database calls from async code would misfire on the live server's test database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

if os.environ.get("PYTEST_XDIST_WORKER"):
    _take_worker_resources(os.environ["PYTEST_XDIST_WORKER"])
