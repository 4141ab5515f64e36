from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Periodic reports on dossier results (Biểu số 06/VPCP/KSTT) and, later, indices and savings."""

    name = "motcua.reports"
    label = "reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        import datetime as dt

        from motcua.core import periodic

        from . import services

        # after midnight: close the month that has just ended, check the recent ones
        periodic.daily("close-report-months", dt.time(0, 30), services.nightly)
