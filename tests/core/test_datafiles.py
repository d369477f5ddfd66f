"""Shipped data is YAML read by one loader, which says where a mistake is; migrations never
read it (they carry frozen copies), so editing the data never changes an old migration."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.apps import apps

from core import datafiles
from core.datafiles import DataFileError, app_data

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "data").mkdir()
    config = apps.get_app_config("kb")
    monkeypatch.setattr(config, "path", str(tmp_path))
    datafiles._rows.cache_clear()
    yield tmp_path / "data"
    datafiles._rows.cache_clear()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: one\n", "kb/data/guides.yaml must be a list of entries"),
        ("- just words\n", "kb/data/guides.yaml, entry 1: expected 'key: value' lines."),
        (
            "- slug: ok\n  title: A\n- slug: printer-jam\n",
            "kb/data/guides.yaml, entry 2 ('printer-jam'): missing title.",
        ),
        ("- slug: [unclosed\n", "kb/data/guides.yaml is not valid YAML"),
    ],
)
def test_a_mistake_names_the_file_and_the_entry(data_dir: Path, text: str, message: str) -> None:
    (data_dir / "guides.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        app_data("kb", "guides", required=("slug", "title"))
    assert message in str(raised.value)


def test_a_missing_file_says_so(data_dir: Path) -> None:
    with pytest.raises(DataFileError, match="kb/data/guides.yaml is missing"):
        app_data("kb", "guides")


def test_rows_are_copies(data_dir: Path) -> None:
    (data_dir / "guides.yaml").write_text("- slug: a\n  tags: [one]\n", encoding="utf-8")
    app_data("kb", "guides")[0]["tags"].append("two")
    assert app_data("kb", "guides")[0]["tags"] == ["one"]


@pytest.mark.parametrize(
    ("app", "name", "at_least"),
    [
        ("empathy", "glossary", 600),
        ("kb", "guides", 15),
        ("followups", "analogies", 80),
        ("demo", "stories", 60),
    ],
)
def test_every_shipped_file_loads(app: str, name: str, at_least: int) -> None:
    assert len(app_data(app, name)) >= at_least


def test_no_migration_reads_live_data_or_project_modules_that_change() -> None:
    """A migration may import Django, its own app's frozen helpers (`_*.py` beside it) and
    `accounts.role_grants` (permission grants by name); nothing that holds shipped data."""
    allowed = ("django", "accounts.role_grants")
    for path in sorted(ROOT.glob("*/migrations/[0-9]*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
                own_frozen = module.startswith(f"{path.parent.parent.name}.migrations._")
                assert module.startswith(allowed) or own_frozen, f"{path}: imports {module}"
