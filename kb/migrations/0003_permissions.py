from django.db import migrations

from accounts.role_grants import grant_permissions


def forwards(apps, schema_editor):
    grant_permissions(
        apps, "Managers", ["kb.view_guide", "kb.view_tag", "kb.add_tag", "kb.change_tag"]
    )


class Migration(migrations.Migration):
    dependencies = [("kb", "0002_postgres_search"), ("accounts", "0002_roles_and_fields")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
