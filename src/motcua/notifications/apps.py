from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """Notifications to citizens (e-mail, SMS) from editable templates, and reminders to officials."""

    name = "motcua.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        import datetime as dt

        from motcua.audit import registry
        from motcua.core import periodic

        from . import (
            handlers,  # noqa: F401 — registers the outbox task "sms.send"
            receivers,
            services,
        )
        from .models import NotificationTemplate

        registry.register(NotificationTemplate)
        receivers.connect()  # the dossiers' and petitions' announcements
        # the embedded worker's schedule; Celery beat has the same entry (core/celery.py)
        periodic.daily("send-reminders", dt.time(7, 30), services.send_reminders)
