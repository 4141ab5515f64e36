"""Citizens' evaluation of how their dossier was handled (đánh giá việc giải quyết TTHC).

One evaluation per dossier, given online by the dossier's account or at the desk on a device
(ND 61/2018 Art 29, 31(1); TT 01/2018 Art 12). The overall satisfaction uses the three levels of
TT 32/2017 Art 12 and is mandatory; the criteria of ND 61 Art 31(1) are optional answers stored as
codes. The evaluated agency, unit and officer are copied at rating time (snapshots), so later
changes to the organisation or the dossier never rewrite an evaluation.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from motcua.orgs.models import Agency


class EvaluationChannel(models.TextChoices):
    ONLINE = "online", _("Online")
    DESK_DEVICE = "desk_device", _("Device at the desk")


class Satisfaction(models.TextChoices):
    """Mức độ hài lòng, TT 32/2017 Art 12."""

    VERY_SATISFIED = "very_satisfied", _("Very satisfied")
    SATISFIED = "satisfied", _("Satisfied")
    NOT_SATISFIED = "not_satisfied", _("Not satisfied")


YES_NO = [("yes", _("Yes")), ("no", _("No"))]

# ND 61 Art 31(1): field name → (point of the article, question, choices).
CRITERIA: dict[str, tuple[str, object, list[tuple[str, object]]]] = {
    "time": (
        "a",
        _("Was the result ready earlier than, on, or later than the appointment?"),
        [("earlier", _("Earlier")), ("on_time", _("On time")), ("later", _("Later"))],
    ),
    "bodies": (
        "b",
        _("Besides the one-stop desk, how many other bodies did you have to contact?"),
        [("none", _("None besides the desk")), ("one", _("One")), ("more", _("More than one"))],
    ),
    "contacts": (
        "c",
        _("How many times did you have to come or get in touch to complete the dossier?"),
        [("once", _("Once")), ("twice", _("Twice")), ("more", _("More than twice"))],
    ),
    "info_accurate": ("d", _("Was the published information on the procedure accurate?"), YES_NO),
    "attitude": (
        "đ",
        _("How was the staff's attitude?"),
        [("polite", _("Polite")), ("normal", _("Normal")), ("not_polite", _("Not polite"))],
    ),
    "result_lawful": ("e", _("Was the result lawful, and were the costs as published?"), YES_NO),
    "extra_cost": ("e", _("Were you asked to pay anything beyond the published fees?"), YES_NO),
    "online_quality": (
        "h",
        _("How satisfied are you with the online service (progress, ease of use)?"),
        [(s.value, s.label) for s in Satisfaction],
    ),
}
ONLINE_ONLY = frozenset({"online_quality"})


def _criterion(name: str) -> models.CharField:
    _point, question, choices = CRITERIA[name]
    return models.CharField(question, max_length=20, blank=True, choices=choices)


class Evaluation(models.Model):
    dossier = models.OneToOneField(
        "dossiers.Dossier", verbose_name=_("dossier"), on_delete=models.PROTECT, related_name="evaluation"
    )
    channel = models.CharField(pgettext_lazy("evaluation", "channel"), max_length=12, choices=EvaluationChannel.choices)
    satisfaction = models.CharField(_("overall satisfaction"), max_length=20, choices=Satisfaction.choices)
    time = _criterion("time")
    bodies = _criterion("bodies")
    contacts = _criterion("contacts")
    info_accurate = _criterion("info_accurate")
    attitude = _criterion("attitude")
    result_lawful = _criterion("result_lawful")
    extra_cost = _criterion("extra_cost")
    online_quality = _criterion("online_quality")
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    # Snapshots at rating time.
    agency = models.ForeignKey(
        Agency, verbose_name=_("competent agency"), on_delete=models.PROTECT, related_name="evaluations"
    )
    agency_name = models.CharField(max_length=255)
    unit = models.ForeignKey(
        Agency,
        verbose_name=_("deciding unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="unit_evaluations",
    )
    unit_name = models.CharField(max_length=255, blank=True)
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evaluations_received",
    )
    officer_name = models.CharField(max_length=200, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("rated at"), db_index=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["agency", "created_at"], name="evaluation_agency_idx"),
            models.Index(fields=["unit", "created_at"], name="evaluation_unit_idx"),
            models.Index(fields=["officer", "created_at"], name="evaluation_officer_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.dossier_id}: {self.satisfaction}"

    def answers(self) -> list[tuple[str, str]]:
        """(question, answer label) for every criterion answered."""
        rows = []
        for name in CRITERIA:
            value = getattr(self, name)
            if value:
                rows.append((str(self._meta.get_field(name).verbose_name), str(getattr(self, f"get_{name}_display")())))
        return rows
