from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Periodic reports on dossier results (Biểu số 06/VPCP/KSTT) and, later, indices and savings."""

    name = "motcua.reports"
    label = "reports"
    verbose_name = _("Reports")
