"""Load the shipped glossary (a frozen copy, see _glossary_0002.py) and let managers edit it."""

from django.db import migrations

from accounts.role_grants import grant_permissions
from empathy.migrations._glossary_0002 import add_missing_terms


def forwards(apps, schema_editor):
    add_missing_terms(apps.get_model("empathy", "GlossaryTerm"))
    grant_permissions(
        apps,
        "Managers",
        [
            "empathy.view_glossaryterm",
            "empathy.add_glossaryterm",
            "empathy.change_glossaryterm",
            "empathy.delete_glossaryterm",
            "empathy.view_taughtterm",
            "empathy.delete_taughtterm",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [("empathy", "0001_initial"), ("accounts", "0002_roles_and_fields")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
