"""Bulk loaders refresh the planner's statistics (autovacuum may be late, or off as on some servers)."""

from django.core.management import call_command
from django.db import connection

from motcua.core.dbstats import analyze
from motcua.demo import load
from motcua.dossiers.models import Dossier

from ..dossiers.conftest import procedure  # noqa: F401


def analysed(table: str) -> bool:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = %s", [table])
            return bool(cursor.fetchone()[0])
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if not cursor.fetchone()[0]:
            return False
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = %s", [table])
        return cursor.fetchone()[0] > 0


def test_generate_load_leaves_fresh_statistics(officials, tree, procedure):  # noqa: F811
    table = Dossier._meta.db_table
    call_command("generate_load", dossiers=30, years=0.3, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert analysed(table)


def test_analyze_refreshes_the_statistics_of_the_tables_named(officials, tree, procedure):  # noqa: F811
    load.generate(5, years=0.1, seed=1)  # rows written without the command: not analysed yet
    table = Dossier._meta.db_table
    analyze(Dossier)
    assert analysed(table)
