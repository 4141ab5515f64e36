"""Feedback and petitions (phản ánh, kiến nghị) in the back office.

* ``office:petition-list`` — the queue of the viewer's jurisdiction (Perm.VIEW_PETITION, plus what
  is assigned to them): open, overdue, due soon (≤ 3 working days), handled, all.
* ``office:petition-new`` — record a petition received in writing, by post, e-mail or phone
  (Perm.HANDLE_PETITION on the chosen agency).
* ``office:petition-detail`` — everything about one petition, with the personal data, its history,
  and the actions allowed now as POST forms to ``office:petition-action``. Every change goes
  through ``petitions.services``.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from motcua.audit import services as audit
from motcua.orgs import permissions
from motcua.orgs.forms import GroupedAgencyChoiceField, own_agency
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm
from motcua.petitions import selectors, services
from motcua.petitions.models import Petition, PetitionChannel, PetitionKind
from motcua.petitions.services import PetitionInput, TransitionError

from ..access import staff_required

PAGE_SIZE = 50
TABS = (
    ("open", _lazy("Open")),
    ("overdue", _lazy("Overdue")),
    ("due_soon", _lazy("Due within 3 working days")),
    ("handled", _lazy("Handled")),
)


class QueueFilter(forms.Form):
    q = forms.CharField(label=_lazy("Code, subject or petitioner"), required=False, max_length=100)
    agency = GroupedAgencyChoiceField(label=_lazy("Agency"), required=False, empty_label=_lazy("All agencies"))

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = permissions.jurisdiction(user, Perm.VIEW_PETITION).exclude(code__isnull=True)


@staff_required(Perm.VIEW_PETITION)
def petition_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    current = request.GET.get("tab") or "open"
    if current not in selectors.QUEUE_TABS:
        current = "open"
    qs = selectors.visible(request.user)
    form = QueueFilter(request.GET or None, user=request.user)
    filtering = False
    if form.is_bound and form.is_valid():
        if agency := form.cleaned_data.get("agency"):
            qs = qs.filter(agency__path__startswith=agency.path)
            filtering = True
        if q := form.cleaned_data.get("q", "").strip():
            qs = qs.filter(code__icontains=q) | qs.filter(title__icontains=q) | qs.filter(petitioner_name__icontains=q)
            filtering = True
    counts = selectors.queue_counts(qs, now)
    rows = selectors.queue(qs, current, now).select_related("agency", "handler")
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    labels = dict(TABS) | {"all": _("All petitions")}
    context = {
        "tabs": [{"name": name, "label": label, "count": counts[name]} for name, label in TABS],
        "all_count": counts["all"],
        "current": current,
        "current_label": labels[current],
        "form": form,
        "filtering": filtering,
        "page": page,
        "now": now,
        "may_record": permissions.has_perm(request.user, Perm.HANDLE_PETITION),
    }
    return render(request, "office/petitions/list.html", context)


# --- recording a petition received outside the portal ------------------------------------------------


class RecordForm(forms.Form):
    agency = GroupedAgencyChoiceField(label=_lazy("Handling agency"))
    channel = forms.ChoiceField(
        label=_lazy("Received through"), choices=[(c, PetitionChannel(c).label) for c in services.OFFICE_CHANNELS]
    )
    received_at = forms.DateTimeField(
        label=_lazy("Date and time of receipt"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=_lazy("Leave empty for now. The deadline counts from this moment."),
    )
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=PetitionKind.choices, initial=PetitionKind.OTHER)
    title = forms.CharField(label=_lazy("Subject"), max_length=300)
    content = forms.CharField(label=_lazy("Content"), max_length=10000, widget=forms.Textarea(attrs={"rows": 6}))
    procedure = forms.CharField(label=_lazy("Procedure code"), required=False, max_length=10)
    dossier = forms.CharField(label=_lazy("Dossier code"), required=False, max_length=40)
    name = forms.CharField(label=_lazy("Petitioner's full name"), max_length=200)
    address = forms.CharField(label=_lazy("Petitioner's address"), max_length=500)
    phone = forms.CharField(label=_lazy("Petitioner's phone"), max_length=20)
    email = forms.EmailField(label=_lazy("Petitioner's e-mail"), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = permissions.jurisdiction(user, Perm.HANDLE_PETITION)
        self.fields["agency"].queryset = services.receiving_agencies().filter(pk__in=allowed.values("pk"))
        self.fields["agency"].set_own(own_agency(user, self.fields["agency"].queryset))

    def to_input(self) -> PetitionInput:
        data = self.cleaned_data
        names = ("agency", "kind", "title", "content", "procedure", "dossier", "name", "address", "phone", "email")
        return PetitionInput(**{name: data.get(name) or (None if name == "agency" else "") for name in names})


def apply_errors(form: forms.Form, exc: ValidationError) -> None:
    if not hasattr(exc, "error_dict"):
        for message in exc.messages:
            form.add_error(None, message)
        return
    for name, messages_ in exc.message_dict.items():
        for message in messages_:
            form.add_error(name if name in form.fields else None, message)


@staff_required(Perm.HANDLE_PETITION)
def petition_new(request: HttpRequest) -> HttpResponse:
    form = RecordForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        received_at = form.cleaned_data.get("received_at")
        try:
            petition = services.record(
                form.to_input(), user=request.user, channel=form.cleaned_data["channel"], received_at=received_at
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, _("Petition %(code)s recorded.") % {"code": petition.code})
            return redirect("office:petition-detail", pk=petition.pk)
    status = 400 if form.errors else 200
    return render(request, "office/petitions/new.html", {"form": form}, status=status)


# --- one petition and its actions ----------------------------------------------------------------------


class AcceptForm(forms.Form):
    handler = forms.ModelChoiceField(
        label=_lazy("Official who handles it"), queryset=Agency.objects.none(), required=False
    )
    note = forms.CharField(
        label=_lazy("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, petition: Petition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = selectors.handlers_for(petition.agency)
        self.fields["handler"].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["handler"].empty_label = _lazy("— myself —")


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_lazy("Reason it is not accepted"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, petition: Petition, **kwargs):
        super().__init__(*args, **kwargs)


class ForwardForm(forms.Form):
    to = GroupedAgencyChoiceField(label=_lazy("Competent agency"))
    reason = forms.CharField(label=_lazy("Reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, petition: Petition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = services.receiving_agencies().exclude(pk=petition.agency_id)


class AnswerForm(forms.Form):
    text = forms.CharField(
        label=_lazy("Answer to the petitioner"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_lazy("Sent to the petitioner by e-mail; SMS tells them it was answered."),
    )

    def __init__(self, *args, petition: Petition, **kwargs):
        super().__init__(*args, **kwargs)


class PublishForm(forms.Form):
    public_title = forms.CharField(label=_lazy("Subject to publish"), max_length=300)
    public_answer = forms.CharField(
        label=_lazy("Answer to publish"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_lazy(
            "Remove the petitioner's name, address, phone and e-mail and anything else that identifies them."
        ),
    )

    def __init__(self, *args, petition: Petition, **kwargs):
        kwargs.setdefault("initial", {"public_title": petition.title, "public_answer": petition.answer})
        super().__init__(*args, **kwargs)


ACTIONS = {
    "accept": (AcceptForm, _lazy("Accept for handling"), _lazy("Accept")),
    "reject": (RejectForm, _lazy("Do not accept"), _lazy("Do not accept")),
    "forward": (ForwardForm, _lazy("Forward to the competent agency"), _lazy("Forward")),
    "answer": (AnswerForm, _lazy("Answer"), _lazy("Send the answer")),
    "publish": (PublishForm, _lazy("Publish the answer"), _lazy("Publish")),
}
SUCCESS = {
    "accept": _lazy("The petition was accepted for handling."),
    "reject": _lazy("The petition was marked as not accepted; the petitioner is told."),
    "forward": _lazy("The petition was forwarded; the receiving agency got it as %(code)s."),
    "answer": _lazy("The answer was recorded and sent to the petitioner."),
    "publish": _lazy("The answer is published."),
}


def _load(request: HttpRequest, pk: int) -> Petition:
    petition = get_object_or_404(
        Petition.objects.select_related("agency", "handler", "forwarded_to", "forwarded_from", "procedure", "dossier"),
        pk=pk,
    )
    if permissions.can(request.user, Perm.VIEW_PETITION, petition.agency) or services.may_handle(
        request.user, petition
    ):
        return petition
    audit.record_denial(request.user, perm=str(Perm.VIEW_PETITION), target=petition, request=request)
    raise PermissionDenied


def _detail(request: HttpRequest, petition: Petition, bound: dict | None = None, status: int = 200) -> HttpResponse:
    bound = bound or {}
    may_handle = services.may_handle(request.user, petition)
    actions = []
    if may_handle:
        for slug in services.allowed_actions(petition):
            form_class, title, button = ACTIONS[slug]
            form = bound.get(slug) or form_class(petition=petition, prefix=slug)
            actions.append(
                {
                    "slug": slug,
                    "form": form,
                    "title": title,
                    "button": button,
                    "open": slug in bound,
                    "danger": slug == "reject",
                }
            )
    context = {
        "petition": petition,
        "events": petition.events.select_related("actor").order_by("seq"),
        "forwards": petition.forwards.select_related("agency"),
        "actions": actions,
        "may_handle": may_handle,
        "now": timezone.now(),
    }
    return render(request, "office/petitions/detail.html", context, status=status)


@staff_required(Perm.VIEW_PETITION)
def petition_detail(request: HttpRequest, pk: int) -> HttpResponse:
    petition = _load(request, pk)
    audit.record_read(petition, request=request, what=_("petition page"))
    return _detail(request, petition)


def perform(slug: str, petition: Petition, user, data: dict):
    if slug == "accept":
        return services.accept(petition, user=user, handler=data.get("handler"), note=data.get("note", ""))
    if slug == "reject":
        return services.reject(petition, user=user, reason=data["reason"])
    if slug == "forward":
        return services.forward(petition, user=user, to=data["to"], reason=data["reason"])
    if slug == "answer":
        return services.answer(petition, user=user, text=data["text"])
    return services.publish(petition, user=user, public_title=data["public_title"], public_answer=data["public_answer"])


@require_POST
@staff_required(Perm.HANDLE_PETITION)
def petition_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404
    petition = _load(request, pk)
    if not services.may_handle(request.user, petition):
        audit.record_denial(request.user, perm=str(Perm.HANDLE_PETITION), target=petition, request=request)
        raise PermissionDenied
    form = ACTIONS[action][0](request.POST, petition=petition, prefix=action)
    if not form.is_valid():
        return _detail(request, petition, bound={action: form}, status=400)
    try:
        result = perform(action, petition, request.user, form.cleaned_data)
    except TransitionError as exc:
        messages.error(request, " ".join(exc.messages))
        return _detail(request, _load(request, pk), status=409)
    except ValidationError as exc:
        apply_errors(form, exc)
        return _detail(request, _load(request, pk), bound={action: form}, status=400)
    messages.success(request, str(SUCCESS[action]) % {"code": result.code})
    return redirect("office:petition-detail", pk=pk)
