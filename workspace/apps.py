from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    """The technician's screens: queues, the ticket page, logging a ticket. Views parse
    input, call the domain's services and selectors, and render."""

    name = "workspace"
    verbose_name = "Technician workspace"
