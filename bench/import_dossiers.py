"""Historical import speed: N dossiers from an NDJSON file (goal: 100,000 in under 2 minutes).

    .venv/bin/python bench/import_dossiers.py                 # 100,000 dossiers, SQLite
    .venv/bin/python bench/import_dossiers.py --quick         # 10,000
    .venv/bin/python bench/import_dossiers.py --postgres postgres://postgres@127.0.0.1:5432/postgres
    # or MOTCUA_DATABASE_URL=postgres://… in the environment: SQLite first, then PostgreSQL

Each engine gets a throwaway database (a temporary SQLite file; on PostgreSQL a database
``motcua_bench_import_<pid>`` created on the server and dropped afterwards), migrated and loaded with
the demo province and catalogue (``seed_demo``). The file is generated once from the demo province
with the Lào Cai scenario's generator (``motcua.demo.scenarios.laocai2019``: real procedures of the
three levels, working-day receipts, hand-overs, supplements, apologies, decisions, returns…) and
imported with ``import_dossiers``; the import is timed (the database preparation is not), then
``rebuild_dossier_state --check`` is run on the result. Prints dossiers/s and the ratio to the goal,
the importer's CPU time and, on PostgreSQL (same machine), the CPU time of the server processes
serving the benchmark's database (the importer's connections, the writer's included).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_SECONDS = 120.0
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))


def _setup(url: str) -> None:
    os.environ.setdefault("MOTCUA_SECRET_KEY", "bench-only")
    os.environ["MOTCUA_DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "motcua.settings"
    import django

    django.setup()


class BackendCPU:
    """CPU seconds of the PostgreSQL backends serving one database (same machine), sampled from
    ``/proc`` every 0.2 s so that a connection closed before the end (the import's writer) counts."""

    def __init__(self, database: str) -> None:
        self.marker = f" {database} ".encode()
        self.tick = os.sysconf("SC_CLK_TCK")
        self.start = self._sample()
        self.seen = dict(self.start)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _sample(self) -> dict[int, float]:
        used = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if self.marker not in (entry / "cmdline").read_bytes().replace(b"\0", b" "):
                    continue
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            used[int(entry.name)] = (int(stat[11]) + int(stat[12])) / self.tick
        return used

    def _run(self) -> None:
        while not self.stopped.wait(0.2):
            self.seen.update(self._sample())

    def stop(self) -> float:
        self.stopped.set()
        self.thread.join()
        self.seen.update(self._sample())
        return sum(cpu - self.start.get(pid, 0.0) for pid, cpu in self.seen.items())


def run_engine(url: str, file: Path, count: int) -> int:
    """In a child process: prepare the database, write the file if missing, time the import."""
    _setup(url)
    from django.core.management import call_command
    from django.db import connection

    from motcua.demo.scenarios import laocai2019
    from motcua.dossiers.models import Dossier
    from motcua.imports.services import import_lines

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0)
    print(f"[{connection.vendor}] database ready in {time.perf_counter() - started:.0f} s", flush=True)
    if not file.exists():
        started = time.perf_counter()
        scenario = laocai2019.Scenario(scale=min(1.0, count / 140_000 + 0.01), seed=7)
        written = 0
        with file.open("w", encoding="utf-8") as fh:
            for line in scenario.lines():
                fh.write(line.replace('"source": "laocai-2019"', '"source": "bench"') + "\n")
                written += 1
                if written >= count:
                    break
        print(f"generated {written:,} dossiers in {time.perf_counter() - started:.0f} s → {file}", flush=True)
    server = BackendCPU(connection.settings_dict["NAME"]) if connection.vendor == "postgresql" else None
    started, cpu = time.perf_counter(), time.process_time()
    with file.open(encoding="utf-8") as fh:
        result = import_lines(fh)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    server_cpu = f"; PostgreSQL backends of this database: {server.stop():.1f} s CPU" if server else ""
    load = os.getloadavg()[0]
    if result.failed:
        print(f"{result.failed} bad lines, e.g. {result.errors[:3]}", flush=True)
    rate = result.imported / seconds
    at_goal = 100_000 / rate
    print(
        f"[{connection.vendor}] imported {result.imported:,} dossiers "
        f"({Dossier.objects.count():,} in the database) in {seconds:.1f} s: {rate:,.0f} dossiers/s; "
        f"100,000 would take {at_goal:.0f} s → ratio to the 2-minute goal {at_goal / GOAL_SECONDS:.2f} "
        f"(this process: {cpu:.1f} s CPU, {result.imported / cpu:,.0f} dossiers per CPU second; "
        f"load average {load:.1f} on {os.cpu_count()} cores{server_cpu})",
        flush=True,
    )
    check = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "rebuild_dossier_state", "--check"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    print(f"[{connection.vendor}] rebuild_dossier_state --check: {check.stdout.strip().splitlines()[-1]}", flush=True)
    return 0 if at_goal <= GOAL_SECONDS and not result.failed and check.returncode == 0 else 1


def _postgres(base_url: str, file: Path, count: int) -> int:
    import psycopg

    base = base_url.rsplit("/", 1)[0]
    name = f"motcua_bench_import_{os.getpid()}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        return _child(f"{base}/{name}", file, count)
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _child(url: str, file: Path, count: int) -> int:
    command = [sys.executable, __file__, "--engine-url", url, "--file", str(file), "--count", str(count)]
    return subprocess.run(command, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 dossiers")
    parser.add_argument("--postgres", default="", help="server URL for a throwaway PostgreSQL database")
    parser.add_argument("--engine-url", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine_url:
        return run_engine(args.engine_url, Path(args.file), args.count)
    count = 10_000 if args.quick else args.dossiers
    postgres = args.postgres or (
        os.environ.get("MOTCUA_DATABASE_URL", "") if "postgres" in os.environ.get("MOTCUA_DATABASE_URL", "") else ""
    )
    with tempfile.TemporaryDirectory(prefix="motcua-bench-import-") as tmp:
        file = Path(tmp) / f"dossiers-{count}.ndjson"
        status = _child(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", file, count)
        if postgres:
            status |= _postgres(postgres, file, count)
    return status


if __name__ == "__main__":
    sys.exit(main())
