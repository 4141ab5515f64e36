"""The reports dashboard for a province-year: the page's time and weight, and the time of its parts.

    .venv/bin/python bench/dashboard.py --dossiers 50000                   # quick mode, SQLite under var/bench/
    .venv/bin/python bench/dashboard.py --dossiers 1000000 --postgres postgres://postgres@127.0.0.1:5432/motcua_bench_reports

Creates (or reuses) the database like ``bench/reports.py`` (the same SQLite file and the same PostgreSQL
database: ``demo.benchdb.prepare`` only migrates and tops the dossiers up when there are fewer), then
for the last 365 days and the whole province (the demo province administrator ``tinh.admin``) times
five runs after one warm-up of:

- **page** — ``GET /office/reports/dashboard/?date_from=…&date_to=…`` through Django's test client
  (login, every query, rendering), and its weight in KB (the HTML as sent, uncompressed);
- its parts: **form06 reports** (the period by level, the previous period by level, the period by
  agency, one report per month), **overdue by procedure**, **figures** (``reports.figures.figures``),
  **savings** (``reports.savings.savings``).

Prints the medians and the verdict against the issue-16 goals (under 1 s, under 300 KB); exit status 0
when the page meets both. Also prints how many decided dossiers lack the stored working days taken
(``Dossier.days_taken``; ``manage.py fill_days_taken`` fills them): those are computed per dossier.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keep bench/ off the path (a script here must never shadow a standard-library module)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

from motcua.demo import benchdb  # noqa: E402 — after the path is set
from motcua.demo.benchdb import median_seconds  # noqa: E402

GOAL_S, GOAL_KB = 1.0, 300


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=50_000)
    parser.add_argument("--postgres", help="database URL (created if missing, kept for the next run)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ["MOTCUA_STATIC_COMPRESS"] = "0"  # the page needs the static manifest; no gzip needed
    benchdb.configure(args.postgres, "reports.sqlite3")
    total = benchdb.prepare(args.dossiers)

    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)

    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from motcua.accounts.models import User
    from motcua.reports import dashboard, figures, form06, savings

    today = dt.date.today()
    period = form06.Period(today - dt.timedelta(days=364), today)
    admin = User.objects.get(username="tinh.admin")
    client = Client()
    client.force_login(admin)
    url = reverse("office:report-dashboard")
    query = {"date_from": period.start.isoformat(), "date_to": period.end.isoformat()}
    where = form06.scope(admin)
    decided = figures.resolved(where.dossiers(), period)
    lacking = decided.filter(days_taken__isnull=True).count()
    print(
        f"# {connection.vendor}, {total:,} dossiers, period {period.start} – {period.end}, median of {args.repeat}; "
        f"{decided.count():,} decided in the period, {lacking:,} of them without the stored days taken"
    )

    def page():
        response = client.get(url, query)
        assert response.status_code == 200, response.status_code
        return response

    rows = [
        (
            "form06 reports (period, previous, agency)",
            lambda: [
                form06.report(admin, period, "level"),
                form06.report(admin, dashboard.previous(period), "level"),
                form06.report(admin, period, "agency"),
            ],
        ),
        (
            f"form06 reports per month ({len(dashboard.months(period))})",
            lambda: [form06.report(admin, month, "level") for month in dashboard.months(period)],
        ),
        ("overdue by procedure", lambda: dashboard.procedures_overdue(where, period)),
        (
            "satisfaction (period, previous)",
            lambda: [dashboard.satisfaction(where, period), dashboard.satisfaction(where, dashboard.previous(period))],
        ),
        ("figures", lambda: figures.figures(where.dossiers(), period, figures.OnlineShare(0, 0))),
        ("savings", lambda: savings.savings(where.dossiers(), period)),
    ]
    print(f"{'part':<44} {'s':>7}")
    for label, fn in rows:
        print(f"{label:<44} {median_seconds(fn, args.repeat):>7.3f}")
    seconds = median_seconds(page, args.repeat)
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *rest: queries.append(sql) or execute(sql, *rest)):
        response = page()
    kb = len(response.content) / 1024
    all_kb = len(client.get(url, {**query, "show": "all"}).content) / 1024
    print(f"{'page (test client)':<44} {seconds:>7.3f}")
    print(f"# page: {kb:.0f} KB ({all_kb:.0f} KB with ?show=all), {len(queries)} queries")
    ok = seconds < GOAL_S and kb < GOAL_KB
    print(f"# goal under {GOAL_S:.0f} s and under {GOAL_KB} KB: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
