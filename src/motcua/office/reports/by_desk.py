"""Form 06 by receiving desk (phi địa giới, ND 118/2025 Art 14(2)): the 13 columns with a row per desk that
received the dossiers (``reports/by_desk.py``), beside Form 06 which counts by competent agency. Needs
Perm.VIEW_REPORTS; counts the desks inside the viewer's reporting scope."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from motcua.orgs.permissions import Perm
from motcua.reports import by_desk, form06

from ..access import staff_required
from .form06 import GROUPS, LABELS, Form06Form, _params


@staff_required(Perm.VIEW_REPORTS)
def by_desk_report(request: HttpRequest) -> HttpResponse:
    form = Form06Form(_params(request))
    form.fields.pop("group_by")
    form.fields.pop("agencies")
    context = {"form": form, "report": None, "groups": GROUPS, "labels": LABELS, "numbers": range(1, 14)}
    if not form.is_valid():
        return render(request, "office/reports/by_desk.html", context, status=400)
    period = form06.Period(form.cleaned_data["date_from"], form.cleaned_data["date_to"])
    context["report"] = by_desk.report(request.user, period, request=request)
    return render(request, "office/reports/by_desk.html", context)
