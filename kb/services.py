"""Writing guides: create, edit (every save is a version), restore, vote, link to a fix."""

from __future__ import annotations

import re
from typing import Any

import filetype
from django.contrib.postgres.search import SearchVector
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.db.models import Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from kb.markdown import plain_text, steps_markdown
from kb.models import Guide, GuideImage, GuideStatus, GuideVersion, GuideVote, Tag
from tickets.models import DONE_STATUSES, DataSafety, Resolution, Ticket
from tickets.selectors import ticket_latest_resolution

CONTENT_FIELDS = (
    "title",
    "category_id",
    "audience",
    "problem",
    "safe_note",
    "summary",
    "steps",
    "prevent",
    "status",
    "is_public",
)
IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


class GuideChanged(Exception):
    """Someone saved the guide since it was opened."""

    def __init__(self, *, current: Guide) -> None:
        self.current = current
        super().__init__(
            f"“{current.title}” was changed by someone else (now version {current.version})."
        )


def guide_snapshot(guide: Guide) -> dict[str, Any]:
    content = {name: getattr(guide, name) for name in CONTENT_FIELDS}
    content["tags"] = sorted(tag.name for tag in guide.tags.all())
    return content


def _unique_slug(title: str) -> str:
    base = slugify(title)[:70] or "guide"
    slug, counter = base, 2
    while Guide.objects.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _set_tags(guide: Guide, names: list[str]) -> None:
    cleaned = sorted({" ".join(name.split())[:60] for name in names if name.strip()}, key=str.lower)
    tags = [Tag.objects.get_or_create(name=name)[0] for name in cleaned]
    guide.tags.set(tags)


def guide_search_refresh(guide: Guide) -> None:
    """Derive the search fields: plain text always, a weighted vector on PostgreSQL
    (title A, problem and tags B, the rest C)."""
    tags = " ".join(guide.tags.values_list("name", flat=True))
    search_text = " ".join(
        part for part in (tags, plain_text(guide.steps), plain_text(guide.prevent)) if part
    )
    Guide.objects.filter(pk=guide.pk).update(search_text=search_text)
    guide.search_text = search_text
    if connection.vendor != "postgresql":
        return
    Guide.objects.filter(pk=guide.pk).update(
        search_vector=(
            SearchVector(Value(guide.title), weight="A", config="english")
            + SearchVector(
                Concat(Value(guide.problem), Value(" "), Value(tags)), weight="B", config="english"
            )
            + SearchVector(
                Value(f"{guide.summary} {guide.safe_note} {search_text}"),
                weight="C",
                config="english",
            )
        )
    )


def _record_version(guide: Guide, *, author: User | None, note: str) -> GuideVersion:
    return GuideVersion.objects.create(
        guide=guide, number=guide.version, content=guide_snapshot(guide), author=author, note=note
    )


@transaction.atomic
def guide_create(*, author: User | None, tags: list[str], **content: Any) -> Guide:
    content.setdefault("status", GuideStatus.DRAFT)
    slug = content.pop("slug", "") or _unique_slug(content["title"])
    now = timezone.now()
    guide = Guide.objects.create(
        slug=slug,
        author=author,
        created_at=now,
        updated_at=now,
        published_at=now if content["status"] == GuideStatus.PUBLISHED else None,
        **content,
    )
    _set_tags(guide, tags)
    guide_search_refresh(guide)
    _record_version(guide, author=author, note="Created")
    return guide


@transaction.atomic
def guide_update(
    *,
    guide: Guide,
    author: User | None,
    expected_version: int | None,
    tags: list[str],
    note: str = "",
    **content: Any,
) -> Guide:
    locked = Guide.objects.select_for_update().get(pk=guide.pk)
    if expected_version is not None and locked.version != expected_version:
        raise GuideChanged(current=locked)
    was_published = locked.is_published
    content.pop("slug", None)
    for name, value in content.items():
        setattr(locked, name, value)
    locked.version += 1
    locked.updated_at = timezone.now()
    if locked.is_published and not was_published:
        locked.published_at = locked.updated_at
    locked.save()
    _set_tags(locked, tags)
    guide_search_refresh(locked)
    _record_version(locked, author=author, note=note or "Edited")
    return locked


