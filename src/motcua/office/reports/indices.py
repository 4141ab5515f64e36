"""The service indices in the back office: TT 01/2018 (nine indices) and QĐ 766 (100 points).

Pages (Perm.VIEW_REPORTS, the viewer's jurisdiction, optionally narrowed to one agency's subtree):

* ``office:indices`` — per agency: the nine indices, the total and the grade; per officer: indices
  1, 2, 3, 4, 7 and the band;
* ``office:indices-unit`` — how one agency's scores were computed;
* ``office:indices-dossier`` — how one dossier's points were computed;
* ``office:index766`` — the QĐ 766 groups and indicators;
* ``office:indices-unit-dossiers`` and ``office:index766-dossiers`` — the dossiers behind an index's
  count at 2, 1 or 0 points, or behind a QĐ 766 numerator or denominator (paged, searchable, Excel).

The numbers come from ``reports.indices`` and ``reports.index766`` (the API serves the same); the pages'
Excel and PDF buttons link to the API with ``format=xlsx`` / ``format=pdf`` (``reports.index_export``).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _lazy

from motcua.audit import services as audit
from motcua.dossiers.models import Dossier
from motcua.orgs import permissions
from motcua.orgs.forms import GroupedAgencyChoiceField
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm
from motcua.petitions import selectors as petition_selectors
from motcua.reports import digitisation, drilldown, export, form06, index766, index766_dossiers, indices
from motcua.reports.indices import explain

from ..access import staff_required

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class IndexPeriodForm(forms.Form):
    """``from``, ``to`` (local dates, both included) and an optional ``agency`` of the jurisdiction."""

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from"] = forms.DateField(label=_lazy("From"), widget=DATE, input_formats=["%Y-%m-%d"])
        self.fields["to"] = forms.DateField(label=_lazy("To"), widget=DATE, input_formats=["%Y-%m-%d"])
        self.fields["agency"] = GroupedAgencyChoiceField(
            label=_lazy("Agency"),
            queryset=agencies if agencies is not None else Agency.objects.all(),
            required=False,
            empty_label=_lazy("All of my area"),
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            self.add_error("to", _lazy("The period must not end before it starts."))
        return data


def _params(request: HttpRequest) -> dict:
    today = timezone.localdate()
    defaults = {"from": today.replace(month=1, day=1).isoformat(), "to": today.isoformat(), "agency": ""}
    return {key: request.GET.get(key) or value for key, value in defaults.items()}


def _form(request: HttpRequest) -> IndexPeriodForm:
    agencies = permissions.jurisdiction(request.user, Perm.VIEW_REPORTS).order_by("path")
    form = IndexPeriodForm(_params(request), agencies=agencies)
    if request.GET.get("agency") and not form.is_valid() and "agency" in form.errors:
        # an agency outside the viewer's jurisdiction: refused (and audited) like the API
        agency = Agency.objects.filter(pk=request.GET["agency"]).first() if request.GET["agency"].isdigit() else None
        if agency is not None:
            permissions.require(request.user, Perm.VIEW_REPORTS, agency, request=request)
    return form


def _query(period: form06.Period, agency: Agency | None = None) -> str:
    params = {"from": period.start.isoformat(), "to": period.end.isoformat()}
    if agency is not None:
        params["agency"] = agency.pk
    return urlencode(params)


def _downloads(api: str, period: form06.Period, agency: Agency | None) -> dict[str, str]:
    """The API links of the page's figures: JSON, and the Excel and PDF files (same scope, audited there)."""
    base = f"{reverse(api)}?{_query(period, agency)}"
    return {"json": base, "xlsx": f"{base}&format=xlsx", "pdf": f"{base}&format=pdf"}


@staff_required(Perm.VIEW_REPORTS)
def indices_report(request: HttpRequest) -> HttpResponse:
    """The nine indices per agency of the scope, and indices 1, 2, 3, 4, 7 per officer."""
    form = _form(request)
    context = {"form": form, "report": None, "numbers": indices.ALL_INDICES, "staff": indices.STAFF_INDICES}
    if not form.is_valid():
        return render(request, "office/reports/indices.html", context, status=400)
    data = form.cleaned_data
    period = form06.Period(data["from"], data["to"])
    scope = indices.where(request.user, data["agency"], request=request)
    report = indices.report(scope.dossiers, period, scope.label)
    query = _query(period)
    context |= {
        "report": report,
        "columns": [(n, indices.NAMES[n]) for n in indices.ALL_INDICES],
        "query": query,
        "downloads": _downloads("api:reports-indices", period, data["agency"]),
        "index766": f"{reverse('office:index766')}?{_query(period, data['agency'])}",
    }
    return render(request, "office/reports/indices.html", context)


