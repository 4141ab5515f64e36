"""Evaluations in the back office: the desk's tablet page for the citizen at the counter, and the summary.

The tablet page (``office:dossier-evaluate``) is opened by a desk officer of the dossier's receiving
desk (Perm.RECEIVE_DOSSIER on ``dossier.agency``) and handed to the citizen; the evaluation is stored
with the channel "desk device". The summary (``office:evaluations``) shows figures per agency, unit
and officer inside the viewer's jurisdiction (Perm.VIEW_DOSSIER; inspectors hold it too).
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _lazy

from motcua.audit import services as audit
from motcua.dossiers.models import Dossier
from motcua.evaluations import selectors
from motcua.evaluations import services as evaluation_services
from motcua.evaluations.forms import EvaluationForm
from motcua.evaluations.models import CRITERIA, Evaluation, EvaluationChannel, Satisfaction
from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm

from ..access import staff_required

PAGE_SIZE = 50
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _desk_dossier(request: HttpRequest, pk: int) -> Dossier:
    dossier = get_object_or_404(Dossier.objects.select_related("agency", "lead_agency", "version"), pk=pk)
    if not permissions.can(request.user, Perm.RECEIVE_DOSSIER, dossier.agency):
        audit.record_denial(request.user, perm=str(Perm.RECEIVE_DOSSIER), target=dossier, request=request)
        raise PermissionDenied
    return dossier


@staff_required(Perm.RECEIVE_DOSSIER)
def dossier_evaluate(request: HttpRequest, pk: int) -> HttpResponse:
    """The tablet page: one question per screen block, big targets, faces and words for the three levels."""
    dossier = _desk_dossier(request, pk)
    context = {"dossier": dossier}
    if not evaluation_services.can_rate(dossier):
        context["closed"] = True
        context["evaluation"] = Evaluation.objects.filter(dossier=dossier).first()
        return render(request, "office/evaluations/tablet.html", context, status=409)
    form = EvaluationForm(request.POST or None, dossier=dossier)
    if (
        request.method == "POST"
        and form.is_valid()
        and form.record(by_user=request.user, channel=EvaluationChannel.DESK_DEVICE)
    ):
        return redirect("office:dossier-evaluate-thanks", pk=dossier.pk)
    context["form"] = form
    return render(request, "office/evaluations/tablet.html", context, status=400 if form.errors else 200)


@staff_required(Perm.RECEIVE_DOSSIER)
def dossier_evaluate_thanks(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = _desk_dossier(request, pk)
    return render(request, "office/evaluations/thanks.html", {"dossier": dossier})


class PeriodForm(forms.Form):
    start = forms.DateField(label=_lazy("From"), required=False, widget=DATE)
    end = forms.DateField(label=_lazy("To"), required=False, widget=DATE)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _lazy("The end of the period must not be before its start."))
        return data


def _period(request) -> tuple[PeriodForm, object]:
    form = PeriodForm(request.GET or None)
    qs = selectors.visible(request.user)
    if form.is_bound and form.is_valid():
        qs = selectors.in_period(qs, form.cleaned_data.get("start"), form.cleaned_data.get("end"))
    return form, qs


def _criteria_rows(totals: dict) -> list[dict]:
    rows = []
    for name, (point, question, choices) in CRITERIA.items():
        counts = totals["criteria"].get(name, {})
        rows.append(
            {
                "point": point,
                "question": question,
                "answers": [(label, counts.get(code, 0)) for code, label in choices],
                "total": sum(counts.values()),
            }
        )
    return rows


@staff_required(Perm.VIEW_DOSSIER)
def summary(request: HttpRequest) -> HttpResponse:
    form, qs = _period(request)
    totals = selectors.totals(qs)
    context = {
        "form": form,
        "totals": totals,
        "levels": Satisfaction.choices,
        "criteria": _criteria_rows(totals),
        "agencies": selectors.summary(qs, "agency"),
        "units": selectors.summary(qs, "unit"),
        "officers": selectors.summary(qs, "officer"),
        "query": request.GET.urlencode(),
    }
    return render(request, "office/evaluations/summary.html", context, status=400 if form.errors else 200)


@staff_required(Perm.VIEW_DOSSIER)
def agency_evaluations(request: HttpRequest, pk: int) -> HttpResponse:
    """Drill-down: the evaluations (with comments) of one agency or unit and the units below it."""
    agency = get_object_or_404(Agency, pk=pk)
    if not permissions.can(request.user, Perm.VIEW_DOSSIER, agency):
        audit.record_denial(request.user, perm=str(Perm.VIEW_DOSSIER), target=agency, request=request)
        raise PermissionDenied
    form, qs = _period(request)
    qs = selectors.of_agency(qs, agency).select_related("dossier")
    totals = selectors.totals(qs)
    page = Paginator(qs.order_by("-created_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "agency": agency,
        "form": form,
        "totals": totals,
        "page": page,
        "query": query.urlencode(),
    }
    return render(request, "office/evaluations/agency.html", context)
