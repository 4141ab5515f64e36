from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """The append-only audit log."""

    name = "motcua.audit"
    label = "audit"
    verbose_name = _("Audit log")

    def ready(self) -> None:
        # The daily seal of the chain is scheduled by core (audit is the lowest layer: it imports nothing of motcua).
        from . import signals  # noqa: F401 — login, logout and failed-login records
