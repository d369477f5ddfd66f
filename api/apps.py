from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "API"

    def ready(self) -> None:
        # Connects the token cache's signals in every process, not only in those that have
        # served an API request: deleting a token anywhere must end its access at once.
        from api import authentication  # noqa: F401
