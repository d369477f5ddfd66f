"""Who may do what. Every role check in the project goes through this module.

Roles are Django groups carrying permissions (created by migrations, see
`accounts.role_grants`). Code asks about capabilities (`can_work_tickets`), never about
group names, so a manager, who can do everything a technician can, passes technician
checks without special cases.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.urls import reverse

from accounts.models import User

AnyUser = User | AnonymousUser


class Role(models.TextChoices):
    CLIENT = "client", "Client"
    TECHNICIAN = "technician", "Technician"
    MANAGER = "manager", "Manager"


ROLE_GROUP_NAMES: dict[Role, str] = {
    Role.CLIENT: "Clients",
    Role.TECHNICIAN: "Technicians",
    Role.MANAGER: "Managers",
}

PORTAL_PERMISSION = "accounts.use_portal"
WORKSPACE_PERMISSION = "accounts.work_tickets"
METRICS_PERMISSION = "accounts.view_metrics"


def can_use_portal(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.has_perm(PORTAL_PERMISSION))


def can_work_tickets(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.has_perm(WORKSPACE_PERMISSION))


def can_view_metrics(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.has_perm(METRICS_PERMISSION))


def can_edit_glossary(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.has_perm("empathy.add_glossaryterm"))


def role_of(user: AnyUser) -> Role | None:
    if can_view_metrics(user):
        return Role.MANAGER
    if can_work_tickets(user):
        return Role.TECHNICIAN
    if can_use_portal(user):
        return Role.CLIENT
    return None


HOME_URL_NAMES: dict[Role, str] = {
    Role.CLIENT: "portal:home",
    Role.TECHNICIAN: "tickets:workspace",
    Role.MANAGER: "metrics:dashboard",
}


def home_url_for(user: AnyUser) -> str:
    role = role_of(user)
    if role is None:
        return reverse("core:no_role")
    return reverse(HOME_URL_NAMES[role])


ViewFunc = TypeVar("ViewFunc", bound=Callable[..., HttpResponseBase])


def _require(check: Callable[[AnyUser], bool]) -> Callable[[ViewFunc], ViewFunc]:
    def decorator(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator


portal_required = _require(can_use_portal)
workspace_required = _require(can_work_tickets)
manager_required = _require(can_view_metrics)
