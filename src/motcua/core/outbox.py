"""The durable outbox: enqueue side effects inside a transaction, deliver them with retries.

Handlers register under a task name with :func:`handler`. :func:`enqueue` writes a row (in the
caller's transaction); a worker — ``manage.py run_worker`` in the embedded setup, Celery in
production — claims due rows, runs their handler and records the outcome. A handler must be
idempotent: a row whose worker died mid-task is claimed again once its lease expires.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import OutboxMessage, WorkerHeartbeat

log = logging.getLogger(__name__)

Handler = Callable[[dict], None]
_HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    """Register a function as the handler of an outbox task name."""

    def register(func: Handler) -> Handler:
        _HANDLERS[name] = func
        return func

    return register


def enqueue(task: str, payload: dict, idempotency_key: str) -> OutboxMessage:
    """Queue a side effect; a second call with the same key returns the first row."""
    if task not in _HANDLERS:
        raise ValueError(f"Unknown outbox task {task!r}")
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                task=task,
                payload=payload,
                idempotency_key=idempotency_key,
                next_attempt_at=timezone.now(),
            )
    except IntegrityError:
        return OutboxMessage.objects.get(idempotency_key=idempotency_key)
    if settings.BROKER_URL:
        transaction.on_commit(lambda: _nudge_celery(message.pk))
    return message


def _nudge_celery(message_id: int) -> None:
    # by the task's name, so that the outbox does not import the tasks that wrap it (no import circle)
    from .celery import app

    app.send_task("motcua.core.tasks.deliver_outbox_message", args=[message_id])


def backoff(attempts: int) -> timedelta:
    """Delay before the next try: 10 s, 20 s, 40 s … capped at one hour."""
    return timedelta(seconds=min(3600, 10 * 2 ** max(0, attempts - 1)))


def lease() -> timedelta:
    """How long a claimed message belongs to its worker; after that another worker may take it."""
    return timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)


def claim(message_id: int) -> OutboxMessage | None:
    """Take a lease on one due message, or return None when another worker holds it."""
    now = timezone.now()
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, next_attempt_at__lte=now)
            .exclude(status__in=[OutboxMessage.Status.DONE, OutboxMessage.Status.FAILED])
            .first()
        )
        if message is None or (message.locked_until and message.locked_until > now):
            return None
        message.status = OutboxMessage.Status.RUNNING
        message.locked_until = now + lease()
        message.locked_by = worker_name()
        message.attempts += 1
        message.save(update_fields=["status", "locked_until", "locked_by", "attempts"])
    return message


def deliver(message_id: int) -> bool:
    """Run one message's handler if it is due; return True when it was delivered."""
    message = claim(message_id)
    if message is None:
        return False
    try:
        with transaction.atomic():
            _HANDLERS[message.task](message.payload)
            message.status = OutboxMessage.Status.DONE
            message.finished_at = timezone.now()
            message.locked_until = None
            message.last_error = ""
            message.save(update_fields=["status", "finished_at", "locked_until", "last_error"])
        return True
    except Exception as exc:  # noqa: BLE001 — any failure of a handler is recorded and retried
        log.warning(
            "outbox %s %s failed (attempt %s): %s",
            message.task,
            message.pk,
            message.attempts,
            exc,
        )
        failed = message.attempts >= settings.OUTBOX_MAX_ATTEMPTS
        message.status = OutboxMessage.Status.FAILED if failed else OutboxMessage.Status.PENDING
        message.next_attempt_at = timezone.now() + backoff(message.attempts)
        message.locked_until = None
        message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        message.save(update_fields=["status", "next_attempt_at", "locked_until", "last_error"])
        return False


def due_ids(limit: int = 100) -> list[int]:
    now = timezone.now()
    return list(
        OutboxMessage.objects.filter(
            status__in=[OutboxMessage.Status.PENDING, OutboxMessage.Status.RUNNING],
            next_attempt_at__lte=now,
        )
        .exclude(locked_until__gt=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )


def drain(limit: int = 100) -> int:
    """Deliver every due message (up to ``limit``); return how many were delivered."""
    return sum(deliver(pk) for pk in due_ids(limit))


def resend(message: OutboxMessage) -> None:
    """Put a failed message back in the queue (an operator's decision)."""
    message.status = OutboxMessage.Status.PENDING
    message.attempts = 0
    message.next_attempt_at = timezone.now()
    message.save(update_fields=["status", "attempts", "next_attempt_at"])


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def heartbeat(name: str) -> None:
    WorkerHeartbeat.objects.update_or_create(name=name, defaults={"seen_at": timezone.now()})


def queue_state() -> dict:
    """Figures for /healthz: waiting, failed, oldest waiting age, last worker heartbeat."""
    now = timezone.now()
    waiting = OutboxMessage.objects.filter(status__in=[OutboxMessage.Status.PENDING, OutboxMessage.Status.RUNNING])
    oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
    last_beat = WorkerHeartbeat.objects.order_by("-seen_at").values_list("seen_at", flat=True).first()
    return {
        "waiting": waiting.count(),
        "failed": OutboxMessage.objects.filter(status=OutboxMessage.Status.FAILED).count(),
        "oldest_waiting_seconds": round((now - oldest).total_seconds(), 1) if oldest else 0,
        "worker_seen_seconds_ago": round((now - last_beat).total_seconds(), 1) if last_beat else None,
        "mode": "celery" if settings.BROKER_URL else "database",
    }
