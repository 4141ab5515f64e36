"""Reports in the back office: Biểu số 06/VPCP/KSTT on screen, with links to its Excel and PDF files;
every number links to the list of dossiers behind it (``office:report-form06-cell``).

The page (``office:report-form06``) needs Perm.VIEW_REPORTS and counts only dossiers whose competent
agency lies in the viewer's jurisdiction; the files come from ``/api/v1/reports/form06`` (session login).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _lazy

from motcua.audit import services as audit
from motcua.orgs.permissions import Perm
from motcua.reports import drilldown, export, form06
from motcua.reports.columns import KEYS

from ..access import staff_required

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
GROUP_CHOICES = [
    ("level", _lazy("Level (province, district, commune)")),
    ("agency", _lazy("Agency (each agency directly under yours, with its subtree)")),
    ("unit", _lazy("Handling unit")),
    ("sector", _lazy("Sector")),
]
AGENCY_CHOICES = [
    ("then", _lazy("As they were at the end of the period")),
    ("today", _lazy("Mapped onto today's agencies")),
]
# English headings of the form's columns (the Excel and PDF files keep the legal Vietnamese ones).
GROUPS = [
    (_lazy("Dossiers received for resolution"), 4),
    (_lazy("Dossiers resolved"), 4),
    (_lazy("Dossiers in progress at the end of the period"), 3),
]
LABELS = {
    3: _lazy("Total"),
    4: _lazy("Online"),
    5: _lazy("At the desk or by post"),
    6: _lazy("Carried over from the previous period"),
    7: _lazy("Total"),
    8: _lazy("Early"),
    9: _lazy("On time"),
    10: _lazy("Late"),
    11: _lazy("Total"),
    12: _lazy("Within time"),
    13: _lazy("Overdue"),
}


class Form06Form(forms.Form):
    date_from = forms.DateField(label=_lazy("From"), widget=DATE, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_lazy("To"), widget=DATE, input_formats=["%Y-%m-%d"])
    group_by = forms.ChoiceField(label=_lazy("Rows"), choices=GROUP_CHOICES, initial="level")
    agencies = forms.ChoiceField(
        label=_lazy("Agencies (rows by agency)"),
        choices=AGENCY_CHOICES,
        initial="then",
        required=False,
        help_text=_lazy("For a period before the reform of 1 July 2025: the agencies of that time, or today's."),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _lazy("The period must not end before it starts."))
        return data


def _params(request: HttpRequest) -> dict:
    today = timezone.localdate()
    defaults = {
        "date_from": today.replace(day=1).isoformat(),
        "date_to": today.isoformat(),
        "group_by": "level",
        "agencies": "then",
    }
    return {key: request.GET.get(key) or value for key, value in defaults.items()}


def _downloads(start: dt.date, end: dt.date, group_by: str, view: str = "then") -> dict[str, str]:
    base = reverse("api:reports-form06")
    query = {"from": start.isoformat(), "to": end.isoformat(), "group_by": group_by, "agencies": view}
    return {fmt: f"{base}?{urlencode({**query, 'format': fmt})}" for fmt in ("xlsx", "pdf", "json")}


@staff_required(Perm.VIEW_REPORTS)
def form06_report(request: HttpRequest) -> HttpResponse:
    """Biểu số 06/VPCP/KSTT for a period, grouped by level, agency, unit or sector."""
    form = Form06Form(_params(request))
    context = {"form": form, "report": None, "groups": GROUPS, "labels": LABELS, "numbers": range(1, 14)}
    if not form.is_valid():
        return render(request, "office/reports/form06.html", context, status=400)
    data = form.cleaned_data
    period = form06.Period(data["date_from"], data["date_to"])
    view = data.get("agencies") or "then"
    report = form06.report(request.user, period, data["group_by"], request=request, agencies=view)
    context |= {
        "report": report,
        "downloads": _downloads(period.start, period.end, report.group_by, view),
        "cell_url": reverse("office:report-form06-cell"),
        "cell_query": cell_query(period, report.group_by, view),
        "closed": report.closed_months,  # the whole months read from the monthly summaries
    }
    return render(request, "office/reports/form06.html", context)


# --- drill-down: the dossiers behind one number ------------------------------------------------


class CellForm(Form06Form):
    key = forms.CharField(max_length=40)
    # a column, or a sum of two that the dashboard shows as one figure (received = c4+c5, …)
    column = forms.ChoiceField(choices=[(key, key) for key in [*KEYS, *drilldown.SUMS]])
    # the dashboard's ranking by procedure: one procedure's dossiers of the cell (its code)
    procedure = forms.CharField(required=False, max_length=10)
    q = forms.CharField(label=_lazy("Dossier code or procedure"), required=False, max_length=200)


def cell_query(period: form06.Period, group_by: str, view: str = "then") -> str:
    """The query string shared by every drill-down link of one report (key and column follow)."""
    query = {"date_from": period.start.isoformat(), "date_to": period.end.isoformat(), "group_by": group_by}
    if view != "then":
        query["agencies"] = view
    return urlencode(query)


def _row_label(report: form06.Report, key: str) -> str:
    if key == drilldown.TOTAL:
        return str(report.total.label)
    return next((str(row.label) for row in report.rows if row.key == key), key)


@staff_required(Perm.VIEW_REPORTS)
def form06_cell(request: HttpRequest) -> HttpResponse:
    """The dossiers counted in one number of Form 06, each with the rule that put it there."""
    form = CellForm(request.GET)
    if not form.is_valid():
        return render(request, "office/reports/form06_cell.html", {"form": form}, status=400)
    data = form.cleaned_data
    period = form06.Period(data["date_from"], data["date_to"])
    where = form06.scope(request.user, request)
    view = data.get("agencies") or "then"
    try:
        qs = drilldown.cell_dossiers(
            where, period, data["group_by"], data["key"], data["column"], view, procedure=data["procedure"]
        )
    except drilldown.BadCell as error:
        form.add_error(None, error.message)
        return render(request, "office/reports/form06_cell.html", {"form": form}, status=400)
    report = form06.report(request.user, period, data["group_by"], request=request, agencies=view)
    parts = drilldown.parts(data["column"])
    values = (
        report.total.values
        if data["key"] == drilldown.TOTAL
        else next((row.values for row in report.rows if row.key == data["key"]), dict.fromkeys(KEYS, 0))
    )
    heading = {
        "row": _row_label(report, data["key"]),
        "column": " + ".join(f"({int(part[1:])}) {LABELS[int(part[1:])]}" for part in parts),
        # one procedure's share of the cell is not on the report: the list's own count is its number
        "cell": qs.count() if data["procedure"] else sum(values[part] for part in parts),
        "procedure": data["procedure"],
    }
    qs = drilldown.search(qs, data["q"])
    if request.GET.get("format") == "xlsx":
        rows = [drilldown.describe(dossier) for dossier in qs]
        audit.record_export(
            "form06-dossiers",
            request=request,
            filters={key: str(value) for key, value in data.items()},
            count=len(rows),
        )
        response = HttpResponse(drilldown.to_xlsx(rows, period, heading), content_type=export.XLSX_TYPE)
        name = f"bieu-06-{data['group_by']}-{data['key']}-{data['column']}-{period.start:%Y%m%d}-{period.end:%Y%m%d}"
        response["Content-Disposition"] = f'attachment; filename="{slugify(name)}.xlsx"'
        response["Cache-Control"] = "private, no-store"
        return response
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "period": period,
        "heading": heading,
        "page": page,
        "rows": [drilldown.describe(dossier) for dossier in page.object_list],
        "back": f"{reverse('office:report-form06')}?{cell_query(period, data['group_by'], view)}",
    }
    return render(request, "office/reports/form06_cell.html", context)
