"""The embedded worker's loop (``motcua.core.worker``): a locked database does not end it."""

import logging
import sqlite3

import pytest
from django.db import connection

from motcua.core import outbox, worker
from motcua.core.models import OutboxMessage, WorkerHeartbeat

DELIVERED: list[dict] = []


@outbox.handler("test.worker")
def record(payload: dict) -> None:
    DELIVERED.append(payload)


def test_backoff_doubles_and_is_capped():
    assert [worker.backoff(n, 1.0) for n in (1, 2, 3)] == [2.0, 4.0, 8.0]
    assert worker.backoff(20, 1.0) == worker.MAX_BACKOFF


@pytest.mark.django_db(transaction=True)
def test_the_worker_survives_a_database_locked_by_another_connection(caplog):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write lock")
    DELIVERED.clear()
    outbox.enqueue("test.worker", {"n": 1}, "worker-lock-1")
    OutboxMessage.objects.update(next_attempt_at=OutboxMessage.objects.get().created_at)
    name = connection.settings_dict["NAME"]
    other = sqlite3.connect(name, uri=name.startswith("file:"), timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing: the one write lock is taken
    other.execute("INSERT INTO core_workerheartbeat (name, seen_at) VALUES ('other', '2026-12-01 00:00:00')")
    connection.close()  # the worker's next query opens its own connection
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        other.execute("ROLLBACK")  # the other writer finishes

    with caplog.at_level(logging.WARNING, logger="motcua.core.worker"):
        delivered = worker.run("test-worker", interval=0.5, once=True, say=lambda text: None, sleep=sleep)
    other.close()
    assert waits == [worker.backoff(1, 0.5)]
    assert "database error" in caplog.text and "locked" in caplog.text
    assert delivered == 1 and DELIVERED == [{"n": 1}]
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.DONE
    assert list(WorkerHeartbeat.objects.values_list("name", flat=True)) == ["test-worker"]
