"""Officials' work queues on a large province: p50/p95 per queue (goal p95 < 50 ms at 1M on PostgreSQL).

    .venv/bin/python bench/worklist.py --dossiers 50000                 # SQLite file under var/bench/
    .venv/bin/python bench/worklist.py --dossiers 1000000 --postgres postgres://postgres@127.0.0.1:5432/motcua_bench

Creates (or reuses) the database, loads the demo province and catalogue, tops the dossiers up to
the requested number with ``generate_load``, then times every queue and the tab counts for the
demo officials, through the same selectors the back office uses.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# keep bench/ off the path (a script here must never shadow a standard-library module)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT / "src"))

from motcua.demo import benchdb  # noqa: E402 — after the path is set


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=50_000)
    parser.add_argument("--postgres", default="")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    benchdb.configure(args.postgres, "worklist.sqlite3")
    benchdb.prepare(args.dossiers)

    from django.db import connection

    from motcua.accounts.models import User
    from motcua.dossiers import selectors
    from motcua.dossiers.models import Dossier

    print(f"database: {connection.vendor}, dossiers: {Dossier.objects.count():,}")
    users = [
        "cocleu.motcua",
        "tplc.motcua",
        "stp.motcua",
        "stp.truongphong",
        "stp.chuyenvien",
        "stp.lanhdao",
        "tinh.admin",
    ]
    worst = 0.0
    print(f"{'user':18} {'queue':16} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for username in users:
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        for name in selectors.QUEUES:
            qs = selectors.queue(user, name)
            rows = qs.count()
            samples = timed(lambda qs=qs: list(qs[:50]), args.repeat)
            p50, p95 = statistics.median(samples), statistics.quantiles(samples, n=20)[18]
            worst = max(worst, p95)
            print(f"{username:18} {name:16} {rows:>7} {p50:8.1f} {p95:8.1f}")
        samples = timed(lambda user=user: selectors.queue_counts(user), max(5, args.repeat // 3))
        print(f"{username:18} {'(all counts)':16} {'':>7} {statistics.median(samples):8.1f} {max(samples):8.1f}")
    print(f"worst p95 of a queue page: {worst:.1f} ms (goal < 50 ms) → ratio {worst / 50:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
