from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    """The dossier aggregate (hồ sơ): workflow, services (the only write path), selectors."""

    name = "motcua.dossiers"
    label = "dossiers"
    verbose_name = _("Dossiers")

    def ready(self) -> None:
        from motcua.audit import registry
        from motcua.worktime import services as worktime_services

        from . import models, recompute

        registry.register(models.ECopyFile)  # each e-copy file stored at digitisation, with its checksum

        worktime_services.register_recomputer("dossiers", recompute.on_calendar_change)
