"""``flush`` wipes every table, the audit log included: lift the append-only guard around it."""

from django.core.management.commands.flush import Command as FlushCommand
from django.db import connections

from motcua.audit.guard import lifted


class Command(FlushCommand):
    def handle(self, **options):
        connection = connections[options["database"]]
        with lifted(connection):
            return super().handle(**options)
