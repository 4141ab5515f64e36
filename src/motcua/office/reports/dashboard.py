"""The reports dashboard (``office:report-dashboard``): charts and tables for a period.

For the viewer's jurisdiction (Perm.VIEW_REPORTS: an agency's subtree, the whole province for
province-wide roles): first the headline figures with their change against the previous period of the
same length, then received vs resolved per month, on-time rate per month, overdue by agency and by
procedure (ranked, the first ten; ``?show=all`` for every row), online share per month —
server-rendered SVG, each followed by a table with the same numbers — then the article's other
figures and the time-cut savings. Every dossier number links to the Form 06 drill-down of the
dossiers behind it (``office:report-form06-cell``). Numbers come from ``reports.dashboard``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.catalogue.models import Procedure
from motcua.core import money
from motcua.orgs import permissions
from motcua.orgs.permissions import Perm
from motcua.reports import charts, form06, savings
from motcua.reports import figures as report_figures
from motcua.reports.dashboard import MAX_MONTHS, Dashboard, Headline, dashboard, months

from ..access import staff_required

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TOP = 10  # rows of a ranked or long table on the default page; ?show=all shows every row


class Cell(str):
    """A table cell's text (as shown) with the link to the dossiers behind it."""

    href: str = ""

    def __new__(cls, text: str, href: str = ""):
        cell = super().__new__(cls, text)
        cell.href = href
        return cell


def cell_url(
    period: form06.Period, column: str, key: str = "total", group_by: str = "level", procedure: str = ""
) -> str:
    """The Form 06 drill-down of one number: ``column`` (c3 … c13, or a sum such as c4+c5) of row ``key``."""
    query = {
        "date_from": period.start.isoformat(),
        "date_to": period.end.isoformat(),
        "group_by": group_by,
        "key": key,
        "column": column,
    }
    if procedure:
        query["procedure"] = procedure
    return reverse("office:report-form06-cell") + "?" + urlencode(query)


def linked(value, period: form06.Period, column: str, decimals: int = 0, **where) -> Cell:
    """A count formatted as in the charts, linked to its dossiers when there are any."""
    return Cell(charts.fmt(value, decimals), cell_url(period, column, **where) if value else "")


class PeriodForm(forms.Form):
    date_from = forms.DateField(label=_lazy("From"), widget=DATE, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_lazy("To"), widget=DATE, input_formats=["%Y-%m-%d"])

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _lazy("The period must not end before it starts."))
        elif start and end and len(months(form06.Period(start, end))) > MAX_MONTHS:
            self.add_error("date_to", _lazy("Choose a period of at most %(n)s months.") % {"n": MAX_MONTHS})
        return data


def _params(request: HttpRequest) -> dict:
    today = timezone.localdate()
    defaults = {"date_from": today.replace(month=1, day=1).isoformat(), "date_to": today.isoformat()}
    return {key: request.GET.get(key) or value for key, value in defaults.items()}


def _axis_label(board: Dashboard, month) -> str:
    one_year = board.period.start.year == board.period.end.year
    return f"{month.period.start:%m}" if one_year else f"{month.period.start:%m/%y}"


