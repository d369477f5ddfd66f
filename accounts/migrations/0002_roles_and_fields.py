"""Create the three role groups with their permissions, and the starting fields of expertise."""

from django.db import migrations

from accounts.role_grants import grant_permissions

FIELDS_OF_EXPERTISE = [
    ("Real estate", "real-estate"),
    ("Law", "law"),
    ("Teaching", "teaching"),
    ("Military", "military"),
    ("Law enforcement", "law-enforcement"),
    ("Writing", "writing"),
    ("Home", "home"),
    ("Medicine", "medicine"),
    ("Finance", "finance"),
    ("Executive", "executive"),
    ("Other", "other"),
]

CLIENT_PERMISSIONS = ["accounts.use_portal"]
TECHNICIAN_PERMISSIONS = ["accounts.work_tickets"]
MANAGER_PERMISSIONS = [
    "accounts.work_tickets",
    "accounts.view_metrics",
    "accounts.invite_staff",
    "accounts.view_user",
    "accounts.add_user",
    "accounts.change_user",
    "accounts.view_clientprofile",
    "accounts.change_clientprofile",
    "accounts.view_fieldofexpertise",
    "accounts.add_fieldofexpertise",
    "accounts.change_fieldofexpertise",
    "accounts.delete_fieldofexpertise",
    "accounts.view_organisation",
    "accounts.add_organisation",
    "accounts.change_organisation",
    "outbox.view_outboxemail",
    "outbox.change_outboxemail",
    "sentmail.view_sentemail",
]


def create_roles_and_fields(apps, schema_editor):
    grant_permissions(apps, "Clients", CLIENT_PERMISSIONS)
    grant_permissions(apps, "Technicians", TECHNICIAN_PERMISSIONS)
    grant_permissions(apps, "Managers", MANAGER_PERMISSIONS)
    FieldOfExpertise = apps.get_model("accounts", "FieldOfExpertise")
    for position, (name, slug) in enumerate(FIELDS_OF_EXPERTISE, start=1):
        FieldOfExpertise.objects.get_or_create(
            slug=slug, defaults={"name": name, "position": position * 10}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("outbox", "0001_initial"),
        ("sentmail", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles_and_fields, migrations.RunPython.noop)]
