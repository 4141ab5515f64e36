"""Celery application for production: workers deliver the outbox, beat retries it."""

import os
from functools import cached_property
from zoneinfo import ZoneInfo

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")

app = Celery("motcua")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["motcua.core", "motcua.notifications"])


class VietnamCrontab(crontab):
    """A crontab read in Vietnam's time (Asia/Ho_Chi_Minh) whatever Celery's own timezone is."""

    @cached_property
    def tz(self):
        return ZoneInfo("Asia/Ho_Chi_Minh")


@app.on_after_configure.connect
def _daily_jobs(sender, **kwargs) -> None:
    # Reminders to officials (nhắc việc): every day at 07:30, before the offices open.
    sender.add_periodic_task(
        VietnamCrontab(hour=7, minute=30),
        sender.signature("motcua.notifications.tasks.send_reminders"),
        name="send-reminders",
    )