def _charts(board: Dashboard, show_all: bool) -> dict:
    labels = [_axis_label(board, m) for m in board.months]
    span = _("from %(start)s to %(end)s") % {
        "start": board.period.start.strftime("%d/%m/%Y"),
        "end": board.period.end.strftime("%d/%m/%Y"),
    }
    received, resolved = _("Received"), _("Resolved")
    agencies = _top(board.agencies_ranked, show_all)[0]
    procedures = _top(board.procedures, show_all)[0]
    return {
        "flow": charts.bar_chart(
            chart_id="chart-flow",
            title=_("Dossiers received and resolved per month"),
            desc=_(
                "Bars per month, %(span)s: received (solid) and resolved (hatched). The table below gives the numbers."
            )
            % {"span": span},
            categories=labels,
            series=[
                charts.Series(received, [m.received for m in board.months]),
                charts.Series(resolved, [m.resolved for m in board.months]),
            ],
        ),
        "on_time": charts.line_chart(
            chart_id="chart-on-time",
            title=_("On-time rate per month"),
            desc=_(
                "Share of resolved dossiers resolved early or on time, per month, %(span)s; "
                "a dash marks a month with no resolved dossier."
            )
            % {"span": span},
            categories=labels,
            values=[m.on_time_rate for m in board.months],
        ),
        "overdue": charts.hbar_chart(
            chart_id="chart-overdue",
            title=_("Overdue dossiers by agency"),
            desc=_(
                "One bar per agency, most overdue first: dossiers resolved late in the period plus dossiers "
                "still in progress and overdue at its end, %(span)s."
            )
            % {"span": span},
            labels=[row.label for row in agencies],
            values=[row.total for row in agencies],
            links=[cell_url(board.period, "c10+c13", row.key, "agency") for row in agencies],
        ),
        "procedures": charts.hbar_chart(
            chart_id="chart-procedures",
            title=_("Overdue dossiers by procedure"),
            desc=_(
                "One bar per procedure, most overdue first: dossiers resolved late in the period plus dossiers "
                "still in progress and overdue at its end, %(span)s."
            )
            % {"span": span},
            labels=[f"{row.code} — {row.name}" for row in procedures],
            values=[row.total for row in procedures],
            links=[cell_url(board.period, "c10+c13", group_by="agency", procedure=row.code) for row in procedures],
        ),
        "online": charts.bar_chart(
            chart_id="chart-online",
            title=_("Online share of received dossiers per month"),
            desc=_("Share of the dossiers received in each month that were submitted online, %(span)s.")
            % {"span": span},
            categories=labels,
            series=[charts.Series(_("Online share"), [m.online_share for m in board.months])],
            unit="%",
            ymax=100,
            decimals=1,
        ),
    }


@dataclass
class Table:
    """A data table: numbers formatted as in the charts (the same strings), linked to their dossiers."""

    id: str
    caption: str
    head: list[str]  # the first heading is that of the row headers
    rows: list[tuple[str, list[str]]]
    foot: tuple[str, list[str]] | None = None
    hidden: int = 0  # rows left out of the default page (shown with ?show=all)


def _top(rows: list, show_all: bool) -> tuple[list, int]:
    """The first :data:`TOP` rows unless ``show_all``, and how many are left out (cut before any
    formatting: a long list costs nothing on the default page)."""
    if show_all or len(rows) <= TOP:
        return rows, 0
    return rows[:TOP], len(rows) - TOP


f = charts.fmt


