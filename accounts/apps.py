from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "People"

    def ready(self) -> None:
        # Connects the permission cache's signals in every process (a management command
        # that changes a group must bump the version even if it never signs anyone in).
        from accounts import backends  # noqa: F401
