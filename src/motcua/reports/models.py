"""Stored data of the reports: the value of a citizen's working day per procedure (savings) and the
monthly summaries of closed months (Form 06)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.catalogue.models import Procedure, Sector
from motcua.orgs.models import Agency


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


class ClosedMonth(models.Model):
    """A month whose Form 06 counts are kept in :class:`MonthSummary` (tháng đã chốt số liệu).

    Closed by the nightly job once the month has ended; reports over it read the summary instead of
    the dossiers. A later change of its numbers is a recomputation with an audit row (``revision``
    goes up), never a silent edit. ``last_event_id`` is the highest dossier event when it was computed:
    an event recorded afterwards with a moment inside the month (an import of old history) makes the
    summary stale, and reports compute that month live until it is recomputed.
    """

    month = models.DateField(_("month"), unique=True)  # its first day
    computed_at = models.DateTimeField(_("computed at"))
    computed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    revision = models.PositiveIntegerField(_("revision"), default=1)
    reason = models.CharField(_("reason of the last computation"), max_length=300, blank=True)
    checked_at = models.DateTimeField(_("last checked at"), null=True, blank=True)
    last_event_id = models.BigIntegerField(default=0)
    rows = models.PositiveIntegerField(default=0)
    totals = models.JSONField(default=dict)  # c3 … c13 of the whole month, for the audit trail

    class Meta:
        ordering = ["month"]
        verbose_name = _("closed month")
        verbose_name_plural = _("closed months")

    def __str__(self) -> str:
        return f"{self.month:%m/%Y} r{self.revision}"


class MonthSummary(models.Model):
    """Form 06 columns (3) … (13) of one calendar month for one competent agency, sector and channel,
    each dossier read as it stood at the month's end (bảng tổng hợp tháng)."""

    month = models.DateField()
    lead_agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="+")
    channel = models.PositiveSmallIntegerField()
    c3 = models.PositiveIntegerField(default=0)
    c4 = models.PositiveIntegerField(default=0)
    c5 = models.PositiveIntegerField(default=0)
    c6 = models.PositiveIntegerField(default=0)
    c7 = models.PositiveIntegerField(default=0)
    c8 = models.PositiveIntegerField(default=0)
    c9 = models.PositiveIntegerField(default=0)
    c10 = models.PositiveIntegerField(default=0)
    c11 = models.PositiveIntegerField(default=0)
    c12 = models.PositiveIntegerField(default=0)
    c13 = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["month", "lead_agency", "sector", "channel"], name="unique_month_summary")
        ]
        verbose_name = _("monthly summary")
        verbose_name_plural = _("monthly summaries")

    def __str__(self) -> str:
        return f"{self.month:%m/%Y} {self.lead_agency_id}/{self.sector_id}/{self.channel}"
