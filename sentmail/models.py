from django.db import models
from django.utils import timezone


class SentEmail(models.Model):
    """A message the demo e-mail backend 'sent'. Staff read them at /mailbox/."""

    message_id = models.CharField(max_length=250, blank=True, db_index=True)
    from_email = models.CharField(max_length=250)
    to = models.TextField(help_text="Recipients, one per line.")
    subject = models.CharField(max_length=250)
    text_body = models.TextField()
    html_body = models.TextField(blank=True)
    headers = models.JSONField(default=dict)
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        verbose_name = "demo e-mail"

    def __str__(self) -> str:
        return f"{self.subject} → {self.to}"

    @property
    def recipients(self) -> list[str]:
        return self.to.splitlines()
