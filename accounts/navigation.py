"""The role-aware navigation in base.html. Apps add their entries here as they land."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse

from accounts.roles import Role


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    active: bool


NAV_BY_ROLE: dict[Role, list[tuple[str, str]]] = {
    Role.CLIENT: [
        ("My problems", "portal:home"),
        ("Ask for help", "portal:new"),
        ("Guides", "kb:library"),
        ("My details", "portal:profile"),
    ],
    Role.TECHNICIAN: [
        ("Workspace", "workspace:workspace"),
        ("Guides", "kb:library"),
        ("My coaching", "metrics:coaching"),
        ("Mailbox", "sentmail:mailbox"),
    ],
    Role.MANAGER: [
        ("Dashboard", "metrics:dashboard"),
        ("Workspace", "workspace:workspace"),
        ("Guides", "kb:library"),
        ("Mailbox", "sentmail:mailbox"),
        ("Settings", "admin:index"),
    ],
}


def nav_items_for(request: HttpRequest, role: Role | None) -> list[NavItem]:
    """The role's entries; the one whose address is the longest prefix of this page is current
    (so '/portal/new/' marks 'Ask for help', not 'My problems')."""
    if role is None:
        return []
    entries = [(label, reverse(url_name)) for label, url_name in NAV_BY_ROLE[role]]
    matching = [url for _, url in entries if request.path.startswith(url)]
    current = max(matching, key=len) if matching else None
    return [NavItem(label=label, url=url, active=url == current) for label, url in entries]
