"""Stored settings of the reports: the value of a citizen's working day per procedure (savings)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Procedure


class CitizenDayCost(models.Model):
    """The value of one working day of a citizen's time for the dossiers of one procedure (VND).

    Procedures without a row use ``MOTCUA_CITIZEN_DAY_COST_VND`` (see ``savings.default_day_cost``).
    """

    procedure = models.OneToOneField(Procedure, on_delete=models.CASCADE, related_name="citizen_day_cost")
    amount_vnd = models.PositiveBigIntegerField(_("value of one working day (VND)"))
    note = models.CharField(_("source of the value"), max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("value of a citizen's working day")
        verbose_name_plural = _("values of a citizen's working day")

    def __str__(self) -> str:
        return f"{self.procedure_id}: {self.amount_vnd} VND"
