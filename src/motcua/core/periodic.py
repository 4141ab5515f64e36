"""Daily jobs of the embedded worker (``manage.py run_worker``); Celery beat runs the same jobs in production.

A domain app registers a job in its ``AppConfig.ready``: ``periodic.daily("send-reminders", time(7, 30),
func)``. The worker calls :func:`run_due` on every poll; a job runs once a day, at the first poll after its
local time. Jobs must be idempotent: several workers (or a restarted one) may each run the same day's job.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DailyJob:
    name: str
    at: dt.time
    func: Callable[[], object]


_JOBS: dict[str, DailyJob] = {}


def daily(name: str, at: dt.time, func: Callable[[], object]) -> None:
    _JOBS[name] = DailyJob(name, at, func)


def jobs() -> list[DailyJob]:
    return sorted(_JOBS.values(), key=lambda job: (job.at, job.name))


def run_due(last_run: dict[str, dt.date], now: dt.datetime | None = None) -> list[str]:
    """Run every job whose time has come today and that has not run today; ``last_run`` keeps the days."""
    local = timezone.localtime(now or timezone.now())
    ran = []
    for job in jobs():
        if local.time() < job.at or last_run.get(job.name) == local.date():
            continue
        last_run[job.name] = local.date()
        try:
            job.func()
        except Exception:  # a failing job is logged and tried again tomorrow; the worker goes on
            log.exception("daily job %s failed", job.name)
        ran.append(job.name)
    return ran
