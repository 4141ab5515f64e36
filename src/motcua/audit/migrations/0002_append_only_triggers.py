"""Database-level guard: audit rows cannot be updated or deleted, whatever the client."""

from django.db import migrations

from motcua.audit.guard import install, uninstall

def forwards(apps, schema_editor):
    install(schema_editor.connection)


def backwards(apps, schema_editor):
    uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
