"""The citizen's own dossiers (issue 6, "My dossiers"): list, page, files, supplement, withdrawal, evaluation.

Only the dossier's own account (``Dossier.account``) sees a dossier here; everyone else gets 404, and
officials are sent to the back office. Every change goes through ``dossiers.services`` or
``evaluations.services``.
"""

from __future__ import annotations

import os
from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from motcua.audit import services as audit
from motcua.core import downloads
from motcua.core.text import fold
from motcua.core.uploads import check_upload
from motcua.dossiers import policy, selectors, services
from motcua.dossiers.models import Dossier, DossierComponent
from motcua.dossiers.services import ComponentInput, ConcurrentChange
from motcua.dossiers.workflow import Action, Status, TransitionError
from motcua.evaluations import services as evaluation_services
from motcua.evaluations.forms import EvaluationForm
from motcua.evaluations.models import Evaluation, EvaluationChannel

PAGE_SIZE = 20
STATES = (("", _lazy("All")), ("open", _lazy("In progress")), ("finished", _lazy("Finished")))


def citizen_required(view):
    """A logged-in citizen or business account; officials get a polite 403 pointing to the back office."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.user.is_official:
            return render(request, "portal/my/officials.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


def _own(request: HttpRequest, pk: int) -> Dossier:
    """The account's own dossier, or 404 (never reveal that another person's dossier exists); a try at
    someone else's dossier is audited as a refusal."""
    dossier = (
        Dossier.objects.select_related("procedure", "version", "agency", "lead_agency", "current_unit")
        .filter(pk=pk, account=request.user)
        .first()
    )
    if dossier is None:
        other = Dossier.objects.filter(pk=pk).first()
        if other is not None:
            audit.record_denial(request.user, perm="own dossier", target=other, request=request)
        raise Http404
    return dossier


# --- List ---------------------------------------------------------------------------------------


@citizen_required
def my_dossiers(request: HttpRequest) -> HttpResponse:
    state = request.GET.get("state", "")
    state = state if state in ("open", "finished") else ""
    qs = (
        selectors.of_account(request.user, state)
        .select_related("version", "procedure")
        .defer("version__content", "version__search_text", "search_text")
    )
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "portal/my/list.html", {"page": page, "state": state, "states": STATES})


# --- The dossier page ------------------------------------------------------------------------------


def _requested_items(dossier: Dossier) -> list[dict]:
    """The items of the last supplement request, each matched with the dossier's component of that name."""
    by_name = {fold(c.name): c for c in dossier.components.all()}
    rows = []
    for n, item in enumerate(selectors.last_request(dossier, Action.REQUEST_SUPPLEMENT)["items"], start=1):
        rows.append(
            {
                "n": n,
                "item": item.get("item", ""),
                "reason": item.get("reason", ""),
                "component": by_name.get(fold(item.get("item", ""))),
            }
        )
    return rows


