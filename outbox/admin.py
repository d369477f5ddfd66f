from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from outbox.models import DeliveryAttempt, OutboxEmail
from outbox.services import outbox_email_retry_now


class DeliveryAttemptInline(admin.TabularInline[DeliveryAttempt, OutboxEmail]):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    fields = ["number", "started_at", "finished_at", "succeeded", "error", "worker"]
    readonly_fields = ["number", "started_at", "finished_at", "succeeded", "error", "worker"]

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(OutboxEmail)
class OutboxEmailAdmin(admin.ModelAdmin[OutboxEmail]):
    list_display = ["subject", "to", "kind", "status", "attempts", "due_at", "sent_at"]
    list_filter = ["status", "kind"]
    search_fields = ["to", "subject", "key"]
    date_hierarchy = "created_at"
    readonly_fields = [field.name for field in OutboxEmail._meta.get_fields() if field.concrete]
    inlines = [DeliveryAttemptInline]
    actions = ["retry_failed"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Try sending the selected failed e-mails again")
    def retry_failed(self, request: HttpRequest, queryset: QuerySet[OutboxEmail]) -> None:
        failed = list(queryset.filter(status=OutboxEmail.Status.FAILED))
        for email in failed:
            outbox_email_retry_now(email=email)
        self.message_user(
            request, f"{len(failed)} e-mail(s) will be tried again.", messages.SUCCESS
        )
