"""Checking, staging and attaching uploaded files.

The type is decided by the file's content (magic numbers, or valid text), never by its
name or the browser's claim. Files are stored under generated names and only ever leave
through an authorised download view.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import filetype
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat

from accounts.models import User
from tickets.models import Attachment, EventKind, Message, StagedUpload, Ticket
from tickets.services.concurrency import event_record

ALLOWED_TYPES: dict[str, str] = {
    "image/jpeg": "picture",
    "image/png": "picture",
    "image/gif": "picture",
    "image/webp": "picture",
    "image/heic": "picture",
    "image/bmp": "picture",
    "image/tiff": "picture",
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel spreadsheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
    "application/msword": "Word document",
    "application/vnd.ms-excel": "Excel spreadsheet",
    "application/vnd.ms-powerpoint": "PowerPoint",
    "application/vnd.oasis.opendocument.text": "document",
    "application/vnd.oasis.opendocument.spreadsheet": "spreadsheet",
    "text/plain": "text file",
}
ACCEPT_DESCRIPTION = "pictures, PDFs, Word, Excel and PowerPoint files, and plain text"
TEXT_SAMPLE_BYTES = 64 * 1024
ALLOWED_CONTROL_CHARACTERS = {"\t", "\n", "\r", "\f"}


class AttachmentRejected(Exception):
    """A file that can't be attached; the message is written for the person who sent it."""


@dataclass(frozen=True)
class CheckedFile:
    name: str
    content_type: str
    size: int


def _clean_name(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")).strip() or "file"
    return "".join(ch for ch in base if ch.isprintable())[:200]


def _looks_like_text(sample: bytes) -> bool:
    if not sample or b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off by the sample's end is still text.
        if error.start < len(sample) - 4:
            return False
        text = sample[: error.start].decode("utf-8")
    return not any(ch < " " and ch not in ALLOWED_CONTROL_CHARACTERS for ch in text)


def attachment_validate(upload: UploadedFile) -> CheckedFile:
    """Check size and real type; raise AttachmentRejected with a plain explanation."""
    name = _clean_name(upload.name or "file")
    size = upload.size or 0
    limit = settings.ATTACHMENT_MAX_BYTES
    if size > limit:
        raise AttachmentRejected(
            f"“{name}” is {filesizeformat(size)}; files can be up to {filesizeformat(limit)}. "
            "A screenshot of the problem is usually enough."
        )
    if size == 0:
        raise AttachmentRejected(f"“{name}” is empty, so there is nothing to attach.")
    upload.seek(0)
    head = upload.read(TEXT_SAMPLE_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    content_type = (
        kind.mime if kind is not None else ("text/plain" if _looks_like_text(head) else "")
    )
    if content_type not in ALLOWED_TYPES:
        raise AttachmentRejected(f"“{name}” can't be attached: we accept {ACCEPT_DESCRIPTION}.")
    return CheckedFile(name=name, content_type=content_type, size=size)


def attachment_stage(*, owner: User, upload: UploadedFile) -> StagedUpload:
    checked = attachment_validate(upload)
    staged = StagedUpload(
        owner=owner,
        original_name=checked.name,
        content_type=checked.content_type,
        size=checked.size,
    )
    staged.file.save("upload", upload, save=False)
    staged.save()
    return staged


def staged_uploads_for(*, owner: User, public_ids: Iterable[str]) -> list[StagedUpload]:
    """The owner's staged uploads among `public_ids`; ids that aren't theirs are ignored."""
    valid = []
    for public_id in public_ids:
        try:
            valid.append(uuid.UUID(str(public_id)))
        except ValueError:
            continue
    if not valid:
        return []
    return list(
        StagedUpload.objects.filter(owner=owner, public_id__in=valid).order_by("created_at")
    )


@transaction.atomic
def attachment_add(
    *,
    ticket: Ticket,
    message: Message | None,
    staged: StagedUpload,
    actor: User,
    is_internal: bool,
) -> Attachment:
    """Turn a staged upload into an attachment of `ticket` (and `message`)."""
    attachment = Attachment.objects.create(
        ticket=ticket,
        message=message,
        uploaded_by=actor,
        file=staged.file.name,
        original_name=staged.original_name,
        content_type=staged.content_type,
        size=staged.size,
        is_internal=is_internal,
    )
    StagedUpload.objects.filter(pk=staged.pk).delete()  # the file now belongs to the attachment
    event_record(
        ticket=ticket,
        actor=actor,
        kind=EventKind.ATTACHMENT,
        new=attachment.original_name,
        note="internal" if is_internal else "",
    )
    return attachment


def staged_uploads_discard_older_than(*, moment: datetime) -> int:
    stale = list(StagedUpload.objects.filter(created_at__lt=moment)[:1000])
    for upload in stale:
        upload.file.delete(save=False)
    StagedUpload.objects.filter(pk__in=[upload.pk for upload in stale]).delete()
    return len(stale)
