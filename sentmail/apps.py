from django.apps import AppConfig


class SentmailConfig(AppConfig):
    name = "sentmail"
    verbose_name = "Demo mailbox"
