"""Celery task of notifications: the daily reminders (beat entry in ``motcua.core.celery``)."""

from motcua.core.celery import app

from . import services


@app.task(name="motcua.notifications.tasks.send_reminders")
def send_reminders() -> int:
    return services.send_reminders()
