"""The public catalogue of administrative procedures (thủ tục hành chính) in the portal.

Plain GET pages that work without JavaScript: the search, a procedure's page (any version, by the
day it was in force), the programme of shortened times, the "apply online" placeholder and the
download of the forms that a version in force refers to. Drafts are never shown: a procedure that
was never published looks exactly like an unknown code.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from motcua.catalogue import schema, selectors
from motcua.catalogue.models import PROCEDURE_CODE, FormTemplate, OnlineService, ProcedureVersion, TimeUnit
from motcua.catalogue.schema import ComponentSerializer, FeeSerializer
from motcua.core import money
from motcua.orgs.forms import agency_choices, option_groups
from motcua.orgs.models import Agency, Level

PAGE_SIZE = 20
TIME_CUT_PAGE_SIZE = 50


# --- Formatting helpers ---------------------------------------------------------------------


def _plain(amount) -> str:
    """A limit amount as a localised number without trailing zeros (3, 1,5)."""
    value = Decimal(str(amount)).normalize()
    places = max(0, -value.as_tuple().exponent)
    return number_format(value, decimal_pos=places)


def limit_text(amount, unit: str) -> str:
    """'3 working days', '1 working day', '0.5 working days', '45 calendar days', '2 months'."""
    value = Decimal(str(amount))
    count = int(value) if value == value.to_integral_value() else 2
    n = _plain(value)
    if unit == TimeUnit.WORKING_DAYS:
        return ngettext("%(n)s working day", "%(n)s working days", count) % {"n": n}
    if unit == TimeUnit.WORKING_HOURS:
        return ngettext("%(n)s working hour", "%(n)s working hours", count) % {"n": n}
    if unit == TimeUnit.DAYS:
        return ngettext("%(n)s calendar day", "%(n)s calendar days", count) % {"n": n}
    if unit == TimeUnit.MONTHS:
        return ngettext("%(n)s month", "%(n)s months", count) % {"n": n}
    return f"{n} {unit}"


@dataclass
class Row:
    """A version with its time limits already written out for a list."""

    version: ProcedureVersion
    statutory: str
    committed: str
    saved: str = ""
    saved_percent: str = ""

    @classmethod
    def of(cls, version: ProcedureVersion) -> Row:
        row = cls(
            version,
            limit_text(version.statutory_amount, version.statutory_unit),
            limit_text(version.committed_amount, version.committed_unit),
        )
        if version.time_cut:
            saved = version.statutory_amount - version.committed_amount
            row.saved = limit_text(saved, version.statutory_unit)
            row.saved_percent = number_format(round(saved * 100 / version.statutory_amount), decimal_pos=0)
        return row


# --- Search ---------------------------------------------------------------------------------


class SearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Name or code of the procedure"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("Accents are optional: “cap giay phep xay dung” finds “Cấp giấy phép xây dựng”."),
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    sector = forms.ChoiceField(label=gettext_lazy("Sector"), required=False)
    level = forms.ChoiceField(label=gettext_lazy("Level"), required=False)
    agency = forms.ChoiceField(label=gettext_lazy("Agency"), required=False)
    time_cut = forms.BooleanField(label=gettext_lazy("Only procedures with a shortened time limit"), required=False)

    def __init__(self, *args, day: dt.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [
            ("", _("All sectors")),
            *((s.code, f"{s.name} ({s.in_force})") for s in selectors.sectors_in_force(day)),
        ]
        self.fields["level"].choices = [("", _("All levels")), *Level.choices]
        self.fields["agency"].choices = agency_choices(
            selectors.agencies_in_force(day), empty_label=_("All agencies"), value="code"
        )
        self.agency_groups = option_groups(self.fields["agency"].choices)
        self.fields["q"].widget.attrs["aria-describedby"] = "id_q_help"

    def filters(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {}
        data = self.cleaned_data
        return {key: data[key] for key in ("q", "sector", "level", "agency", "time_cut") if data.get(key)}


def search(request: HttpRequest) -> HttpResponse:
    """Tra cứu thủ tục hành chính: words, sector, level and agency; accent-insensitive."""
    bound = any(key in request.GET for key in ("q", "sector", "level", "agency", "time_cut"))
    form = SearchForm(request.GET if bound else None)
    filters = form.filters()
    invalid = form.is_bound and not form.is_valid()
    versions = selectors.search(**filters).defer("content")
    if invalid:
        versions = versions.none()
    page = Paginator(versions, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "rows": [Row.of(v) for v in page.object_list],
        "searched": bool(filters),
        "summary": selectors.time_cut_summary() if not bound else None,
    }
    return render(request, "portal/catalogue/search.html", context, status=400 if invalid else 200)


# --- A procedure's page -----------------------------------------------------------------------

COPY_TYPES = dict(ComponentSerializer.COPY_TYPES)
FEE_KINDS = dict(FeeSerializer().fields["kind"].choices)
CHANNELS = {
    "counter": gettext_lazy("At the one-stop desk"),
    "postal": gettext_lazy("By public postal service"),
    "online": gettext_lazy("Online"),
}
CONTENT_LABELS = {
    "name": gettext_lazy("Name"),
    "sector": gettext_lazy("Sector"),
    "level": gettext_lazy("Level"),
    "implementing_agency": gettext_lazy("Implementing agency"),
    "receiving_agency": gettext_lazy("Receiving agency"),
    "subjects": gettext_lazy("Who may apply"),
    "sequence": gettext_lazy("Steps"),
    "channels": gettext_lazy("How to submit"),
    "sets": gettext_lazy("Number of sets"),
    "components": gettext_lazy("Documents to submit"),
    "cases": gettext_lazy("Cases"),
    "statutory": gettext_lazy("Time limit set by law"),
    "committed": gettext_lazy("Time limit committed by the province"),
    "fees": gettext_lazy("Fees and charges"),
    "result": gettext_lazy("Result"),
    "result_is_document": gettext_lazy("Result"),
    "conditions": gettext_lazy("Requirements and conditions"),
    "legal_basis": gettext_lazy("Legal basis"),
    "online_service": gettext_lazy("Online public service"),
    "legacy_online_level": gettext_lazy("Online service level (before 2022)"),
    "at_desk": gettext_lazy("Received at the one-stop desk"),
    "on_the_spot": gettext_lazy("Decided at the desk (“4 on the spot”)"),
    "cutoff": gettext_lazy("Cut-off hour"),
    "processes": gettext_lazy("Internal process"),
}


class BadDate(ValueError):
    pass


def _day(request: HttpRequest) -> tuple[dt.date, bool]:
    """The day asked for with ``?on=YYYY-MM-DD`` (today when absent) and whether it was asked."""
    raw = request.GET.get("on", "").strip()
    if not raw:
        return timezone.localdate(), False
    try:
        day = parse_date(raw)
    except ValueError:
        day = None
    if day is None:
        raise BadDate(raw)
    return day, True


def _agency(code: str) -> Agency | None:
    return Agency.objects.filter(code=code).first() if code else None


def _not_found(request: HttpRequest, code: str, day: dt.date, asked: bool) -> HttpResponse:
    """A helpful 404: abolished, not yet in force, not in force that day, or unknown."""
    procedure = selectors.published_procedure(code) if PROCEDURE_CODE.match(code) else None
    context = {"code": code, "day": day, "asked": asked, "procedure": procedure, "reason": "unknown"}
    if procedure is not None:
        versions = list(selectors.published_versions(procedure))
        last = versions[-1] if versions else None
        abolished = selectors.abolition(procedure)
        context.update(versions=versions, last=last)
        if versions and day < versions[0].valid_from:
            context.update(reason="not_yet", first=versions[0])
        elif abolished is not None and (last is None or (last.valid_to and day > last.valid_to)):
            context.update(reason="abolished", decision=abolished.decision)
        else:
            context["reason"] = "not_on_day"
    return render(request, "portal/catalogue/not_found.html", context, status=404)


def _bad_date(request: HttpRequest, code: str, raw: str) -> HttpResponse:
    return render(request, "portal/catalogue/bad_date.html", {"code": code, "raw": raw}, status=400)


def _components(version: ProcedureVersion) -> list[dict]:
    components = version.content.get("components", [])
    form_ids = {c["form"] for c in components if c.get("form")}
    forms_by_id = FormTemplate.objects.in_bulk(form_ids) if form_ids else {}
    case_names = {case["key"]: case["name"] for case in version.content.get("cases", [])}
    return [
        {
            **component,
            "copy_label": COPY_TYPES.get(component.get("copy_type"), component.get("copy_type")),
            "form_template": forms_by_id.get(component.get("form")),
            "case_names": [case_names.get(key, key) for key in component.get("cases", [])],
        }
        for component in components
    ]


def _cases(version: ProcedureVersion) -> list[dict]:
    """The normal case and each special case with the time that applies to it; empty without special cases."""
    if not version.content.get("cases"):
        return []
    rows = []
    for option in schema.case_options(version.content):
        committed, statutory = limit_text(**option["committed"]), limit_text(**option["statutory"])
        rows.append(
            {
                "name": option["name"] or _("The normal case"),
                "normal": option["key"] is None,
                "committed": committed,
                "statutory": statutory if statutory != committed else "",
            }
        )
    return rows


def _fees(version: ProcedureVersion) -> list[dict]:
    return [
        {
            **fee,
            "kind_label": FEE_KINDS.get(fee.get("kind"), fee.get("kind")),
            "amount_text": money.fee(fee["amount"]),
        }
        for fee in version.content.get("fees", [])
    ]


def _changes(version: ProcedureVersion) -> tuple[ProcedureVersion | None, list[dict]]:
    previous = selectors.previous_version(version)
    if previous is None:
        return None, []
    rows = []
    for path, before, after in selectors.diff(previous, version):
        top = path.split(".")[0].split("[")[0]
        if top == "processes":
            continue  # the internal process is the agencies' business, not the citizen's
        rows.append({"path": path, "label": CONTENT_LABELS.get(top, top), "before": before, "after": after})
    return previous, rows


def detail(request: HttpRequest, code: str) -> HttpResponse:
    """Everything a citizen needs to prepare a dossier, from the version in force on the day asked."""
    try:
        day, asked = _day(request)
    except BadDate as exc:
        return _bad_date(request, code, str(exc))
    version = selectors.procedure_in_force(code, day) if PROCEDURE_CODE.match(code) else None
    if version is None:
        return _not_found(request, code, day, asked)
    content = version.content
    today = timezone.localdate()
    current = version if not asked else selectors.procedure_in_force(code, today)
    previous, changes = _changes(version)
    implementing = version.implementing_agency or version.procedure.owner
    receiving = _agency(content.get("receiving_agency", ""))
    context = {
        "version": version,
        "content": content,
        "procedure": version.procedure,
        "day": day,
        "asked": asked,
        "is_current": current is not None and current.pk == version.pk,
        "current": current,
        "row": Row.of(version),
        "implementing": implementing,
        "receiving": receiving if receiving and receiving.pk != implementing.pk else None,
        "channels": [CHANNELS.get(c, c) for c in content.get("channels", [])],
        "components": _components(version),
        "cases": _cases(version),
        "fees": _fees(version),
        "online_label": OnlineService(version.online_service).label,
        "online": version.online_service != OnlineService.NONE,
        "versions": list(selectors.published_versions(version.procedure)),
        "previous": previous,
        "changes": changes,
    }
    return render(request, "portal/catalogue/detail.html", context)


# --- The time-cut programme -----------------------------------------------------------------


def time_cut(request: HttpRequest) -> HttpResponse:
    """Procedures whose committed time is shorter than the law's (chương trình cắt giảm thời gian)."""
    bound = any(key in request.GET for key in ("q", "sector", "level", "agency"))
    form = SearchForm(request.GET if bound else None)
    form.fields.pop("time_cut")
    filters = form.filters()
    versions = selectors.search(**filters, time_cut=True).defer("content")
    if form.errors:
        versions = versions.none()
    page = Paginator(versions, TIME_CUT_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "rows": [Row.of(v) for v in page.object_list],
        "summary": selectors.time_cut_summary(),
    }
    return render(request, "portal/catalogue/time_cut.html", context, status=400 if form.errors else 200)


# --- Forms ------------------------------------------------------------------------------------


def form_download(request: HttpRequest, form_id: int) -> FileResponse:
    """A form template, only while a version in force refers to it."""
    form = get_object_or_404(FormTemplate, pk=form_id)
    if not form.file or not selectors.form_in_force(form.pk):
        raise Http404(_("This form is not used by any procedure in force."))
    extension = os.path.splitext(form.file.name)[1].lower()
    filename = "".join(ch if ch not in '\\/:*?"<>|' else "-" for ch in form.name).strip() + extension
    try:
        handle = form.file.open("rb")
    except OSError as exc:
        raise Http404(_("The file of this form is missing.")) from exc
    return FileResponse(handle, as_attachment=True, filename=filename)
