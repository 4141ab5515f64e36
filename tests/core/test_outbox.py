import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from motcua.core import outbox
from motcua.core.models import OutboxMessage

CALLS: list[dict] = []


@outbox.handler("test.flaky")
def flaky(payload: dict) -> None:
    CALLS.append(payload)
    if payload.get("fail_times", 0) >= len(CALLS):
        raise RuntimeError("remote system down")


@pytest.fixture(autouse=True)
def _reset():
    CALLS.clear()


def _make_due(message):
    OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=message.created_at)


def test_enqueue_is_idempotent(db):
    first = outbox.enqueue("email.send", {"to": ["a@example.org"], "subject": "s", "body": "b"}, "key-1")
    second = outbox.enqueue("email.send", {"to": ["b@example.org"], "subject": "s", "body": "b"}, "key-1")
    assert first.pk == second.pk
    assert OutboxMessage.objects.count() == 1


def test_unknown_task_is_refused(db):
    with pytest.raises(ValueError):
        outbox.enqueue("no.such.task", {}, "k")


def test_the_worker_delivers_an_email_once(db):
    outbox.enqueue("email.send", {"to": ["dan@example.org"], "subject": "Hồ sơ đã tiếp nhận", "body": "..."}, "k1")
    call_command("run_worker", "--once")
    call_command("run_worker", "--once")
    assert [m.subject for m in mail.outbox] == ["Hồ sơ đã tiếp nhận"]
    message = OutboxMessage.objects.get()
    assert message.status == "done" and message.attempts == 1 and message.finished_at


def test_a_failure_is_retried_with_backoff(db):
    message = outbox.enqueue("test.flaky", {"fail_times": 1}, "k2")
    assert outbox.drain() == 0
    message.refresh_from_db()
    assert message.status == "pending" and message.attempts == 1
    assert "remote system down" in message.last_error
    assert message.next_attempt_at > message.created_at
    assert outbox.drain() == 0  # not due yet: backoff
    _make_due(message)
    assert outbox.drain() == 1
    message.refresh_from_db()
    assert message.status == "done" and message.attempts == 2


@override_settings(OUTBOX_MAX_ATTEMPTS=2)
def test_a_message_fails_visibly_after_the_last_attempt_and_can_be_resent(db):
    message = outbox.enqueue("test.flaky", {"fail_times": 5}, "k3")
    outbox.drain()
    _make_due(message)
    outbox.drain()
    message.refresh_from_db()
    assert message.status == "failed" and message.attempts == 2
    assert outbox.queue_state()["failed"] == 1
    outbox.resend(message)
    assert outbox.drain() == 0  # third call still fails
    message.refresh_from_db()
    assert message.attempts == 1 and message.status == "pending"


def test_a_leased_message_is_not_taken_twice(db):
    message = outbox.enqueue("test.flaky", {}, "k4")
    assert outbox.claim(message.pk) is not None
    assert outbox.claim(message.pk) is None
    assert outbox.due_ids() == []


def test_a_dead_workers_message_is_taken_over_after_its_lease(db, settings):
    """A worker killed mid-task leaves its claim; once the lease ends another worker delivers it."""
    import datetime as dt

    from django.utils import timezone

    settings.OUTBOX_LEASE_SECONDS = 3
    message = outbox.enqueue("test.flaky", {"n": 1}, "k5")
    claimed = outbox.claim(message.pk)  # … and the worker dies here
    assert claimed.locked_by == outbox.worker_name() and claimed.attempts == 1
    assert 2 <= (claimed.locked_until - timezone.now()).total_seconds() <= 3
    assert outbox.due_ids() == []
    OutboxMessage.objects.filter(pk=message.pk).update(locked_until=timezone.now() - dt.timedelta(seconds=1))
    assert outbox.drain() == 1
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.DONE and message.attempts == 2 and CALLS == [{"n": 1}]


@pytest.mark.parametrize("seconds", [1, 2, 5, 20])
def test_backoff_grows_and_is_capped(seconds):
    assert outbox.backoff(seconds) < outbox.backoff(seconds + 1) or outbox.backoff(seconds).total_seconds() == 3600
    assert outbox.backoff(100).total_seconds() == 3600


def test_healthz_reports_database_and_queue(client, db):
    outbox.enqueue("test.flaky", {}, "k5")
    call_command("run_worker", "--once")
    response = client.get("/healthz")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok"
    assert data["database"]["ok"] is True
    assert data["worker"]["waiting"] == 0
    assert data["worker"]["worker_seen_seconds_ago"] is not None
    assert data["worker"]["mode"] == "database"