class SupplementForm(forms.Form):
    """Answer a supplement request online: one upload per requested item, plus a note."""

    note = forms.CharField(
        label=_lazy("Note to the agency (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    revision = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, rows: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            self.fields[f"file_{row['n']}"] = forms.FileField(
                label=_("File for: %(item)s") % {"item": row["item"] or _("item %(n)s") % {"n": row["n"]}},
                required=False,
                help_text=row["reason"],
            )

    def bound_rows(self):
        return [(row, self[f"file_{row['n']}"]) for row in self.rows]

    def clean(self):
        data = super().clean()
        files = [data.get(f"file_{row['n']}") for row in self.rows]
        for row, upload in zip(self.rows, files, strict=True):
            if upload:
                try:
                    check_upload(upload)
                except ValidationError as exc:
                    self.add_error(f"file_{row['n']}", exc.messages)
        if self.rows and not any(files) and not self.errors:
            raise ValidationError(_("Attach at least one file for the items requested."))
        return data

    def inputs(self) -> tuple[list[ComponentInput], list[tuple[str, object]]]:
        components, extra = [], []
        for row in self.rows:
            upload = self.cleaned_data.get(f"file_{row['n']}")
            if not upload:
                continue
            if row["component"] is not None:
                components.append(ComponentInput(row["component"].key, received=True, file=upload))
            else:
                extra.append((row["item"], upload))
        return components, extra


def _can_withdraw(user, dossier: Dossier) -> bool:
    return Action.WITHDRAW in policy.available_actions(user, dossier, timezone.now())


def _evaluation(dossier: Dossier) -> Evaluation | None:
    return Evaluation.objects.filter(dossier=dossier).first()


def _page(request, dossier: Dossier, *, supplement_form=None, status: int = 200) -> HttpResponse:
    rows = _requested_items(dossier) if dossier.status == Status.SUPPLEMENT else []
    if dossier.status == Status.SUPPLEMENT and supplement_form is None:
        supplement_form = SupplementForm(rows=rows, initial={"revision": dossier.revision})
    context = {
        "dossier": dossier,
        "status_label": Status(dossier.status).label,
        "moved": dossier.original_due_at and dossier.due_at != dossier.original_due_at,
        "timeline": selectors.citizen_timeline(dossier),
        "components": list(dossier.components.all()),
        "supplement_form": supplement_form,
        "completion": selectors.last_request(dossier, Action.REQUEST_COMPLETION)
        if dossier.status == Status.INTAKE_INCOMPLETE
        else None,
        "can_withdraw": _can_withdraw(request.user, dossier),
        "evaluation": _evaluation(dossier),
        "can_rate": evaluation_services.can_rate(dossier),
    }
    return render(request, "portal/my/detail.html", context, status=status)


@citizen_required
def my_dossier(request: HttpRequest, pk: int) -> HttpResponse:
    return _page(request, _own(request, pk))


@require_POST
@citizen_required
def my_supplement(request: HttpRequest, pk: int) -> HttpResponse:
    """Answer a supplement request online → ``services.resubmit``; the time limit counts again from now."""
    dossier = _own(request, pk)
    if dossier.status != Status.SUPPLEMENT:
        messages.error(request, _("This dossier is not waiting for a supplement."))
        return redirect("portal:my-dossier", pk=dossier.pk)
    form = SupplementForm(request.POST, request.FILES, rows=_requested_items(dossier))
    if not form.is_valid():
        return _page(request, dossier, supplement_form=form, status=400)
    components, extra = form.inputs()
    try:
        dossier = services.resubmit(
            dossier,
            user=request.user,
            components=components,
            extra=extra,
            note=form.cleaned_data["note"],
            revision=form.cleaned_data["revision"],
        )
    except (ConcurrentChange, TransitionError) as exc:
        form.add_error(None, " ".join(getattr(exc, "messages", [str(exc)])))
        return _page(request, _own(request, pk), supplement_form=form, status=409)
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return _page(request, dossier, supplement_form=form, status=400)
    messages.success(
        request,
        _("Your supplement was received. The time limit counts again from now; new appointment: %(due)s.")
        % {"due": _when(dossier.due_at)},
    )
    return redirect("portal:my-dossier", pk=dossier.pk)


def _when(value) -> str:
    return date_format(timezone.localtime(value), "H:i d/m/Y") if value else "—"


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_lazy("Why do you withdraw the dossier? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    revision = forms.IntegerField(widget=forms.HiddenInput)


@citizen_required
def my_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Rút hồ sơ: a confirmation page, then ``services.withdraw`` where the workflow allows it."""
    dossier = _own(request, pk)
    if not _can_withdraw(request.user, dossier):
        return render(request, "portal/my/withdraw.html", {"dossier": dossier, "not_allowed": True}, status=409)
    form = WithdrawForm(request.POST or None, initial={"revision": dossier.revision})
    if request.method == "POST" and form.is_valid():
        try:
            services.withdraw(
                dossier, user=request.user, reason=form.cleaned_data["reason"], revision=form.cleaned_data["revision"]
            )
        except (ConcurrentChange, TransitionError, ValidationError) as exc:
            form.add_error(None, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(request, _("Your dossier was withdrawn."))
            return redirect("portal:my-dossier", pk=dossier.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "portal/my/withdraw.html", {"dossier": dossier, "form": form}, status=status)


# --- Evaluation ---------------------------------------------------------------------------------


@citizen_required
def my_evaluate(request: HttpRequest, pk: int) -> HttpResponse:
    """Đánh giá online, once the result is ready or returned; once per dossier."""
    dossier = _own(request, pk)
    if not evaluation_services.can_rate(dossier):
        return render(
            request,
            "portal/my/evaluate.html",
            {"dossier": dossier, "closed": True, "evaluation": _evaluation(dossier)},
            status=409,
        )
    form = EvaluationForm(request.POST or None, dossier=dossier)
    if request.method == "POST" and form.is_valid():
        try:
            recorded = form.record(by_user=request.user, channel=EvaluationChannel.ONLINE)
        except PermissionDenied as exc:
            raise Http404 from exc
        if recorded:
            messages.success(request, _("Thank you for your evaluation."))
            return redirect("portal:my-dossier", pk=dossier.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "portal/my/evaluate.html", {"dossier": dossier, "form": form}, status=status)


# --- Files (owner only) ---------------------------------------------------------------------------


def _send(field) -> FileResponse:
    if not field:
        raise Http404
    try:
        handle = field.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(handle, as_attachment=True, filename=os.path.basename(field.name))
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@citizen_required
def my_component_file(request: HttpRequest, pk: int, component: int) -> FileResponse:
    dossier = _own(request, pk)
    return _send(get_object_or_404(DossierComponent, pk=component, dossier=dossier).file)


@citizen_required
def my_result_file(request: HttpRequest, pk: int) -> FileResponse:
    dossier = _own(request, pk)
    if dossier.status not in (Status.DONE, Status.RETURNED):
        raise Http404
    return downloads.send_file(request, dossier.result_file, target=dossier)  # an official's upload: scanned
