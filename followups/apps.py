from django.apps import AppConfig


class FollowupsConfig(AppConfig):
    name = "followups"
    verbose_name = "Follow-ups"

    def ready(self) -> None:
        from followups import handlers
        from outbox import hooks as outbox_hooks
        from tickets import hooks as ticket_hooks

        ticket_hooks.staff_message_added.register(handlers.notify_client_of_reply)
        ticket_hooks.ticket_closing.register(handlers.explain_on_close)
        ticket_hooks.ticket_reopened.register(handlers.cancel_checkins)
        outbox_hooks.delivery_attempted.register(handlers.record_delivery)
