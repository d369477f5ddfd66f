"""The attachments field and its staging mixin, shared by the workspace's and the portal's
forms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from accounts.models import User
from tickets.models import StagedUpload
from tickets.services.attachments import AttachmentRejected, attachment_stage, staged_uploads_for


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def getlist(data: Any, key: str) -> list[Any]:
    """Every value of a multi-valued form field (empty when the form has no such data)."""
    return list(data.getlist(key)) if hasattr(data, "getlist") else []


class UploadsMixin(forms.Form):
    """Files are checked and staged as soon as they arrive, so a mistake elsewhere in the
    form never makes the person choose their files again."""

    attachments = MultipleFileField(
        label="Attach files (optional)",
        help_text="Pictures, PDFs, Word, Excel or PowerPoint files, or plain text.",
    )
    staged = forms.CharField(required=False, widget=forms.MultipleHiddenInput)

    staged_uploads: list[StagedUpload]

    def stage_uploads(self, *, owner: User) -> list[StagedUpload]:
        kept = staged_uploads_for(owner=owner, public_ids=getlist(self.data, "staged"))
        new_files = getlist(self.files, "attachments")
        limit = settings.ATTACHMENT_MAX_FILES
        problems = []
        for upload in new_files:
            if len(kept) >= limit:
                problems.append(f"You can attach up to {limit} files to one message.")
                break
            try:
                kept.append(attachment_stage(owner=owner, upload=upload))
            except AttachmentRejected as rejected:
                problems.append(str(rejected))
        self.staged_uploads = kept
        for problem in problems:
            self.add_error("attachments", problem)
        return kept

    def staged_ids(self) -> list[str]:
        return [str(upload.public_id) for upload in getattr(self, "staged_uploads", [])]
