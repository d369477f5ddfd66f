"""An e-mail backend for the demo and for development: messages go into the database.

Staff read them in the browser at /mailbox/, so `make run` needs no mail server and a
client's password-reset or follow-up message can still be opened and followed.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend

from sentmail.models import SentEmail


class DatabaseEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        rows = [self._row_for(message) for message in email_messages if message.recipients()]
        SentEmail.objects.bulk_create(rows)
        return len(rows)

    @staticmethod
    def _row_for(message: EmailMessage) -> SentEmail:
        html_body = ""
        if isinstance(message, EmailMultiAlternatives):
            for content, mimetype in message.alternatives:
                if mimetype == "text/html":
                    html_body = str(content)
        built = message.message()
        return SentEmail(
            message_id=str(built["Message-ID"] or ""),
            from_email=message.from_email,
            to="\n".join(message.recipients()),
            subject=str(message.subject),
            text_body=str(message.body),
            html_body=html_body,
            headers={key: str(value) for key, value in built.items()},
        )
