"""Starting categories, the reference counter, and who may edit categories."""

from django.db import migrations

from accounts.role_grants import grant_permissions

CATEGORIES = [
    ("files", "Files and folders"),
    ("network-drives", "Shared drives and network"),
    ("email", "Email"),
    ("passwords", "Passwords and sign-in"),
    ("printers", "Printers and scanners"),
    ("internet", "Wi-Fi and internet"),
    ("phones", "Phones and tablets"),
    ("backups", "Backups"),
    ("security", "Security and scams"),
    ("performance", "Slow or full computer"),
    ("video-calls", "Video calls and sound"),
    ("software", "Programs and documents"),
    ("calendars", "Calendars and sharing"),
    ("other", "Something else"),
]


def forwards(apps, schema_editor):
    Category = apps.get_model("tickets", "Category")
    for position, (slug, name) in enumerate(CATEGORIES, start=1):
        Category.objects.get_or_create(slug=slug, defaults={"name": name, "position": position * 10})
    ReferenceCounter = apps.get_model("tickets", "ReferenceCounter")
    ReferenceCounter.objects.get_or_create(name="ticket", defaults={"value": 1000})
    grant_permissions(
        apps,
        "Managers",
        [
            "tickets.view_category",
            "tickets.add_category",
            "tickets.change_category",
            "tickets.delete_category",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("tickets", "0001_initial"),
        ("accounts", "0002_roles_and_fields"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
