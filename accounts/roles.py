"""Who may do what. Every role check in the project goes through this module.

Roles are Django groups carrying permissions (created by migrations, see
`accounts.role_grants`). Code asks about capabilities (`can_work_tickets`), never about
group names, so a manager, who can do everything a technician can, passes technician
checks without special cases.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeGuard, TypeVar

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.urls import reverse

from accounts.http import AuthenticatedHttpRequest, is_signed_in
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


# Each check is also a TypeGuard: passing one means `user` is a signed-in User.
def can_use_portal(user: AnyUser) -> TypeGuard[User]:
    return bool(user.is_authenticated and user.has_perm(PORTAL_PERMISSION))


def can_work_tickets(user: AnyUser) -> TypeGuard[User]:
    return bool(user.is_authenticated and user.has_perm(WORKSPACE_PERMISSION))


def can_view_metrics(user: AnyUser) -> TypeGuard[User]:
    return bool(user.is_authenticated and user.has_perm(METRICS_PERMISSION))


def can_edit_glossary(user: AnyUser) -> TypeGuard[User]:
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
    Role.TECHNICIAN: "workspace:workspace",
    Role.MANAGER: "metrics:dashboard",
}


def home_url_for(user: AnyUser) -> str:
    role = role_of(user)
    if role is None:
        return reverse("home:no_role")
    return reverse(HOME_URL_NAMES[role])


Params = ParamSpec("Params")
Response = TypeVar("Response", bound=HttpResponseBase)
SignedInView = Callable[Concatenate[AuthenticatedHttpRequest, Params], Response]
GuardedView = Callable[Concatenate[HttpRequest, Params], Response | HttpResponseRedirect]


def _require(
    check: Callable[[User], bool],
) -> Callable[[SignedInView[Params, Response]], GuardedView[Params, Response]]:
    """A view decorator: strangers go to sign-in, signed-in people failing `check` get a 403,
    and the view itself sees an `AuthenticatedHttpRequest`."""

    def decorator(view: SignedInView[Params, Response]) -> GuardedView[Params, Response]:
        @wraps(view)
        def wrapped(
            request: HttpRequest, /, *args: Params.args, **kwargs: Params.kwargs
        ) -> Response | HttpResponseRedirect:
            if not is_signed_in(request):
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


portal_required = _require(can_use_portal)
workspace_required = _require(can_work_tickets)
manager_required = _require(can_view_metrics)