def _month_tables(board: Dashboard, show_all: bool) -> dict[str, Table]:
    m, total, p = board.months, board.total, board.period
    agencies, agencies_hidden = _top(board.agencies_ranked, show_all)
    procedures, procedures_hidden = _top(board.procedures, show_all)
    return {
        "flow": Table(
            "table-flow",
            _("Dossiers received and resolved per month"),
            [_("Month"), _("Received"), _("of which online"), _("Resolved"), _("Early or on time"), _("Late")],
            [
                (
                    x.label,
                    [
                        linked(x.received, x.period, "c4+c5"),
                        linked(x.online, x.period, "c4"),
                        linked(x.resolved, x.period, "c7"),
                        linked(x.on_time, x.period, "c8+c9"),
                        linked(x.late, x.period, "c10"),
                    ],
                )
                for x in m
            ],
            (
                _("Total"),
                [
                    linked(total.received, p, "c4+c5"),
                    linked(total.online, p, "c4"),
                    linked(total.resolved, p, "c7"),
                    linked(total.on_time, p, "c8+c9"),
                    linked(total.late, p, "c10"),
                ],
            ),
        ),
        "on_time": Table(
            "table-on-time",
            _("On-time rate per month"),
            [_("Month"), _("Resolved"), _("Early or on time"), _("On-time rate (%)")],
            [(x.label, [f(x.resolved), f(x.on_time), f(x.on_time_rate, 1)]) for x in m],
            (_("Total"), [f(total.resolved), f(total.on_time), f(total.on_time_rate, 1)]),
        ),
        "overdue": Table(
            "table-overdue",
            _("Overdue dossiers by agency"),
            [_("Agency"), _("Resolved late"), _("In progress, overdue"), _("Overdue in all")],
            [
                (
                    a.label,
                    [
                        linked(a.late, p, "c10", key=a.key, group_by="agency"),
                        linked(a.overdue, p, "c13", key=a.key, group_by="agency"),
                        linked(a.total, p, "c10+c13", key=a.key, group_by="agency"),
                    ],
                )
                for a in agencies
            ],
            (
                _("Total"),
                [
                    linked(total.late, p, "c10"),
                    linked(total.values["c13"], p, "c13"),
                    linked(total.late + total.values["c13"], p, "c10+c13"),
                ],
            ),
            hidden=agencies_hidden,
        ),
        "procedures": Table(
            "table-procedures-overdue",
            _("Overdue dossiers by procedure"),
            [_("Procedure"), _("Resolved late"), _("In progress, overdue"), _("Overdue in all")],
            [
                (
                    f"{row.code} — {row.name}",
                    [
                        linked(row.late, p, "c10", group_by="agency", procedure=row.code),
                        linked(row.overdue, p, "c13", group_by="agency", procedure=row.code),
                        linked(row.total, p, "c10+c13", group_by="agency", procedure=row.code),
                    ],
                )
                for row in procedures
            ],
            hidden=procedures_hidden,
        ),
        "online": Table(
            "table-online",
            _("Online share of received dossiers per month"),
            [_("Month"), _("Received"), _("Online"), _("Online share (%)")],
            [(x.label, [f(x.received), f(x.online), f(x.online_share, 1)]) for x in m],
            (_("Total"), [f(total.received), f(total.online), f(total.online_share, 1)]),
        ),
        "levels": Table(
            "table-levels",
            _("Dossiers by level (Form 06)"),
            [
                _("Level"),
                _("Received: total (3)"),
                _("Resolved (7)"),
                _("Early or on time (8)+(9)"),
                _("Late (10)"),
                _("In progress (11)"),
                _("of which overdue (13)"),
            ],
            [
                (
                    row.label,
                    [linked(row.values[k], p, k, key=row.key) for k in ("c3", "c7")]
                    + [linked(row.values["c8"] + row.values["c9"], p, "c8+c9", key=row.key)]
                    + [linked(row.values[k], p, k, key=row.key) for k in ("c10", "c11", "c13")],
                )
                for row in board.levels
            ],
            (
                _("Total"),
                [linked(total.values[k], p, k) for k in ("c3", "c7")]
                + [linked(total.on_time, p, "c8+c9")]
                + [linked(total.values[k], p, k) for k in ("c10", "c11", "c13")],
            ),
        ),
    }


