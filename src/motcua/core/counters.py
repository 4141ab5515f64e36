"""Per-key sequence numbers (dossier and petition codes): one upsert takes the next number.

The row lock the upsert holds until the transaction ends orders concurrent takers of the same key;
other keys are other rows, so desks do not wait for each other.
"""

from __future__ import annotations

from django.db import connections, models, router


def take_next(model: type[models.Model], **key) -> int:
    """Increment ``model.last`` for the row of ``key`` (created at 1) and return the new value.

    ``model`` has a unique constraint on exactly the fields of ``key`` and an integer field ``last``."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)  # from the model, never from input
    columns = [quote(model._meta.get_field(name).column) for name in key]
    marks = ", ".join(["%s"] * len(columns))
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}, last) VALUES ({marks}, 1) "  # noqa: S608 — our table
        f"ON CONFLICT ({', '.join(columns)}) DO UPDATE SET last = {table}.last + 1 RETURNING last"
    )
    values = [getattr(value, "pk", value) for value in key.values()]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        return cursor.fetchone()[0]
