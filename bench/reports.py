"""Form 06 for a province-year: its time, and its ratio to the bare SQL aggregate it is built on.

    .venv/bin/python bench/reports.py --dossiers 50000                   # quick mode, SQLite under var/bench/
    .venv/bin/python bench/reports.py --dossiers 1000000 --postgres postgres://postgres@127.0.0.1:5432/motcua_bench

Creates (or reuses) the database, loads the demo province and catalogue, tops the dossiers up to the
requested number with ``generate_load`` (two years of history), then, for the last 365 days and the
whole province (the demo province administrator ``tinh.admin``), times five runs after one warm-up of:

- **bare SQL** — the aggregate query Form 06 is built on (``reports.form06.bare_aggregate``'s SQL,
  executed with a plain cursor, no ORM, no labels, no permission scope);
- **report** — ``reports.form06.report(user, period, group_by)``: scope, grouping, labels, total row;
- **API** — ``GET /api/v1/reports/form06?…`` through Django's test client (authentication, JSON).

Prints the medians, each grouping's ratio to the bare SQL of the same grouping, and the verdict against
the issue-7 goals (under 1 s; ratio under 1.5). Exit status 0 when the level report meets both.
Then the times of the service indices (``reports.indices``, ``reports.index766``) for the same period,
which set no goal and do not change the exit status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keep bench/ off the path (a script here must never shadow a standard-library module)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

from motcua.demo import benchdb  # noqa: E402 — after the path is set

GOAL_S, GOAL_RATIO = 1.0, 1.5


def median_seconds(fn, repeat: int) -> float:
    fn()  # warm-up: caches, query plans
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def bare_sql(period, group_by: str):
    """The aggregate's SQL run with a plain cursor: what the database alone costs."""
    from django.db import connection

    from motcua.dossiers.models import Dossier
    from motcua.reports import form06

    key = {"level": "lead_agency__level", "sector": "version__sector_id", "unit": form06.unit_key(period)}
    sql, params = form06.aggregate(Dossier.objects.all(), period, key.get(group_by)).query.sql_with_params()

    def run():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    return run


def indices_times(admin, period, client, query, repeat: int) -> None:
    """The TT 01/2018 indices and the QĐ 766 index for the same period and scope (no goal set)."""
    from motcua.dossiers.models import Dossier
    from motcua.reports import index766, indices

    scope = indices.where(admin)
    decided = indices.decided(scope.dossiers, period).count()
    print(f"# service indices, {decided:,} dossiers decided in the period, median of {repeat}")
    print(f"{'computation':<34} {'s':>7}")
    rows = [
        (
            "indices per agency (SQL)",
            lambda: indices.unit_tallies(indices.decided(Dossier.objects.all(), period), period),
        ),
        ("indices per officer (SQL)", lambda: indices.officer_tallies(indices.decided(Dossier.objects.all(), period))),
        ("indices report (+ 5, 8, 9)", lambda: indices.report(scope.dossiers, period)),
        ("indices API", lambda: client.get("/api/v1/reports/indices", query)),
        ("766 index", lambda: index766.compute(scope.dossiers, period, scope.petition_agencies)),
    ]
    for label, fn in rows:
        print(f"{label:<34} {median_seconds(fn, repeat):>7.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=50_000)
    parser.add_argument("--postgres", help="database URL (created if missing, kept for the next run)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    benchdb.configure(args.postgres, "reports.sqlite3")
    total = benchdb.prepare(args.dossiers)

    from django.db import connection
    from django.test import Client

    from motcua.accounts.models import User
    from motcua.reports import form06

    today = dt.date.today()
    period = form06.Period(today - dt.timedelta(days=364), today)
    admin = User.objects.get(username="tinh.admin")
    client = Client()
    client.force_login(admin)
    query = {"from": period.start.isoformat(), "to": period.end.isoformat()}
    print(f"# {connection.vendor}, {total:,} dossiers, period {period.start} – {period.end}, median of {args.repeat}")
    print(f"{'group_by':<8} {'bare SQL s':>10} {'report s':>9} {'API s':>7} {'report/bare':>12} {'API/bare':>9}")
    ok = True
    for group_by in ("level", "sector", "agency", "unit"):
        bare = median_seconds(bare_sql(period, group_by), args.repeat) if group_by != "agency" else None
        report = median_seconds(lambda g=group_by: form06.report(admin, period, g), args.repeat)
        api = median_seconds(
            lambda g=group_by: client.get("/api/v1/reports/form06", {**query, "group_by": g}), args.repeat
        )
        if bare is None:  # one aggregate per child agency: compare with the level query's bare SQL
            bare = median_seconds(bare_sql(period, "level"), args.repeat)
        ratio = report / bare
        print(f"{group_by:<8} {bare:>10.3f} {report:>9.3f} {api:>7.3f} {ratio:>12.2f} {api / bare:>9.2f}")
        if group_by == "level":
            ok = report < GOAL_S and ratio < GOAL_RATIO
    print(f"# level report: goal under {GOAL_S:.0f} s and ratio under {GOAL_RATIO}: {'met' if ok else 'NOT met'}")
    indices_times(admin, period, client, query, args.repeat)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