def _figure_tables(board: Dashboard, show_all: bool) -> dict[str, Table]:
    fig, sav = board.figures, board.savings
    processing, processing_hidden = _top(sorted(fig.processing, key=lambda r: (-r.resolved, r.code)), show_all)
    saving_rows, savings_hidden = _top(sorted(sav.rows, key=lambda r: (-r.money, r.code)), show_all)
    publications = fig.publications
    online, share = fig.online_services, fig.online_share
    return {
        "by_level": Table(
            "table-procedures",
            _("Procedures in force on %(day)s by level") % {"day": board.period.end.strftime("%d/%m/%Y")},
            [_("Level"), _("Procedures")],
            [(row.label, [f(row.count)]) for row in fig.by_level],
            (_("Total"), [f(fig.procedures_in_force)]),
        ),
        "publications": Table(
            "table-publications",
            _("Publication decisions signed in the period"),
            [_("Figure"), _("Number")],
            [
                (_("Publication decisions"), [f(publications["decisions"])]),
                (_("Procedures published in them"), [f(publications["procedures"])]),
                (_("New"), [f(publications["new"])]),
                (_("Amended or supplemented"), [f(publications["amend"])]),
                (_("Replaced"), [f(publications["replace"])]),
                (_("Abolished"), [f(publications["abolish"])]),
            ],
        ),
        "online": Table(
            "table-online-services",
            _("Online services"),
            [_("Figure"), _("Number"), _("Share (%)")],
            [
                (_("Procedures in force"), [f(online.in_force), ""]),
                (_("Partial online services"), [f(online.partial), ""]),
                (_("Full online services"), [f(online.full), ""]),
                (
                    _("Online services in all (share of procedures)"),
                    [f(online.total), f(online.share_of_procedures, 1)],
                ),
                (
                    _("Online services that received online dossiers in the period (share of services)"),
                    [f(online.with_dossiers), f(online.share_with_dossiers, 1)],
                ),
                (_("Dossiers received in the period"), [f(share.received), ""]),
                (_("of which online (share)"), [f(share.online), f(share.share, 1)]),
            ],
        ),
        "on_the_spot": Table(
            "table-on-the-spot",
            _("“4 on the spot” procedures (target: at least 20%)"),
            [_("Level"), _("Procedures in force"), _("“4 on the spot”"), _("Share (%)"), _("Target met")],
            [
                (
                    row.label,
                    [f(row.in_force), f(row.on_the_spot), f(row.share, 1), _("yes") if row.meets_target else _("no")],
                )
                for row in fig.on_the_spot
            ],
            (
                _("Total"),
                [
                    f(fig.on_the_spot_total.in_force),
                    f(fig.on_the_spot_total.on_the_spot),
                    f(fig.on_the_spot_total.share, 1),
                    _("yes") if fig.on_the_spot_total.meets_target else _("no"),
                ],
            ),
        ),
        "processing": Table(
            "table-processing",
            _("Average processing time per procedure (working days from receipt to decision)"),
            [_("Procedure"), _("Level"), _("Dossiers decided"), _("Average (working days)")],
            [(f"{row.code} — {row.name}", [row.level, f(row.resolved), f(row.average, 2)]) for row in processing],
            (_("All procedures"), ["", f(fig.processing_total.resolved), f(fig.processing_total.average, 2)]),
            hidden=processing_hidden,
        ),
        "savings": Table(
            "table-savings",
            _("Savings from the time cut"),
            [
                _("Procedure"),
                _("Statutory limit (working days)"),
                _("Committed limit (working days)"),
                _("Dossiers decided"),
                _("of which under the cut time"),
                _("Working days saved (planned)"),
                _("Working days saved (actual)"),
                _("Value of a day"),
                _("Money saved"),
            ],
            [
                (
                    f"{row.code} — {row.name}",
                    [
                        f(row.statutory, 1),
                        f(row.committed, 1),
                        f(row.resolved),
                        f(row.under_cut),
                        f(row.planned_days, 2),
                        f(row.realised_days, 2),
                        money.vnd(row.day_cost),
                        money.vnd(row.money),
                    ],
                )
                for row in saving_rows
            ],
            (
                _("Total"),
                [
                    "",
                    "",
                    f(sav.resolved),
                    f(sav.under_cut),
                    f(sav.planned_days, 2),
                    f(sav.realised_days, 2),
                    "",
                    money.vnd(sav.money),
                ],
            ),
            hidden=savings_hidden,
        ),
    }


def _petition_table(summary) -> Table:
    """Feedback and petitions handled / received (the article's "934/1.049"), from ``handling_summary``."""
    share = f(report_figures.percent(summary.handled, summary.received), 1)
    on_time = f(report_figures.percent(summary.handled_on_time, summary.handled), 1)
    return Table(
        "table-petitions",
        _("Feedback and petitions (handled / received: %(handled)s/%(received)s)")
        % {"handled": f(summary.handled), "received": f(summary.received)},
        [_("Figure"), _("Number"), _("Share (%)")],
        [
            (_("Received in the period"), [f(summary.received), ""]),
            (_("Handled in the period (of received)"), [f(summary.handled), share]),
            (_("of which on time"), [f(summary.handled_on_time), on_time]),
            (_("of which late"), [f(summary.handled_late), ""]),
            (_("Open and overdue at the end of the period"), [f(summary.open_overdue), ""]),
        ],
    )


HEADLINES = {
    "received": _lazy("Received"),
    "resolved": _lazy("Resolved"),
    "on_time_rate": _lazy("On-time rate"),
    "overdue": _lazy("Overdue now"),
    "online_share": _lazy("Online share"),
    "satisfaction": _lazy("Satisfied"),
}
HEADLINE_NOTES = {
    "received": _lazy("received in the period, online or at the desk (4)+(5)"),
    "resolved": _lazy("resolved in the period (7)"),
    "on_time_rate": _lazy("%(count)s resolved early or on time (8)+(9)"),
    "overdue": _lazy("in progress and overdue at the end of the period (13)"),
    "online_share": _lazy("%(count)s received online (4)"),
    "satisfaction": _lazy("of %(count)s evaluations given in the period"),
}


def _signed(value, decimals: int) -> str:
    text = charts.fmt(abs(value), decimals)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


