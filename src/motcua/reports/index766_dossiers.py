"""The dossiers behind the QĐ 766 indicators computed from dossiers (issue 16: explain every number).

For each indicator, ``PARTS`` names the lists: the dossiers of the denominator and those of the numerator
(for 5.4, whose numerator is a difference, the decided dossiers and those late or with a complaint). Each
list is built from the same conditions as the index (``index766.dossier_sets``, ``_on_time``,
``complained``; Form 06's column conditions for 2.1 and 3.3), so it has as many dossiers as the number
shown; each row says why it is in the numerator or not (:func:`reason`).
"""

from __future__ import annotations

import datetime as dt

from django.db.models import BooleanField, Case, Q, QuerySet, Value, When
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.dossiers.models import Channel, Dossier, Verdict

from . import drilldown, figures, form06, index766

PARTS: dict[str, tuple[str, ...]] = {
    "2.1": ("numerator", "denominator"),
    "2.3": ("numerator", "denominator"),
    "3.3": ("numerator", "denominator"),
    "4.1": ("numerator", "denominator"),
    "4.2": ("numerator", "denominator"),
    "4.3": ("numerator", "denominator"),
    "4.5": ("numerator", "denominator"),
    "5.4": ("denominator", "late", "complained"),
}
PART_LABELS = {
    "numerator": gettext_lazy("Numerator"),
    "denominator": gettext_lazy("Denominator"),
    "late": gettext_lazy("Decided late"),
    "complained": gettext_lazy("With a complaint or “not satisfied”"),
}


def _flag(condition: Q) -> Case:
    return Case(When(condition, then=Value(True)), default=Value(False), output_field=BooleanField())


def _base(dossiers: QuerySet[Dossier], period: form06.Period, indicator: str) -> tuple[QuerySet[Dossier], Q]:
    """The denominator's dossiers and the numerator's condition of ``indicator``."""
    if indicator == "2.1":
        # Form 06 (8) + (9) + (12) over (3); asked more than once by the end of the period: late
        counted = form06.annotated(dossiers, period).annotate(
            ix_requests=form06.as_of_end_number("supplement_requests", period)
        )
        good = Q()
        for column in ("c8", "c9", "c12"):
            good |= drilldown.column_condition(period, column)
        return drilldown.with_rule(counted, period, "c7", "c11"), good & ~Q(ix_requests__gt=1)
    if indicator == "3.3":
        counted = form06.annotated(dossiers, period)
        received = drilldown.column_condition(period, "c4") | drilldown.column_condition(period, "c5")
        return drilldown.with_rule(counted.filter(received), period, "c3"), drilldown.column_condition(period, "c4")
    if indicator == "5.4":
        return figures.resolved(dossiers, period), Q(verdict=Verdict.LATE)
    sets = index766.dossier_sets(dossiers, period)
    if indicator not in sets:
        raise drilldown.BadCell("indicator", "Give an indicator computed from dossiers: " + ", ".join(PARTS) + ".")
    return sets[indicator]


def dossiers(dossiers: QuerySet[Dossier], period: form06.Period, indicator: str, part: str) -> QuerySet[Dossier]:
    """The dossiers of one number of ``indicator`` (``part``: numerator, denominator, or for 5.4 late or
    complained), oldest receipt first, each with ``ix_in`` (in the numerator, or the part)."""
    if indicator not in PARTS:
        raise drilldown.BadCell("indicator", "Give an indicator computed from dossiers: " + ", ".join(PARTS) + ".")
    if part not in PARTS[indicator]:
        raise drilldown.BadCell("part", "Give one of: " + ", ".join(PARTS[indicator]) + ".")
    base, numerator = _base(dossiers, period, indicator)
    if indicator == "5.4":
        base = base.annotate(ix_late=_flag(numerator), ix_complained=_flag(index766.complained(period)))
        if part != "denominator":
            base = base.filter(**{f"ix_{part}": True})
    else:
        base = base.annotate(ix_in=_flag(numerator))
        if part == "numerator":
            base = base.filter(ix_in=True)
    return base.select_related("procedure", "version", "lead_agency", "account").order_by("received_at", "pk")


def _day(moment: dt.datetime | None) -> str:
    return moment.astimezone(form06.TZ).strftime("%d/%m/%Y") if moment else "—"


def reason(dossier: Dossier, indicator: str) -> str:
    """Why the dossier is in the list, and whether it is in the numerator (the viewer's language)."""
    if indicator == "2.1":
        text = drilldown.explain(dossier)
        if dossier.ix_requests > 1:
            text += "; " + _("asked %(n)s times to supplement by the end of the period: counted late") % {
                "n": dossier.ix_requests
            }
        return text
    if indicator == "3.3":
        return drilldown.explain(dossier)
    if indicator == "2.3":
        due = {"finished": _day(dossier.finished_at), "due": _day(dossier.original_due_at)}
        if dossier.ix_in:
            return _("Decided late (%(finished)s, appointment %(due)s), with an apology letter") % due
        return _("Decided late (%(finished)s, appointment %(due)s), without an apology letter") % due
    if indicator == "4.1":
        return _("Result file attached") if dossier.ix_in else _("No result file")
    if indicator == "4.2":
        if dossier.ix_in:
            return _("Every component has a file or comes from the data store")
        return _("A component without a file, no component, or no result file")
    if indicator == "4.3":
        return _("A component taken from the data store") if dossier.ix_in else _("No component from the data store")
    if indicator == "4.5":
        if dossier.ix_in:
            return _("Account verified with VNeID (level %(n)s)") % {"n": dossier.account.identity_level}
        return _("Account not verified with VNeID")
    if indicator == "5.4":
        parts = [str(Verdict(dossier.verdict).label) if dossier.verdict in Verdict.values else "—"]
        parts.append(
            _("a complaint or “not satisfied” by the end of the period")
            if dossier.ix_complained
            else _("no complaint by the end of the period")
        )
        return "; ".join(parts)
    return ""


def describe(dossier: Dossier, indicator: str) -> dict:
    """One row of a list (no applicant data)."""
    return {
        "code": dossier.code or f"#{dossier.pk}",
        "procedure": dossier.version.name,
        "procedure_code": dossier.procedure.code,
        "agency": dossier.lead_agency.name,
        "channel": str(Channel(dossier.channel).label) if dossier.channel in Channel.values else str(dossier.channel),
        "received_at": dossier.received_at,
        "due_at": getattr(dossier, "f06_due_then", dossier.original_due_at),
        "finished_at": dossier.finished_at,
        "rule": reason(dossier, indicator),
    }
