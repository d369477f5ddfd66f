"""A manager reads the dashboard on the demo data: changes the range, drills down to the
tickets behind a number, and exports a table; a technician reads only their own coaching."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from tests.e2e.conftest import audit, sign_in


def test_manager_changes_range_drills_down_and_exports(page: Any, demo_data: None) -> None:
    sign_in(page, "manager@demo.test")
    page.get_by_role("heading", name="Dashboard", exact=True).wait_for()
    assert page.locator("svg.chart-svg").count() >= 4, "the demo should draw charts"
    audit(page, "dashboard")

    page.get_by_label("Period").select_option("90")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**period=90**")
    summary = page.locator(".range-summary").inner_text()
    assert "(90 days)" in summary

    opened = page.locator(".stat-card").filter(
        has=page.locator(".stat-label", has_text="Opened").filter(has_not_text="Reopened")
    )
    shown = int(opened.locator(".stat-value").inner_text().replace(",", ""))
    assert shown > 0
    opened.get_by_role("link").click()
    page.get_by_role("heading", name="Tickets opened").wait_for()
    assert page.locator("table.queue-table tbody tr").count() == min(shown, 50)
    audit(page, "dashboard-drill-tickets")

    page.go_back()
    technicians = page.locator("details.data-table", has_text="By technician")
    with page.expect_download() as download:
        technicians.get_by_role("link", name="Download as CSV").click()
    saved = download.value
    assert saved.suggested_filename.startswith("helpdesk-technicians-")
    rows = list(csv.reader(io.StringIO(Path(saved.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Technician"
    assert any(row[0] == "Sam Taylor" for row in rows[1:])


def test_dashboard_on_a_phone(phone_page: Any, demo_data: None) -> None:
    sign_in(phone_page, "manager@demo.test")
    phone_page.get_by_role("heading", name="Dashboard", exact=True).wait_for()
    width = phone_page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"the dashboard scrolls sideways on a phone ({width}px)"
    audit(phone_page, "dashboard")


def test_technician_reads_own_coaching(page: Any, demo_data: None) -> None:
    sign_in(page, "tech@demo.test")
    page.get_by_role("link", name="My coaching").click()
    page.get_by_role("heading", name="Your coaching view").wait_for()
    audit(page, "coaching")
    response = page.goto("/dashboard/")
    assert response is not None and response.status == 403
