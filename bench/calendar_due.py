"""How many due dates per second the deadline engine computes on one core.

    .venv/bin/python bench/calendar_due.py [--seconds 3] [--seed 1]

Starts are random moments from 2019 to 2027 (any hour, weekends and holidays included), limits a
realistic mix: working days (a third of them with a half day), working hours, calendar days and
months, a cut-off hour on one start in four. The goal (issue 3) is at least 100,000 per second so that
reports can classify millions of dossiers. Also prints the rate of verdicts and of working time
between two moments. No database is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's `calendar`: keep its folder off the import path.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "src"))

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from decimal import Decimal  # noqa: E402

from motcua.worktime.engine import TZ, compute_due, verdict, working_time_between  # noqa: E402
from motcua.worktime.office_calendar import OfficeCalendar  # noqa: E402

GOAL = 100_000


def make_cases(n: int, rng: random.Random) -> list[tuple]:
    first = dt.datetime(2019, 1, 1, tzinfo=TZ)
    minutes = 9 * 365 * 24 * 60
    cases = []
    for _ in range(n):
        start = first + dt.timedelta(minutes=rng.randrange(minutes), seconds=rng.randrange(60))
        unit = rng.choice(["working_days", "working_days", "working_hours", "days", "months"])
        if unit == "working_days":
            amount = Decimal(rng.randrange(1, 61)) / 2 if rng.random() < 1 / 3 else rng.randrange(1, 31)
        elif unit == "working_hours":
            amount = rng.choice([2, 4, 8, 16, 24, 40])
        elif unit == "days":
            amount = rng.choice([7, 10, 15, 30, 45, 60])
        else:
            amount = rng.choice([1, 2, 3, 6, 12])
        cutoff = dt.time(15, 0) if rng.random() < 0.25 else None
        cases.append((start, amount, unit, cutoff))
    return cases


def _cpu_model() -> str:
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return ""
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "")


def rate(func, cases: list, seconds: float) -> float:
    """Calls per second of ``func`` over ``cases``, repeated for at least ``seconds``."""
    done, began = 0, time.perf_counter()
    while True:
        for case in cases:
            func(*case)
        done += len(cases)
        elapsed = time.perf_counter() - began
        if elapsed >= seconds:
            return done / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    rng = random.Random(args.seed)
    calendar = OfficeCalendar()
    cases = make_cases(10_000, rng)
    dues = [compute_due(s, a, u, calendar, c) for s, a, u, c in cases]  # warm-up: loads the years

    due_rate = rate(lambda s, a, u, c: compute_due(s, a, u, calendar, c), cases, args.seconds)
    finished = [(d.receipt_at + dt.timedelta(hours=rng.randrange(1, 2000)), d) for d in dues]
    verdict_rate = rate(verdict, finished, args.seconds / 2)
    pairs = [(d.receipt_at, f, calendar) for f, d in finished]
    between_rate = rate(working_time_between, pairs, args.seconds / 2)

    machine = _cpu_model() or platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores (1 used), Python {platform.python_version()}")
    print(f"due dates (compute_due, mixed units):  {due_rate:>12,.0f} /s  (goal {GOAL:,} /s)")
    print(f"verdicts (early / on time / late):     {verdict_rate:>12,.0f} /s")
    print(f"working time between two moments:      {between_rate:>12,.0f} /s")
    return 0 if due_rate >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
