"""Writing many rows fast: COPY on PostgreSQL, one ``executemany`` INSERT on SQLite.

Django's ``bulk_create`` on SQLite splits the rows into batches of 999 bound values and prepares every
value through the ORM compiler — most of an import's time. Here each field gets one converter,
chosen once per model, that gives the value the SQLite backend itself would have bound.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

from django.db import connection, models

from motcua.core import bulk

_SQLITE: dict[dt.datetime, str] = {}


def _datetime(value):
    # as django.db.backends.sqlite3.operations.adapt_datetimefield_value with USE_TZ (UTC, naive);
    # remembered, since a dossier's moments recur in its steps and events
    if value is None:
        return None
    text = _SQLITE.get(value)
    if text is None:
        if len(_SQLITE) > 200_000:
            _SQLITE.clear()
        text = _SQLITE[value] = str(value.astimezone(dt.UTC).replace(tzinfo=None))
    return text


def _json(value):
    return json.dumps(value, ensure_ascii=False)


def _file(value):
    return value.name if hasattr(value, "name") else (value or "")


def _converter(field: models.Field, now: dt.datetime, vendor: str = "sqlite") -> Callable:
    if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
        stamp = _datetime(now) if vendor == "sqlite" else now
        return lambda _value: stamp
    if vendor != "sqlite":  # COPY takes dates, times and decimals as they are
        if isinstance(field, models.JSONField):
            return _json
        return _file if isinstance(field, models.FileField) else _plain
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
    return _plain


def _plain(value):
    return value


def _row_function(model: type[models.Model], now: dt.datetime, vendor: str = "sqlite") -> Callable[[dict], tuple]:
    """``obj.__dict__`` → the row tuple, compiled once per model (no loop or call per plain field)."""
    env: dict[str, Callable] = {}
    parts = []
    for index, field in enumerate(model._meta.concrete_fields):
        converter = _converter(field, now, vendor)
        if converter is _plain:
            parts.append(f"d[{field.attname!r}]")
        else:
            env[f"c{index}"] = converter
            parts.append(f"c{index}(d[{field.attname!r}])")
    return eval(f"lambda d: ({', '.join(parts)},)", env)  # noqa: S307 — source built from our field names


def insert(model: type[models.Model], objects: Sequence[models.Model]) -> int:
    """Insert ``objects`` (primary keys set) in the current transaction."""
    if not objects:
        return 0
    if connection.vendor == "postgresql":
        return _copy(model, objects)
    if connection.vendor != "sqlite":
        return bulk.insert(model, objects)
    fields = list(model._meta.concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
    row = _row_function(model, dt.datetime.now(dt.UTC))
    with connection.cursor() as cursor:
        cursor.executemany(sql, [row(obj.__dict__) for obj in objects])
    return len(objects)


def _copy(model: type[models.Model], objects: Sequence[models.Model]) -> int:
    fields = list(model._meta.concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    row = _row_function(model, dt.datetime.now(dt.UTC), "postgresql")
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for obj in objects:
            copy.write_row(row(obj.__dict__))
    return len(objects)


def insert_tuples(model: type[models.Model], rows: Sequence[tuple]) -> int:
    """Insert row tuples in the order of ``model``'s concrete fields, JSON fields already as text."""
    if not rows:
        return 0
    fields = list(model._meta.concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            write = copy.write_row
            for row in rows:
                write(row)
        return len(rows)
    if connection.vendor != "sqlite":
        raise NotImplementedError(connection.vendor)
    # SQLite: datetimes become the backend's UTC text; everything else binds as it is
    positions = [i for i, f in enumerate(fields) if isinstance(f, models.DateTimeField)]
    parts = [f"c(r[{i}])" if i in positions else f"r[{i}]" for i in range(len(fields))]
    convert = eval(f"lambda r: ({', '.join(parts)},)", {"c": _datetime})  # noqa: S307 — built from indexes
    marks = ", ".join("?" for _ in fields)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, [convert(row) for row in rows])
    return len(rows)


def tune_connection() -> None:
    """A large page cache for the import's connection: the tables' indexes stay in memory (SQLite)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -262144")  # 256 MB, this connection only
