"""Fast bulk insert for generated and imported data: COPY on PostgreSQL, batched INSERTs elsewhere.

Rows are model instances with their primary keys already set, so rows of several tables that
point at each other can be written in one transaction (foreign keys are checked at commit).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.db import connection, models


def _value(field: models.Field, instance: models.Model):
    if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
        return field.pre_save(instance, True)
    value = getattr(instance, field.attname)
    if isinstance(field, models.JSONField):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(field, models.FileField):
        return value.name if value else ""
    return value


def insert(model: type[models.Model], objects: Iterable[models.Model], batch: int = 5000) -> int:
    objects = list(objects)
    if not objects:
        return 0
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects, batch_size=batch)
        return len(objects)
    fields = list(model._meta.concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for obj in objects:
            copy.write_row([_value(f, obj) for f in fields])
    return len(objects)


def lock_for_insert(*model_list: type[models.Model]) -> None:
    """Inside a transaction, keep other writers out of these tables until it ends, so that keys taken
    with :func:`next_ids` stay free. SQLite's write transactions (IMMEDIATE) already hold the one write
    lock; PostgreSQL needs a table lock (readers go on)."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in model_list)
    with connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")


def next_ids(model: type[models.Model], count: int) -> range:
    """Primary keys for ``count`` new rows, after the current maximum."""
    start = (model.objects.aggregate(m=models.Max("pk"))["m"] or 0) + 1
    return range(start, start + count)


def reset_sequences(*model_list: type[models.Model]) -> None:
    """Move PostgreSQL's id sequences past explicitly inserted keys."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in model_list:
            table = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608 — table names are ours
                f"COALESCE((SELECT MAX(id) FROM {table}), 1))"
            )
