from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from accounts.models import ClientProfile, ComfortLevel, FieldOfExpertise, User
from accounts.roles import Role
from accounts.services import user_set_role
from tickets.models import Category, Ticket

TEST_PASSWORD = "a-long-test-password-42"


class UserFactory(DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.test")
    display_name = factory.Faker("name")
    password = factory.django.Password(TEST_PASSWORD)


class StaffFactory(UserFactory):
    """A technician by default; `StaffFactory(role=Role.MANAGER)` for a manager."""

    @factory.post_generation
    def role(self: User, create: bool, extracted: Role | None, **kwargs: object) -> None:
        if create:
            user_set_role(user=self, role=extracted or Role.TECHNICIAN)


class ClientFactory(UserFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def profile(
        self: User, create: bool, extracted: dict[str, object] | None, **kwargs: object
    ) -> None:
        if not create:
            return
        values: dict[str, object] = {
            "field_of_expertise": FieldOfExpertise.objects.get(slug="teaching"),
            "comfort": ComfortLevel.EVERYDAY,
        }
        values.update(extracted or {})
        values.update(kwargs)
        ClientProfile.objects.create(user=self, **values)
        user_set_role(user=self, role=Role.CLIENT)


def make_ticket(
    *,
    client: User,
    subject: str = "Printer says offline",
    description: str = "The printer says it is offline. Could someone have a look when free?",
    created_by: User | None = None,
    **kwargs: object,
) -> Ticket:
    """A ticket made the way the product makes them: through the service."""
    from tickets.services import ticket_create

    return ticket_create(
        client=client,
        subject=subject,
        description=description,
        created_by=created_by or client,
        **kwargs,  # type: ignore[arg-type]
    )


def category(slug: str = "printers") -> Category:
    return Category.objects.get(slug=slug)


def cache_key_names() -> list[str]:
    """Every key in the default cache (in-memory or Redis), for tests that check what the
    cache must never hold."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    backend = caches["default"]
    if isinstance(backend, RedisCache):
        names = backend._cache.get_client().keys("*")  # type: ignore[attr-defined]
    else:
        names = list(backend._cache)  # type: ignore[attr-defined]
    return [name.decode() if isinstance(name, bytes) else str(name) for name in names]
