"""Closed months of Form 06 (tháng đã chốt số liệu): which months reports read from the monthly
summaries, when and by whom they were computed, and the audited recomputation of one.

Reading needs Perm.VIEW_REPORTS; recomputing is for an administrator of the whole province
(Perm.MANAGE_ORG at every top agency), with a reason that goes into the audit row.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods

from motcua.audit import services as audit
from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm
from motcua.reports import form06, services
from motcua.reports.models import ClosedMonth

from ..access import staff_required


class RecomputeForm(forms.Form):
    month = forms.DateField(widget=forms.HiddenInput, input_formats=["%Y-%m-%d"])
    reason = forms.CharField(
        label=_lazy("Reason for recomputing"),
        max_length=300,
        help_text=_lazy("Written in the audit log, e.g. the correction of imported data."),
    )


def may_recompute(user) -> bool:
    tops = list(Agency.objects.filter(parent__isnull=True))
    return bool(tops) and all(permissions.can(user, Perm.MANAGE_ORG, top) for top in tops)


@staff_required(Perm.VIEW_REPORTS)
@require_http_methods(["GET", "POST"])
def report_months(request: HttpRequest) -> HttpResponse:
    form06.scope(request.user, request)  # refuses (audited) those who may not see reports
    allowed = may_recompute(request.user)
    form = RecomputeForm()
    if request.method == "POST":
        if not allowed:
            audit.record_denial(request.user, perm=str(Perm.MANAGE_ORG), request=request)
            raise PermissionDenied
        form = RecomputeForm(request.POST)
        if form.is_valid() and not ClosedMonth.objects.filter(month=form.cleaned_data["month"]).exists():
            form.add_error("month", _("This month is not closed."))
        if form.is_valid():
            outcome = services.recompute_month(
                form.cleaned_data["month"], reason=form.cleaned_data["reason"], user=request.user
            )
            messages.success(
                request,
                _("%(month)s recomputed: %(count)s numbers changed.")
                % {"month": f"{outcome.month:%m/%Y}", "count": len(outcome.changes)},
            )
            return redirect("office:report-months")
    months = ClosedMonth.objects.select_related("computed_by").order_by("-month")
    stale = form06.stale_from()
    context = {
        "months": months,
        "form": form,
        "may_recompute": allowed,
        "stale_from": stale,
        "open_month": form06.month_start(dt.date.today()),
    }
    return render(request, "office/reports/months.html", context, status=400 if form.errors else 200)
