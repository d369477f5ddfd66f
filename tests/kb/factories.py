from __future__ import annotations

from typing import Any

from kb.models import Guide, GuideStatus
from kb.services import guide_create


def make_guide(**overrides: Any) -> Guide:
    content: dict[str, Any] = {
        "title": "Get your printer back online",
        "category_id": None,
        "audience": "new",
        "problem": "My printer says offline.",
        "safe_note": "Nothing is lost.",
        "summary": "",
        "steps": (
            "## Turn the printer off and on\n\nWait ten seconds.\n\n"
            "## Print a test page\n\nClick **Print**."
        ),
        "prevent": "",
        "status": GuideStatus.PUBLISHED,
        "is_public": True,
    }
    tags = overrides.pop("tags", [])
    author = overrides.pop("author", None)
    content.update(overrides)
    return guide_create(author=author, tags=tags, **content)
