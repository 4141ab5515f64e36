"""Celery tasks: thin wrappers around the outbox so Celery and the embedded worker behave alike."""

from . import outbox
from .celery import app


@app.task(name="motcua.core.tasks.deliver_outbox_message")
def deliver_outbox_message(message_id: int) -> bool:
    return outbox.deliver(message_id)


@app.task(name="motcua.core.tasks.drain_outbox")
def drain_outbox() -> int:
    outbox.heartbeat("celery-beat-drain:" + outbox.worker_name())
    return outbox.drain()
