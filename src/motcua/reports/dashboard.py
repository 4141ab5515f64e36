"""The data of the reports dashboard: Form 06 per month and per agency, the figures and the savings.

Every dossier number is taken from ``form06.report`` for the viewer (the same function as the Form 06
page, API and files), so the dashboard and Form 06 agree for the same period and scope:

* received in a month = columns (4) + (5) of Form 06 for that month (received in it, any channel);
* resolved in a month = column (7); on-time rate = ((8) + (9)) / (7);
* online share = (4) / ((4) + (5));
* overdue by agency = (10) resolved late + (13) in progress overdue at the end of the period, from
  Form 06 grouped by agency (each agency directly under the viewer's, with its subtree).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from . import form06
from .figures import Figures, figures, percent, processing_days, resolved
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

    @property
    def total(self) -> int:
        return self.late + self.overdue


@dataclass
class Dashboard:
    period: form06.Period
    reporting_unit: str
    months: list[Month]
    total: Month  # the whole period as one Form 06 total row
    levels: list[form06.Row]  # Form 06 by level for the period
    agencies: list[AgencyOverdue]
    figures: Figures
    savings: Savings


def dashboard(user, period: form06.Period, request=None) -> Dashboard:
    """Everything on the dashboard for ``period`` within the viewer's jurisdiction (PermissionDenied otherwise)."""
    where = form06.scope(user, request)
    by_level = form06.report(user, period, "level", request=request)
    by_agency = form06.report(user, period, "agency", request=request)
    monthly = [Month(p, form06.report(user, p, "level", request=request).total.values) for p in months(period)]
    dossiers = where.dossiers()
    days = processing_days(resolved(dossiers, period))  # computed once for the figures and the savings
    return Dashboard(
        period=period,
        reporting_unit=by_level.reporting_unit,
        months=monthly,
        total=Month(period, by_level.total.values),
        levels=by_level.rows,
        agencies=[AgencyOverdue(row.label, row.values["c10"], row.values["c13"]) for row in by_agency.rows],
        figures=figures(dossiers, period, days),
        savings=savings(dossiers, period, days),
    )
