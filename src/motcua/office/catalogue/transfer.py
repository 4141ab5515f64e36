"""Back office: export the procedure catalogue (JSON, Excel) and import it again, all or nothing.

Export needs ``Perm.MANAGE_CATALOGUE`` somewhere and gives the procedures owned inside the user's
jurisdiction for it. An import may only touch procedures owned there, and only a province
administrator (the permission on the top of the tree) may add sectors or create and publish
decisions. Uploads are recognised by their content, not their name.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.audit import services as audit
from motcua.catalogue import transfer, transfer_xlsx
from motcua.catalogue.models import Procedure
from motcua.orgs import permissions, selectors
from motcua.orgs.permissions import Perm

from ..access import staff_required

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_SHOWN_PROBLEMS = 1000
_BOM_AND_SPACE = b"\xef\xbb\xbf \t\r\n"


class CatalogueImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File (.json or .xlsx)"),
        help_text=gettext_lazy("A catalogue JSON document or Excel workbook exported by this system; at most 20 MB."),
    )
    mapping = forms.CharField(
        label=gettext_lazy("Agency code mapping"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "Optional, for a catalogue from another province: one pair FROM=TO per line, e.g. H15=H56. "
            "Codes are renamed by prefix (H15.03 becomes H56.03)."
        ),
    )
    dry_run = forms.BooleanField(label=gettext_lazy("Only check the file; save nothing"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        raw = upload.read()
        name = (upload.name or "").lower()
        if raw.startswith(b"PK\x03\x04"):
            kind = "xlsx"
            try:
                transfer_xlsx.check_zip(raw)
            except transfer_xlsx.WorkbookError as exc:
                raise forms.ValidationError(str(exc)) from exc
        elif raw.lstrip(_BOM_AND_SPACE).startswith(b"{"):
            kind = "json"
        else:
            raise forms.ValidationError(
                _("The content of the file is neither a catalogue JSON document nor an Excel workbook.")
            )
        if not name.endswith("." + kind):
            raise forms.ValidationError(
                _("The file name does not match its content, which is a %(kind)s file.") % {"kind": kind.upper()}
            )
        return {"kind": kind, "raw": raw, "name": upload.name}

    def clean_mapping(self):
        try:
            return transfer.parse_mapping(self.cleaned_data.get("mapping") or "")
        except ValidationError as exc:
            raise forms.ValidationError(exc.messages) from exc


@staff_required(Perm.MANAGE_CATALOGUE)
def catalogue_export(request, fmt: str):
    owners = permissions.jurisdiction(request.user, Perm.MANAGE_CATALOGUE)
    stamp = timezone.localdate().strftime("%Y%m%d")
    if fmt == "json":
        document = transfer.build_document(owners)
        count = len(document["procedures"])
        response = HttpResponse(transfer.dumps(document), content_type="application/json; charset=utf-8")
    else:
        count = Procedure.objects.filter(owner__in=owners).count()
        response = HttpResponse(transfer_xlsx.build_workbook(owners), content_type=transfer_xlsx.CONTENT_TYPE)
    audit.record_export("catalogue.procedure", request=request, filters={"format": fmt}, count=count)
    response["Content-Disposition"] = f'attachment; filename="danh-muc-tthc-{stamp}.{fmt}"'
    return response


@staff_required(Perm.MANAGE_CATALOGUE)
def catalogue_import(request):
    form = CatalogueImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        user = request.user
        area = set(permissions.jurisdiction(user, Perm.MANAGE_CATALOGUE).values_list("pk", flat=True))
        options = {
            "mapping": form.cleaned_data["mapping"],
            "dry_run": form.cleaned_data["dry_run"],
            "user": user,
            "may_own": lambda agency: agency.pk in area,
            "province_wide": permissions.can(user, Perm.MANAGE_CATALOGUE, selectors.top_agency()),
        }
        if upload["kind"] == "xlsx":
            result = transfer_xlsx.import_workbook(upload["raw"], **options)
        else:
            result = transfer.import_json(upload["raw"], **options)
        if result.denied:
            audit.record_denial(user, perm=str(Perm.MANAGE_CATALOGUE), request=request)
    return render(
        request,
        "office/catalogue_transfer/import.html",
        {
            "form": form,
            "result": result,
            "problems": result.problems[:MAX_SHOWN_PROBLEMS] if result else [],
            "hidden_problems": max(len(result.problems) - MAX_SHOWN_PROBLEMS, 0) if result else 0,
        },
    )
