"""Attachments leave only through here: an authorised, forced download."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest
from django.views.decorators.http import require_GET

from tickets.selectors import attachment_get_for


@login_required
@require_GET
def attachment_download(request: HttpRequest, public_id: str) -> FileResponse:
    attachment = attachment_get_for(user=request.user, public_id=public_id)  # type: ignore[arg-type]
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
