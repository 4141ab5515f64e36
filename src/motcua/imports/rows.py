"""Writing many rows fast: COPY on PostgreSQL (``demo.bulk``), one ``executemany`` INSERT on SQLite.

Django's ``bulk_create`` on SQLite splits the rows into batches of 999 bound values and prepares every
value through the ORM compiler — most of an import's time. Here each field gets one converter,
chosen once per model, that gives the value the SQLite backend itself would have bound.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

from django.db import connection, models

from motcua.demo import bulk


def _datetime(value):
    # as django.db.backends.sqlite3.operations.adapt_datetimefield_value with USE_TZ (UTC, naive)
    return None if value is None else str(value.astimezone(dt.UTC).replace(tzinfo=None))


def _json(value):
    return json.dumps(value, ensure_ascii=False)


def _file(value):
    return value.name if hasattr(value, "name") else (value or "")


def _converter(field: models.Field, now: dt.datetime) -> Callable:
    if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
        stamp = _datetime(now)
        return lambda _value: stamp
    if isinstance(field, models.DateTimeField):
        return _datetime
    if isinstance(field, models.JSONField):
        return _json
    if isinstance(field, models.FileField):
        return _file
    if isinstance(field, models.DecimalField):
        return lambda value: None if value is None else str(value)
    if isinstance(field, models.DateField):
        return lambda value: None if value is None else value.isoformat()
    return lambda value: value


def insert(model: type[models.Model], objects: Sequence[models.Model]) -> int:
    """Insert ``objects`` (primary keys set) in the current transaction."""
    if not objects:
        return 0
    if connection.vendor != "sqlite":
        return bulk.insert(model, objects)
    now = dt.datetime.now(dt.UTC)
    fields = list(model._meta.concrete_fields)
    names = [f.attname for f in fields]
    converters = [_converter(f, now) for f in fields]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
    pairs = list(zip(names, converters, strict=True))
    rows = [tuple(convert(obj.__dict__[name]) for name, convert in pairs) for obj in objects]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
    return len(rows)
