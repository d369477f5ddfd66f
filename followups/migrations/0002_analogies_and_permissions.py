"""Seed the analogy library (followups/seed_data/analogies.py) and let managers curate it."""

from django.db import migrations

from accounts.role_grants import grant_permissions
from followups.seed_data.analogies import ANALOGIES


def forwards(apps, schema_editor):
    Analogy = apps.get_model("followups", "Analogy")
    FieldOfExpertise = apps.get_model("accounts", "FieldOfExpertise")
    Category = apps.get_model("tickets", "Category")
    fields = {field.slug: field for field in FieldOfExpertise.objects.all()}
    categories = {category.slug: category for category in Category.objects.all()}
    for row in ANALOGIES:
        field, category = fields.get(row["field"]), categories.get(row["category"])
        if field is None or category is None:
            continue
        Analogy.objects.get_or_create(
            field_of_expertise=field, category=category, defaults={"text": row["text"]}
        )
    grant_permissions(
        apps,
        "Managers",
        [
            "followups.view_analogy",
            "followups.add_analogy",
            "followups.change_analogy",
            "followups.delete_analogy",
            "followups.view_followup",
            "followups.view_surveyresponse",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("followups", "0001_initial"),
        ("accounts", "0002_roles_and_fields"),
        ("tickets", "0002_categories_and_counter"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
