"""Add the 324 terms of empathy/seed_data/glossary_more.py to existing glossaries."""

from django.db import migrations

from empathy.seed_data.combined import add_missing_terms


def forwards(apps, schema_editor):
    add_missing_terms(apps.get_model("empathy", "GlossaryTerm"))


class Migration(migrations.Migration):
    dependencies = [("empathy", "0002_glossary")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
