"""The loop of the embedded worker (``manage.py run_worker``): heartbeat, daily jobs, outbox delivery.

A database error in one round (SQLite's "database is locked" while ``generate_load`` or a long admin
transaction holds the write lock, a dropped PostgreSQL connection) does not end the worker: the round
is logged, the connection closed, and the next round waits a little longer each time (``interval``
doubled up to :data:`MAX_BACKOFF` seconds) until the database answers again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.db import OperationalError, close_old_connections, connection

from . import outbox, periodic

log = logging.getLogger(__name__)

MAX_BACKOFF = 30.0  # seconds between tries while the database keeps failing


def poll(name: str, daily_runs: dict, say: Callable[[str], None]) -> int:
    """One round: heartbeat, due daily jobs, due outbox messages; returns how many were delivered."""
    outbox.heartbeat(name)
    for job in periodic.run_due(daily_runs):
        say(f"daily job {job} ran")
    return outbox.drain()


def backoff(failures: int, interval: float) -> float:
    """Seconds to wait after ``failures`` failed rounds in a row: interval × 2, × 4, … capped."""
    return min(MAX_BACKOFF, max(interval, 0.1) * 2**failures)


def run(
    name: str,
    *,
    interval: float = 1.0,
    once: bool = False,
    stopping: Callable[[], bool] = lambda: False,
    say: Callable[[str], None] = print,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Poll until ``stopping()``; with ``once``, until one round has succeeded. Returns the messages delivered."""
    delivered_total, failures, daily_runs = 0, 0, {}
    while not stopping():
        if not once:
            close_old_connections()  # a long-running loop must not keep a dead connection
        try:
            delivered = poll(name, daily_runs, say)
        except OperationalError as exc:
            failures += 1
            wait = backoff(failures, interval)
            log.warning(
                "worker %s: database error (%s); round %d in a row, next try in %.1f s", name, exc, failures, wait
            )
            connection.close()
            sleep(wait)
            continue
        if failures:
            log.info("worker %s: database answers again after %d failed rounds", name, failures)
            failures = 0
        delivered_total += delivered
        if once:
            break
        if not delivered:
            sleep(interval)
    return delivered_total
