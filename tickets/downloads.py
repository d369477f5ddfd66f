"""How an attachment leaves the helpdesk: always as a download, never rendered in our origin."""

from __future__ import annotations

from django.http import FileResponse

from tickets.models import Attachment


def attachment_download_response(attachment: Attachment) -> FileResponse:
    """The file as a forced download, sandboxed and never cached by shared caches. The
    caller has already checked (through a selector) that the person may have it."""
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
