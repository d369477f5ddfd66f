from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone


def normalize_email_address(email: str) -> str:
    """Emails are stored lower-case so sign-in and uniqueness ignore case."""
    return email.strip().lower()


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get_by_natural_key(self, username: str | None) -> User:
        return self.get(email=normalize_email_address(username or ""))

    def create_user(self, email: str, password: str | None = None, **extra_fields: Any) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalize_email_address(email), **extra_fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_superuser(
        self, email: str, password: str | None = None, **extra_fields: Any
    ) -> User:
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("display_name", email.split("@")[0])
        return self.create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """Everyone who signs in: clients, technicians and managers. Email is the login."""

    email = models.EmailField("email address", unique=True)
    display_name = models.CharField("name", max_length=150)
    is_staff = models.BooleanField(
        "admin site access", default=False, help_text="Can sign in to the admin site."
    )
    is_active = models.BooleanField(
        "active", default=True, help_text="Untick instead of deleting someone."
    )
    date_joined = models.DateTimeField(default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        ordering = ["display_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(email=Lower("email")), name="user_email_is_lowercase"
            ),
        ]
        permissions = [
            ("use_portal", "Can submit and follow their own problems on the client portal"),
            ("work_tickets", "Can work tickets in the technician workspace"),
            ("view_metrics", "Can see the manager dashboard"),
            ("invite_staff", "Can invite technicians and managers"),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def clean(self) -> None:
        super().clean()
        self.email = normalize_email_address(self.email)

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name.split(" ")[0] if self.display_name else self.email


class FieldOfExpertise(models.Model):
    """What a client does for a living; drives analogies and tone. Managers edit the list."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(default=100, help_text="Lower comes first.")
    is_active = models.BooleanField(
        default=True, help_text="Inactive fields are hidden from the sign-up form."
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "field of expertise"
        verbose_name_plural = "fields of expertise"

    def __str__(self) -> str:
        return self.name


class ComfortLevel(models.TextChoices):
    NEW = "new", "New to computers"
    EVERYDAY = "everyday", "Everyday user"
    CONFIDENT = "confident", "Confident with technology"


COMFORT_DESCRIPTIONS = {
    ComfortLevel.NEW: "I find computers confusing and prefer step-by-step help.",
    ComfortLevel.EVERYDAY: "I use email, documents and the web every day.",
    ComfortLevel.CONFIDENT: "I fix small problems myself and know the usual terms.",
}


class ContactChannel(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone call"
    TEXT = "text", "Text message"


class Organisation(models.Model):
    name = models.CharField(max_length=150, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ClientProfile(models.Model):
    """Who the client is, so technicians can speak to them in their own terms."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="client_profile")
    field_of_expertise = models.ForeignKey(
        FieldOfExpertise, on_delete=models.PROTECT, related_name="clients"
    )
    comfort = models.CharField(
        "comfort with technology", max_length=12, choices=ComfortLevel.choices
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="clients"
    )
    phone = models.CharField(max_length=40, blank=True)
    preferred_contact = models.CharField(
        max_length=10, choices=ContactChannel.choices, default=ContactChannel.EMAIL
    )
    checkins = models.BooleanField(
        "send me a check-in a few days after a fix",
        default=True,
        help_text="A short “Is everything still working?” e-mail.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["user__display_name"]
        indexes = [models.Index(fields=["field_of_expertise", "comfort"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(comfort__in=ComfortLevel.values), name="profile_comfort_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(preferred_contact__in=ContactChannel.values),
                name="profile_contact_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.field_of_expertise})"
