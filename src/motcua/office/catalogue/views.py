"""Back office of the procedure catalogue (issue 4, items 1–3).

Procedures, their versions and drafts, internal processes and their templates, and form templates
are edited by whoever manages the catalogue for the procedure's owner agency; publication decisions
are the province's (``MANAGE_CATALOGUE`` at the top agency). Every write goes through
``catalogue.services``; their field-path errors come back onto the forms.
"""

from __future__ import annotations

import json
import os

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from motcua.catalogue import schema, selectors, services
from motcua.catalogue.models import (
    DecisionItem,
    FormTemplate,
    OnlineService,
    Procedure,
    ProcedureVersion,
    ProcessTemplate,
    PublicationDecision,
    Sector,
    TimeUnit,
)
from motcua.core.text import fold
from motcua.dossiers import routing
from motcua.orgs import permissions
from motcua.orgs import selectors as org_selectors
from motcua.orgs.forms import own_agency
from motcua.orgs.models import Agency, Level
from motcua.orgs.permissions import Perm, Role

from ..access import staff_required
from .forms import (
    CHANNELS,
    COPY_TYPES,
    FEE_KINDS,
    CopyProcessForm,
    DecisionForm,
    DecisionItemForm,
    Editor,
    FormTemplateForm,
    PeriodForm,
    ProcedureSearchForm,
    SaveTemplateForm,
)

MANAGE = Perm.MANAGE_CATALOGUE


# --- Access ----------------------------------------------------------------------------------


def _procedure(request: HttpRequest, code: str) -> Procedure:
    """The procedure, if the user manages the catalogue of its owner agency (else 403, audited)."""
    procedure = get_object_or_404(Procedure.objects.select_related("owner"), code=code)
    permissions.require(request.user, MANAGE, procedure.owner, request=request)
    return procedure


def _require_province(request: HttpRequest) -> None:
    """Publication decisions are province-wide: only who manages the catalogue at the top agency."""
    permissions.require(request.user, MANAGE, org_selectors.top_agency(), request=request)


def _error_dict(exc: ValidationError) -> dict[str, list[str]]:
    return exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}


def _add_errors(form, exc: ValidationError) -> None:
    for field, errors in _error_dict(exc).items():
        form.add_error(field if field in form.fields else None, errors)


def _latest(procedure: Procedure) -> ProcedureVersion | None:
    return procedure.versions.order_by("-number").first()


# --- Procedure list --------------------------------------------------------------------------


@staff_required(MANAGE)
def procedure_list(request: HttpRequest) -> HttpResponse:
    area = permissions.jurisdiction(request.user, MANAGE)
    form = ProcedureSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    versions = ProcedureVersion.objects.filter(procedure=OuterRef("pk"))
    procedures = (
        selectors.procedures_editable_by(area)
        .select_related("owner")
        .annotate(
            latest_name=Subquery(versions.order_by("-number").values("name")[:1]),
            latest_number=Subquery(versions.order_by("-number").values("number")[:1]),
            has_draft=Exists(versions.filter(state=ProcedureVersion.State.DRAFT)),
        )
    )
    words = fold(filters.get("q", "")).split()
    if words:
        matching = versions
        for word in words:
            matching = matching.filter(search_text__contains=word)
        procedures = procedures.filter(Exists(matching))
    if filters.get("status"):
        procedures = procedures.filter(status=filters["status"])
    page = Paginator(procedures.order_by("code"), 50).get_page(request.GET.get("page"))
    return render(request, "office/catalogue/procedure_list.html", {"form": form, "page": page})


# --- The editor ------------------------------------------------------------------------------


