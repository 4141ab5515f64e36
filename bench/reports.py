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

With ``--closed-months N`` (PostgreSQL only) it also times the **closed-month path** (issue 16): a copy of
the database (``<name>_months``, made from it as a template) gets generated monthly summaries for the 60
months before the current one, as if the province had received N dossiers over those five years (the
agency / sector / channel combinations and their weights are those of the generated dossiers), every
month closed; then Form 06 over the last five years (59 whole closed months read from the summaries, the
days around them counted from the dossiers) is timed against its bare SQL: the summaries' SUM query plus
the live aggregate of the other days, run with a plain cursor. Goal: under 1 s.

    .venv/bin/python bench/reports.py --dossiers 1000000 --postgres postgres://…/motcua_bench_reports \
        --closed-months 10000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keep bench/ off the path (a script here must never shadow a standard-library module)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

from motcua.demo import benchdb  # noqa: E402 — after the path is set
from motcua.demo.benchdb import median_seconds  # noqa: E402

GOAL_S, GOAL_RATIO = 1.0, 1.5


def bare_sql(period, group_by: str):
    """The aggregate's SQL run with a plain cursor: what the database alone costs."""
    from django.db import connection

    from motcua.dossiers.models import Dossier
    from motcua.reports import form06

    # the level and agency reports sum rows per competent agency (form06.by_competent_agency)
    key = {"level": form06.id_key(), "sector": "version__sector_id", "unit": form06.unit_key(period)}
    sql, params = form06.aggregate(Dossier.objects.all(), period, key.get(group_by)).query.sql_with_params()

    def run():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    return run


def closed_month_bare_sql(period, group_by: str):
    """The queries the report runs for its pieces (summaries or dossiers), with a plain cursor, in a row:
    rows per competent agency for the level and agency reports, per sector for the sector report; a first
    piece ending at a closed month's end counted without the state at the end, plus that month's summary."""
    from django.db import connection

    from motcua.dossiers.models import Dossier
    from motcua.reports import form06
    from motcua.reports.models import MonthSummary

    agency = form06.id_key()
    live_key = {"level": agency, "sector": "version__sector_id"}[group_by]
    summary_key = {"level": agency, "sector": "sector_id"}[group_by]
    queries = []
    made = form06.plan(period)
    for index, (piece, closed) in enumerate(made.pieces):
        head = index == 0 and made.head_closed
        if closed:
            qs = form06._summed_query(MonthSummary.objects.all(), piece, summary_key)
        else:
            qs = form06.aggregate(Dossier.objects.all(), piece, live_key, as_of=not head)
        queries.append(qs.query.sql_with_params())
        if head:
            month = form06.month_period(form06.month_start(piece.start))
            queries.append(form06._summed_query(MonthSummary.objects.all(), month, summary_key).query.sql_with_params())

    def run():
        with connection.cursor() as cursor:
            for sql, params in queries:
                cursor.execute(sql, params)
                cursor.fetchall()

    return run


def fill_summaries(total: int, months: int = 60, seed: int = 1) -> int:
    """Monthly summaries as if ``total`` dossiers had been received over the ``months`` months before the
    current one, all closed; the combinations and weights of the generated dossiers. Returns the rows."""
    import random

    from django.db.models import Count, Max

    from motcua.dossiers.models import Dossier, DossierEvent
    from motcua.reports import form06
    from motcua.reports.models import ClosedMonth, MonthSummary

    rng = random.Random(seed)
    combos = list(
        Dossier.objects.values_list("lead_agency_id", "version__sector_id", "channel")
        .annotate(n=Count("pk"))
        .order_by()
    )
    weight = sum(n for *_key, n in combos)
    first = form06.month_start(dt.date.today())
    for _ in range(months):
        first = form06.month_start(first - dt.timedelta(days=1))
    MonthSummary.objects.all().delete()
    ClosedMonth.objects.all().delete()
    carried = {(agency, sector, channel): 0 for agency, sector, channel, _n in combos}
    rows, month = [], first
    per_month = total / months
    watermark = DossierEvent.objects.aggregate(last=Max("pk"))["last"] or 0
    for _ in range(months):
        for agency, sector, channel, n in combos:
            key = (agency, sector, channel)
            received = round(per_month * n / weight * rng.uniform(0.7, 1.3))
            c6 = carried[key]
            c11 = int((received + c6) * rng.uniform(0.01, 0.05))
            c7 = received + c6 - c11
            c8 = int(c7 * rng.uniform(0.4, 0.7))
            c10 = int(c7 * rng.uniform(0.0, 0.05))
            c13 = int(c11 * rng.uniform(0.0, 0.4))
            online = channel == 2
            rows.append(
                MonthSummary(
                    month=month,
                    lead_agency_id=agency,
                    sector_id=sector,
                    channel=channel,
                    c3=received + c6,
                    c4=received if online else 0,
                    c5=0 if online else received,
                    c6=c6,
                    c7=c7,
                    c8=c8,
                    c9=c7 - c8 - c10,
                    c10=c10,
                    c11=c11,
                    c12=c11 - c13,
                    c13=c13,
                )
            )
            carried[key] = c11
        ClosedMonth.objects.create(month=month, computed_at=dt.datetime.now(dt.UTC), last_event_id=watermark)
        month = form06.month_end(month) + dt.timedelta(days=1)
    MonthSummary.objects.bulk_create(rows, batch_size=5000)
    from motcua.core.dbstats import analyze

    analyze(MonthSummary, ClosedMonth)
    return len(rows)


