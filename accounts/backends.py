"""Sign-in by e-mail and password, with each person's permissions cached between requests.

Django's ModelBackend reads a person's permissions with two queries on every request that
checks a role (nearly all of them). Roles change rarely, so the set is kept in the cache
under a version that any change to groups or permissions bumps; without a shared cache
(no REDIS_URL) another process may see a change up to PERMISSIONS_SECONDS late.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from accounts.models import User

PERMISSIONS_SECONDS = 60
VERSION_KEY = "accounts:permissions-version"


def permissions_changed(**_: Any) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj: Any, obj: Any = None) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            # One round trip for the version and the entry, which records its version.
            key = f"accounts:permissions:{user_obj.pk}:{int(user_obj.is_superuser)}"
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY)
            if version is None:
                version = cache.get_or_set(VERSION_KEY, 1, None)
            entry = found.get(key)
            if entry is not None and entry[0] == version:
                permissions = entry[1]
            else:
                permissions = super().get_all_permissions(user_obj)
                cache.set(key, (version, permissions), PERMISSIONS_SECONDS)
            user_obj._perm_cache = permissions
        return set(user_obj._perm_cache)


m2m_changed.connect(permissions_changed, sender=User.groups.through, dispatch_uid="perm-groups")
m2m_changed.connect(
    permissions_changed, sender=User.user_permissions.through, dispatch_uid="perm-user"
)
m2m_changed.connect(
    permissions_changed, sender=Group.permissions.through, dispatch_uid="perm-group"
)
post_save.connect(permissions_changed, sender=Group, dispatch_uid="perm-group-saved")
post_delete.connect(permissions_changed, sender=Group, dispatch_uid="perm-group-deleted")
