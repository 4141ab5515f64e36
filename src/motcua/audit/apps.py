from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """The append-only audit log."""

    name = "motcua.audit"
    label = "audit"
    verbose_name = _("Audit log")

    def ready(self) -> None:
        import datetime as dt

        from motcua.core import periodic

        from . import chain, signals  # noqa: F401 — login, logout and failed-login records

        periodic.daily("seal-audit-log", dt.time(1, 0), chain.seal_and_ship)
