from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    """Administrative procedures (TTHC), their versions, publication decisions and internal processes."""

    name = "motcua.catalogue"
    label = "catalogue"
    verbose_name = _("Procedure catalogue")

    def ready(self) -> None:
        from motcua.audit import registry

        from . import models

        registry.register(models.Sector)
        registry.register(models.Procedure)
        registry.register(models.ProcedureVersion, exclude={"search_text"})
        registry.register(models.PublicationDecision)
        registry.register(models.DecisionItem)
        registry.register(models.ProcessTemplate)
        registry.register(models.FormTemplate)
