"""Browser tests: Playwright driving Debian's Chromium against the live test server.

Each test can save screenshots (desktop and 390 px wide) under var/screenshots/ and run an
axe-core audit that fails on serious or critical violations.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from tests.conftest import carry_db_snapshot

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "var" / "screenshots"
AXE_SOURCE = Path(__file__).parent / "vendor" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/e2e `browser`, before `-m` selects.

    A `pytestmark` in a conftest marks nothing (only test modules and classes read it), so
    `-m "not browser"` used to run these tests too.
    """
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(db_snapshot: dict[str, str]) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        message = (
            f"Debian's Chromium is not at {CHROMIUM} (apt-get install chromium chromium-driver)"
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # From here on Django hands out new connection objects (see tests/conftest.py).
        carry_db_snapshot(db_snapshot)
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


def _new_page(browser: Any, base_url: str, viewport: dict[str, int]) -> Any:
    context = browser.new_context(
        base_url=base_url,
        viewport=viewport,
        locale="en-GB",
        timezone_id="UTC",
        is_mobile=viewport["width"] < 500,
        has_touch=viewport["width"] < 500,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def page(browser: Any, live_server: Any, live_db: None) -> Iterator[Any]:
    page = _new_page(browser, live_server.url, DESKTOP)
    yield page
    page.context.close()


@pytest.fixture
def phone_page(browser: Any, live_server: Any, live_db: None) -> Iterator[Any]:
    page = _new_page(browser, live_server.url, PHONE)
    yield page
    page.context.close()


@pytest.fixture
def demo_data(live_db: None, settings: Any) -> None:
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    settings.DEBUG = False


def screenshot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    suffix = "phone" if width < 500 else "desktop"
    path = SCREENSHOTS / f"{name}-{suffix}.png"
    page.screenshot(path=str(path), full_page=True)
    if suffix == "phone":
        # What a person sees before scrolling; long phone pages shrink too much to judge.
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{suffix}-top.png"), full_page=False)
    return path


def audit(page: Any, name: str) -> None:
    """Screenshot the page, then fail on serious or critical accessibility violations."""
    screenshot(page, name)
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_SOURCE.read_text())
    results = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    serious = [v for v in results if v["impact"] in ("serious", "critical")]
    assert not serious, f"Accessibility problems on {name}: {json.dumps(serious, indent=2)}"


def follow(page: Any, locator: Any) -> None:
    """Click what leads to another page and wait until that page has loaded.

    A bare click returns as soon as the navigation starts, so reading the page straight
    after it can read the old page or an empty document in between.
    """
    with page.expect_navigation():
        locator.click()


def sign_in(page: Any, email: str, password: str = "demo-pass-123") -> None:
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("networkidle")
