"""Online submission in the portal (nộp hồ sơ trực tuyến): four steps saved as they are posted,
the check page, the confirmation, the citizen's drafts and data store (kho dữ liệu).

Every page works without JavaScript. Drafts and data-store items are looked up with their owner, so
anyone else (officials included) gets a 404. Writes go through ``motcua.submissions.services``.
"""

from __future__ import annotations

import functools
import os

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from motcua.catalogue import schema
from motcua.catalogue import selectors as selectors_catalogue
from motcua.catalogue.models import PROCEDURE_CODE, ProcedureVersion
from motcua.core.uploads import check_upload
from motcua.dossiers import clock
from motcua.orgs.forms import AgencySelect, agency_choices
from motcua.submissions import selectors, services
from motcua.submissions.models import ApplyingAs, Draft, ReturnMethod

from ..catalogue import views as catalogue_views

STEPS = (
    ("portal:draft-applicant", _lazy("Who applies")),
    ("portal:draft-case", _lazy("Case and desk")),
    ("portal:draft-components", _lazy("Documents")),
    ("portal:draft-check", _lazy("Check and submit")),
)


# --- access -------------------------------------------------------------------------------------


def _for_citizens(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/apply/for_citizens.html", status=403)


def citizen_required(view):
    """Logged in with a citizen or business account; officials get a polite 403 page."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not selectors.is_applicant_account(request.user):
            return _for_citizens(request)
        return view(request, *args, **kwargs)

    return wrapper


def owner_required(view):
    """Pages of one draft or store item: login required; anyone but the owner (officials too) gets 404."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def _draft(request: HttpRequest, pk: int) -> Draft:
    draft = selectors.draft_for(request.user, pk)
    if draft is None:
        raise Http404(_("No such draft."))
    return draft


def _open_draft(view):
    """The owner's unsubmitted draft; a submitted one goes to its confirmation page."""

    @owner_required
    @functools.wraps(view)
    def wrapper(request: HttpRequest, pk: int, *args, **kwargs):
        draft = _draft(request, pk)
        if draft.submitted:
            return redirect("portal:draft-submitted", pk=draft.pk)
        return view(request, draft, *args, **kwargs)

    return wrapper


def _inspected(upload):
    """Check an upload here, before the service opens its transaction; the service's own check then
    reuses this result and reads nothing (a slow or hostile file never holds the database's write lock)."""
    if upload:
        try:
            check_upload(upload)
        except ValidationError as exc:
            raise forms.ValidationError(exc.messages) from exc
    return upload


def _apply_errors(form: forms.Form, exc: ValidationError, fields: dict[str, str] | None = None) -> None:
    """Service errors keyed by field → the form's fields (unknown keys become form-level errors)."""
    fields = fields or {}
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)
        return
    for key, messages_ in exc.message_dict.items():
        name = fields.get(key, key)
        form.add_error(name if name in form.fields else None, messages_)


def _context(draft: Draft, stage: int, **extra) -> dict:
    steps = []
    for number, (url_name, label) in enumerate(STEPS, start=1):
        reachable = number <= draft.step + 1
        steps.append({"number": number, "label": label, "url": reverse(url_name, args=[draft.pk]) if reachable else ""})
    return {
        "draft": draft,
        "version": draft.version,
        "stage": stage,
        "steps": steps,
        "total": len(STEPS),
        "replaced": selectors.version_replaced(draft),
        **extra,
    }


def _next_url(draft: Draft) -> str:
    number = min(draft.step + 1, len(STEPS))
    return reverse(STEPS[number - 1][0], args=[draft.pk])


# --- start: the procedure's "apply online" page --------------------------------------------------


def apply(request: HttpRequest, code: str) -> HttpResponse:
    """Apply online: start (or resume) a draft, or explain why this procedure is done at the desk."""
    day = timezone.localdate()
    version = selectors_catalogue.procedure_in_force(code, day) if PROCEDURE_CODE.match(code) else None
    if version is None:
        return catalogue_views._not_found(request, code, day, False)
    return procedure_apply(request, version)


