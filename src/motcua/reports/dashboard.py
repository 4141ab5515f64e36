"""The data of the reports dashboard: Form 06 per month and per agency, the figures and the savings.

Every dossier number is taken from ``form06.report`` for the viewer (the same function as the Form 06
page, API and files), so the dashboard and Form 06 agree for the same period and scope:

* received in a month = columns (4) + (5) of Form 06 for that month (received in it, any channel);
* resolved in a month = column (7); on-time rate = ((8) + (9)) / (7);
* online share = (4) / ((4) + (5));
* overdue by agency = (10) resolved late + (13) in progress overdue at the end of the period, from
  Form 06 grouped by agency (each agency directly under the viewer's, with its subtree), ranked;
* overdue by procedure = the same two columns from Form 06's own aggregate grouped by procedure, ranked;
* headline figures: received, resolved, on-time rate, overdue now (13), online share and satisfaction
  (evaluations given in the period), each beside the same figure for the previous period of the same
  length, computed the same way (``form06.report`` of that period).

Processing days and savings are SQL aggregates of the stored working days taken (``figures.days_totals``),
so the dashboard never loops over the decided dossiers in Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q

from motcua.evaluations.models import Evaluation, Satisfaction
from motcua.orgs.models import Agency

from . import form06
from .figures import TENTH, Figures, OnlineShare, figures, latest_versions, percent
from .savings import Savings, savings

MAX_MONTHS = 36


def months(period: form06.Period) -> list[form06.Period]:
    """The calendar months of the period, the first and last cut to the period's days."""
    found = []
    start = period.start
    while start <= period.end:
        following = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        found.append(form06.Period(start, min(period.end, following - dt.timedelta(days=1))))
        start = following
    return found


@dataclass
class Month:
    period: form06.Period
    values: dict[str, int]  # Form 06 columns c3 … c13 of the month

    @property
    def label(self) -> str:
        return f"{self.period.start:%m/%Y}"

    @property
    def received(self) -> int:
        return self.values["c4"] + self.values["c5"]

    @property
    def online(self) -> int:
        return self.values["c4"]

    @property
    def resolved(self) -> int:
        return self.values["c7"]

    @property
    def on_time(self) -> int:
        return self.values["c8"] + self.values["c9"]

    @property
    def late(self) -> int:
        return self.values["c10"]

    @property
    def on_time_rate(self) -> Decimal | None:
        return percent(self.on_time, self.resolved)

    @property
    def online_share(self) -> Decimal | None:
        return percent(self.online, self.received)


@dataclass
class AgencyOverdue:
    label: str
    late: int  # column 10
    overdue: int  # column 13
    key: str = ""  # the row's key in Form 06 by agency (the agency's pk)

    @property
    def total(self) -> int:
        return self.late + self.overdue


@dataclass
class ProcedureOverdue:
    code: str
    name: str
    late: int  # column 10 of the procedure's dossiers
    overdue: int  # column 13

    @property
    def total(self) -> int:
        return self.late + self.overdue


def ranked(rows: list, key=lambda row: row.total) -> list:
    """Rows with a non-zero value, largest first (ties by label or code): the order of the charts."""
    return sorted((row for row in rows if key(row)), key=lambda row: (-key(row), getattr(row, "label", "") or row.code))


@dataclass
class Headline:
    """A figure of the period beside the same figure of the previous period of the same length."""

    key: str  # received, resolved, on_time_rate, overdue, online_share, satisfaction
    value: int | Decimal | None
    previous: int | Decimal | None
    rate: bool = False  # a share in per cent: its change is in percentage points
    column: str = ""  # the Form 06 column(s) of the dossiers behind it (drill-down), "" for none
    count: int = 0  # how many dossiers the drill-down lists (the numerator of a share)

    @property
    def change(self) -> Decimal | None:
        """Percentage points for a share; per cent of the previous value for a count (None from 0)."""
        if self.value is None or self.previous is None:
            return None
        if self.rate:
            return (Decimal(self.value) - Decimal(self.previous)).quantize(TENTH)
        return percent(self.value - self.previous, self.previous)


def previous(period: form06.Period) -> form06.Period:
    """The period of the same number of days that ends the day before ``period`` starts."""
    days = period.end - period.start
    end = period.start - dt.timedelta(days=1)
    return form06.Period(end - days, end)