def guide_restore(*, guide: Guide, number: int, author: User) -> Guide:
    """Bring back an earlier version, as a new version (history is never rewritten)."""
    earlier = GuideVersion.objects.get(guide=guide, number=number)
    content = dict(earlier.content)
    tags = content.pop("tags", [])
    return guide_update(
        guide=guide,
        author=author,
        expected_version=None,
        tags=tags,
        note=f"Restored version {number}",
        **content,
    )


def guide_vote(*, guide: Guide, user: User, helpful: bool) -> GuideVote:
    vote, created = GuideVote.objects.get_or_create(
        guide=guide, user=user, defaults={"helpful": helpful}
    )
    if not created and vote.helpful != helpful:
        vote.helpful = helpful
        vote.updated_at = timezone.now()
        vote.save(update_fields=["helpful", "updated_at"])
    return vote


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SAFE_NOTES: dict[str, str] = {
    DataSafety.SAFE: "Your files are safe. Nothing is lost when this happens.",
    DataSafety.RECOVERED: (
        "If this happens, your files can usually be brought back. Don't delete anything."
    ),
    DataSafety.NOT_INVOLVED: "Nothing is lost or changed when this happens.",
    DataSafety.LOST: "",
}


class TicketNotResolved(Exception):
    """Only a resolved or closed ticket can become a guide: its fix is known."""


def check_ticket_can_become_guide(ticket: Ticket) -> None:
    if ticket.status not in DONE_STATUSES:
        raise TicketNotResolved(
            f"{ticket.reference} is not resolved yet, so it cannot become a guide."
        )


def guide_draft_from_ticket(*, ticket: Ticket) -> dict[str, Any]:
    """Starting values for a guide, taken from a resolved ticket. Nothing is saved."""
    check_ticket_can_become_guide(ticket)
    resolution = ticket_latest_resolution(ticket=ticket)
    sentences = [
        s.strip() for s in SENTENCE_END.split(resolution.actions if resolution else "") if s.strip()
    ]
    steps = (
        steps_markdown([(sentence.rstrip("."), "") for sentence in sentences[:9]])
        if sentences
        else ""
    )
    profile = getattr(ticket.client, "client_profile", None)
    return {
        "title": f"How to fix it: {ticket.subject}"[:120],
        "category": ticket.category_id,
        "audience": profile.comfort if profile else "new",
        "problem": ticket.description.split("What happened instead:\n")[-1].strip()[:1000],
        "safe_note": SAFE_NOTES.get(resolution.data_safety, "") if resolution else "",
        "summary": (resolution.cause.split(". ")[0] if resolution else "")[:250],
        "steps": steps,
        "prevent": resolution.prevention if resolution else "",
        "status": GuideStatus.DRAFT,
        "is_public": True,
    }


@transaction.atomic
@transaction.atomic
def guide_create_from_ticket(
    *, author: User, ticket: Ticket, tags: list[str], **content: Any
) -> tuple[Guide, Resolution | None]:
    """A technician turns a resolved ticket into a guide: the guide and the link from the
    ticket's resolution to it are saved together, or neither is. Returns the guide and the
    resolution it was linked to (none when the ticket was closed without one)."""
    check_ticket_can_become_guide(ticket)
    guide = guide_create(author=author, tags=tags, **content)
    resolution = ticket_latest_resolution(ticket=ticket)
    if resolution is not None:
        resolution_link_guide(resolution=resolution, guide=guide)
    return guide, resolution


def resolution_link_guide(*, resolution: Resolution, guide: Guide | None) -> Resolution:
    Resolution.objects.filter(pk=resolution.pk).update(guide=guide)
    resolution.guide = guide
    return resolution


class ImageRejected(Exception):
    pass


def guide_image_add(*, upload: UploadedFile, author: User, description: str = "") -> GuideImage:
    from django.conf import settings

    if (upload.size or 0) > settings.ATTACHMENT_MAX_BYTES:
        raise ImageRejected("That picture is too big; please use one under 10 MB.")
    upload.seek(0)
    kind = filetype.guess(upload.read(8192))
    upload.seek(0)
    if kind is None or kind.mime not in IMAGE_TYPES:
        raise ImageRejected("Only PNG, JPEG, GIF or WebP pictures can go in a guide.")
    image = GuideImage(content_type=kind.mime, description=description[:200], uploaded_by=author)
    image.file.save("image", upload, save=False)
    image.save()
    return image
