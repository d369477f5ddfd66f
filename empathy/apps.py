from django.apps import AppConfig


class EmpathyConfig(AppConfig):
    name = "empathy"
    verbose_name = "Empathy coach"

    def ready(self) -> None:
        from empathy import receivers  # noqa: F401 - connects the ticket hooks