def closed_months_times(url: str, total: int, repeat: int) -> bool:
    """Form 06 over five years on a copy of the database with ``total`` dossiers' worth of summaries."""
    import psycopg
    from django.db import connection

    from motcua.accounts.models import User
    from motcua.reports import form06
    from motcua.reports.models import MonthSummary

    base, name = url.rsplit("/", 1)
    copy = f"{name}_months"
    connection.close()
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [copy]).fetchone():
            started = time.perf_counter()
            create = psycopg.sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                *map(psycopg.sql.Identifier, (copy, name))
            )
            for attempt in range(120):  # a template must have no other session: wait for other runs to let go
                try:
                    conn.execute(create)
                    break
                except psycopg.errors.ObjectInUse:
                    if attempt == 119:
                        raise
                    time.sleep(10)
            print(f"# copied {name} to {copy} in {time.perf_counter() - started:.0f} s", flush=True)
    connection.settings_dict["NAME"] = copy
    from django.core.management import call_command

    call_command("migrate", verbosity=0)  # a copy made by an earlier run may lack newer migrations
    started = time.perf_counter()
    rows = fill_summaries(total)
    took = time.perf_counter() - started
    print(f"# {rows:,} monthly summary rows for {total:,} dossiers over 60 months in {took:.0f} s")
    admin = User.objects.get(username="tinh.admin")
    today = dt.date.today()
    period = form06.Period(today.replace(year=today.year - 5) + dt.timedelta(days=1), today)
    pieces = form06.pieces(period)
    counted = form06.report(admin, period, "level").total.values
    received = counted["c4"] + counted["c5"]
    print(
        f"# closed-month path, period {period.start} – {period.end}: "
        f"{sum(closed for _p, closed in pieces)} piece(s) from {MonthSummary.objects.count():,} summary rows, "
        f"{sum(not closed for _p, closed in pieces)} live piece(s); received (4)+(5) = {received:,}"
    )
    print(f"{'group_by':<8} {'bare SQL s':>10} {'report s':>9} {'report/bare':>12}")
    ok = True
    for group_by in ("level", "sector", "agency"):
        if group_by == "agency":
            bare = median_seconds(closed_month_bare_sql(period, "level"), repeat)
        else:
            bare = median_seconds(closed_month_bare_sql(period, group_by), repeat)
        report = median_seconds(lambda g=group_by: form06.report(admin, period, g), repeat)
        print(f"{group_by:<8} {bare:>10.3f} {report:>9.3f} {report / bare:>12.2f}")
        ok = ok and (group_by != "level" or report < GOAL_S)
    print(f"# closed-month level report over five years: goal under {GOAL_S:.0f} s: {'met' if ok else 'NOT met'}")
    return ok


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
    parser.add_argument("--closed-months", type=int, metavar="N", help="also time five closed years of N dossiers")
    parser.add_argument("--skip-live", action="store_true", help="only the closed-month path")
    args = parser.parse_args()
    if args.closed_months and not args.postgres:
        parser.error("--closed-months needs --postgres")
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
    ok = True
    if not args.skip_live:
        print(
            f"# {connection.vendor}, {total:,} dossiers, period {period.start} – {period.end}, median of {args.repeat}"
        )
        print(f"{'group_by':<8} {'bare SQL s':>10} {'report s':>9} {'API s':>7} {'report/bare':>12} {'API/bare':>9}")
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
    if args.closed_months:
        ok = closed_months_times(args.postgres, args.closed_months, args.repeat) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
