"""Số hóa at receipt: the desk scans each paper component into an e-copy and confirms it (ND 118
Art 17(1)(c)); the e-copies are downloaded with their checksum verified. The rules are in
``dossiers.services.digitise``; the applicant's stored results offered for reuse come from
``submissions.selectors.reusable_for_applicant``."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.audit import services as audit
from motcua.core import downloads
from motcua.dossiers.models import Channel, ECopyFile, Exemption
from motcua.dossiers.services import digitise as service
from motcua.orgs.permissions import Perm
from motcua.submissions import selectors as store

from ..access import staff_required
from .forms import apply_errors
from .views import _load

CONFIRMATION = _lazy("I confirm that the e-copies match the paper documents")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (the pages of a scan, in order); the content is checked by the service."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class DigitiseForm(forms.Form):
    confirm = forms.BooleanField(label=CONFIRMATION, required=False)

    def __init__(self, *args, dossier, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = []
        specs = service.specs_of(dossier)
        choices = [("", _lazy("Digitised (scan it)"))] + [(e.value, e.label) for e in service.DESK_EXEMPTIONS]
        for component in dossier.components.all():
            fixed = service.catalogue_exemption(specs.get(component.key, {}))
            row = {"component": component, "fixed": Exemption(fixed).label if fixed else ""}
            if not fixed:
                pk = component.pk
                row["files"] = f"files_{pk}"
                row["pages"] = f"pages_{pk}"
                row["exemption"] = f"exemption_{pk}"
                self.fields[row["files"]] = MultipleFileField(
                    label=_lazy("E-copy of “%(name)s” (one PDF, or one image per page in order)")
                    % {"name": component.name},
                    required=False,
                )
                self.fields[row["pages"]] = forms.IntegerField(
                    label=_lazy("Pages of the paper “%(name)s”") % {"name": component.name},
                    required=False,
                    min_value=1,
                    max_value=5000,
                )
                self.fields[row["exemption"]] = forms.ChoiceField(
                    label=_lazy("Digitisation of “%(name)s”") % {"name": component.name},
                    choices=choices,
                    required=False,
                )
            self.rows.append(row)

    def bound_rows(self):
        return [
            {
                **row,
                **{key: self[row[key]] for key in ("files", "pages", "exemption") if key in row},
            }
            for row in self.rows
        ]

    def scans(self) -> list[service.ScanInput]:
        data = self.cleaned_data
        return [
            service.ScanInput(
                component=row["component"].pk,
                files=data.get(row["files"]) or [],
                paper_pages=data.get(row["pages"]),
                exemption=data.get(row["exemption"]) or "",
            )
            for row in self.rows
            if "files" in row
        ]


def _rows(dossier) -> list[dict]:
    components = list(dossier.components.prefetch_related("ecopy_files"))
    return [{"component": c, "files": list(c.ecopy_files.all())} for c in components]


@staff_required(Perm.VIEW_DOSSIER)
def digitise(request: HttpRequest, pk: int) -> HttpResponse:
    """The digitisation page: what was scanned, and the form while the e-copies are not confirmed."""
    dossier = _load(request, pk)
    if not service.may_digitise(request.user, dossier):
        audit.record_denial(request.user, perm=str(Perm.RECEIVE_DOSSIER), target=dossier, request=request)
        raise PermissionDenied
    audit.record_read(dossier, request=request, what=_("digitisation page"))
    form = None
    status = 200
    if service.applies(dossier) and dossier.digitised_at is None:
        form = DigitiseForm(request.POST or None, request.FILES or None, dossier=dossier)
        if request.method == "POST" and form.is_valid():
            try:
                service.digitise(dossier, user=request.user, scans=form.scans(), confirmed=form.cleaned_data["confirm"])
            except ValidationError as exc:
                apply_errors(form, exc)
                status = 400
            else:
                messages.success(request, _("The e-copies were recorded and confirmed."))
                return redirect("office:dossier-digitise", pk=dossier.pk)
        elif request.method == "POST":
            status = 400
    context = {
        "dossier": dossier,
        "form": form,
        "rows": _rows(dossier),
        "online": dossier.channel == Channel.ONLINE,
        "reuse": store.reusable_for_applicant(dossier.applicant_id_number, exclude_dossier=dossier),
    }
    return render(request, "office/dossiers/digitise.html", context, status=status)


@staff_required(Perm.VIEW_DOSSIER)
def ecopy_file(request: HttpRequest, pk: int, file: int) -> HttpResponse:
    """One file of an e-copy, served only while it matches the checksum recorded at digitisation."""
    dossier = _load(request, pk)
    copy = get_object_or_404(ECopyFile.objects.select_related("component"), pk=file, component__dossier=dossier)
    audit.record_read(dossier, request=request, what=_("e-copy of “%(name)s”") % {"name": copy.component.name})
    return downloads.send_file(request, copy.file, target=dossier, filename=copy.original_name, sha256=copy.sha256)
