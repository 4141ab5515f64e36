"""Reports in the back office: Biểu số 06/VPCP/KSTT on screen, with links to its Excel and PDF files.

The page (``office:report-form06``) needs Perm.VIEW_REPORTS and counts only dossiers whose competent
agency lies in the viewer's jurisdiction; the files come from ``/api/v1/reports/form06`` (session login).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _lazy

from motcua.orgs.permissions import Perm
from motcua.reports import form06

from .access import staff_required

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
GROUP_CHOICES = [
    ("level", _lazy("Level (province, district, commune)")),
    ("agency", _lazy("Agency (each agency directly under yours, with its subtree)")),
    ("unit", _lazy("Handling unit")),
    ("sector", _lazy("Sector")),
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

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _lazy("The period must not end before it starts."))
        return data


def _params(request: HttpRequest) -> dict:
    today = timezone.localdate()
    defaults = {"date_from": today.replace(day=1).isoformat(), "date_to": today.isoformat(), "group_by": "level"}
    return {key: request.GET.get(key) or value for key, value in defaults.items()}


def _downloads(start: dt.date, end: dt.date, group_by: str) -> dict[str, str]:
    base = reverse("api:reports-form06")
    query = {"from": start.isoformat(), "to": end.isoformat(), "group_by": group_by}
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
    report = form06.report(request.user, period, data["group_by"], request=request)
    context |= {"report": report, "downloads": _downloads(period.start, period.end, report.group_by)}
    return render(request, "office/reports/form06.html", context)
