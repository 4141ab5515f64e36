"""What was imported from which source: the idempotency record of the historical import."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.dossiers.models import Dossier


class ImportedDossier(models.Model):
    """One dossier loaded from a source system, keyed by the source's own id (unique per source)."""

    source = models.CharField(_("source system"), max_length=60)
    external_id = models.CharField(_("id in the source system"), max_length=100)
    dossier = models.OneToOneField(Dossier, on_delete=models.CASCADE, related_name="imported_from")
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("imported dossier")
        verbose_name_plural = _("imported dossiers")
        constraints = [models.UniqueConstraint(fields=["source", "external_id"], name="unique_import_source_id")]

    def __str__(self) -> str:
        return f"{self.source}:{self.external_id}"
