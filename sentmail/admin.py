from django.contrib import admin

from sentmail.models import SentEmail


@admin.register(SentEmail)
class SentEmailAdmin(admin.ModelAdmin[SentEmail]):
    list_display = ["subject", "to", "sent_at"]
    search_fields = ["to", "subject"]
    readonly_fields = [
        "message_id",
        "from_email",
        "to",
        "subject",
        "text_body",
        "html_body",
        "headers",
        "sent_at",
    ]