def _form_choices(request: HttpRequest, owner: Agency | None, content: dict | None) -> list[tuple[str, str]]:
    """Form templates a component may use: the user's area, the agencies above the owner, and those in use."""
    area = permissions.jurisdiction(request.user, MANAGE)
    above = set()
    for agency in [owner] if owner else permissions.roots(request.user, MANAGE):
        above |= {int(pk) for pk in agency.path.strip("/").split("/") if pk}
    used = {c.get("form") for c in (content or {}).get("components", []) if c.get("form")}
    templates = (
        FormTemplate.objects.filter(Q(owner__in=area) | Q(owner_id__in=above) | Q(pk__in=used))
        .select_related("owner")
        .order_by("name", "pk")
    )
    return [(str(t.pk), f"{t.name} ({t.owner.code or t.owner.name})") for t in templates]


def _sectors() -> list[tuple[str, str]]:
    return [(s.code, f"{s.code} — {s.name}") for s in Sector.objects.order_by("name")]


def _editor(request: HttpRequest, *, procedure: Procedure | None, content: dict | None) -> Editor:
    creating = procedure is None
    kwargs = {
        "creating": creating,
        "sectors": _sectors(),
        "owners": permissions.jurisdiction(request.user, MANAGE) if creating else None,
        "form_choices": _form_choices(request, procedure.owner if procedure else None, content),
    }
    if request.method != "POST":
        return Editor(content=content, **kwargs)
    data = request.POST
    if data.get("add"):
        data = Editor.with_extra_row(data, data["add"])
    return Editor(data=data, **kwargs)


def _save(request: HttpRequest, editor: Editor, procedure: Procedure | None):
    """Validate everything and save through the service; on errors put them on the forms."""
    valid = editor.is_valid()
    content = editor.content()
    result = owner = None
    if "save" in request.POST and not request.POST.get("add"):
        errors: dict[str, list[str]] = {}
        if procedure is None:
            owner = editor.main.cleaned_data.get("owner")
            if owner is not None:
                permissions.require(request.user, MANAGE, owner, request=request)
            elif "owner" not in editor.main.errors:
                errors["owner"] = [_("Choose the agency responsible for the procedure.")]
            if not editor.main.cleaned_data.get("code") and "code" not in editor.main.errors:
                errors["code"] = [_("Enter the national code of the procedure.")]
        if valid and not errors:
            try:
                if procedure is None:
                    result = services.create_procedure(
                        code=editor.main.cleaned_data["code"], owner=owner, content=content, user=request.user
                    )
                else:
                    result = services.save_draft(procedure, content, user=request.user)
            except ValidationError as exc:
                errors = _error_dict(exc)
        if result is None and set(errors) <= {"code", "owner"}:
            try:  # report the content's errors too, in the same round
                services.check_content(content)
            except ValidationError as exc:
                errors.update(_error_dict(exc))
        editor.apply_errors(errors)
    editor.compute_totals(content)
    editor.build_summary()
    return result


@staff_required(MANAGE)
def procedure_create(request: HttpRequest) -> HttpResponse:
    editor = _editor(request, procedure=None, content=None)
    if request.method == "POST":
        procedure = _save(request, editor, None)
        if procedure is not None:
            messages.success(request, _("Procedure %(code)s was created as a draft.") % {"code": procedure.code})
            return redirect("office:catalogue-detail", code=procedure.code)
    else:
        editor.compute_totals({})
    return render(request, "office/catalogue/procedure_form.html", {"editor": editor, "procedure": None})


