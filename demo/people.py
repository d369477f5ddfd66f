"""The demo's people. Logins for the four named accounts are stable: docs and scripts use them."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.hashers import make_password

from accounts.models import ComfortLevel, ContactChannel, FieldOfExpertise, User
from accounts.roles import Role
from accounts.services import client_create, user_set_role

DEMO_PASSWORD = "demo-pass-123"  # noqa: S105 - published demo password, DEBUG only


@dataclass(frozen=True)
class DemoClient:
    email: str
    name: str
    field: str
    comfort: str
    organisation: str = ""
    contact: str = ContactChannel.EMAIL
    phone: str = ""


@dataclass(frozen=True)
class DemoStaff:
    email: str
    name: str
    role: Role


STAFF = [
    DemoStaff("tech@demo.test", "Sam Taylor", Role.TECHNICIAN),
    DemoStaff("manager@demo.test", "Morgan Price", Role.MANAGER),
    DemoStaff("alex@demo.test", "Alex Chen", Role.TECHNICIAN),
    DemoStaff("jordan@demo.test", "Jordan Reyes", Role.TECHNICIAN),
]

CLIENTS = [
    DemoClient(
        "client@demo.test",
        "Maria Alvarez",
        "real-estate",
        ComfortLevel.NEW,
        "Harbour View Realty",
        ContactChannel.PHONE,
        "07700 900 101",
    ),
    DemoClient(
        "client2@demo.test",
        "Daniel Okafor",
        "teaching",
        ComfortLevel.EVERYDAY,
        "Northfield Primary School",
    ),
    DemoClient(
        "harriet@demo.test", "Harriet Lane", "law", ComfortLevel.NEW, "Lane & Partners Solicitors"
    ),
    DemoClient(
        "james@demo.test",
        "James Whitfield",
        "military",
        ComfortLevel.NEW,
        "",
        ContactChannel.PHONE,
        "07700 900 202",
    ),
    DemoClient("priya@demo.test", "Priya Raman", "writing", ComfortLevel.EVERYDAY),
    DemoClient(
        "tom@demo.test",
        "Tom Becker",
        "law-enforcement",
        ComfortLevel.EVERYDAY,
        "Riverside Police Station",
    ),
    DemoClient(
        "amelia@demo.test",
        "Amelia Stone",
        "medicine",
        ComfortLevel.CONFIDENT,
        "Elm Street Surgery",
    ),
    DemoClient("grace@demo.test", "Grace Kim", "finance", ComfortLevel.CONFIDENT, "Kim Accounting"),
    DemoClient(
        "robert@demo.test", "Robert Hale", "executive", ComfortLevel.EVERYDAY, "Hale Logistics"
    ),
    DemoClient(
        "edith@demo.test",
        "Edith Moore",
        "home",
        ComfortLevel.NEW,
        "",
        ContactChannel.TEXT,
        "07700 900 303",
    ),
]

LOGINS = [
    ("Technician", "tech@demo.test"),
    ("Manager", "manager@demo.test"),
    ("Client", "client@demo.test"),
    ("Client", "client2@demo.test"),
]


def seed_people() -> dict[str, User]:
    """Create or refresh every demo person. Safe to run again."""
    # Hash once: a deliberately slow hash per person would make every `make run` slower.
    password_hash = make_password(DEMO_PASSWORD)
    people: dict[str, User] = {}
    for staff in STAFF:
        user, _ = User.objects.get_or_create(
            email=staff.email, defaults={"display_name": staff.name}
        )
        people[staff.email] = user_set_role(user=user, role=staff.role)
    fields = {field.slug: field for field in FieldOfExpertise.objects.all()}
    for client in CLIENTS:
        existing = User.objects.filter(email=client.email).first()
        user = existing or client_create(
            display_name=client.name,
            email=client.email,
            password=None,
            field_of_expertise=fields[client.field],
            comfort=client.comfort,
            preferred_contact=client.contact,
            phone=client.phone,
            organisation_name=client.organisation,
        )
        people[client.email] = user
    User.objects.filter(pk__in=[user.pk for user in people.values()]).update(
        password=password_hash, is_active=True
    )
    return people
