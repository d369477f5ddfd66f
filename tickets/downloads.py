"""How an attachment leaves the helpdesk: always as a download, never rendered in our origin,
and only through `attachment_download`, which fetches it through the person's own selector.
The portal and the workspace both route to that one view."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedHttpRequest
from tickets.models import Attachment
from tickets.selectors import attachment_get_for


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


@login_required
@require_GET
def attachment_download(request: AuthenticatedHttpRequest, public_id: str) -> FileResponse:
    attachment = attachment_get_for(user=request.user, public_id=public_id)
    return attachment_download_response(attachment)