@staff_required(MANAGE)
def procedure_edit(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure(request, code)
    if procedure.status == Procedure.Status.ABOLISHED:
        messages.error(request, _("An abolished procedure cannot get a new version."))
        return redirect("office:catalogue-detail", code=code)
    draft = services.draft_of(procedure)
    base = draft or _latest(procedure)
    editor = _editor(request, procedure=procedure, content=base.content)
    if request.method == "POST":
        if _save(request, editor, procedure) is not None:
            messages.success(request, _("The draft was saved."))
            return redirect("office:catalogue-detail", code=code)
    else:
        editor.compute_totals(base.content)
    return render(
        request,
        "office/catalogue/procedure_form.html",
        {"editor": editor, "procedure": procedure, "draft": draft, "base": base},
    )


@staff_required(MANAGE)
def draft_discard(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure(request, code)
    draft = services.draft_of(procedure)
    if draft is None:
        raise Http404
    if request.method == "POST":
        try:
            services.discard_draft(draft)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("office:catalogue-detail", code=code)
        messages.success(request, _("The draft was discarded."))
        if not Procedure.objects.filter(pk=procedure.pk).exists():
            return redirect("office:catalogue-list")
        return redirect("office:catalogue-detail", code=code)
    return render(request, "office/catalogue/draft_discard.html", {"procedure": procedure, "draft": draft})


# --- Procedure detail, versions and their diff ------------------------------------------------


LABELS = {
    "name": _lazy("name"),
    "sector": _lazy("sector"),
    "level": _lazy("level"),
    "implementing_agency": _lazy("implementing agency"),
    "receiving_agency": _lazy("receiving agency"),
    "subjects": _lazy("who may apply"),
    "sequence": _lazy("sequence of steps"),
    "channels": _lazy("channels"),
    "sets": _lazy("number of sets"),
    "components": _lazy("component"),
    "cases": _lazy("case"),
    "statutory": _lazy("statutory time limit"),
    "committed": _lazy("committed time limit"),
    "fees": _lazy("fee"),
    "result": _lazy("result"),
    "result_is_document": _lazy("result is a document"),
    "conditions": _lazy("requirements and conditions"),
    "legal_basis": _lazy("legal basis"),
    "online_service": _lazy("online public service"),
    "legacy_online_level": _lazy("former online level"),
    "at_desk": _lazy("received at the one-stop desk"),
    "on_the_spot": _lazy("“4 on the spot”"),
    "any_desk": _lazy("regardless of administrative boundary"),
    "cutoff": _lazy("cut-off hour"),
    "processes": _lazy("process"),
    "steps": _lazy("step"),
    "amount": _lazy("amount"),
    "unit": _lazy("unit"),
    "key": _lazy("key"),
    "copy_type": _lazy("original or copy"),
    "quantity": _lazy("quantity"),
    "form": _lazy("form template"),
    "must_digitise": _lazy("must be digitised"),
    "from_data_store": _lazy("from the data store"),
    "kind": _lazy("kind"),
    "exemptions": _lazy("exemptions"),
    "actor": _lazy("who acts"),
    "budget": _lazy("working days"),
    "counted": _lazy("counted"),
    "may_branch": _lazy("may go to another agency"),
    "case": _lazy("case"),
}


def path_label(path: str) -> str:
    """``components[1].name`` → ``component 2 › name``."""
    parts = []
    for segment in path.split("."):
        name, _bracket, index = segment.partition("[")
        label = str(LABELS.get(name, name))
        parts.append(f"{label} {int(index.rstrip(']')) + 1}" if index else label)
    return " › ".join(parts)


def _show(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return "; ".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def diff_rows(old: ProcedureVersion | None, new: ProcedureVersion) -> list[dict]:
    """``selectors.diff`` for people: labelled paths, readable values, no row that reads the same."""
    rows = []
    for path, before, after in selectors.diff(old, new):
        shown_before, shown_after = _show(before), _show(after)
        if shown_before != shown_after:  # e.g. an empty list replaced by its first rows
            rows.append({"path": path, "label": path_label(path), "before": shown_before, "after": shown_after})
    return rows


def _label(choices, value) -> str:
    return str(dict(choices).get(value, value)) if value not in (None, "") else "—"


def _limit_label(limit: dict | None) -> str:
    return f"{limit['amount']} {_label(TimeUnit.choices, limit['unit'])}" if limit else "—"


def _content_context(content: dict) -> dict:
    """What the read-only view of a version needs besides its content: names for codes, totals."""
    form_ids = {c.get("form") for c in content.get("components", []) if c.get("form")}
    forms = {t.pk: t for t in FormTemplate.objects.filter(pk__in=form_ids)}
    sector = Sector.objects.filter(code=content.get("sector")).first()
    cases = {c["key"]: c["name"] for c in content.get("cases", [])}
    components = [
        {**c, "form_template": forms.get(c.get("form")), "copy_type_label": _label(COPY_TYPES, c.get("copy_type"))}
        for c in content.get("components", [])
    ]
    processes = []
    for process in content.get("processes", []):
        total = sum(float(s["budget"]) for s in process["steps"] if s.get("counted", True))
        try:
            expected = schema.limit_in_working_days(schema.limit_for(content, process.get("case")))
        except (KeyError, TypeError):
            expected = None
        processes.append(
            {
                **process,
                "steps": [{**s, "actor_label": _label(Role.choices, s.get("actor"))} for s in process["steps"]],
                "case_name": cases.get(process.get("case")),
                "total": f"{total:g}",
                "expected": f"{float(expected):g}" if expected is not None else None,
            }
        )
    labels = {
        "level": _label(Level.choices, content.get("level")),
        "channels": ", ".join(_label(CHANNELS, ch) for ch in content.get("channels", [])),
        "statutory": _limit_label(content.get("statutory")),
        "committed": _limit_label(content.get("committed")),
        "online_service": _label(OnlineService.choices, content.get("online_service")),
    }
    case_rows = [
        {
            **case,
            "statutory_label": _limit_label(case.get("statutory")),
            "committed_label": _limit_label(case.get("committed")),
        }
        for case in content.get("cases", [])
    ]
    fees = [{**fee, "kind_label": _label(FEE_KINDS, fee.get("kind"))} for fee in content.get("fees", [])]
    return {
        "c": content,
        "labels": labels,
        "sector": sector,
        "components": components,
        "case_rows": case_rows,
        "fees": fees,
        "processes": processes,
    }


@staff_required(MANAGE)
def procedure_detail(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure(request, code)
    versions = list(selectors.history(procedure))
    draft = next((v for v in versions if v.state == ProcedureVersion.State.DRAFT), None)
    in_force = selectors.in_force().filter(procedure=procedure).first()
    shown = draft or in_force or (versions[0] if versions else None)
    pending = DecisionItem.objects.filter(
        procedure=procedure, decision__state=PublicationDecision.State.DRAFT
    ).select_related("decision")
    return render(
        request,
        "office/catalogue/procedure_detail.html",
        {
            "procedure": procedure,
            "versions": versions,
            "draft": draft,
            "in_force": in_force,
            "shown": shown,
            "pending": pending,
            "can_decide": permissions.can(request.user, MANAGE, org_selectors.top_agency()),
            **(_content_context(shown.content) if shown else {}),
        },
    )


@staff_required(MANAGE)
def version_detail(request: HttpRequest, code: str, number: int) -> HttpResponse:
    procedure = _procedure(request, code)
    version = get_object_or_404(procedure.versions.select_related("decision", "created_by"), number=number)
    others = list(procedure.versions.exclude(pk=version.pk).order_by("-number").values_list("number", flat=True))
    against = request.GET.get("against", "")
    if against.isdigit() and int(against) in others:
        previous = procedure.versions.get(number=int(against))
    else:
        previous = procedure.versions.filter(number__lt=number).order_by("-number").first()
    return render(
        request,
        "office/catalogue/version_detail.html",
        {
            "procedure": procedure,
            "version": version,
            "previous": previous,
            "others": others,
            "rows": diff_rows(previous, version),
            **_content_context(version.content),
        },
    )


# --- Internal processes and their templates -------------------------------------------------


def _process_choices(content: dict) -> list[tuple[str, str]]:
    cases = {c["key"]: c["name"] for c in content.get("cases", [])}
    return [
        (str(i), cases.get(p["case"], p["case"]) if p.get("case") else _("The general case"))
        for i, p in enumerate(content.get("processes", []))
    ]


@staff_required(MANAGE)
def process_template_save(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure(request, code)
    version = services.draft_of(procedure) or _latest(procedure)
    processes = version.content.get("processes", [])
    if not processes:
        messages.error(request, _("This procedure has no internal process to save as a template."))
        return redirect("office:catalogue-detail", code=code)
    form = SaveTemplateForm(request.POST or None, processes=_process_choices(version.content))
    if request.method == "POST" and form.is_valid():
        steps = processes[int(form.cleaned_data["process"])]["steps"]
        try:
            services.save_process_template(name=form.cleaned_data["name"], owner=procedure.owner, steps=steps)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("The process was saved as a template."))
            return redirect("office:catalogue-detail", code=code)
    return render(
        request,
        "office/catalogue/process_template_save.html",
        {"procedure": procedure, "version": version, "form": form},
    )


def _source_steps(request: HttpRequest, form: CopyProcessForm) -> list[dict] | None:
    """The steps to copy: from a template, or from another procedure's draft (if the user edits it)
    or version in force."""
    data = form.cleaned_data
    if data.get("template"):
        template = ProcessTemplate.objects.filter(pk=data["template"]).first()
        if template is None:
            form.add_error("template", _("This template no longer exists."))
            return None
        return template.steps
    source = Procedure.objects.filter(code=data["source_code"].strip()).select_related("owner").first()
    version = None
    if source is not None:
        if permissions.can(request.user, MANAGE, source.owner):
            version = services.draft_of(source) or _latest(source)
        else:
            version = selectors.in_force().filter(procedure=source).first()
    if version is None:
        form.add_error("source_code", _("No procedure you can read has this code."))
        return None
    case = data.get("source_case") or None
    process = next((p for p in version.content.get("processes", []) if p.get("case") == case), None)
    if process is None:
        form.add_error("source_case", _("That procedure has no internal process for this case."))
        return None
    return process["steps"]


@staff_required(MANAGE)
def process_copy(request: HttpRequest, code: str) -> HttpResponse:
    procedure = _procedure(request, code)
    if procedure.status == Procedure.Status.ABOLISHED:
        messages.error(request, _("An abolished procedure cannot get a new version."))
        return redirect("office:catalogue-detail", code=code)
    version = services.draft_of(procedure) or _latest(procedure)
    templates = [
        (str(t.pk), f"{t.name} ({t.owner.code or t.owner.name})")
        for t in ProcessTemplate.objects.select_related("owner").order_by("name", "pk")
    ]
    cases = [(c["key"], c["name"]) for c in version.content.get("cases", [])]
    form = CopyProcessForm(request.POST or None, templates=templates, cases=cases)
    if request.method == "POST" and form.is_valid():
        steps = _source_steps(request, form)
        if steps is not None:
            try:
                services.copy_process(procedure, steps, form.cleaned_data.get("case") or None, user=request.user)
            except ValidationError as exc:
                reasons = [m for messages_ in _error_dict(exc).values() for m in messages_]
                form.add_error(None, [_("The process was not copied."), *reasons])
            else:
                messages.success(request, _("The process was copied into the draft."))
                return redirect("office:catalogue-detail", code=code)
    limit = None
    try:
        limit = schema.limit_in_working_days(schema.limit_for(version.content, None))
    except (KeyError, TypeError):
        limit = None
    return render(
        request,
        "office/catalogue/process_copy.html",
        {"procedure": procedure, "version": version, "form": form, "limit": f"{float(limit):g}" if limit else None},
    )


@staff_required(MANAGE)
def process_template_list(request: HttpRequest) -> HttpResponse:
    templates = ProcessTemplate.objects.select_related("owner").order_by("name", "pk")
    page = Paginator(templates, 50).get_page(request.GET.get("page"))
    for template in page:
        template.total = f"{sum(float(s['budget']) for s in template.steps if s.get('counted', True)):g}"
    return render(request, "office/catalogue/process_template_list.html", {"page": page})


# --- Form templates ----------------------------------------------------------------------------


@staff_required(MANAGE)
def form_list(request: HttpRequest) -> HttpResponse:
    area = permissions.jurisdiction(request.user, MANAGE)
    templates = FormTemplate.objects.filter(owner__in=area).select_related("owner").order_by("-uploaded_at", "-pk")
    page = Paginator(templates, 50).get_page(request.GET.get("page"))
    return render(request, "office/catalogue/form_list.html", {"page": page})


@staff_required(MANAGE)
def form_upload(request: HttpRequest) -> HttpResponse:
    owners = permissions.jurisdiction(request.user, MANAGE)
    form = FormTemplateForm(request.POST or None, request.FILES or None, owners=owners)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        permissions.require(request.user, MANAGE, data["owner"], request=request)
        try:
            template = services.save_form_template(name=data["name"], owner=data["owner"], file=data["file"])
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("The form “%(name)s” was uploaded.") % {"name": template.name})
            return redirect("office:catalogue-forms")
    return render(request, "office/catalogue/form_upload.html", {"form": form})


def _download(field) -> FileResponse:
    if not field:
        raise Http404
    try:
        handle = field.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(field.name))


@staff_required(MANAGE)
def form_download(request: HttpRequest, pk: int) -> FileResponse:
    template = get_object_or_404(FormTemplate, pk=pk)
    return _download(template.file)


# --- Publication decisions -----------------------------------------------------------------


@staff_required(MANAGE)
def decision_list(request: HttpRequest) -> HttpResponse:
    _require_province(request)
    decisions = PublicationDecision.objects.select_related("issuing_agency").annotate(item_count=Count("items"))
    page = Paginator(decisions.order_by("-signed_on", "-pk"), 50).get_page(request.GET.get("page"))
    today = timezone.localdate()
    period = PeriodForm(request.GET or None, initial={"date_from": today.replace(month=1, day=1), "date_to": today})
    if period.is_bound and period.is_valid():
        date_from, date_to = period.cleaned_data["date_from"], period.cleaned_data["date_to"]
    else:
        date_from, date_to = today.replace(month=1, day=1), today
    counts = selectors.decision_counts(date_from, date_to)
    return render(
        request,
        "office/catalogue/decision_list.html",
        {"page": page, "period": period, "counts": counts, "date_from": date_from, "date_to": date_to},
    )


@staff_required(MANAGE)
def decision_create(request: HttpRequest) -> HttpResponse:
    _require_province(request)
    agencies = permissions.jurisdiction(request.user, MANAGE)
    form = DecisionForm(
        request.POST or None,
        request.FILES or None,
        agencies=agencies,
        initial={"signed_on": timezone.localdate(), "effective_from": timezone.localdate()},
    )
    form.fields["issuing_agency"].set_own(own_agency(request.user, agencies))  # the province, labelled
    if request.method == "POST" and form.is_valid():
        try:
            decision = services.create_decision(**form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Decision %(number)s was created.") % {"number": decision.number})
            return redirect("office:catalogue-decision", pk=decision.pk)
    return render(request, "office/catalogue/decision_form.html", {"form": form})


def _decision_page(request: HttpRequest, decision: PublicationDecision, item_form: DecisionItemForm, status=200):
    items = decision.items.select_related("procedure", "version").order_by("pk")
    waiting = (
        ProcedureVersion.objects.filter(state=ProcedureVersion.State.DRAFT)
        .exclude(Exists(DecisionItem.objects.filter(version=OuterRef("pk"))))
        .select_related("procedure")
        .order_by("procedure__code")[:200]
    )
    return render(
        request,
        "office/catalogue/decision_detail.html",
        {"decision": decision, "items": items, "item_form": item_form, "waiting": waiting},
        status=status,
    )


@staff_required(MANAGE)
def decision_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_province(request)
    decision = get_object_or_404(PublicationDecision.objects.select_related("issuing_agency"), pk=pk)
    return _decision_page(request, decision, DecisionItemForm())


@require_POST
@staff_required(MANAGE)
def decision_item_add(request: HttpRequest, pk: int) -> HttpResponse:
    _require_province(request)
    decision = get_object_or_404(PublicationDecision, pk=pk)
    form = DecisionItemForm(request.POST)
    if form.is_valid():
        procedure = Procedure.objects.filter(code=form.cleaned_data["code"].strip()).first()
        if procedure is None:
            form.add_error("code", _("No procedure has this code."))
        else:
            try:
                services.add_to_decision(decision, procedure, form.cleaned_data["action"])
            except ValidationError as exc:
                _add_errors(form, exc)
            else:
                messages.success(request, _("Procedure %(code)s was added.") % {"code": procedure.code})
                return redirect("office:catalogue-decision", pk=pk)
    return _decision_page(request, decision, form)


@require_POST
@staff_required(MANAGE)
def decision_item_remove(request: HttpRequest, pk: int) -> HttpResponse:
    _require_province(request)
    item = get_object_or_404(DecisionItem.objects.select_related("decision", "procedure"), pk=pk)
    try:
        services.remove_from_decision(item)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Procedure %(code)s was removed from the decision.") % {"code": item.procedure.code}
        )
    return redirect("office:catalogue-decision", pk=item.decision_id)


@staff_required(MANAGE)
def decision_publish(request: HttpRequest, pk: int) -> HttpResponse:
    _require_province(request)
    decision = get_object_or_404(PublicationDecision.objects.select_related("issuing_agency"), pk=pk)
    if decision.state != PublicationDecision.State.DRAFT:
        messages.error(request, _("Decision %(number)s is already published.") % {"number": decision.number})
        return redirect("office:catalogue-decision", pk=pk)
    errors: list[str] = []
    if request.method == "POST":
        try:
            services.publish_decision(decision, user=request.user)
        except ValidationError as exc:
            errors = [m for messages_ in _error_dict(exc).values() for m in messages_]
        else:
            messages.success(request, _("Decision %(number)s was published.") % {"number": decision.number})
            for warning in _staffing_warnings(decision):
                messages.warning(request, warning)
            return redirect("office:catalogue-decision", pk=pk)
    changes = []
    for item in decision.items.select_related("procedure", "version").order_by("pk"):
        current = (
            item.procedure.versions.filter(state=ProcedureVersion.State.PUBLISHED, valid_to__isnull=True)
            .order_by("-number")
            .first()
        )
        changes.append(
            {
                "item": item,
                "current": current,
                "changed": len(diff_rows(current, item.version)) if item.version and current else None,
            }
        )
    return render(
        request,
        "office/catalogue/decision_publish.html",
        {
            "decision": decision,
            "changes": changes,
            "errors": errors,
            "staffing": _staffing_warnings(decision),
            "in_future": decision.effective_from > timezone.localdate(),
        },
        status=200,
    )


def _staffing_warnings(decision: PublicationDecision) -> list[str]:
    """Steps of the decision's processes that no active official may take at some handling agency."""
    warnings = []
    items = decision.items.select_related("procedure", "version__implementing_agency").exclude(version=None)
    for item in items.order_by("pk"):
        for gap in routing.staffing_gaps(item.version):
            names = ", ".join(agency.name for agency in gap.agencies[:3])
            warnings.append(
                _(
                    "%(code)s, step “%(step)s” (%(role)s): no active official can take it at %(count)s of "
                    "%(total)s agencies handling the procedure (%(names)s%(more)s). Give the role to an official "
                    "of the unit the process names, or correct the process."
                )
                % {
                    "code": item.procedure.code,
                    "step": gap.step,
                    "role": gap.role,
                    "count": len(gap.agencies),
                    "total": gap.of,
                    "names": names,
                    "more": ", …" if len(gap.agencies) > 3 else "",
                }
            )
    return warnings


@staff_required(MANAGE)
def decision_file(request: HttpRequest, pk: int) -> FileResponse:
    _require_province(request)
    decision = get_object_or_404(PublicationDecision, pk=pk)
    return _download(decision.file)
