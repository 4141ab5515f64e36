from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """Notifications to citizens (e-mail, SMS) from editable templates, and reminders to officials."""

    name = "motcua.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from motcua.audit import registry

        from . import handlers  # noqa: F401 — registers the outbox task "sms.send"
        from .models import NotificationTemplate

        registry.register(NotificationTemplate)
