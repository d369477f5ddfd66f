"""Settings for the helpdesk, read from the environment.

Every variable is documented in `.env.example`. With nothing set and DEBUG=1 the project
runs on a SQLite file under `var/` with no other server; DATABASE_URL and REDIS_URL move
it to PostgreSQL and a real Celery broker. With DEBUG off it refuses to start without a
secret key and passes `manage.py check --deploy`.
"""

from __future__ import annotations

from pathlib import Path

import django_stubs_ext
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from helpdesk.env import (
    database_from_url,
    env_bool,
    env_int,
    env_list,
    env_str,
    redis_database,
)

# Lets classes be subscripted as their stubs declare (admin.ModelAdmin[Ticket] as a base
# class), where Django itself has no __class_getitem__. Typing only: nothing else changes.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("HELPDESK_VAR_DIR") or BASE_DIR / "var")

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    SECRET_KEY = "django-insecure-local-development-key-never-use-in-production-0123456789"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Absolute address of the site, used in e-mails that leave the request (Celery tasks).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
HELPDESK_NAME = env_str("HELPDESK_NAME", "Helpdesk")
HELPDESK_SUPPORT_EMAIL = env_str("HELPDESK_SUPPORT_EMAIL", "help@helpdesk.test")
HELPDESK_SUPPORT_PHONE = env_str("HELPDESK_SUPPORT_PHONE", "01632 960 123")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django.contrib.postgres",
    "django_htmx",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "accounts",
    "core",
    "outbox",
    "sentmail",
    "tickets",
    "kb",
    "empathy",
    "portal",
    "metrics",
    "followups",
    "workspace",
    "api",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.RejectNulCharactersMiddleware",
    "api.middleware.SingleQueryValuesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "helpdesk.urls"
WSGI_APPLICATION = "helpdesk.wsgi.application"
ASGI_APPLICATION = "helpdesk.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.navigation",
            ],
        },
    },
    {
        # The plain-text parts and subjects of e-mails: not HTML, so nothing is escaped
        # ("office's", not "office&#x27;s"). Only outbox.services.email_render uses it.
        "NAME": "email_text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

FORM_RENDERER = "core.forms_renderer.HelpdeskFormRenderer"

# Database ---------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'helpdesk.sqlite3'}"
DATABASES = {
    "default": database_from_url(
        DATABASE_URL,
        use_pool=env_bool("DATABASE_POOL", True),
        prepared_statements=env_bool("DATABASE_PREPARED_STATEMENTS", True),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when there is one (shared by every process), memory otherwise.
if env_str("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # Its own Redis database, apart from the broker's, so clearing one never
            # touches the other.
            "LOCATION": env_str("CACHE_URL") or redis_database(env_str("REDIS_URL"), 1),
            "KEY_PREFIX": "helpdesk",
            "TIMEOUT": 300,
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# People -----------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accounts.backends.CachedPermissionsBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home:index"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Links in password-reset and invitation e-mails stay valid this long.
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 60 * 60 * 24 * 3, minimum=600)
# Wrong passwords for one e-mail address before its sign-in pauses, per 15 minutes (the
# browser's sign-in and the API's token request count together).
SIGN_IN_FAILURES_ALLOWED = env_int("SIGN_IN_FAILURES_ALLOWED", 10, minimum=1)

# Time and language ------------------------------------------------------------------
LANGUAGE_CODE = env_str("LANGUAGE_CODE", "en-gb")
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# Static files and uploads -----------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise scans it at start-up
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or VAR_DIR / "media")
# No MEDIA_URL route is ever served: uploads leave only through views that check access.
MEDIA_URL = "/uploads-are-served-by-views/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Attachments: per file, and per message. The type is checked by content.
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
ATTACHMENT_MAX_FILES = env_int("ATTACHMENT_MAX_FILES", 5, minimum=1)
# Uploads over this size go to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# "It's still not working" reopens a ticket closed this many days ago or less; after that
# it opens a new ticket linked to the old one.
CLIENT_REOPEN_DAYS = env_int("CLIENT_REOPEN_DAYS", 14, minimum=0)
# "Is everything still working?" goes this many days after a ticket closes.
CHECKIN_DELAY_DAYS = env_int("CHECKIN_DELAY_DAYS", 3, minimum=0)
# Survey links in e-mails stop working after this many days.
SURVEY_LINK_DAYS = env_int("SURVEY_LINK_DAYS", 28, minimum=1)

# E-mail -----------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", f"{HELPDESK_NAME} <help@helpdesk.test>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
# With no SMTP host the demo backend keeps every message in the database, where staff
# can read it at /mailbox/.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "sentmail.backend.DatabaseEmailBackend",
)

# Celery -----------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
CELERY_BROKER_FOLDER = VAR_DIR / "celery-broker"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
        # Longer than the hard time limit, so a running task is never handed out twice.
        "visibility_timeout": 900,
        # Look for tasks a dead worker left unacknowledged every 10 s, not every 100 s.
        "unacked_restore_interval": 10,
        "unacked_restore_throttle": 1,
        "socket_connect_timeout": 3,
        "socket_timeout": 10,
    }
