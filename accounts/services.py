"""Changes to people: sign-up, roles, invitations, password e-mails."""

from __future__ import annotations

import hashlib
import math

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from rest_framework.authtoken.models import Token

from accounts.models import (
    ClientProfile,
    ComfortLevel,
    ContactChannel,
    FieldOfExpertise,
    Organisation,
    User,
    normalize_email_address,
)
from accounts.roles import ROLE_GROUP_NAMES, Role, role_of
from core.ratelimit import Window
from outbox.services import email_render, outbox_email_enqueue


@transaction.atomic
def user_set_role(*, user: User, role: Role) -> User:
    """Put the user in exactly one role group. Managers also get the admin site."""
    role_groups = Group.objects.filter(name__in=ROLE_GROUP_NAMES.values())
    user.groups.remove(*role_groups)
    user.groups.add(Group.objects.get(name=ROLE_GROUP_NAMES[role]))
    should_be_staff = role == Role.MANAGER or user.is_superuser
    if user.is_staff != should_be_staff:
        user.is_staff = should_be_staff
        user.save(update_fields=["is_staff"])
    # Django caches permissions on the instance; drop the cache so checks see the new role.
    for cached in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(cached, None)
    staff_lists_forget()
    return user


def staff_lists_forget() -> None:
    """Lists of staff are cached for pickers; forget them when someone's role changes."""
    cache.delete("workspace:staff-for-assignment")


def organisation_for_name(name: str) -> Organisation | None:
    cleaned = " ".join(name.split())
    if not cleaned:
        return None
    existing = Organisation.objects.filter(name__iexact=cleaned).first()
    return existing or Organisation.objects.create(name=cleaned)


@transaction.atomic
def client_create(
    *,
    display_name: str,
    email: str,
    password: str | None,
    field_of_expertise: FieldOfExpertise,
    comfort: ComfortLevel | str,
    preferred_contact: ContactChannel | str = ContactChannel.EMAIL,
    phone: str = "",
    organisation_name: str = "",
) -> User:
    """Create a client with a profile. Without a password they set one from an e-mail link."""
    user = User.objects.create_user(
        email=email, password=password, display_name=" ".join(display_name.split())
    )
    ClientProfile.objects.create(
        user=user,
        field_of_expertise=field_of_expertise,
        comfort=comfort,
        preferred_contact=preferred_contact,
        phone=phone.strip(),
        organisation=organisation_for_name(organisation_name),
    )
    return user_set_role(user=user, role=Role.CLIENT)


def password_set_link(*, user: User) -> str:
    from django.conf import settings

    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    return f"{settings.SITE_URL}{path}"


def password_reset_email_send(*, user: User) -> None:
    """Send the 'choose a new password' e-mail through the outbox."""
    email = email_render(
        template_prefix="accounts/emails/password_reset",
        context={"user": user, "link": password_set_link(user=user)},
    )
    stamp = timezone.now().strftime("%Y%m%dT%H%M%S.%f")
    outbox_email_enqueue(
        key=f"password-reset:{user.pk}:{stamp}", kind="password_reset", to=user.email, email=email
    )


@transaction.atomic
def staff_invite(*, email: str, display_name: str, role: Role, invited_by: User) -> User:
    """Create a technician or manager and e-mail them a link to choose their password."""
    if role not in (Role.TECHNICIAN, Role.MANAGER):
        raise ValueError("Only technicians and managers are invited from here.")
    user = User.objects.create_user(
        email=normalize_email_address(email), password=None, display_name=display_name.strip()
    )
    user_set_role(user=user, role=role)
    staff_invitation_send(user=user, invited_by=invited_by)
    return user


def staff_invitation_send(*, user: User, invited_by: User) -> None:
    email = email_render(
        template_prefix="accounts/emails/invitation",
        context={
            "user": user,
            "invited_by": invited_by,
            "role": (role_of(user) or Role.TECHNICIAN).label.lower(),
            "link": password_set_link(user=user),
        },
    )
    stamp = timezone.now().strftime("%Y%m%dT%H%M%S.%f")
    outbox_email_enqueue(
        key=f"invitation:{user.pk}:{stamp}", kind="invitation", to=user.email, email=email
    )


def client_welcome_send(*, user: User, ticket_reference: str) -> None:
    """A technician created this client's account: tell them, and let them choose a password."""
    email = email_render(
        template_prefix="accounts/emails/client_welcome",
        context={"user": user, "reference": ticket_reference, "link": password_set_link(user=user)},
    )
    outbox_email_enqueue(
        key=f"client-welcome:{user.pk}", kind="client_welcome", to=user.email, email=email
    )


@transaction.atomic
def client_profile_update(
    *,
    user: User,
    display_name: str,
    organisation_name: str,
    field_of_expertise: FieldOfExpertise,
    comfort: str,
    preferred_contact: str,
    phone: str,
) -> ClientProfile:
    user.display_name = " ".join(display_name.split())
    user.save(update_fields=["display_name"])
    profile = ClientProfile.objects.select_for_update().get(user=user)
    profile.field_of_expertise = field_of_expertise
    profile.comfort = comfort
    profile.preferred_contact = preferred_contact
    profile.phone = phone.strip()
    profile.organisation = organisation_for_name(organisation_name)
    profile.save()
    return profile


@transaction.atomic
def user_email_change(*, user: User, email: str) -> User:
    """Change the sign-in address, and tell the old address, in case it wasn't them."""
    old = user.email
    user.email = normalize_email_address(email)
    user.save(update_fields=["email"])
    notice = email_render(
        template_prefix="accounts/emails/email_changed",
        context={"user": user, "old_email": old},
    )
    stamp = timezone.now().strftime("%Y%m%dT%H%M%S.%f")
    outbox_email_enqueue(
        key=f"email-changed:{user.pk}:{stamp}", kind="email_changed", to=old, email=notice
    )
    return user


def api_token_for(*, user: User) -> str:
    """The person's API token, made on first request; the same one until revoked."""
    token, _ = Token.objects.get_or_create(user=user)
    return str(token.key)


def api_token_revoke(*, user: User) -> None:
    """End the person's API token at once (its cached sign-in goes with it); the next
    request for a token makes a new one."""
    for token in Token.objects.filter(user=user):
        token.delete()  # one by one, so the cache hears of each


SIGN_IN_WINDOW_SECONDS = 15 * 60


class SignInPaused(Exception):
    """Too many wrong passwords for this address lately; `wait` seconds until it may try."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"Sign-in paused for {wait:.0f} s.")
        self.wait = wait

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.wait / 60))


def _sign_in_failures() -> Window:
    return Window("sign-in-failures", settings.SIGN_IN_FAILURES_ALLOWED, SIGN_IN_WINDOW_SECONDS)


def sign_in_check(*, request: HttpRequest | None, email: str, password: str) -> User | None:
    """The account these credentials open, or None; raises SignInPaused after too many
    wrong passwords for the address, before the password is even tried.

    Counting by address protects each account from guessing without locking out everyone
    behind one office's shared internet address.
    """
    address = normalize_email_address(email)
    # Counted under a hash: no e-mail address (or overlong, odd key) lands in the cache.
    key = hashlib.sha256(address.encode()).hexdigest()
    failures = _sign_in_failures()
    wait = failures.wait(key)
    if wait is not None:
        raise SignInPaused(wait)
    user = authenticate(request, username=address, password=password)
    if user is None:
        failures.hit(key)
    return user
