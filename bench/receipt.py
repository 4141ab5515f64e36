"""Counter receipt and online submission: dossiers per second, end to end through the dossier services.

    .venv/bin/python bench/receipt.py [--dossiers 300]                      # SQLite under var/bench/
    .venv/bin/python bench/receipt.py --postgres postgres://postgres@127.0.0.1:5432/motcua_bench_receipt

The issue-8 goal on a 2-core machine: at least 100 dossiers a second. On the demo province (seed_demo),
for a procedure of Sở Tư pháp without cases, one process times three paths, each dossier one transaction
as in production (code from the locked per-desk counter, appointment from the calendar, steps and their
deadlines, the event with its state snapshot, the audit rows, the e-mail and SMS queued in the outbox):

- **counter receipt** — ``services.receive`` by the desk officer, every component ticked as received;
- **online submission** — ``services.submit_online`` by a citizen with a small PDF uploaded for every
  component (content-checked and written to the file storage, as the portal does);
- **online acceptance** — ``services.receive`` of those submitted dossiers by the desk;
- **counter, N desks at once** (``--processes N``, default 2) — N forked processes, each the desk officer
  of another demo desk (Sở Tư pháp, Sở Xây dựng, the city, a ward) receiving at the counter, as desks
  do in a province; receipts of different desks share no counter row.

Prints dossiers/s, the ratio to the goal, and the CPU milliseconds per dossier of this process (and, on
PostgreSQL on the same machine, of its server process, read from /proc), with the load average before
and after: on a shared machine the CPU figures are the stable ones. Exit status 0 when the three
single-process paths reach the goal.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keep bench/ off the path (a script here must never shadow a standard-library module)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

from motcua.demo import benchdb  # noqa: E402 — after the path is set

GOAL = 100.0
PDF = b"%PDF-1.4\n% motcua bench\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
DESKS = [("stp.motcua", "H15.03"), ("sxd.motcua", "H15.08"), ("tplc.motcua", "H15.50"), ("cocleu.motcua", "H15.50.04")]
HEADER = f"{'path':<26} {'count':>6} {'seconds':>8} {'dossiers/s':>10} {'ratio':>6} {'CPU ms/dossier':>15}"


def backend_cpu() -> float:
    """CPU seconds used so far by this connection's PostgreSQL server process (same machine); 0 elsewhere."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Meter:
    """Wall clock, this process's CPU and the database server's CPU for this connection."""

    def __enter__(self):
        self.wall, self.cpu, self.db = time.perf_counter(), time.process_time(), backend_cpu()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
        self.db = backend_cpu() - self.db


def rate(label: str, count: int, meter: Meter) -> bool:
    per_second = count / meter.wall
    cpu = f"{meter.cpu * 1000 / count:.1f}" + (f" + {meter.db * 1000 / count:.1f} db" if meter.db else "")
    print(
        f"{label:<26} {count:>6} {meter.wall:>8.2f} {per_second:>10.1f} {per_second / GOAL:>6.2f} {cpu:>15}", flush=True
    )
    return per_second >= GOAL


def desk_setup(username: str, desk_code: str):
    """The desk officer, the desk, and a procedure of the desk without cases with its component keys."""
    from motcua.accounts.models import User
    from motcua.catalogue import selectors as catalogue_selectors
    from motcua.orgs.models import Agency

    officer = User.objects.get(username=username)
    desk = Agency.objects.get(code=desk_code)
    versions = catalogue_selectors.in_force().filter(implementing_agency=desk).select_related("procedure")
    version = next(v for v in versions if not v.content.get("cases") and not v.on_the_spot and v.content["components"])
    return officer, desk, version, [spec["key"] for spec in version.content["components"]]


def counter_receipts(username: str, desk_code: str, count: int) -> None:
    from motcua.dossiers import services
    from motcua.dossiers.services import Applicant, ComponentInput

    officer, desk, version, keys = desk_setup(username, desk_code)
    applicant = Applicant(name="Nguyễn Văn Đo", id_number="001122334455", phone="0912000999", email="do@example.vn")
    for _ in range(count):
        services.receive(
            user=officer,
            desk=desk,
            procedure=version.procedure,
            applicant=applicant,
            components=[ComponentInput(key, received=True) for key in keys],
        )


def parallel(processes: int, count: int) -> tuple[int, float]:
    """``processes`` forked processes, each receiving ``count`` dossiers at its own desk; (total, seconds)."""
    from django.db import connections

    connections.close_all()  # each child opens its own connection
    started = time.perf_counter()
    children = []
    for username, desk_code in DESKS[:processes]:
        pid = os.fork()
        if pid == 0:
            try:
                counter_receipts(username, desk_code, count)
                os._exit(0)
            except BaseException:  # noqa: BLE001 — report and fail the child
                import traceback

                traceback.print_exc()
                os._exit(1)
        children.append(pid)
    failed = sum(os.waitpid(pid, 0)[1] != 0 for pid in children)
    if failed:
        raise SystemExit(f"{failed} receiving process(es) failed")
    return processes * count, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=300, help="dossiers per path (and per process)")
    parser.add_argument("--postgres", help="database URL (created if missing, kept for the next run)")
    parser.add_argument(
        "--processes", type=int, default=2, choices=range(1, len(DESKS) + 1), help="desks receiving at once"
    )
    args = parser.parse_args()
    benchdb.configure(args.postgres, "receipt.sqlite3")
    benchdb.prepare(0)

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection

    from motcua.accounts.models import User
    from motcua.dossiers import services
    from motcua.dossiers.services import Applicant, ComponentInput

    citizen = User.objects.get(username="congdan1")
    desk_officer, desk, version, keys = desk_setup(*DESKS[0])
    applicant = Applicant(name="Nguyễn Văn Đo", id_number="001122334455", phone="0912000999", email="do@example.vn")
    counter_receipts(*DESKS[0], 5)  # warm-up: connection, calendar tables, compiled templates
    print(f"# {connection.vendor}, procedure {version.procedure.code} ({len(keys)} components), {args.dossiers} each")
    print(f"# load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(HEADER)

    with Meter() as meter:
        counter_receipts(*DESKS[0], args.dossiers)
    ok = rate("counter receipt", args.dossiers, meter)

    submitted = []
    with Meter() as meter:
        for _ in range(args.dossiers):
            files = [ComponentInput(k, file=SimpleUploadedFile(f"{k}.pdf", PDF, "application/pdf")) for k in keys]
            submitted.append(
                services.submit_online(
                    account=citizen, desk=desk, procedure=version.procedure, applicant=applicant, components=files
                )
            )
    ok &= rate("online submission", args.dossiers, meter)

    with Meter() as meter:
        for dossier in submitted:
            services.receive(user=desk_officer, dossier=dossier)
    ok &= rate("online acceptance", args.dossiers, meter)

    if args.processes > 1:
        total, seconds = parallel(args.processes, args.dossiers)
        per_second = total / seconds
        label = f"counter, {args.processes} desks at once"
        print(f"{label:<26} {total:>6} {seconds:>8.2f} {per_second:>10.1f} {per_second / GOAL:>6.2f} {'':>15}")
    print(f"# load average after: {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