@staff_required(Perm.VIEW_REPORTS)
def indices_unit(request: HttpRequest, pk: int) -> HttpResponse:
    """How one agency's nine index scores were computed."""
    agency = get_object_or_404(Agency, pk=pk)
    permissions.require(request.user, Perm.VIEW_REPORTS, agency, request=request)
    form = _form(request)
    context = {"form": form, "agency": agency, "row": None}
    if not form.is_valid():
        return render(request, "office/reports/indices_unit.html", context, status=400)
    period = form06.Period(form.cleaned_data["from"], form.cleaned_data["to"])
    row = indices.unit_report(agency, Dossier.objects.all(), period)
    context |= {
        "row": row,
        "period": period,
        "query": _query(period),
        "tallies": [row.tallies[n] for n in indices.DOSSIER_INDICES] if row else [],
        "unit_points": [row.unit_points[n] for n in indices.UNIT_INDICES] if row else [],
        "dossiers": _sample(agency, period),
        "list_url": reverse("office:indices-unit-dossiers", args=[agency.pk]),
        "nine_read": explain.index_dossiers(agency, period, 9, row.unit_points[9].points).count() if row else 0,
        "petitions_url": reverse("office:indices-unit-petitions", args=[agency.pk]),
        "petition_links": [
            (figure, label, row.unit_points[8].facts[figure]) for figure, label in PETITION_FIGURES.items()
        ]
        if row
        else [],
    }
    return render(request, "office/reports/indices_unit.html", context)


def _sample(agency: Agency, period: form06.Period, limit: int = 50) -> list[tuple[Dossier, dict[int, int]]]:
    """The agency's dossiers decided in the period with the fewest points first (at most ``limit``)."""
    worst = indices.lowest(indices.decided(Dossier.objects.filter(lead_agency=agency), period), limit, period)
    found = Dossier.objects.only("pk", "code").in_bulk([pk for pk, _points in worst])
    return [(found[pk], points) for pk, points in worst]


@staff_required(Perm.VIEW_REPORTS)
def indices_dossier(request: HttpRequest, pk: int) -> HttpResponse:
    """How one dossier's points for indices 1, 2, 3, 4, 6 and 7 were computed."""
    dossier = get_object_or_404(Dossier.objects.select_related("lead_agency", "procedure", "version"), pk=pk)
    permissions.require(request.user, Perm.VIEW_REPORTS, dossier.lead_agency, request=request)
    # with the period of the report it came from, the dossier as it stood at that period's end
    form = IndexPeriodForm(request.GET) if request.GET.get("from") and request.GET.get("to") else None
    period = form06.Period(form.cleaned_data["from"], form.cleaned_data["to"]) if form and form.is_valid() else None
    breakdown = indices.dossier_breakdown(dossier, period)
    context = {
        "period": period,
        "dossier": dossier,
        "breakdown": breakdown,
        "total": sum(item.points for item in breakdown),
        "staff_total": sum(item.points for item in breakdown if item.number in indices.STAFF_INDICES),
    }
    return render(request, "office/reports/indices_dossier.html", context)


@staff_required(Perm.VIEW_REPORTS)
def index766_report(request: HttpRequest) -> HttpResponse:
    """The QĐ 766 service index: five groups, each indicator with its numbers and points."""
    form = _form(request)
    context = {"form": form, "index": None}
    if not form.is_valid():
        return render(request, "office/reports/index766.html", context, status=400)
    data = form.cleaned_data
    period = form06.Period(data["from"], data["to"])
    scope = indices.where(request.user, data["agency"], request=request)
    result = index766.compute(scope.dossiers, period, scope.petition_agencies, scope.label)
    for group in result.groups:
        for item in group.indicators:
            item.lists = index766_dossiers.PARTS.get(item.id, ())  # the numbers that link to their dossiers
    rows = digitisation.by_agency(scope.dossiers, period)
    context |= {
        "index": result,
        "digitisation": rows,
        "digitisation_total": digitisation.total(rows),
        "list_url": f"{reverse('office:index766-dossiers')}?{_query(period, data['agency'])}",
        "downloads": _downloads("api:reports-index766", period, data["agency"]),
        "indices": f"{reverse('office:indices')}?{_query(period, data['agency'])}",
    }
    return render(request, "office/reports/index766.html", context)


# --- the dossiers behind a number -----------------------------------------------------------------


