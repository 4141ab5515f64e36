"""A covering index for the public catalogue's queries (issue 4, bench/catalogue_search.py).

Every public query filters the versions in force (state, valid_from, valid_to) and then by words
(search_text), sector, level, agency or the time cut, and orders by the procedure's code. The
``content`` JSON (3–4 kB) sits before these columns in the row, so on SQLite reading any of them
walks the row's overflow pages: a search scanned about 8 MB for 2,000 procedures. With every
filtered column in one index the filter runs on the index alone and only the matching rows are
read (count 7.6 → 0.5 ms, a page of results 4–5 → 1–2 ms, the agency list 9.5 → 0.9 ms on the
benchmark catalogue). PostgreSQL keeps large JSON out of line (TOAST) and may use the same index
for index-only scans.

Plain SQL, not ``AddIndex``: the index is a storage detail of these queries, not part of the
model, so ``makemigrations`` has nothing to say about it.
"""

from django.db import migrations

COLUMNS = (
    "state, valid_from, valid_to, procedure_id, sector_id, level, implementing_agency_id, "
    "statutory_unit, committed_unit, statutory_amount, committed_amount, search_text"
)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX version_public_search_idx ON catalogue_procedureversion ({COLUMNS})",
            "DROP INDEX version_public_search_idx",
        )
    ]
