"""On PostgreSQL: a GIN index for full-text search and a trigram index for typos in titles.

SQLite has neither; the search there falls back to weighted LIKE matching.
"""

from django.db import migrations

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS guide_search_vector ON kb_guide USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS guide_title_trgm ON kb_guide USING gin (title gin_trgm_ops)",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS guide_search_vector",
    "DROP INDEX IF EXISTS guide_title_trgm",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("kb", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARDS), run(BACKWARDS))]