def _headline(item: Headline, board: Dashboard, evaluations_url: str) -> dict:
    decimals = 1 if item.rate else 0
    change = item.change
    if change is not None:
        unit = _("%(change)s percentage points") if item.rate else _("%(change)s %%")
        change_text = _("%(change)s vs the previous period") % {"change": unit % {"change": _signed(change, 1)}}
    elif item.previous is None:
        change_text = _("previous period: no data")
    else:
        change_text = _("previous period: %(value)s") % {"value": charts.fmt(item.previous, decimals)}
    # the dossiers behind it (the evaluations for satisfaction); no link to an empty list
    href = "" if not item.count else cell_url(board.period, item.column) if item.column else evaluations_url
    return {
        "key": item.key,
        "label": HEADLINES[item.key],
        "value": charts.fmt(item.value, decimals) + ("%" if item.rate and item.value is not None else ""),
        "note": HEADLINE_NOTES[item.key] % {"count": charts.fmt(item.count)},
        "change": change_text,
        "trend": "" if not change else ("up" if change > 0 else "down"),
        "previous": charts.fmt(item.previous, decimals),
        "href": href,
    }


@staff_required(Perm.VIEW_REPORTS)
def report_dashboard(request: HttpRequest) -> HttpResponse:
    """The dashboard of the viewer's agency subtree (the province for province-wide roles)."""
    form = PeriodForm(_params(request))
    context = {"form": form, "board": None}
    if not form.is_valid():
        return render(request, "office/dashboard/reports.html", context, status=400)
    period = form06.Period(form.cleaned_data["date_from"], form.cleaned_data["date_to"])
    show_all = request.GET.get("show") == "all"
    board = dashboard(request.user, period, request=request)
    petitions = report_figures.petitions_handled(form06.scope(request.user, request), period)
    query = {"date_from": period.start.isoformat(), "date_to": period.end.isoformat()}
    evaluations_url = (
        reverse("office:evaluations") + "?" + urlencode({"start": query["date_from"], "end": query["date_to"]})
    )
    context |= {
        "board": board,
        "headlines": [_headline(item, board, evaluations_url) for item in board.headlines],
        "charts": _charts(board, show_all),
        "tables": _month_tables(board, show_all),
        "figures": _figure_tables(board, show_all) | {"petitions": _petition_table(petitions)},
        "default_cost": board.savings.default_day_cost,
        "may_set_costs": permissions.has_perm(request.user, Perm.MANAGE_CATALOGUE),
        "show_all": show_all,
        "all_url": "?" + urlencode({**query, "show": "all"}),
        "top_url": "?" + urlencode(query),
        "form06_url": reverse("office:report-form06") + "?" + urlencode({**query, "group_by": "level"}),
    }
    return render(request, "office/dashboard/reports.html", context)


# --- the value of a citizen's day per procedure (for the savings) -----------------------------------


class DayCostForm(forms.Form):
    code = forms.CharField(max_length=10)
    amount_vnd = forms.IntegerField(
        label=_lazy("Value of one working day (VND)"), min_value=1, max_value=100_000_000, required=False
    )
    note = forms.CharField(label=_lazy("Source of the value"), max_length=300, required=False)


@staff_required(Perm.MANAGE_CATALOGUE)
def day_costs(request: HttpRequest) -> HttpResponse:
    """The procedures under a time cut that the user manages, with the value of a citizen's day of each."""
    status = 200
    errors: dict[str, DayCostForm] = {}
    if request.method == "POST":
        form = DayCostForm(request.POST)
        if form.is_valid():
            procedure = get_object_or_404(Procedure, code=form.cleaned_data["code"])
            amount = None if "clear" in request.POST else form.cleaned_data["amount_vnd"]
            if amount is None and "clear" not in request.POST:
                form.add_error("amount_vnd", _("Enter the value, or choose “Use the default”."))
            else:
                savings.set_day_cost(procedure, amount, form.cleaned_data["note"], user=request.user, request=request)
                messages.success(request, _("The value of a day for %(code)s was saved.") % {"code": procedure.code})
                return redirect("office:report-day-costs")
        errors[request.POST.get("code", "")] = form
        status = 400
    rows = [
        version
        for version in savings.cut_procedures()
        if permissions.can(request.user, Perm.MANAGE_CATALOGUE, version.procedure.owner)
    ]
    for version in rows:
        version.cost = getattr(version.procedure, "citizen_day_cost", None)
        version.errors = errors.get(version.procedure.code)
    context = {"rows": rows, "default_cost": savings.default_day_cost()}
    return render(request, "office/dashboard/day_costs.html", context, status=status)
