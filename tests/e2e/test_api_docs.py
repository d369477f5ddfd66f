"""The interactive API documentation loads from our own static files and works."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import audit, sign_in


def test_api_docs_load_and_list_the_ticket_operations(
    page: Any, demo_data: None, live_server: Any
) -> None:
    outside: list[str] = []

    def note(request: Any) -> None:
        if not request.url.startswith((live_server.url, "data:", "blob:")):
            outside.append(request.url)

    page.on("request", note)
    sign_in(page, "tech@demo.test")
    page.goto("/api/v1/docs/")
    page.locator(".swagger-ui .info .title").wait_for()
    assert "Helpdesk API" in page.locator(".swagger-ui .info .title").inner_text()
    page.locator(".opblock-summary-path", has_text="/api/v1/tickets/").first.wait_for()
    assert not outside, f"the docs reached outside the helpdesk: {outside}"
    audit(page, "api-docs")
