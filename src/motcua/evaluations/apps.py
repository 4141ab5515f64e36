from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    """Citizens' evaluation of how their dossier was handled (đánh giá, ND 61 Art 31; TT 01/2018)."""

    name = "motcua.evaluations"
    label = "evaluations"
    verbose_name = _("Evaluations")

    def ready(self) -> None:
        from motcua.audit import registry

        from . import models

        registry.register(models.Evaluation)
