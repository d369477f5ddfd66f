from django.apps import AppConfig


class EmpathyConfig(AppConfig):
    name = "empathy"
    verbose_name = "Empathy coach"

    def ready(self) -> None:
        from empathy import handlers
        from tickets import hooks

        hooks.client_message_added.register(handlers.analyse_client_message)
        hooks.staff_message_added.register(handlers.review_reply)
        hooks.resolution_recorded.register(handlers.review_resolution)