class _ListForm(IndexPeriodForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"] = forms.CharField(label=_lazy("Dossier code or procedure"), required=False, max_length=200)


class UnitListForm(_ListForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["agency"]
        self.fields["index"] = forms.TypedChoiceField(
            label=_lazy("Index"), coerce=int, choices=[(n, n) for n in indices.ALL_INDICES]
        )
        self.fields["points"] = forms.TypedChoiceField(
            label=_lazy("Points"), coerce=int, choices=[(p, p) for p in (2, 1, 0)]
        )


class IndicatorListForm(_ListForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"] = forms.ChoiceField(choices=[(i, i) for i in index766_dossiers.PARTS])
        parts = sorted({part for parts in index766_dossiers.PARTS.values() for part in parts})
        self.fields["part"] = forms.ChoiceField(choices=[(p, p) for p in parts])


def _listing(request: HttpRequest, form, qs, describe, template: str, context: dict, xlsx: dict) -> HttpResponse:
    """The page of a list behind a number, or its Excel file (Vietnamese, audited as an export)."""
    qs = drilldown.search(qs, form.cleaned_data["q"])
    period = form06.Period(form.cleaned_data["from"], form.cleaned_data["to"])
    if request.GET.get("format") == "xlsx":
        with translation.override("vi"):
            rows = [describe(dossier) for dossier in qs]
            data = drilldown.to_xlsx(rows, period, str(xlsx["heading"]), title=xlsx["title"], reason="Lý do")
        audit.record_export(
            xlsx["kind"], request=request, filters={k: str(v) for k, v in form.cleaned_data.items()}, count=len(rows)
        )
        response = HttpResponse(data, content_type=export.XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{slugify(xlsx["name"])}.xlsx"'
        response["Cache-Control"] = "private, no-store"
        return response
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    context |= {"form": form, "period": period, "page": page, "rows": [describe(d) for d in page.object_list]}
    return render(request, template, context)


@staff_required(Perm.VIEW_REPORTS)
def indices_unit_dossiers(request: HttpRequest, pk: int) -> HttpResponse:
    """The agency's dossiers behind one index at 2, 1 or 0 points, each with the reason for its points."""
    agency = get_object_or_404(Agency, pk=pk)
    permissions.require(request.user, Perm.VIEW_REPORTS, agency, request=request)
    form = UnitListForm(request.GET)
    if not form.is_valid():
        return render(request, "office/reports/indices_list.html", {"form": form, "agency": agency}, status=400)
    data = form.cleaned_data
    period = form06.Period(data["from"], data["to"])
    number, at = data["index"], data["points"]
    try:
        qs = explain.index_dossiers(agency, period, number, at)
    except explain.NotPerDossier:
        form.add_error(
            "index", _lazy("Indices 5 and 8 are scored from the catalogue and the petitions, not from dossiers.")
        )
        return render(request, "office/reports/indices_list.html", {"form": form, "agency": agency}, status=400)
    query = _query(period)

    def describe(dossier: Dossier) -> dict:
        row = explain.describe(dossier, number)
        row["link"] = f"{reverse('office:indices-dossier', args=[dossier.pk])}?{query}"
        return row

    with translation.override("vi"):
        name = str(indices.NAMES[number])
    heading = {"index": f"{number}. {indices.NAMES[number]}", "points": at, "count": qs.count()}
    context = {
        "agency": agency,
        "heading": heading,
        "back": f"{reverse('office:indices-unit', args=[agency.pk])}?{query}",
    }
    xlsx = {
        "kind": "indices-dossiers",
        "title": "Chỉ số đánh giá TT 01/2018/TT-VPCP",
        "heading": f"{agency.name} — Chỉ số {number}: {name} — {at} điểm — Số hồ sơ: {heading['count']}",
        "name": f"chi-so-{number}-{at}-diem-{agency.pk}-{period.start:%Y%m%d}-{period.end:%Y%m%d}",
    }
    return _listing(request, form, qs, describe, "office/reports/indices_list.html", context, xlsx)


@staff_required(Perm.VIEW_REPORTS)
def index766_dossiers_page(request: HttpRequest) -> HttpResponse:
    """The dossiers behind a QĐ 766 indicator's numerator or denominator, each with the reason."""
    agencies = permissions.jurisdiction(request.user, Perm.VIEW_REPORTS).order_by("path")
    if request.GET.get("agency") and request.GET["agency"].isdigit():
        agency = Agency.objects.filter(pk=request.GET["agency"]).first()
        if agency is not None:
            permissions.require(request.user, Perm.VIEW_REPORTS, agency, request=request)
    form = IndicatorListForm(request.GET, agencies=agencies)
    if not form.is_valid():
        return render(request, "office/reports/indices_list.html", {"form": form}, status=400)
    data = form.cleaned_data
    period = form06.Period(data["from"], data["to"])
    scope = indices.where(request.user, data["agency"], request=request)
    indicator, part = data["indicator"], data["part"]
    try:
        qs = index766_dossiers.dossiers(scope.dossiers, period, indicator, part)
    except drilldown.BadCell as error:
        form.add_error(error.field if error.field in form.fields else None, error.message)
        return render(request, "office/reports/indices_list.html", {"form": form}, status=400)
    with translation.override("vi"):
        name, part_vi = str(index766.ALLOCATION[indicator][0]), str(index766_dossiers.PART_LABELS[part])
    heading = {
        "index": f"{indicator} {index766.ALLOCATION[indicator][0]}",
        "part": index766_dossiers.PART_LABELS[part],
        "count": qs.count(),
    }
    context = {
        "heading": heading,
        "scope": scope.label,
        "back": f"{reverse('office:index766')}?{_query(period, data['agency'])}",
    }
    xlsx = {
        "kind": "index766-dossiers",
        "title": "Chỉ số QĐ 766/QĐ-TTg",
        "heading": f"{scope.label} — {indicator} {name} — {part_vi} — Số hồ sơ: {heading['count']}",
        "name": f"qd766-{indicator}-{part}-{period.start:%Y%m%d}-{period.end:%Y%m%d}",
    }
    return _listing(
        request,
        form,
        qs,
        lambda dossier: index766_dossiers.describe(dossier, indicator),
        "office/reports/indices_list.html",
        context,
        xlsx,
    )


# --- the petitions behind index 8 -----------------------------------------------------------------

PETITION_FIGURES = {
    "received": _lazy("Received in the period"),
    "handled": _lazy("Handled in the period"),
    "handled_on_time": _lazy("Handled by their deadline"),
    "open_overdue": _lazy("Open past their deadline at the end of the period"),
}


class PetitionListForm(IndexPeriodForm):
    figure = forms.ChoiceField(choices=list(PETITION_FIGURES.items()))


def _petition_reason(petition, figure: str) -> str:
    due = timezone.localtime(petition.due_at).strftime("%d/%m/%Y %H:%M") if petition.due_at else "—"
    handled = timezone.localtime(petition.handled_at).strftime("%d/%m/%Y %H:%M") if petition.handled_at else ""
    if figure == "received":
        return _lazy("received in the period") if not handled else _lazy("received in the period, handled later")
    if figure == "open_overdue":
        return _lazy("not handled at the end of the period, deadline %(due)s") % {"due": due}
    if petition.due_at and petition.handled_at and petition.handled_at <= petition.due_at:
        return _lazy("handled on %(handled)s, by the deadline %(due)s") % {"handled": handled, "due": due}
    return _lazy("handled on %(handled)s, after the deadline %(due)s") % {"handled": handled, "due": due}


@staff_required(Perm.VIEW_REPORTS)
def indices_unit_petitions(request: HttpRequest, pk: int) -> HttpResponse:
    """The petitions behind index 8 of one agency (received, handled, handled on time, open and overdue),
    without the petitioners' personal data; each links to the petition when the viewer may read it."""
    agency = get_object_or_404(Agency, pk=pk)
    permissions.require(request.user, Perm.VIEW_REPORTS, agency, request=request)
    form = PetitionListForm(request.GET)
    if not form.is_valid():
        return render(request, "office/reports/indices_petitions.html", {"form": form, "agency": agency}, status=400)
    data = form.cleaned_data
    period = form06.Period(data["from"], data["to"])
    figure = data["figure"]
    qs = petition_selectors.handling_list(indices.petition_agencies(agency), period.start, period.end, figure)
    page = Paginator(qs.select_related("agency"), 50).get_page(request.GET.get("page"))
    rows = [
        {
            "code": petition.code,
            "agency": petition.agency.name,
            "status": petition.get_status_display(),
            "received_at": petition.received_at,
            "due_at": petition.due_at,
            "handled_at": petition.handled_at,
            "reason": _petition_reason(petition, figure),
            "link": reverse("office:petition-detail", args=[petition.pk])
            if permissions.can(request.user, Perm.VIEW_PETITION, petition.agency)
            else "",
        }
        for petition in page.object_list
    ]
    context = {
        "form": form,
        "agency": agency,
        "period": period,
        "figure": PETITION_FIGURES[figure],
        "count": page.paginator.count,
        "page": page,
        "rows": rows,
        "back": f"{reverse('office:indices-unit', args=[agency.pk])}?{_query(period)}",
    }
    return render(request, "office/reports/indices_petitions.html", context)
