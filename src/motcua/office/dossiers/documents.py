"""Printable one-stop forms of a dossier (PDF and HTML preview) and the desk's logbook (sổ theo dõi hồ sơ)."""

from __future__ import annotations

import datetime as dt

from django import forms as django_forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.audit import services as audit
from motcua.core.text import nfc
from motcua.documents import forms, headers, pdf
from motcua.documents.models import FormHeader
from motcua.dossiers import selectors
from motcua.dossiers.models import Dossier
from motcua.orgs import permissions
from motcua.orgs.forms import CHOOSE, AgencySelect, grouped_choices, own_agency
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm

from ..access import staff_required

LOGBOOK_PAGE_SIZE = 50
LOGBOOK_PDF_MAX_ROWS = 2000


# --- the forms of one dossier -----------------------------------------------------------------------


def _dossier_for(request, pk: int) -> Dossier:
    dossier = get_object_or_404(
        Dossier.objects.select_related("agency", "lead_agency", "version", "procedure", "current_unit"), pk=pk
    )
    if not selectors.can_view(request.user, dossier):
        audit.record_denial(request.user, perm=str(Perm.VIEW_DOSSIER), target=dossier.agency, request=request)
        raise PermissionDenied
    return dossier


def _event_seq(request) -> int | None:
    raw = request.GET.get("event", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise forms.NotApplicable(_("The event number must be a whole number."))
    return int(raw)


def _not_applicable(request, dossier: Dossier, message: str):
    return render(
        request,
        "documents/not_applicable.html",
        {"dossier": dossier, "message": message, "back_url": _dossier_url(dossier)},
        status=404,
    )


def _dossier_url(dossier: Dossier) -> str:
    return _dossier_url_by_pk(dossier.pk)


def _dossier_url_by_pk(pk: int) -> str:
    try:
        return reverse("office:dossier-detail", kwargs={"pk": pk})
    except NoReverseMatch:
        return ""


def _build(request, pk: int, form: str):
    dossier = _dossier_for(request, pk)
    try:
        return dossier, forms.build(dossier, form, event_seq=_event_seq(request), request=request)
    except forms.NotApplicable as exc:
        return dossier, _not_applicable(request, dossier, str(exc))


@staff_required(Perm.VIEW_DOSSIER)
def dossier_form_pdf(request, pk: int, form: str):
    dossier, doc = _build(request, pk, form)
    if isinstance(doc, HttpResponse):
        return doc
    data = pdf.render(doc.template, doc.context)
    audit.record_export(
        f"dossier form {doc.number}", request=request, filters={"dossier": dossier.code or dossier.pk, "form": form}
    )
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{doc.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@staff_required(Perm.VIEW_DOSSIER)
def dossier_form_html(request, pk: int, form: str):
    dossier, doc = _build(request, pk, form)
    if isinstance(doc, HttpResponse):
        return doc
    query = f"?{request.GET.urlencode()}" if request.GET else ""
    context = {
        **doc.context,
        "for_pdf": False,
        "back_url": _dossier_url(dossier),
        "pdf_url": reverse("office:dossier-form-pdf", kwargs={"pk": dossier.pk, "form": form}) + query,
    }
    response = render(request, doc.template, context)
    response["Cache-Control"] = "private, no-store"
    return response


# --- the logbook ------------------------------------------------------------------------------------


def _may_keep_logbook(user, agency: Agency) -> bool:
    return permissions.can(user, Perm.RECEIVE_DOSSIER, agency) or permissions.can(user, Perm.VIEW_DOSSIER, agency)


def _desk_choices(user) -> list[Agency]:
    """The user's own agencies for the logbook and the agencies just below them (a short list)."""
    roots = permissions.roots(user, Perm.RECEIVE_DOSSIER) + permissions.roots(user, Perm.VIEW_DOSSIER)
    seen: dict[int, Agency] = {}
    for root in roots:
        seen.setdefault(root.pk, root)
    for child in Agency.objects.filter(parent__in=list(seen)).order_by("path")[:300]:
        seen.setdefault(child.pk, child)
    return sorted(seen.values(), key=lambda agency: agency.path)


class LogbookForm(django_forms.Form):
    agency = django_forms.TypedChoiceField(label=gettext_lazy("Receiving desk"), coerce=int, widget=AgencySelect)
    year = django_forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2099, required=False)
    date_from = django_forms.DateField(
        label=gettext_lazy("From"), required=False, widget=django_forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_forms.DateField(
        label=gettext_lazy("To"), required=False, widget=django_forms.DateInput(attrs={"type": "date"})
    )
    q = django_forms.CharField(
        label=gettext_lazy("Code, applicant, phone or ID number"),
        required=False,
        max_length=200,
        widget=django_forms.TextInput(attrs={"type": "search"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        choices = _desk_choices(user)
        wanted = str(self.data.get("agency", "")).strip()
        if wanted.isdigit() and int(wanted) not in {a.pk for a in choices}:
            extra = Agency.objects.filter(pk=int(wanted)).first()
            if extra is not None and _may_keep_logbook(user, extra):
                choices.append(extra)
        own = own_agency(user, choices)
        self.fields["agency"].choices = [("", CHOOSE), *grouped_choices(choices, own=own)]

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        year = data.get("year")
        start, end = data.get("date_from"), data.get("date_to")
        if start or end:
            year = (start or end).year
            start = start or dt.date(year, 1, 1)
            end = end or dt.date(year, 12, 31)
        else:
            year = year or today.year
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if start > end:
            raise django_forms.ValidationError(_("The start of the period must not be after its end."))
        if start.year != end.year:
            raise django_forms.ValidationError(
                _("A logbook covers one year: choose dates within the same year (numbering restarts each year).")
            )
        data["year"], data["date_from"], data["date_to"] = year, start, end
        return data


@staff_required(Perm.VIEW_DOSSIER)
def logbook(request):
    """Sổ theo dõi hồ sơ of a desk for a year or a period of it: HTML, or PDF (A4 landscape) with ``format=pdf``."""
    params = request.GET.copy()
    wanted = params.get("agency", "").strip()
    if wanted.isdigit():
        asked = Agency.objects.filter(pk=int(wanted)).first()
        if asked is not None and not _may_keep_logbook(request.user, asked):
            audit.record_denial(request.user, perm=str(Perm.VIEW_DOSSIER), target=asked, request=request)
            raise PermissionDenied
    if not (params.get("year") or params.get("date_from") or params.get("date_to")):
        params["year"] = str(timezone.localdate().year)
    if not params.get("agency"):  # the official's own desk, never the first of a list
        own = own_agency(request.user, _desk_choices(request.user))
        if own is not None:
            params["agency"] = str(own.pk)
    form = LogbookForm(params, user=request.user)
    context = {"form": form, "page": None, "rows": []}
    if not form.is_valid():
        return render(request, "documents/logbook_page.html", context, status=400 if request.GET else 200)
    desk = get_object_or_404(Agency, pk=form.cleaned_data["agency"])
    if not _may_keep_logbook(request.user, desk):
        audit.record_denial(request.user, perm=str(Perm.VIEW_DOSSIER), target=desk, request=request)
        raise PermissionDenied
    start, end, q = form.cleaned_data["date_from"], form.cleaned_data["date_to"], form.cleaned_data["q"].strip()
    queryset = forms.logbook_queryset(desk, start, end, q)
    contiguous = not q and start == dt.date(start.year, 1, 1)
    if request.GET.get("format") == "pdf":
        rows = list(queryset[: LOGBOOK_PDF_MAX_ROWS + 1])
        if len(rows) > LOGBOOK_PDF_MAX_ROWS:
            context["error"] = _(
                "The period holds more than %(max)s dossiers; choose a shorter period for the PDF."
            ) % {"max": LOGBOOK_PDF_MAX_ROWS}
            return render(request, "documents/logbook_page.html", context, status=400)
        forms.number_rows(desk, rows, first=1 if contiguous else None)
        data = pdf.render("documents/logbook.html", forms.logbook_context(desk, start, end, rows, q))
        audit.record_export(
            "logbook",
            request=request,
            filters={"agency": desk.code or desk.pk, "from": str(start), "to": str(end), "q": q},
            count=len(rows),
        )
        response = HttpResponse(data, content_type="application/pdf")
        name = f"so-theo-doi-ho-so-{desk.code or desk.pk}-{start:%Y%m%d}-{end:%Y%m%d}.pdf"
        response["Content-Disposition"] = f'inline; filename="{name}"'
        response["Cache-Control"] = "private, no-store"
        return response
    page = Paginator(queryset, LOGBOOK_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    forms.number_rows(desk, rows, first=page.start_index() if contiguous else None)
    pdf_query = params.copy()
    pdf_query.pop("page", None)
    pdf_query["format"] = "pdf"
    context.update(
        forms.logbook_context(desk, start, end, rows, q),
        form=form,
        page=page,
        pdf_url=f"{reverse('office:logbook')}?{pdf_query.urlencode()}",
    )
    for row in context["rows"]:
        row["url"] = _dossier_url_by_pk(row["pk"])
    response = render(request, "documents/logbook_page.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


# --- the header lines of an agency's forms ------------------------------------------------------------


class FormHeaderForm(django_forms.ModelForm):
    class Meta:
        model = FormHeader
        fields = [
            "governing_body",
            "desk_name",
            "place_name",
            "number_suffix",
            "receiver_title",
            "guide_title",
            "head_title",
            "head_name",
        ]

    def clean(self):
        data = super().clean()
        return {key: nfc(value).strip() if isinstance(value, str) else value for key, value in data.items()}


@staff_required(Perm.MANAGE_ORG)
def agency_form_header(request, pk: int):
    """An agency administrator adjusts the header lines of the forms; blank lines come from above."""
    agency = get_object_or_404(Agency, pk=pk)
    permissions.require(request.user, Perm.MANAGE_ORG, agency, request=request)
    instance = FormHeader.objects.filter(agency=agency).first() or FormHeader(agency=agency)
    form = FormHeaderForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The header of the forms was saved."))
        return redirect("office:agency-form-header", pk=agency.pk)
    return render(
        request,
        "documents/form_header.html",
        {"agency": agency, "form": form, "resolved": headers.resolve(agency)},
        status=400 if form.errors else 200,
    )
