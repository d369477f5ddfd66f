from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render

from accounts.http import AuthenticatedHttpRequest
from accounts.roles import workspace_required
from sentmail.selectors import MAILBOX_PAGE_SIZE, sent_email_get, sent_emails_recent


@workspace_required
def mailbox(request: AuthenticatedHttpRequest) -> HttpResponse:
    to = request.GET.get("to", "")
    page = Paginator(sent_emails_recent(to=to), MAILBOX_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "sentmail/mailbox.html", {"page": page, "to": to})


@workspace_required
def message_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return render(request, "sentmail/message.html", {"email": sent_email_get(pk=pk)})
