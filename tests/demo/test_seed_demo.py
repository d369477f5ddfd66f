from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from accounts.models import User
from accounts.roles import Role, role_of


def test_seed_demo_is_idempotent_and_prints_logins(db: None, settings: object) -> None:
    settings.DEBUG = True  # type: ignore[attr-defined]
    out = StringIO()
    call_command("seed_demo", stdout=out)
    count = User.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert User.objects.count() == count
    text = out.getvalue()
    for email in ("tech@demo.test", "manager@demo.test", "client@demo.test", "client2@demo.test"):
        assert email in text
    assert "demo-pass-123" in text
    assert role_of(User.objects.get(email="tech@demo.test")) == Role.TECHNICIAN
    assert role_of(User.objects.get(email="manager@demo.test")) == Role.MANAGER
    assert role_of(User.objects.get(email="client2@demo.test")) == Role.CLIENT
    fields = set(
        User.objects.filter(client_profile__isnull=False).values_list(
            "client_profile__field_of_expertise__slug", flat=True
        )
    )
    assert len(fields) >= 8


def test_demo_logins_work(db: None, settings: object, client: Client) -> None:
    settings.DEBUG = True  # type: ignore[attr-defined]
    call_command("seed_demo", stdout=StringIO())
    assert client.login(username="client@demo.test", password="demo-pass-123")


def test_seed_demo_refuses_without_debug(db: None, settings: object) -> None:
    settings.DEBUG = False  # type: ignore[attr-defined]
    with pytest.raises(CommandError, match="only runs with DEBUG=1"):
        call_command("seed_demo")
