"""Load the starting guide library (kb/data/guides.yaml). Safe to run again: guides that
exist (by slug) are left alone, so technicians' edits are never overwritten."""

from __future__ import annotations

from core.datafiles import app_data
from kb.markdown import steps_markdown
from kb.models import Guide, GuideStatus
from kb.services import guide_create
from tickets.models import Category

GUIDE_KEYS = (
    "slug",
    "title",
    "category",
    "audience",
    "problem",
    "safe_note",
    "summary",
    "steps",
    "prevent",
    "tags",
)


def seed_guides() -> int:
    categories = {category.slug: category for category in Category.objects.all()}
    existing = set(Guide.objects.values_list("slug", flat=True))
    created = 0
    guides = app_data("kb", "guides", required=GUIDE_KEYS)
    for entry in guides:
        if entry["slug"] in existing:
            continue
        steps, tags = entry["steps"], entry["tags"]
        if not isinstance(steps, list) or not isinstance(tags, list):
            raise TypeError(f"Guide {entry['slug']}: steps and tags must be lists.")
        category = categories.get(str(entry["category"]))
        guide_create(
            author=None,
            tags=list(tags),
            slug=entry["slug"],
            title=entry["title"],
            category_id=category.pk if category else None,
            audience=entry["audience"],
            problem=entry["problem"],
            safe_note=entry["safe_note"],
            summary=entry["summary"],
            steps=steps_markdown([(step["title"], step["body"]) for step in steps]),
            prevent=entry["prevent"],
            status=GuideStatus.PUBLISHED,
            is_public=True,
        )
        created += 1
    return created
