"""Add the terms added after 0002 (324 of them) to existing glossaries, from the frozen copy."""

from django.db import migrations

from empathy.migrations._glossary_0002 import add_missing_terms


def forwards(apps, schema_editor):
    add_missing_terms(apps.get_model("empathy", "GlossaryTerm"))


class Migration(migrations.Migration):
    dependencies = [("empathy", "0002_glossary")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
