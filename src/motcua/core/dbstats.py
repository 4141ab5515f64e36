"""Planner statistics after a bulk load.

PostgreSQL plans from table statistics that autovacuum refreshes some time after many rows arrive (and
never where it is switched off). A report run right after ``generate_load`` or a historical import then
plans for a few dozen rows where there are tens of thousands: a query measured at 62 s on 50,000
dossiers ran in milliseconds after ``ANALYZE``. Bulk loaders call :func:`analyze` when they finish.
"""

from __future__ import annotations

from django.db import connections, models


def analyze(*tables: type[models.Model], using: str = "default") -> None:
    """``ANALYZE`` the tables of these models (PostgreSQL and SQLite both keep planner statistics)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
