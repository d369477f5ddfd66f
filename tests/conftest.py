from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connections

from accounts.models import ComfortLevel, FieldOfExpertise, User
from accounts.roles import Role
from tests.factories import TEST_PASSWORD, ClientFactory, StaffFactory


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings: Any, tmp_path: Path) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()


@pytest.fixture
def password() -> str:
    return TEST_PASSWORD


@pytest.fixture
def client_user(db: None) -> User:
    """Maria, a realtor who is new to computers."""
    return ClientFactory.create(
        email="maria@example.test",
        display_name="Maria Alvarez",
        profile={
            "field_of_expertise": FieldOfExpertise.objects.get(slug="real-estate"),
            "comfort": ComfortLevel.NEW,
        },
    )


@pytest.fixture
def other_client(db: None) -> User:
    """Daniel, a teacher; must never see Maria's things."""
    return ClientFactory.create(email="daniel@example.test", display_name="Daniel Okafor")


@pytest.fixture
def technician(db: None) -> User:
    return StaffFactory.create(
        email="sam@example.test", display_name="Sam Taylor", role=Role.TECHNICIAN
    )


@pytest.fixture
def other_technician(db: None) -> User:
    return StaffFactory.create(
        email="alex@example.test", display_name="Alex Chen", role=Role.TECHNICIAN
    )


@pytest.fixture
def manager(db: None) -> User:
    return StaffFactory.create(
        email="morgan@example.test", display_name="Morgan Price", role=Role.MANAGER
    )


PERSONAS = ("client_user", "other_client", "technician", "manager")


@pytest.fixture(scope="session")
def db_snapshot(django_db_setup: None, django_db_blocker: Any) -> dict[str, str]:
    """The migrated test database as Django serialized it (roles, fields, categories...).

    Taken before anything starts an event loop: inside Playwright's loop Django hands out
    new connection objects, which do not carry the serialized copy.
    """
    return {
        alias: connections[alias]._test_serialized_contents  # type: ignore[attr-defined]
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


def carry_db_snapshot(snapshot: dict[str, str]) -> None:
    """Hand the serialized copy to the connection objects of the current context."""
    for alias, contents in snapshot.items():
        connections[alias]._test_serialized_contents = contents  # type: ignore[attr-defined]


@pytest.fixture
def _carry_db_snapshot(db_snapshot: dict[str, str]) -> None:
    carry_db_snapshot(db_snapshot)


@pytest.fixture
def live_db(
    _carry_db_snapshot: None, transactional_db: None, django_db_serialized_rollback: None
) -> None:
    """Real commits, for a live server or a worker thread, with reference data restored.

    Migrations create roles, permissions and fields of expertise; a transactional test
    flushes them, so these tests start from the serialized migrated state instead.
    """
