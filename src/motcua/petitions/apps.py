from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PetitionsConfig(AppConfig):
    """Feedback and petitions on administrative regulations (phản ánh, kiến nghị — ND 20/2008)."""

    name = "motcua.petitions"
    label = "petitions"
    verbose_name = _("Feedback and petitions")

    def ready(self) -> None:
        from motcua.audit import registry

        from . import models

        registry.register(models.Petition)
