from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The one-stop forms (slips 01–05, control sheet, logbook) as HTML and PDF, with each agency's header."""

    name = "motcua.documents"
    label = "documents"
    verbose_name = _("Printable forms")

    def ready(self) -> None:
        from motcua.audit import registry

        from . import models

        registry.register(models.FormHeader)
