"""Feedback and petitions on the citizen portal (phản ánh, kiến nghị — ND 20/2008).

* ``/petitions/new/`` — the form, for a logged-in citizen or anyone (anonymous submissions are
  rate-limited per client address); ``/petitions/new/sent/`` shows the code of what was just sent
  (kept in the session, so the page reveals nothing to anyone else).
* ``/petitions/`` and ``/petitions/<code>/`` — published answers: the agency, the dates, the
  published subject and answer. Never the petitioner's name, address, phone or e-mail, and never the
  petition's own text (it may carry personal data); see ``docs/petitions.md``.
* ``/my/petitions/`` and ``/my/petitions/<pk>/`` — the logged-in petitioner's own petitions, status,
  history and answer; anyone else gets 404.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.core import ratelimit
from motcua.orgs.forms import GroupedAgencyChoiceField, grouped_choices, option_groups
from motcua.orgs.models import Agency
from motcua.petitions import selectors, services
from motcua.petitions.models import Petition, PetitionKind
from motcua.petitions.selectors import cursor, parse_cursor
from motcua.petitions.services import ACCOUNT_PER_MINUTE, ANONYMOUS_PER_MINUTE, PetitionInput

from ..my.views import citizen_required

PAGE_SIZE = 20
SESSION_KEY = "petition_sent"


class PetitionForm(forms.Form):
    """The petition as the portal asks for it; field names are those of ``PetitionInput``."""

    agency = GroupedAgencyChoiceField(
        label=_lazy("Agency addressed"),
        empty_label=_lazy("— choose the agency —"),
        help_text=_lazy("The agency whose regulation or procedure your petition is about."),
    )
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=PetitionKind.choices, initial=PetitionKind.OTHER)
    title = forms.CharField(label=_lazy("Subject"), max_length=300)
    content = forms.CharField(
        label=_lazy("Content"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_lazy("What happened, which regulation or procedure it concerns, and what you propose."),
    )
    procedure = forms.CharField(
        label=_lazy("Procedure code (optional)"),
        required=False,
        max_length=10,
        help_text=_lazy("The national code of the procedure, e.g. 2.000488, if your petition is about one."),
    )
    dossier = forms.CharField(
        label=_lazy("Dossier code (optional)"),
        required=False,
        max_length=40,
        help_text=_lazy("As printed on your receipt slip, if your petition is about one of your dossiers."),
    )
    name = forms.CharField(label=_lazy("Full name"), max_length=200)
    address = forms.CharField(label=_lazy("Address"), max_length=500)
    phone = forms.CharField(
        label=_lazy("Phone"), max_length=20, widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
    )
    email = forms.EmailField(
        label=_lazy("E-mail (optional)"),
        required=False,
        help_text=_lazy("We send the answer here as well as by SMS to a mobile number."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = services.receiving_agencies()
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["address"].widget.attrs["autocomplete"] = "street-address"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if not services.phone_ok(phone):
            raise ValidationError(_("Enter a phone number of 8 to 15 digits, e.g. 0912 345 678."))
        return phone

    def to_input(self) -> PetitionInput:
        data = self.cleaned_data
        return PetitionInput(**{name: data.get(name) or ("" if name != "agency" else None) for name in self.fields})

    def apply(self, exc: ValidationError) -> None:
        """Put the service's errors on the fields they name."""
        for name, messages in exc.message_dict.items():
            for message in messages:
                self.add_error(name if name in self.fields else None, message)


def _initial(user) -> dict:
    if not getattr(user, "is_authenticated", False) or user.is_official:
        return {}
    return {"name": user.full_name, "address": user.address, "phone": user.phone, "email": user.email}


def _throttled(request: HttpRequest) -> bool:
    if request.user.is_authenticated:
        return ratelimit.exceeded(request, "petition-account", ACCOUNT_PER_MINUTE)
    return ratelimit.exceeded(request, "petition", ANONYMOUS_PER_MINUTE)


def petition_new(request: HttpRequest) -> HttpResponse:
    form = PetitionForm(request.POST or None, initial=_initial(request.user))
    if request.method != "POST":
        return render(request, "portal/petitions/new.html", {"form": form})
    if form.is_valid():
        if _throttled(request):  # counted on complete forms only: a typo does not use up the allowance
            return render(request, "portal/petitions/new.html", {"form": form, "throttled": True}, status=429)
        try:
            petition = services.submit(form.to_input(), account=request.user)
        except ValidationError as exc:
            form.apply(exc)
        else:
            request.session[SESSION_KEY] = petition.code
            return redirect("portal:petition-sent")
    return render(request, "portal/petitions/new.html", {"form": form}, status=400)


def petition_sent(request: HttpRequest) -> HttpResponse:
    """The confirmation: the code and deadline of the petition this browser just sent."""
    code = request.session.get(SESSION_KEY)
    petition = Petition.objects.select_related("agency").filter(code=code).first() if code else None
    if petition is None:
        return redirect("portal:petition-new")
    return render(request, "portal/petitions/sent.html", {"petition": petition})


# --- published answers -----------------------------------------------------------------------------


def petition_list(request: HttpRequest) -> HttpResponse:
    """Published answers, newest first, keyset pages (``?after=``), filtered by agency (``?agency=<code>``)."""
    code = (request.GET.get("agency") or "").strip()
    agency = Agency.objects.filter(code=code).first() if code else None
    after = parse_cursor(request.GET.get("after", "")) if request.GET.get("after") else None
    rows = selectors.published_page(agency=agency, after=after, limit=PAGE_SIZE + 1)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    context = {
        "rows": rows,
        "agency": agency,
        "agency_groups": option_groups(grouped_choices(services.receiving_agencies(), value="code")),
        "next_cursor": cursor(rows[-1]) if more else "",
        "paged": after is not None,
        "unknown_agency": bool(code) and agency is None,
    }
    return render(request, "portal/petitions/list.html", context, status=404 if context["unknown_agency"] else 200)


def petition_detail(request: HttpRequest, code: str) -> HttpResponse:
    petition = selectors.published_by_code(code)
    if petition is None:
        raise Http404(_("No published answer has this code."))
    return render(request, "portal/petitions/detail.html", {"petition": petition})


# --- the petitioner's own -------------------------------------------------------------------------


@citizen_required
def my_petitions(request: HttpRequest) -> HttpResponse:
    rows = list(selectors.of_account(request.user)[:200])
    return render(request, "portal/petitions/mine.html", {"rows": rows, "now": timezone.now()})


@citizen_required
def my_petition(request: HttpRequest, pk: int) -> HttpResponse:
    petition = get_object_or_404(
        Petition.objects.select_related("agency", "forwarded_to", "procedure", "dossier"), pk=pk, account=request.user
    )
    events = list(petition.events.order_by("seq"))
    forwards = list(petition.forwards.select_related("agency"))
    context = {"petition": petition, "events": events, "forwards": forwards, "now": timezone.now()}
    return render(request, "portal/petitions/my_detail.html", context)
