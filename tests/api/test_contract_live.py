"""The API keeps to its schema under schemathesis: every check, the examples, coverage,
fuzzing and stateful phases, a fixed seed, as a technician and as a client (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rest_framework.authtoken.models import Token

from accounts.models import User
from tests.api.world import build_world

CONFIG = Path(__file__).with_name("schemathesis.toml")
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "10"))
SEED = 21


@pytest.mark.slow
@pytest.mark.contract
@pytest.mark.parametrize("persona", ["technician", "client"])
def test_schemathesis_finds_no_mismatch(
    persona: str,
    live_db: None,
    live_server: Any,
    client_user: User,
    other_client: User,
    technician: User,
    manager: User,
    tmp_path: Path,
) -> None:
    build_world(client_user, other_client, technician, manager)
    person = technician if persona == "technician" else client_user
    token, _ = Token.objects.get_or_create(user=person)
    command = [
        str(Path(sys.executable).with_name("st")),
        "--config-file",
        str(CONFIG),
        "run",
        f"{live_server.url}/api/v1/schema/?format=json",
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(EXAMPLES),
        "--seed",
        str(SEED),
        "--workers",
        "1",
        "--no-color",
    ]
    result = subprocess.run(  # noqa: S603 - our own tool, fixed arguments
        command,
        env={**os.environ, "API_TOKEN": token.key},
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tmp_path,
        check=False,
    )
    summary = result.stdout[result.stdout.find("SUMMARY") :] or result.stdout[-3000:]
    print(summary)
    assert result.returncode == 0, result.stdout[-12000:] + result.stderr[-2000:]
