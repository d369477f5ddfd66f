"""The request type of a view only signed-in people reach.

Django types `request.user` as "a User or AnonymousUser". Behind `login_required` or one of
the role decorators in `accounts.roles` it is always a User, and views say so by taking an
`AuthenticatedHttpRequest` (as healthchecks does), so they need no casts or ignores.

It lives here rather than in `core` because it names `accounts.models.User`, and `core`
imports none of our apps.
"""

from __future__ import annotations

from typing import TypeGuard

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from accounts.models import User
from core.http import HtmxHttpRequest


class AuthenticatedHttpRequest(HtmxHttpRequest):
    """A request from someone signed in; `htmx` as on every request (django-htmx)."""

    user: User


def is_signed_in(request: HttpRequest) -> TypeGuard[AuthenticatedHttpRequest]:
    return request.user.is_authenticated


def signed_in_user(request: HttpRequest) -> User:
    """The signed-in user, where Django fixes the signature at `HttpRequest` but only signed-in
    people get there (admin methods, behind the admin site's own sign-in)."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    return request.user
