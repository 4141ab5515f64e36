from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    """Online submission (nộp hồ sơ trực tuyến): drafts, uploads and the citizen's data store (kho dữ liệu)."""

    name = "motcua.submissions"
    label = "submissions"
    verbose_name = _("Online submissions")

    def ready(self) -> None:
        from motcua.audit import registry
        from motcua.dossiers.signals import dossier_event

        from . import models, services

        dossier_event.connect(services.on_dossier_event, dispatch_uid="submissions-result-to-store")

        registry.register(models.Draft)
        registry.register(models.DraftComponent)
        registry.register(models.DataStoreItem)
