"""The database of a benchmark script in ``bench/``: chosen, created if missing, filled with the demo province.

Call :func:`configure` before anything imports Django models (it runs ``django.setup()``), then
:func:`prepare` to load the demo province and catalogue and top the dossiers up with ``generate_load``.
A PostgreSQL database named in the URL is created when missing and kept, so a second run reuses it;
without a URL the database is an SQLite file under ``var/bench/``.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def configure(postgres_url: str | None, sqlite_name: str) -> None:
    os.environ.setdefault("MOTCUA_SECRET_KEY", "bench-only")
    os.environ.setdefault("MOTCUA_ALLOWED_HOSTS", "testserver")
    # the benchmarks time reports and pages for a logged-in official, not the login's second step
    os.environ.setdefault("MOTCUA_2FA_REQUIRED", "0")
    if postgres_url:
        os.environ["MOTCUA_DATABASE_URL"] = postgres_url
        _create_database(postgres_url)
    else:
        path = ROOT / "var" / "bench" / sqlite_name
        path.parent.mkdir(parents=True, exist_ok=True)
        os.environ["MOTCUA_DATABASE_URL"] = f"sqlite:///{path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "motcua.settings"
    import django

    django.setup()


def _create_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(psycopg.sql.Identifier(name)))


def prepare(target: int, years: int = 2) -> int:
    """Migrate, load the demo province and catalogue, generate dossiers up to ``target``; return the count."""
    from django.core.management import call_command

    from motcua.dossiers.models import Dossier

    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0)
    have = Dossier.objects.count()
    if have < target:
        started = time.perf_counter()
        call_command("generate_load", dossiers=target - have, years=years, verbosity=0)
        print(f"# generated {target - have} dossiers in {time.perf_counter() - started:.0f} s", flush=True)
    from motcua.core.dbstats import analyze
    from motcua.dossiers.models import DossierEvent, DossierStep

    analyze(Dossier, DossierStep, DossierEvent)  # a database loaded earlier may never have been analysed
    return Dossier.objects.count()


def median_seconds(fn, repeat: int) -> float:
    """The median of ``repeat`` timed calls of ``fn`` after one warm-up call (caches, query plans)."""
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)
