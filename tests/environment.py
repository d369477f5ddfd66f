"""Environment defaults for the test run, loaded by pytest before Django starts (`-p`).

Variables already set win, so CI can point the same suite at PostgreSQL and Redis.
"""

import os
import tempfile

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