def satisfaction(where: form06.Scope, period: form06.Period) -> tuple[int, int]:
    """(satisfied or very satisfied, all) among the evaluations given in the period for dossiers whose
    competent agency lies in the scope (``Evaluation.agency``, the competent agency when rated)."""
    qs = Evaluation.objects.filter(created_at__gte=period.begins, created_at__lt=period.ends)
    if not where.whole_province:
        match = Q(pk__in=[])
        for root in where.roots:
            match |= Q(path__startswith=root.path)
        qs = qs.filter(agency__in=Agency.objects.filter(match).values("pk"))
    happy = Q(satisfaction__in=[Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED])
    row = qs.aggregate(n=Count("pk"), happy=Count("pk", filter=happy))
    return row["happy"], row["n"]


def headlines(now: dict[str, int], before: dict[str, int], happy: tuple, happy_before: tuple) -> list[Headline]:
    """The six headline figures from the Form 06 totals of the period and of the previous one."""
    a, b = Month(None, now), Month(None, before)
    return [
        Headline("received", a.received, b.received, column="c4+c5", count=a.received),
        Headline("resolved", a.resolved, b.resolved, column="c7", count=a.resolved),
        Headline("on_time_rate", a.on_time_rate, b.on_time_rate, rate=True, column="c8+c9", count=a.on_time),
        Headline("overdue", now["c13"], before["c13"], column="c13", count=now["c13"]),
        Headline("online_share", a.online_share, b.online_share, rate=True, column="c4", count=a.online),
        Headline("satisfaction", percent(*happy), percent(*happy_before), rate=True, count=happy[1]),
    ]


def procedures_overdue(where: form06.Scope, period: form06.Period) -> list[ProcedureOverdue]:
    """Columns 10 and 13 per procedure, from Form 06's aggregate over the scope's dossiers — the total of
    Form 06 by agency (``group_by=agency&key=total`` in the drill-down, narrowed by ``procedure``), so each
    procedure's list has as many dossiers. (Every agency has one of the three levels, so it is also the
    total by level; not joining the agencies keeps the plan a single scan.)"""
    dossiers = where.dossiers()
    counts = {
        row["key"]: (int(row["c10"]), int(row["c13"]))
        for row in form06.aggregate(dossiers, period, "procedure_id")
        if row["c10"] or row["c13"]
    }
    from motcua.catalogue.models import Procedure

    codes = dict(Procedure.objects.filter(pk__in=list(counts)).values_list("pk", "code"))
    names = latest_versions(list(counts), period.end)
    return ranked(
        [
            ProcedureOverdue(codes[pk], names[pk].name if pk in names else "", late, overdue)
            for pk, (late, overdue) in counts.items()
        ]
    )


@dataclass
class Dashboard:
    period: form06.Period
    reporting_unit: str
    months: list[Month]
    total: Month  # the whole period as one Form 06 total row
    levels: list[form06.Row]  # Form 06 by level for the period
    agencies: list[AgencyOverdue]  # every row of Form 06 by agency, in the report's order
    figures: Figures
    savings: Savings
    previous: form06.Period | None = None
    headlines: list[Headline] = field(default_factory=list)
    procedures: list[ProcedureOverdue] = field(default_factory=list)  # ranked, non-zero only

    @property
    def agencies_ranked(self) -> list[AgencyOverdue]:
        return ranked(self.agencies)


def dashboard(user, period: form06.Period, request=None) -> Dashboard:
    """Everything on the dashboard for ``period`` within the viewer's jurisdiction (PermissionDenied otherwise)."""
    where = form06.scope(user, request)
    by_level, by_agency = form06.level_and_agency(user, period, request=request)
    before = previous(period)
    by_level_before = form06.report(user, before, "level", request=request)
    monthly = [Month(p, form06.report(user, p, "level", request=request).total.values) for p in months(period)]
    dossiers = where.dossiers()
    total = by_level.total.values
    return Dashboard(
        period=period,
        reporting_unit=by_level.reporting_unit,
        months=monthly,
        total=Month(period, total),
        levels=by_level.rows,
        agencies=[AgencyOverdue(row.label, row.values["c10"], row.values["c13"], row.key) for row in by_agency.rows],
        figures=figures(dossiers, period, OnlineShare(total["c4"], total["c5"])),
        savings=savings(dossiers, period),
        previous=before,
        headlines=headlines(
            total, by_level_before.total.values, satisfaction(where, period), satisfaction(where, before)
        ),
        procedures=procedures_overdue(where, period),
    )
