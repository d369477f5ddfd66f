from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from sentmail.models import SentEmail

MAILBOX_PAGE_SIZE = 50


def sent_emails_recent(*, to: str = "") -> QuerySet[SentEmail]:
    emails = SentEmail.objects.defer("html_body", "headers")
    if to:
        emails = emails.filter(to__icontains=to.strip())
    return emails


def sent_email_get(*, pk: int) -> SentEmail:
    return get_object_or_404(SentEmail, pk=pk)
