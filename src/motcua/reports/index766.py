"""The service index of Decision 766/QĐ-TTg (23/06/2022): 100 points in five groups, as far as our data allows.

Groups and maxima: publicity and transparency 18, progress and results 20, online provision 22,
digitisation 22, satisfaction 18 (docs/legal/decision-766-2022.md; the indicator numbers follow the
national portal's method: 3.x online services, 4.x digitisation). The split of each group's points among
its indicators is not in the sources found; ours is written in ``ALLOCATION`` and docs/indices.md.

Each indicator is a numerator, a denominator, a rate in per cent (2 decimals; ``None`` = N/A when
the denominator is 0), a target and points = max × min(rate / target, 1). Indicators our data cannot
support are listed with the reason and score nothing; the total says out of how many points it was
computed. Dossier figures are for the dossiers of the scope (``form06.scope(user).dossiers()``);
catalogue figures are province-wide, like ``figures.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, Count, DecimalField, Exists, F, OuterRef, Q, QuerySet, Sum, Value, When
from django.utils.translation import gettext_lazy as _

from motcua.catalogue import selectors as catalogue
from motcua.catalogue.models import TimeUnit
from motcua.dossiers.models import Channel, Dossier, DossierComponent, Verdict
from motcua.petitions.models import Petition, PetitionKind
from motcua.petitions.selectors import handling_summary

from . import figures, form06

HUNDREDTH = Decimal("0.01")
HUNDRED = Decimal(100)
HOURS = Value(Decimal(8), output_field=DecimalField(max_digits=3, decimal_places=0))  # a working day

GROUPS = [
    ("1", _("Publicity and transparency"), 18),
    ("2", _("Progress and results of handling"), 20),
    ("3", _("Online provision of public services"), 22),
    ("4", _("Digitisation of dossiers and results"), 22),
    ("5", _("Satisfaction"), 18),
]

# Indicator id → (name, max points, target in per cent). Our allocation: see docs/indices.md.
ALLOCATION: dict[str, tuple[object, int, Decimal]] = {
    "1.1": (_("Procedures published on time"), 4, HUNDRED),
    "1.2": (_("Procedures publicised in the national database on time"), 4, HUNDRED),
    "1.3": (_("Procedures with complete information"), 4, HUNDRED),
    "1.4": (_("Dossiers synchronised with the national portal"), 6, HUNDRED),
    "2.1": (_("Dossiers handled early or on time"), 10, HUNDRED),
    "2.2": (_("Processing time within the committed limit"), 6, HUNDRED),
    "2.3": (_("Late dossiers with an apology letter"), 4, HUNDRED),
    "3.1": (_("Procedures with an online service"), 4, Decimal(80)),
    "3.2": (_("Online services that received dossiers"), 4, HUNDRED),
    "3.3": (_("Dossiers received online"), 6, Decimal(50)),
    "3.5": (_("Fee-bearing procedures linked to the national payment platform"), 4, Decimal(80)),
    "3.6": (_("Dossiers paid online"), 4, HUNDRED),
    "4.1": (_("Dossiers with an electronic result"), 5, HUNDRED),
    "4.2": (_("Dossiers digitised"), 5, Decimal(80)),
    "4.3": (_("Dossiers reusing digitised data"), 4, Decimal(80)),
    "4.4": (_("Dossiers linked to the national citizen data store"), 4, HUNDRED),
    "4.5": (_("Online dossiers with a VNeID-verified account"), 4, HUNDRED),
    "5.1": (_("Petitions handled"), 4, HUNDRED),
    "5.2": (_("Petitions handled on time"), 4, HUNDRED),
    "5.3": (_("Petitioners' satisfaction"), 4, HUNDRED),
    "5.4": (_("Satisfaction in the handling of procedures"), 6, Decimal(90)),
}

NOT_AVAILABLE = {
    "1.1": _("The effective dates of the legal texts behind each procedure are not recorded."),
    "1.2": _("There is no link to the national procedure database (CSDLQG)."),
    "1.4": _("Dossiers are not synchronised with the national public service portal (DVCQG) yet."),
    "3.5": _("Fee data are not synchronised with the national payment platform."),
    "3.6": _("The system does not record whether a fee was paid online or at the desk."),
    "4.4": _("The citizen data store is local; it is not linked to the national data store."),
    "5.3": _("Petitioners do not rate the answers, and re-raised petitions are not recorded."),
}


def rate(numerator: int, denominator: int) -> Decimal | None:
    """numerator / denominator in per cent, 2 decimals half up; None (N/A) when the denominator is 0."""
    if not denominator:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def points_for(value: Decimal | None, target: Decimal, maximum: int) -> Decimal | None:
    """max × min(rate / target, 1), 2 decimals; None when the rate is N/A."""
    if value is None:
        return None
    ratio = min(value / target, Decimal(1)) if target else Decimal(1)
    return (Decimal(maximum) * ratio).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


@dataclass
class Indicator:
    id: str
    numerator: int | Decimal | None
    denominator: int | Decimal | None
    rate: Decimal | None
    note: str = ""
    available: bool = True

    @property
    def name(self) -> str:
        return str(ALLOCATION[self.id][0])

    @property
    def max_points(self) -> int:
        return ALLOCATION[self.id][1]

    @property
    def target(self) -> Decimal:
        return ALLOCATION[self.id][2]

    @property
    def points(self) -> Decimal | None:
        if not self.available:
            return None
        return points_for(self.rate, self.target, self.max_points)

    @property
    def counted_max(self) -> int:
        """The points this indicator can give in this report: 0 when not available or N/A."""
        return self.max_points if self.available and self.rate is not None else 0

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "available": self.available,
            "numerator": _str(self.numerator),
            "denominator": _str(self.denominator),
            "rate": _str(self.rate),
            "target": str(self.target),
            "points": _str(self.points),
            "max_points": self.max_points,
            "note": self.note,
        }


def _str(value) -> str | int | None:
    if value is None:
        return None
    return str(value) if isinstance(value, Decimal) else value


def _missing(indicator_id: str) -> Indicator:
    return Indicator(indicator_id, None, None, None, note=str(NOT_AVAILABLE[indicator_id]), available=False)


def _of(indicator_id: str, numerator: int, denominator: int, note: str = "") -> Indicator:
    return Indicator(indicator_id, numerator, denominator, rate(numerator, denominator), note=note)


@dataclass
class Group:
    id: str
    name: str
    max_points: int
    indicators: list[Indicator] = field(default_factory=list)

    @property
    def points(self) -> Decimal:
        return sum((i.points or Decimal(0) for i in self.indicators), Decimal(0))

    @property
    def computed_out_of(self) -> int:
        return sum(i.counted_max for i in self.indicators)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "max_points": self.max_points,
            "points": str(self.points),
            "computed_out_of": self.computed_out_of,
            "indicators": [i.as_dict() for i in self.indicators],
        }


@dataclass
class Index766:
    period: form06.Period
    scope_label: str
    groups: list[Group]

    @property
    def total(self) -> Decimal:
        return sum((g.points for g in self.groups), Decimal(0))

    @property
    def computed_out_of(self) -> int:
        """The points of the indicators that could be computed (available, denominator not 0)."""
        return sum(g.computed_out_of for g in self.groups)

    @property
    def max_points(self) -> int:
        return sum(g.max_points for g in self.groups)

    @property
    def share_of_computed(self) -> Decimal | None:
        return rate(self.total, self.computed_out_of) if self.computed_out_of else None

    def as_dict(self) -> dict:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "scope": self.scope_label,
            "total": str(self.total),
            "computed_out_of": self.computed_out_of,
            "max_points": self.max_points,
            "groups": [g.as_dict() for g in self.groups],
        }


# --- the indicators -------------------------------------------------------------------------


def complete_procedures(day) -> tuple[int, int]:
    """1.3: procedures in force with every listed element / procedures in force (province-wide).

    Name, sequence, channels, components, time limit and legal basis are required by the catalogue
    schema; the subjects (đối tượng) and the implementing agency may be left blank.
    """
    row = catalogue.in_force(day).aggregate(
        total=Count("id"),
        complete=Count(
            "id",
            filter=Q(implementing_agency__isnull=False) & Q(content__subjects__isnull=False) & ~Q(content__subjects=""),
        ),
    )
    return row["complete"], row["total"]


def _on_time(dossiers: QuerySet[Dossier], period: form06.Period) -> tuple[int, int]:
    """2.1: (8)+(9)+(12) of Form 06 over (3), where a dossier asked twice or more to supplement is late."""

    def good(qs):
        row = next(iter(form06.aggregate(qs, period)), None)
        if row is None:
            return 0, 0
        return int(row["c8"]) + int(row["c9"]) + int(row["c12"]), int(row["c3"])

    timely, counted = good(dossiers)
    # the requests made by the end of the period: a second one asked later does not rewrite it
    asked = dossiers.alias(f766_requests=form06.as_of_end_number("supplement_requests", period))
    timely_but_asked_twice, _n = good(asked.filter(f766_requests__gt=1))
    return timely - timely_but_asked_twice, counted


def _within_limit(decided: QuerySet[Dossier]) -> tuple[Decimal, Decimal, int]:
    """2.2: Σ committed limit (working days) / Σ processing working days, over decided dossiers whose
    limit is in working days or hours (hours / 8); also the number of dossiers used. The working days
    spent are summed in SQL from the stored ``days_taken``; only dossiers without it are computed."""
    in_days = decided.filter(version__committed_unit__in=[TimeUnit.WORKING_DAYS, TimeUnit.WORKING_HOURS])
    row = in_days.aggregate(
        n=Count("pk"),
        stored=Sum("days_taken"),
        missing=Count("pk", filter=Q(days_taken__isnull=True)),
        allowed=Sum(
            Case(
                When(version__committed_unit=TimeUnit.WORKING_HOURS, then=F("version__committed_amount") / HOURS),
                default=F("version__committed_amount"),
                output_field=DecimalField(max_digits=12, decimal_places=4),
            )
        ),
    )
    spent = Decimal(row["stored"] or 0)
    if row["missing"]:  # decided before the column existed: computed with the calendar
        spent += sum(figures.processing_days(in_days.filter(days_taken__isnull=True)).values(), Decimal(0))
    allowed = Decimal(row["allowed"] or 0).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    return allowed, spent, row["n"]


def _ratio_indicator(indicator_id: str, numerator: Decimal, denominator: Decimal, note: str) -> Indicator:
    value = None
    if denominator:
        value = (numerator * 100 / denominator).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    elif numerator:
        value = HUNDRED  # nothing spent at all: within the limit
    return Indicator(indicator_id, numerator, denominator, value, note=note)


def _digitised() -> Q:
    """Digitised at receipt (ND 118 Art 17(1)(c)): filed online (already electronic), or a paper dossier
    whose e-copies the desk confirmed (``digitised_at``: every paper component scanned with its pages
    checked, or exempt by law)."""
    return Q(channel=Channel.ONLINE) | Q(digitised_at__isnull=False)


def _result_is_document() -> Q:
    return ~Q(version__content__result_is_document=False)


def dossier_sets(dossiers: QuerySet[Dossier], period: form06.Period) -> dict[str, tuple[QuerySet[Dossier], Q]]:
    """Indicators that count dossiers: {id: (the dossiers of the denominator, the numerator's condition)}.
    The index counts them; ``index766_dossiers`` lists them (the dossiers behind each number)."""
    decided = figures.resolved(dossiers, period)
    received = dossiers.filter(received_at__gte=period.begins, received_at__lt=period.ends)
    needs_result = Q(outcome="approved") & _result_is_document()
    has_result = ~needs_result | ~Q(result_file="")
    from_store = DossierComponent.objects.filter(dossier=OuterRef("pk"), from_data_store=True)
    return {
        "2.3": (decided.filter(verdict=Verdict.LATE), Q(apologies__gt=0)),
        "4.1": (decided.filter(outcome="approved").filter(_result_is_document()), ~Q(result_file="")),
        "4.2": (decided, _digitised() & has_result),
        "4.3": (received, Q(Exists(from_store))),
        "4.5": (
            received.filter(channel=Channel.ONLINE, account__isnull=False),
            Q(account__identity_level__gte=1),
        ),
    }


def _count(dossiers: QuerySet[Dossier], numerator: Q) -> tuple[int, int]:
    row = dossiers.aggregate(n=Count("pk"), k=Count("pk", filter=numerator))
    return row["k"], row["n"]


def compute(dossiers: QuerySet[Dossier], period: form06.Period, agency_ids=None, scope_label: str = "") -> Index766:
    """The index for the dossiers of the scope; petitions of ``agency_ids`` (None: all)."""
    decided = figures.resolved(dossiers, period)
    counts = {key: _count(*value) for key, value in dossier_sets(dossiers, period).items()}

    # group 1
    complete, in_force = complete_procedures(period.end)
    group1 = [_missing("1.1"), _missing("1.2"), _of("1.3", complete, in_force), _missing("1.4")]

    # group 2
    timely, counted = _on_time(dossiers, period)
    allowed, spent, used = _within_limit(decided)
    group2 = [
        _of("2.1", timely, counted),
        _ratio_indicator(
            "2.2",
            allowed,
            spent,
            str(_("Committed working days over working days spent, %(n)s dossiers decided in the period."))
            % {"n": used},
        ),
        _of("2.3", *counts["2.3"]),
    ]

    # group 3
    services = figures.online_services(dossiers, period)
    online = figures.online_share(dossiers, period)
    group3 = [
        _of("3.1", services.total, services.in_force),
        _of("3.2", services.with_dossiers, services.total),
        _of("3.3", online.online, online.received),
        _missing("3.5"),
        _missing("3.6"),
    ]

    # group 4
    group4 = [_of("4.1", *counts["4.1"]), _of("4.2", *counts["4.2"]), _of("4.3", *counts["4.3"])]
    group4 += [_missing("4.4"), _of("4.5", *counts["4.5"])]

    # group 5
    summary = handling_summary(agency_ids, period.start, period.end)
    handled = decided.aggregate(
        n=Count("pk"),
        late=Count("pk", filter=Q(verdict=Verdict.LATE)),
        complained=Count("pk", filter=complained(period)),
    )
    group5 = [
        _of("5.1", summary.handled, summary.handled + summary.open_overdue),
        _of("5.2", summary.handled_on_time, summary.handled),
        _missing("5.3"),
        _satisfaction(handled["n"], handled["late"], handled["complained"]),
    ]

    lists = [group1, group2, group3, group4, group5]
    groups = [Group(gid, str(name), maximum, items) for (gid, name, maximum), items in zip(GROUPS, lists, strict=True)]
    return Index766(period, scope_label, groups)


def complained(period: form06.Period) -> Q:
    """5.4's complaint, as it stood at the period's end (E): the evaluation “not satisfied” or attitude
    “not polite” given before E, or a petition about staff conduct linked to the dossier received before E
    (answered or not). An evaluation or a petition that comes later does not rewrite a closed period."""
    before = Q(evaluation__created_at__lt=period.ends)
    rated = before & (Q(evaluation__satisfaction="not_satisfied") | Q(evaluation__attitude="not_polite"))
    petition = Petition.objects.filter(
        dossier=OuterRef("pk"), kind=PetitionKind.STAFF_CONDUCT, received_at__lt=period.ends
    )
    return rated | Q(Exists(petition))


def _satisfaction(decided: int, late: int, complained: int) -> Indicator:
    """5.4: 100 % − (late rate + rate of dossiers with a complaint or “not satisfied”), floor 0."""
    if not decided:
        return Indicator("5.4", 0, 0, None)
    value = HUNDRED - rate(late, decided) - rate(complained, decided)
    value = max(value, Decimal(0)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    note = str(_("%(late)s late and %(complained)s with a complaint or “not satisfied” among %(n)s decided.")) % {
        "late": late,
        "complained": complained,
        "n": decided,
    }
    return Indicator("5.4", max(decided - late - complained, 0), decided, value, note=note)


def group_of(indicator_id: str) -> str:
    return indicator_id.split(".")[0]


__all__ = ["ALLOCATION", "GROUPS", "Index766", "Indicator", "compute", "points_for", "rate"]
