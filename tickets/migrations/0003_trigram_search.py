"""On PostgreSQL, trigram indexes make the workspace's text filter (ILIKE '%word%') fast.

Django's icontains compiles to UPPER(column::text) LIKE UPPER(...), so the indexes are on
that expression. SQLite has no such indexes and scans; that is fine at demo sizes.
"""

from django.db import migrations

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ticket_subject_trgm ON tickets_ticket "
    "USING gin (UPPER(subject::text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ticket_description_trgm ON tickets_ticket "
    "USING gin (UPPER(description::text) gin_trgm_ops)",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS ticket_subject_trgm",
    "DROP INDEX IF EXISTS ticket_description_trgm",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("tickets", "0002_categories_and_counter")]

    operations = [migrations.RunPython(run(FORWARDS), run(BACKWARDS))]
