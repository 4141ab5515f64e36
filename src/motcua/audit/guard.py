"""Database triggers that make the audit table append-only (SQLite and PostgreSQL).

Only the ``flush`` maintenance command — which wipes the whole database, as the test runner
does between transactional tests — lifts the guard, and it puts it back at once.
"""

from __future__ import annotations

from contextlib import contextmanager

SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;""",
    """CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;""",
]
SQLITE_REVERSE = ["DROP TRIGGER IF EXISTS audit_entry_no_update;", "DROP TRIGGER IF EXISTS audit_entry_no_delete;"]

POSTGRES = [
    """CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit entries are append-only'; END; $$ LANGUAGE plpgsql;""",
    "DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_auditentry;",
    """CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_auditentry
       FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();""",
    "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_auditentry;",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_auditentry
       FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_auditentry;",
    "DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_auditentry;",
    "DROP FUNCTION IF EXISTS audit_entry_append_only();",
]


def _run(connection, statements: list[str]) -> None:
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def install(connection) -> None:
    _run(connection, {"sqlite": SQLITE, "postgresql": POSTGRES}.get(connection.vendor, []))


def uninstall(connection) -> None:
    _run(connection, {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(connection.vendor, []))


@contextmanager
def lifted(connection):
    """Remove the guard for a whole-database wipe, then restore it."""
    uninstall(connection)
    try:
        yield
    finally:
        install(connection)
