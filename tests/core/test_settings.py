"""Settings come from the environment and fail loudly; production passes check --deploy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from helpdesk.env import database_from_url, env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "k3v9-Zq2mXw8!pL4#tR7sY1uB6nC0dE5fG2hJ8kM3nP9qS4vW7xZ1aB5cD8eF0gH",
    "ALLOWED_HOSTS": "helpdesk.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://helpdesk.example.org",
    "DATABASE_URL": "postgres://helpdesk:secret@db.example.org:5432/helpdesk",
    "REDIS_URL": "redis://redis.example.org:6379/0",
    "EMAIL_HOST": "smtp.example.org",
    "SITE_URL": "https://helpdesk.example.org",
}


def run_python(code: str, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DEBUG",
            "SECRET_KEY",
            "DATABASE_URL",
            "REDIS_URL",
            "ALLOWED_HOSTS",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    clean_env.update(
        {"DJANGO_SETTINGS_MODULE": "helpdesk.settings", "HELPDESK_VAR_DIR": str(tmp_path)}
    )
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


SHOW_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DATABASES['default']['ENGINE']); print(s.DATABASES['default']['NAME']); "
    "print(s.CELERY_BROKER_URL); print(s.EMAIL_BACKEND); print(s.DEBUG)"
)


def test_defaults_need_no_server(tmp_path: Path) -> None:
    result = run_python(SHOW_SETTINGS, {"DEBUG": "1"}, tmp_path)
    assert result.returncode == 0, result.stderr
    engine, name, broker, email_backend, debug = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert name == str(tmp_path / "helpdesk.sqlite3")
    assert broker == "filesystem://localhost//"
    assert email_backend == "sentmail.backend.DatabaseEmailBackend"
    assert debug == "True"


def test_database_and_broker_urls_switch_to_postgres_and_redis(tmp_path: Path) -> None:
    result = run_python(
        SHOW_SETTINGS,
        {
            "DEBUG": "1",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/helpdesk",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
        },
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    engine, name, broker, *_ = result.stdout.split()
    assert (engine, name, broker) == (
        "core.postgresql",
        "helpdesk",
        "redis://127.0.0.1:6379/0",
    )


def test_bad_database_url_gives_a_clear_error(tmp_path: Path) -> None:
    result = run_python(SHOW_SETTINGS, {"DEBUG": "1", "DATABASE_URL": "mysq://oops"}, tmp_path)
    assert result.returncode != 0
    assert "DATABASE_URL 'mysq://oops' is not understood" in result.stderr
    assert "postgres://user:password@host:5432/name" in result.stderr


def test_production_refuses_to_start_without_a_secret(tmp_path: Path) -> None:
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_python(SHOW_SETTINGS, env, tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_check_deploy_is_clean_with_production_variables(tmp_path: Path) -> None:
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        PRODUCTION_ENV,
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_database_url_for_postgres_uses_the_connection_pool() -> None:
    config = database_from_url("postgres://u:p@db:5432/helpdesk")
    assert config["OPTIONS"]["pool"]["max_size"] >= 1
    assert config["CONN_MAX_AGE"] == 0
    without_pool = database_from_url("postgres://u:p@db:5432/helpdesk", use_pool=False)
    assert "pool" not in without_pool.get("OPTIONS", {})


def test_database_url_hides_the_password_in_errors() -> None:
    with pytest.raises(ImproperlyConfigured) as error:
        database_from_url("mysql://user:hunter2@db/helpdesk")
    assert "hunter2" not in str(error.value)


def test_database_url_needs_a_name() -> None:
    with pytest.raises(ImproperlyConfigured, match="needs a database name"):
        database_from_url("postgres://u@db:5432/")


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("yes", True), ("ON", True), ("0", False), ("off", False)]
)
def test_env_bool_reads_common_words(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool
) -> None:
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG", not expected) is expected


def test_env_bool_rejects_anything_else(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOME_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="SOME_FLAG must be one of"):
        env_bool("SOME_FLAG", False)


def test_env_int_and_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOME_NUMBER", "twelve")
    with pytest.raises(ImproperlyConfigured, match="SOME_NUMBER must be a whole number"):
        env_int("SOME_NUMBER", 1)
    monkeypatch.setenv("SOME_NUMBER", "3")
    with pytest.raises(ImproperlyConfigured, match="at least 10"):
        env_int("SOME_NUMBER", 1, minimum=10)
    monkeypatch.setenv("SOME_LIST", " a.example, ,b.example ")
    assert env_list("SOME_LIST") == ["a.example", "b.example"]
    monkeypatch.delenv("SOME_LIST")
    assert env_list("SOME_LIST", ["x"]) == ["x"]


@pytest.mark.parametrize(
    "url", ["/work/?q=a%00b", "/api/v1/guides/?q=%00", "/guides/?q=x%00", "/api/v1/guides/a%00b/"]
)
def test_nul_characters_in_the_address_are_refused_clearly(
    client: Any, technician: Any, url: str
) -> None:
    client.force_login(technician)
    response = client.get(url)
    assert response.status_code == 400
    assert "not allowed" in response.content.decode()
