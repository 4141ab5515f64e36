"""Daily jobs of the embedded worker: once a day, after their time, a failure does not stop the others."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from motcua.core import periodic

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
CALLS: list[str] = []


@pytest.fixture(autouse=True)
def jobs(monkeypatch):
    """Only this test's jobs, restored afterwards (the app's own jobs are registered at start-up)."""
    monkeypatch.setattr(periodic, "_JOBS", {})
    CALLS.clear()
    periodic.daily("early", dt.time(7, 30), lambda: CALLS.append("early"))
    periodic.daily("broken", dt.time(7, 0), lambda: 1 / 0)


def test_a_job_runs_once_a_day_after_its_time():
    state: dict = {}
    assert periodic.run_due(state, dt.datetime(2026, 11, 25, 7, 29, tzinfo=TZ)) == ["broken"]
    assert periodic.run_due(state, dt.datetime(2026, 11, 25, 7, 30, tzinfo=TZ)) == ["early"]
    assert periodic.run_due(state, dt.datetime(2026, 11, 25, 18, 0, tzinfo=TZ)) == []
    assert periodic.run_due(state, dt.datetime(2026, 11, 26, 8, 0, tzinfo=TZ)) == ["broken", "early"]
    assert CALLS == ["early", "early"]  # the broken job failed twice without stopping the other


def test_the_reminders_are_on_the_embedded_workers_schedule(monkeypatch):
    monkeypatch.undo()  # the real registry, as the apps filled it
    names = {job.name: job.at for job in periodic.jobs()}
    assert names.get("send-reminders") == dt.time(7, 30)


def test_the_audit_seal_is_scheduled_by_core(monkeypatch):
    """audit is the lowest layer and cannot reach the scheduler: core registers its daily seal."""
    from motcua.audit import chain

    monkeypatch.undo()
    jobs = {job.name: job for job in periodic.jobs()}
    assert jobs["seal-audit-log"].at == dt.time(1, 0) and jobs["seal-audit-log"].func is chain.seal_and_ship
