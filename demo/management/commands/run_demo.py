"""Serve the demo: the web server and one Celery worker with embedded beat, side by side.

Without REDIS_URL the worker uses kombu's filesystem transport, so no server is needed.
Ctrl-C (or SIGTERM) stops both; on Linux the worker also stops if this process dies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Any, NoReturn

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


def _die_with_parent() -> None:
    """In the worker, before exec: ask Linux to send SIGTERM when the parent goes away."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _exit_on_sigterm(signum: int, frame: object) -> NoReturn:
    raise SystemExit(0)


def demo_site_url(addrport: str) -> str:
    """The address people open, for links in e-mails: "8001" → http://127.0.0.1:8001.
    A server listening on every interface (0.0.0.0, ::) is reached on this machine as
    127.0.0.1; set SITE_URL to give another name."""
    host, _, port = addrport.rpartition(":") if ":" in addrport else ("", "", addrport)
    host = host.strip("[]") or "127.0.0.1"
    if host in ("0.0.0.0", "::", "0"):  # noqa: S104 - reading the address, not binding it
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port or '8000'}"


class Command(BaseCommand):
    help = "Run the web server and a Celery worker (with beat) together, for the demo."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args: Any, **options: Any) -> None:
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        if not os.environ.get("SITE_URL"):
            # Links in e-mails (composed here and in the worker) point where we serve.
            os.environ["SITE_URL"] = settings.SITE_URL = demo_site_url(options["addrport"])
        self.stdout.write(f"Links in e-mails point to {settings.SITE_URL}.")
        schedule = settings.VAR_DIR / "celerybeat-schedule"
        worker = subprocess.Popen(  # noqa: S603 - fixed argument list
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "helpdesk",
                "worker",
                "--beat",
                f"--schedule={schedule}",
                "--concurrency=2",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
            ],
            preexec_fn=_die_with_parent,  # noqa: PLW1509 - only sets a signal, no locks
        )
        self.stdout.write(f"Celery worker and beat started (pid {worker.pid}).")
        try:
            call_command("runserver", options["addrport"], use_reloader=False)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()
