"""`run_demo` points the links in e-mails at the address it serves on."""

from __future__ import annotations

import os
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from demo.management.commands import run_demo
from demo.management.commands.run_demo import demo_site_url


@pytest.mark.parametrize(
    ("addrport", "url"),
    [
        ("127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("8001", "http://127.0.0.1:8001"),
        ("0.0.0.0:9000", "http://127.0.0.1:9000"),
        ("192.168.1.20:8000", "http://192.168.1.20:8000"),
        ("[::1]:8080", "http://[::1]:8080"),
        ("demo.local:8000", "http://demo.local:8000"),
    ],
)
def test_site_url_from_the_served_address(addrport: str, url: str) -> None:
    assert demo_site_url(addrport) == url


class FakeWorker:
    pid = 4242

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.environ = dict(os.environ)

    def terminate(self) -> None:
        pass

    def wait(self, timeout: float) -> int:
        return 0


def test_the_worker_and_the_web_server_both_get_it(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    started: list[FakeWorker] = []
    served: list[tuple[Any, ...]] = []

    def popen(*args: Any, **kwargs: Any) -> FakeWorker:
        started.append(FakeWorker())
        return started[-1]

    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.setattr(run_demo.subprocess, "Popen", popen)
    monkeypatch.setattr(run_demo, "call_command", lambda *args, **kw: served.append(args))
    out = StringIO()
    call_command("run_demo", "0.0.0.0:8123", stdout=out)
    assert settings.SITE_URL == "http://127.0.0.1:8123"
    assert started[0].environ["SITE_URL"] == "http://127.0.0.1:8123"
    assert served == [("runserver", "0.0.0.0:8123")]
    assert "Links in e-mails point to http://127.0.0.1:8123." in out.getvalue()


def test_a_site_url_given_by_the_environment_wins(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    monkeypatch.setenv("SITE_URL", "https://help.example.org")
    settings.SITE_URL = "https://help.example.org"
    monkeypatch.setattr(run_demo.subprocess, "Popen", FakeWorker)
    monkeypatch.setattr(run_demo, "call_command", lambda *args, **kw: None)
    call_command("run_demo", "127.0.0.1:8000", stdout=StringIO())
    assert settings.SITE_URL == "https://help.example.org"
