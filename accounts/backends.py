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


def _version() -> int:
    return int(cache.get_or_set(VERSION_KEY, 1, None) or 1)


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
            key = f"accounts:permissions:{_version()}:{user_obj.pk}:{int(user_obj.is_superuser)}"
            found = cache.get(key)
            if found is None:
                found = super().get_all_permissions(user_obj)
                cache.set(key, found, PERMISSIONS_SECONDS)
            user_obj._perm_cache = found
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
