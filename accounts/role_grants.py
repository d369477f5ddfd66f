"""Grant permissions to role groups from data migrations.

Each app's data migration calls `grant_permissions` for the models it adds, so the groups
always carry exactly what the code expects, on a fresh database and on an old one alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.apps.registry import Apps
from django.contrib.auth.management import create_permissions

ROLE_GROUPS = ("Clients", "Technicians", "Managers")


def grant_permissions(apps: Apps, group_name: str, permissions: Iterable[str]) -> None:
    """Give `group_name` each permission written as "app_label.codename"."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = list(permissions)
    for app_label in {name.split(".", 1)[0] for name in wanted}:
        # Permissions are normally created after all migrations ran; make sure they exist.
        # create_permissions skips an app whose models_module is unset, as it is in a
        # migration's app registry; any true value will do, but the stubs want a module.
        app_config = apps.get_app_config(app_label)
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True  # type: ignore[assignment]
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module
    group, _ = Group.objects.get_or_create(name=group_name)
    for name in wanted:
        app_label, codename = name.split(".", 1)
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        group.permissions.add(permission)
