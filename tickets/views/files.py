"""Attachments leave only through here: an authorised, forced download."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedHttpRequest
from tickets.downloads import attachment_download_response
from tickets.selectors import attachment_get_for


@login_required
@require_GET
def attachment_download(request: AuthenticatedHttpRequest, public_id: str) -> FileResponse:
    attachment = attachment_get_for(user=request.user, public_id=public_id)
    return attachment_download_response(attachment)