def procedure_apply(request: HttpRequest, version: ProcedureVersion) -> HttpResponse:
    """GET: what online submission needs and a Start button; POST: a new draft (login required)."""
    allowed = selectors.online_allowed(version)
    user = request.user
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not selectors.is_applicant_account(user):
            return _for_citizens(request)
        if allowed:
            try:
                draft = services.start_draft(user=user, procedure=version.procedure)
            except ValidationError:
                allowed = False
            else:
                return redirect("portal:draft-applicant", pk=draft.pk)
    if user.is_authenticated and not selectors.is_applicant_account(user):
        return _for_citizens(request)
    drafts = []
    if user.is_authenticated and allowed:
        drafts = list(selectors.drafts_of(user).filter(procedure=version.procedure))
    context = {
        "version": version,
        "allowed": allowed,
        "implementing": version.implementing_agency or version.procedure.owner,
        "desks": selectors.desks_for(version)[:20],
        "channels": [catalogue_views.CHANNELS.get(c, c) for c in version.content.get("channels", [])],
        "components": catalogue_views._components(version),
        "drafts": drafts,
    }
    return render(request, "portal/catalogue/apply.html", context)


# --- step 1: who applies -------------------------------------------------------------------------


class ApplicantForm(forms.Form):
    applying_as = forms.ChoiceField(
        label=_lazy("Who is the dossier for?"), choices=ApplyingAs.choices, widget=forms.RadioSelect
    )
    name = forms.CharField(label=_lazy("Your full name"), max_length=200, required=False)
    id_number = forms.CharField(
        label=_lazy("Your personal ID number"),
        max_length=20,
        required=False,
        help_text=_lazy("The 12 digits of your citizen identity card."),
    )
    address = forms.CharField(label=_lazy("Your address"), max_length=500, required=False)
    phone = forms.CharField(
        label=_lazy("Phone"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.CharField(
        label=_lazy("E-mail"),
        max_length=254,
        required=False,
        help_text=_lazy("The desk sends the dossier code and the appointment here or by SMS."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    org_name = forms.CharField(label=_lazy("Name of the organisation"), max_length=300, required=False)
    org_tax_code = forms.CharField(label=_lazy("Tax code"), max_length=20, required=False)
    org_address = forms.CharField(label=_lazy("Address of the organisation"), max_length=500, required=False)
    principal_name = forms.CharField(
        label=_lazy("Full name of the person you apply for"), max_length=200, required=False
    )
    principal_id_number = forms.CharField(label=_lazy("Their personal ID number"), max_length=20, required=False)
    principal_address = forms.CharField(label=_lazy("Their address"), max_length=500, required=False)
    relation = forms.CharField(
        label=_lazy("Your relation to them"),
        max_length=100,
        required=False,
        help_text=_lazy("For example: son, neighbour, lawyer."),
    )
    authorisation_number = forms.CharField(
        label=_lazy("Number of the authorisation letter"), max_length=50, required=False
    )
    authorisation_date = forms.CharField(
        label=_lazy("Date of the authorisation letter"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    authorisation_file = forms.FileField(
        label=_lazy("Scan of the authorisation letter"),
        required=False,
        help_text=_lazy("PDF, JPEG, PNG or Word. Keep the signed original: the desk may ask to see it."),
    )

    SELF_FIELDS = ("name", "id_number", "address", "phone", "email")
    ORG_FIELDS = ("org_name", "org_tax_code", "org_address")
    OTHER_FIELDS = (
        "principal_name",
        "principal_id_number",
        "principal_address",
        "relation",
        "authorisation_number",
        "authorisation_date",
        "authorisation_file",
    )

    def __init__(self, *args, locked: dict[str, str] | None = None, **kwargs):
        """``locked``: the fields verified by VNeID (``submissions.services.verified_fields``), shown read-only."""
        super().__init__(*args, **kwargs)
        for name, value in (locked or {}).items():
            field = self.fields[name]
            field.disabled, field.initial = True, value
            field.help_text = _lazy("Verified by VNeID; it cannot be changed here.")

    def section(self, names) -> list:
        return [self[name] for name in names]

    def clean_authorisation_file(self):
        return _inspected(self.cleaned_data.get("authorisation_file"))


def _applicant_initial(draft: Draft) -> dict:
    me, other = draft.applicant or {}, draft.acting_for or {}
    initial = {"applying_as": draft.applying_as, **me}
    if draft.applying_as == ApplyingAs.ORGANISATION:
        initial.update(org_name=other.get("name"), org_tax_code=other.get("tax_code"), org_address=other.get("address"))
    elif draft.applying_as == ApplyingAs.OTHER:
        initial.update(
            principal_name=other.get("name"),
            principal_id_number=other.get("id_number"),
            principal_address=other.get("address"),
            relation=other.get("relation"),
            authorisation_number=other.get("document_number"),
            authorisation_date=other.get("document_date"),
        )
    return initial


@_open_draft
def draft_applicant(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Bước 1: for oneself, for an organisation, or on behalf of another person (ủy quyền)."""
    status = 200
    if request.method == "POST":
        form = ApplicantForm(request.POST, request.FILES, locked=services.verified_fields(request.user))
        if form.is_valid():
            data = dict(form.cleaned_data)
            try:
                services.save_applicant(
                    draft,
                    user=request.user,
                    applying_as=data.pop("applying_as"),
                    data=data,
                    authorisation_file=data.pop("authorisation_file", None) or None,
                )
            except ValidationError as exc:
                _apply_errors(form, exc)
            else:
                return redirect("portal:draft-case", pk=draft.pk)
        status = 400
    else:
        form = ApplicantForm(initial=_applicant_initial(draft), locked=services.verified_fields(request.user))
    letter = draft.components.filter(key=services.AUTHORISATION).exclude(file="").first()
    return render(request, "portal/apply/applicant.html", _context(draft, 1, form=form, letter=letter), status=status)


# --- step 2: case, desk, return ------------------------------------------------------------------


class CaseForm(forms.Form):
    case = forms.ChoiceField(label=_lazy("Your case"), required=False, widget=forms.RadioSelect)
    desk = forms.ChoiceField(label=_lazy("Receiving desk"))
    return_method = forms.ChoiceField(
        label=_lazy("How do you want to receive the result?"), choices=ReturnMethod.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, version: ProcedureVersion, desks: list, **kwargs):
        super().__init__(*args, **kwargs)
        if version.content.get("cases"):
            self.fields["case"].choices = _case_choices(version)
            self.fields["case"].help_text = _("Choose a special case only if it applies to you.")
        else:
            del self.fields["case"]
        if len(desks) > 1:  # grouped, sorted, searchable, nothing chosen for the citizen
            self.fields["desk"].choices = agency_choices(desks, empty_label=_("— Choose the receiving desk —"))
            self.fields["desk"].widget = AgencySelect()
            self.fields["desk"].widget.choices = self.fields["desk"].choices
            self.fields["desk"].help_text = _("This procedure is done by every agency of its level: choose yours.")
        else:
            self.fields["desk"].choices = [(str(a.pk), a.name) for a in desks]
            self.fields["desk"].widget = forms.RadioSelect()
            self.fields["desk"].widget.choices = self.fields["desk"].choices


def _case_choices(version: ProcedureVersion) -> list[tuple[str, str]]:
    """The normal case ("") first, then each special case, each with its time limit."""
    choices = []
    for option in schema.case_options(version.content):
        name = option["name"] or _("The normal case")
        choices.append((option["key"] or "", f"{name} — {catalogue_views.limit_text(**option['committed'])}"))
    return choices


@_open_draft
def draft_case(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Bước 2: the case, the receiving desk, and how the result comes back."""
    if draft.step < 1:
        return redirect(_next_url(draft))
    version = selectors.working_version(draft)
    desks = selectors.desks_for(version)
    status = 200
    if request.method == "POST":
        form = CaseForm(request.POST, version=version, desks=desks)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.save_case(
                    draft,
                    user=request.user,
                    case=data.get("case", ""),
                    desk=data["desk"],
                    return_method=data["return_method"],
                )
            except ValidationError as exc:
                _apply_errors(form, exc)
            else:
                return redirect("portal:draft-components", pk=draft.pk)
        status = 400
    else:
        initial = {"case": draft.case, "return_method": draft.return_method}
        initial["desk"] = str(draft.desk_id) if draft.desk_id else (str(desks[0].pk) if len(desks) == 1 else "")
        form = CaseForm(initial=initial, version=version, desks=desks)
    return render(request, "portal/apply/case.html", _context(draft, 2, form=form, desks=desks), status=status)


# --- step 3: components --------------------------------------------------------------------------


class ComponentsForm(forms.Form):
    """One file field and one data-store choice per component of the case."""

    def __init__(self, *args, specs: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = []
        for spec in specs:
            key = spec["key"]
            file_name, reuse_name = f"file_{key}", f"reuse_{key}"
            self.fields[file_name] = forms.FileField(
                label=_("Upload a file"),
                required=False,
                help_text=_("PDF, JPEG, PNG, Word or Excel; the content is checked."),
            )
            fitting = spec["reusable"]
            if fitting:
                self.fields[reuse_name] = forms.ChoiceField(
                    label=_("Or reuse from my data store"),
                    required=False,
                    widget=forms.RadioSelect,
                    choices=[("", _("Keep as it is") if spec.get("current") else _("Do not reuse"))]
                    + [(str(item.pk), _item_label(item)) for item in fitting],
                )
                if spec.get("from_data_store") and not spec.get("current"):
                    # the state already holds it: offered ready to reuse, not asked again (ND 47/2020 Art 9(3))
                    self.initial[reuse_name] = str(fitting[0].pk)
            self.rows.append({"spec": spec, "file": file_name, "reuse": reuse_name if fitting else None})

    def clean(self):
        data = super().clean()
        for row in self.rows:
            try:
                _inspected(data.get(row["file"]))
            except forms.ValidationError as exc:
                self.add_error(row["file"], exc)
        return data

    def bound_rows(self) -> list[dict]:
        return [
            {**row, "file": self[row["file"]], "reuse": self[row["reuse"]] if row["reuse"] else None}
            for row in self.rows
        ]


def _item_label(item) -> str:
    kind = (
        _("result of dossier %(code)s") % {"code": item.source_dossier.code}
        if item.kind == "result" and item.source_dossier
        else item.get_kind_display()
    )
    return _("%(name)s — %(file)s (%(kind)s, added %(day)s)") % {
        "name": item.name,
        "file": item.original_name,
        "kind": kind,
        "day": timezone.localtime(item.created_at).strftime("%d/%m/%Y"),
    }


def _component_specs(draft: Draft, user) -> list[dict]:
    services.collect_results(user)
    items = list(selectors.store_items(user).select_related("source_dossier"))
    version = selectors.working_version(draft)
    wanted = {spec["key"] for spec in selectors.component_specs(version, draft.case)}
    have = selectors.draft_components(draft)
    specs = []
    for spec in catalogue_views._components(version):
        if spec["key"] not in wanted:
            continue
        specs.append(
            {
                **spec,
                "required": selectors.required_online(spec),
                "reusable": selectors.reusable_items(user, spec, items),
                "current": have.get(spec["key"]),
            }
        )
    return specs


@_open_draft
def draft_components(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Bước 3: a file or a data-store item for each component (tái sử dụng dữ liệu)."""
    if draft.step < 2:
        return redirect(_next_url(draft))
    specs = _component_specs(draft, request.user)
    status = 200
    if request.method == "POST":
        form = ComponentsForm(request.POST, request.FILES, specs=specs)
        if form.is_valid():
            remove = request.POST.get("remove", "")
            uploads = {
                s["key"]: form.cleaned_data[f"file_{s['key']}"]
                for s in specs
                if form.cleaned_data.get(f"file_{s['key']}")
            }
            reuse = {s["key"]: form.cleaned_data.get(f"reuse_{s['key']}") for s in specs}
            try:
                services.save_components(
                    draft, user=request.user, uploads=uploads, reuse=reuse, remove=(remove,) if remove else ()
                )
                if not remove:
                    services.finish_components(draft, user=request.user)
            except ValidationError as exc:
                _apply_errors(form, exc, {s["key"]: f"file_{s['key']}" for s in specs})
                specs = _component_specs(draft, request.user)
                form.rows = ComponentsForm(specs=specs).rows
            else:
                if remove:
                    messages.success(request, _("The file was removed."))
                    return redirect("portal:draft-components", pk=draft.pk)
                return redirect("portal:draft-check", pk=draft.pk)
        status = 400
    else:
        form = ComponentsForm(specs=specs)
    return render(request, "portal/apply/components.html", _context(draft, 3, form=form), status=status)


# --- step 4: check and submit --------------------------------------------------------------------


class SubmitForm(forms.Form):
    declaration = forms.BooleanField(
        label=_lazy("I declare that the information and documents given are true and I take responsibility for them."),
        required=True,
        error_messages={"required": _lazy("Confirm that the information you give is true.")},
    )
    save_to_store = forms.BooleanField(
        label=_lazy("Save the files I uploaded to my data store, to reuse them next time"),
        required=False,
        initial=True,
    )


@_open_draft
def draft_check(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Bước 4: everything on one page, the declaration, Submit."""
    if draft.step < 3:
        return redirect(_next_url(draft))
    status = 200
    if request.method == "POST":
        form = SubmitForm(request.POST)
        if form.is_valid():
            try:
                services.submit_draft(
                    draft,
                    user=request.user,
                    declaration=form.cleaned_data["declaration"],
                    save_to_store=form.cleaned_data["save_to_store"],
                )
            except ValidationError as exc:
                _apply_errors(form, exc)
            else:
                return redirect("portal:draft-submitted", pk=draft.pk)
        status = 400
    else:
        form = SubmitForm()
    components = [{"spec": spec, "current": spec["current"]} for spec in _component_specs(draft, request.user)]
    context = _context(
        draft,
        4,
        form=form,
        applicant=services.applicant_for(draft),
        case_name=next(
            (c["name"] for c in selectors.working_version(draft).content.get("cases", []) if c["key"] == draft.case), ""
        ),
        components=components,
        letter=draft.components.filter(key=services.AUTHORISATION).first(),
    )
    return render(request, "portal/apply/check.html", context, status=status)


@owner_required
def draft_submitted(request: HttpRequest, pk: int) -> HttpResponse:
    """Nộp thành công: awaiting acceptance by the desk."""
    draft = _draft(request, pk)
    if not draft.submitted:
        return redirect(_next_url(draft))
    dossier = draft.dossier
    expected = clock.intake_due(dossier) if dossier is not None and not dossier.code else None
    return render(request, "portal/apply/submitted.html", {"draft": draft, "dossier": dossier, "expected": expected})


@owner_required
def draft_resume(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    if draft.submitted:
        return redirect("portal:draft-submitted", pk=draft.pk)
    return redirect(_next_url(draft))


@owner_required
def draft_file(request: HttpRequest, pk: int, component: int) -> FileResponse:
    """The owner's own uploaded file of an unsubmitted draft."""
    draft = _draft(request, pk)
    item = draft.components.filter(pk=component).exclude(file="").first()
    if item is None:
        raise Http404(_("No such file."))
    return _file_response(item.file, item.original_name)


@_open_draft
def draft_discard(request: HttpRequest, draft: Draft) -> HttpResponse:
    if request.method == "POST":
        services.discard_draft(draft, user=request.user)
        messages.success(request, _("The draft was discarded."))
        return redirect("portal:my-drafts")
    return render(request, "portal/apply/discard.html", {"draft": draft})


@citizen_required
def my_drafts(request: HttpRequest) -> HttpResponse:
    """Hồ sơ nháp: the owner's unfinished drafts."""
    drafts = list(selectors.drafts_of(request.user)[:200])
    return render(request, "portal/apply/drafts.html", {"drafts": drafts, "total": len(STEPS)})


# --- the data store ----------------------------------------------------------------------------


def _file_response(field_file, name: str) -> FileResponse:
    try:
        handle = field_file.open("rb")
    except OSError as exc:
        raise Http404(_("The file is missing.")) from exc
    return FileResponse(handle, as_attachment=True, filename=name or os.path.basename(field_file.name))


@citizen_required
def data_store(request: HttpRequest) -> HttpResponse:
    """Kho dữ liệu: documents sent before and results of dossiers, to reuse."""
    services.collect_results(request.user)
    items = list(selectors.store_items(request.user).select_related("source_dossier")[:500])
    return render(request, "portal/apply/data_store.html", {"items": items})


@owner_required
def data_store_download(request: HttpRequest, pk: int) -> FileResponse:
    item = selectors.store_item_for(request.user, pk)
    if item is None or not item.file:
        raise Http404(_("No such item."))
    return _file_response(item.file, item.original_name)


@owner_required
@require_POST
def data_store_delete(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.store_item_for(request.user, pk)
    if item is None:
        raise Http404(_("No such item."))
    try:
        services.delete_store_item(item, user=request.user)
    except PermissionDenied as exc:
        raise Http404(_("No such item.")) from exc
    messages.success(request, _("“%(name)s” was removed from your data store.") % {"name": item.name})
    return redirect("portal:data-store")