else:
    # No server at all: kombu's filesystem transport, one folder shared by web and worker.
    CELERY_BROKER_URL = "filesystem://localhost//"
    (CELERY_BROKER_FOLDER / "control").mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_FOLDER),
        "data_folder_out": str(CELERY_BROKER_FOLDER),
        # Broadcast messages; kombu's default is ./control in the working directory.
        "control_folder": str(CELERY_BROKER_FOLDER / "control"),
        "store_processed": False,
    }
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing happens inside a request: give up quickly when the broker is down. The work
# is already recorded in the database and the periodic sweep enqueues it again.
CELERY_TASK_PUBLISH_RETRY_POLICY: dict[str, float] = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE: dict[str, dict[str, object]] = {
    "outbox-sweep": {"task": "outbox.sweep", "schedule": 60.0},
    "discard-stale-uploads": {"task": "tickets.discard_stale_uploads", "schedule": 3600.0},
    "metrics-refresh-recent": {
        "task": "metrics.refresh_recent",
        "schedule": 60.0 * env_int("METRICS_REFRESH_MINUTES", 10, minimum=1),
    },
    "metrics-refresh-all": {"task": "metrics.refresh_all", "schedule": crontab(hour=3, minute=30)},
}
# The dashboard rebuilds this many recent days on every refresh (late surveys, recurrence).
METRICS_RECENT_DAYS = env_int("METRICS_RECENT_DAYS", 7, minimum=1)

# Outbox -----------------------------------------------------------------------------
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 6, minimum=1)
OUTBOX_LEASE_SECONDS = env_int("OUTBOX_LEASE_SECONDS", 120, minimum=1)
OUTBOX_RETRY_BASE_SECONDS = env_int("OUTBOX_RETRY_BASE_SECONDS", 30, minimum=1)

# API ---------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "api.authentication.CachedTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # JSON only, so the schema is exact (a form field can't say null, or a number): the one
    # upload endpoint, POST /tickets/{reference}/attachments/, takes multipart itself.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.AnonThrottle",
        "api.throttling.UserThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANON", "30/minute"),
        "user": env_str("API_THROTTLE_USER", "1200/minute"),
    },
    "EXCEPTION_HANDLER": "api.errors.error_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.KeysetPagination",
    "DEFAULT_SCHEMA_CLASS": "api.schema.HelpdeskAutoSchema",
    "PAGE_SIZE": 25,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Helpdesk API",
    "DESCRIPTION": (
        "Everything the browser can do, for scripts and apps. Sign in with a session (send "
        "the CSRF token) or with `Authorization: Token <key>` from `POST /api/v1/auth/token/`. "
        'Every error has the shape `{"error": {"code", "message", "fields"}}`.'
    ),
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "TicketStatus": "tickets.models.Status",
        "TicketPriority": "tickets.models.Priority",
        "ComfortLevel": "accounts.models.ComfortLevel",
        "GuideStatus": "kb.models.GuideStatus",
        "Impact": "tickets.models.Impact",
        "DataWorry": "tickets.models.DataWorry",
    },
    # Interactive docs from our own static files (drf-spectacular-sidecar), never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    # Plain links inside operation buttons nest one control in another (an axe violation).
    "SWAGGER_UI_SETTINGS": {"deepLinking": False},
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Security ---------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    if env_bool("BEHIND_TLS_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Logging ----------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
