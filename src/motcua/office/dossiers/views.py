"""Officials' dossier pages (issue 5, "the back office"): work queues, the counter, the dossier page.

Every change goes through ``dossiers.services``; these views only choose what to show and map the
services' answers onto pages: ``ValidationError`` next to the fields, ``TransitionError`` and
``ConcurrentChange`` as a clear message with the official's entries kept, ``PermissionDenied`` as
403. Every action form carries the dossier's ``revision``; the view checks it under the row lock
in the same transaction as the service call, so a stale page never changes anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from django import forms as djforms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from motcua.accounts.models import User
from motcua.audit import services as audit
from motcua.catalogue import schema
from motcua.catalogue import selectors as catalogue_selectors
from motcua.catalogue.models import ProcedureVersion, TimeUnit
from motcua.core import downloads, money
from motcua.core.text import fold
from motcua.dossiers import clock, policy, regime, routing, selectors, services
from motcua.dossiers.models import Dossier, DossierComponent, DossierEvent
from motcua.dossiers.services import Applicant, ConcurrentChange
from motcua.dossiers.workflow import OPEN, Action, Status, TransitionError, allowed_actions, target
from motcua.notifications import selectors as notification_selectors
from motcua.notifications.models import Event as NotificationEvent
from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm, Role

from ..access import staff_required
from . import centres as centre_views
from . import forms

PAGE_SIZE = 50
CONCURRENT = _lazy(
    "Another official changed this dossier a moment ago. Reload the page to see the change and try again."
)

# Work-queue tabs: (queue name, label, the permission that makes the tab useful; None = everyone).
TABS = (
    ("to_receive", _lazy("To receive"), Perm.RECEIVE_DOSSIER),
    ("to_transfer", _lazy("To transfer"), Perm.RECEIVE_DOSSIER),
    ("to_assign", _lazy("To assign"), Perm.ASSIGN_DOSSIER),
    ("to_take", _lazy("To take up"), Perm.PROCESS_DOSSIER),
    ("mine", _lazy("Mine to process"), None),
    ("to_approve", _lazy("To approve"), Perm.APPROVE_DOSSIER),
    ("due_today", _lazy("Due today"), None),
    ("overdue", _lazy("Overdue"), None),
    ("waiting_citizen", _lazy("Waiting for the citizen"), None),
    ("ready_to_return", _lazy("Ready to return"), Perm.RETURN_RESULT),
    ("needs_apology", _lazy("Needing an apology"), None),
    ("nobody_can_act", _lazy("Nobody can act"), Perm.MANAGE_STAFF),
)
ALL = "all"

# Printable forms (office:dossier-form-pdf / -html in documents.py): slug → label.
PRINTABLE = (
    ("receipt", _lazy("Receipt and appointment slip (form 01)")),
    ("supplement", _lazy("Request to supplement (form 02)")),
    ("refusal", _lazy("Refusal (form 03)")),
    ("apology", _lazy("Apology and new appointment (form 04)")),
    ("control", _lazy("Control sheet")),
    ("stop", _lazy("Notice of stopped processing")),
)


# --- Small read-only helpers ---------------------------------------------------------------


def queue_tabs(user) -> list[tuple[str, str]]:
    """The queues that make sense for the user's roles, in the order of the dossier's life."""
    return [(name, label) for name, label, perm in TABS if perm is None or permissions.has_perm(user, perm)]


def queue_counts(user, now: dt.datetime | None = None) -> list[dict]:
    """``[{name, label, count}]`` for the user's tabs (also used by the dashboard)."""
    tabs = queue_tabs(user)
    counts = selectors.queue_counts(user, now, names=[name for name, _label in tabs])
    return [{"name": name, "label": label, "count": counts[name]} for name, label in tabs]


def urgency(due_at, status: str, now: dt.datetime, finished_at=None) -> dict | None:
    """How an appointment is shown: a CSS class and a text label (never colour alone)."""
    if due_at is None or finished_at is not None or status not in OPEN:
        return None
    if status == Status.SUPPLEMENT:
        return {"css": "paused", "label": _("Clock stopped")}
    if due_at < now:
        return {"css": "overdue", "label": _("Overdue")}
    if timezone.localtime(due_at).date() == timezone.localtime(now).date():
        return {"css": "today", "label": _("Due today")}
    return None


def _deny(request, dossier: Dossier | None, perm: Perm = Perm.VIEW_DOSSIER):
    audit.record_denial(request.user, perm=str(perm), target=dossier, request=request)
    raise PermissionDenied


def _load(request, pk: int) -> Dossier:
    dossier = get_object_or_404(
        Dossier.objects.select_related(
            "procedure", "version", "agency", "lead_agency", "current_unit", "handler", "current_step__unit"
        ),
        pk=pk,
    )
    if not may_view(request.user, dossier):
        _deny(request, dossier)
    return dossier


def may_view(user, dossier: Dossier) -> bool:
    """``selectors.can_view``, and the units asked for their opinion (they need the dossier to answer)."""
    if selectors.can_view(user, dossier):
        return True
    consulted = dossier.events.filter(action=Action.CONSULT).values_list("data__unit", flat=True)
    units = Agency.objects.filter(pk__in=[pk for pk in consulted if isinstance(pk, int)])
    return any(permissions.can(user, Perm.VIEW_DOSSIER, unit) for unit in units)


def _active(agencies):
    return agencies.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=timezone.localdate()))


def consult_units(dossier: Dossier):
    """Units of the lead agency and the agencies beside it (same parent), except the current unit."""
    lead = dossier.lead_agency
    beside = Q(parent_id=lead.parent_id) if lead.parent_id else Q(parent__isnull=True)
    units = Agency.objects.filter(Q(path__startswith=lead.path) | beside)
    return _active(units).exclude(pk=dossier.current_unit_id).order_by("path")


def interagency_targets(dossier: Dossier):
    """Agencies outside the lead agency (same level or another level), without internal units."""
    agencies = Agency.objects.exclude(path__startswith=dossier.lead_agency.path).exclude(kind="unit")
    return _active(agencies).order_by("path")


class Situation:
    """What the user may do on the dossier now: ``dossiers.policy`` (the same rules the services apply)."""

    def __init__(self, user, dossier: Dossier, now: dt.datetime):
        self.user, self.dossier, self.now = user, dossier, now
        self.steps = list(dossier.steps.select_related("unit", "handler").order_by("seq"))
        self.step = next((s for s in self.steps if s.pk == dossier.current_step_id), None)
        self.next_step = self._after(self.step)
        self.allowed = set(allowed_actions(Status(dossier.status)))
        self.available = policy.available_actions(user, dossier, now, steps=self.steps)

    def _after(self, step):
        if step is None:
            return None
        return next((s for s in self.steps if s.seq > step.seq and s.finished_at is None), None)

    def actions(self) -> list[str]:
        """The page's action slugs, in the order of the page."""
        return [slug for slug, action in _ACTION_OF.items() if action in self.available]

    def consultations(self) -> list[dict]:
        events = list(self.dossier.events.filter(action__in=[Action.CONSULT, Action.ANSWER]).order_by("seq"))
        answered = {e.data.get("consultation") for e in events if e.action == Action.ANSWER}
        rows = []
        for event in events:
            if event.action != Action.CONSULT or event.seq in answered:
                continue
            due = parse_datetime(event.data.get("due_at") or "")
            rows.append(
                {
                    "event": event,
                    "due_at": due,
                    "urgency": urgency(due, Status.PROCESSING, self.now),
                    "can_answer": Action.ANSWER in self.available and policy.may_answer(self.user, event),
                }
            )
        return rows


ACTION_TITLES = {
    "receive": _lazy("Receive and issue the slip"),
    "request-completion": _lazy("Request completion (form 02)"),
    "refuse": _lazy("Refuse (form 03)"),
    "forward": _lazy("Hand over to the next step"),
    "decide": _lazy("Decide the result"),
    "assign": _lazy("Assign the current step"),
    "note": _lazy("Record a note, appraisal or site visit"),
    "consult": _lazy("Consult another unit"),
    "send-to-agency": _lazy("Send to another agency (liên thông)"),
    "request-supplement": _lazy("Request a supplement (form 02)"),
    "send-back": _lazy("Send back to the previous step"),
    "request-payment": _lazy("Request fees"),
    "record-payment": _lazy("Record a payment"),
    "resubmit": _lazy("Record the supplement received"),
    "apologise": _lazy("Apologise and set a new appointment (form 04)"),
    "return": _lazy("Return the result"),
    "withdraw": _lazy("Withdraw at the applicant's request"),
    "stop": _lazy("Stop processing"),
    "answer": _lazy("Answer the consultation"),
    "send-originals": _lazy("Send the paper originals to the competent agency"),
    "receive-originals": _lazy("Record the paper originals received"),
}
SUCCESS = {
    "receive": _lazy("The dossier was received; print the receipt slip."),
    "request-completion": _lazy("The request to complete the dossier was recorded; print form 02."),
    "refuse": _lazy("The refusal was recorded; print form 03."),
    "forward": _lazy("The dossier was handed over."),
    "decide": _lazy("The result was recorded."),
    "assign": _lazy("The step was assigned."),
    "note": _lazy("The note was recorded."),
    "consult": _lazy("The consultation was sent."),
    "send-to-agency": _lazy("The dossier was sent to the other agency."),
    "request-supplement": _lazy("The supplement request was recorded; print form 02."),
    "send-back": _lazy("The dossier was sent back."),
    "request-payment": _lazy("The fees were requested."),
    "record-payment": _lazy("The payment was recorded."),
    "resubmit": _lazy("The supplement was recorded; the time limit counts again from now."),
    "apologise": _lazy("The apology and the new appointment were recorded; print form 04."),
    "return": _lazy("The result was returned."),
    "withdraw": _lazy("The withdrawal was recorded."),
    "stop": _lazy("Processing was stopped."),
    "answer": _lazy("The answer was recorded."),
    "send-originals": _lazy("The paper originals were recorded as sent."),
    "receive-originals": _lazy("The paper originals were recorded as received."),
}
BUTTONS = {
    "receive": _lazy("Receive and issue the slip"),
    "request-completion": _lazy("Request completion"),
    "refuse": _lazy("Refuse"),
    "forward": _lazy("Hand over"),
    "decide": _lazy("Record the result"),
    "assign": _lazy("Assign"),
    "note": _lazy("Record"),
    "consult": _lazy("Send the question"),
    "send-to-agency": _lazy("Send"),
    "request-supplement": _lazy("Request the supplement"),
    "send-back": _lazy("Send back"),
    "request-payment": _lazy("Request"),
    "record-payment": _lazy("Record the payment"),
    "resubmit": _lazy("Record and restart the clock"),
    "apologise": _lazy("Record the apology"),
    "return": _lazy("Record the return"),
    "withdraw": _lazy("Record the withdrawal"),
    "stop": _lazy("Stop processing"),
    "answer": _lazy("Send the answer"),
    "send-originals": _lazy("Gửi hồ sơ giấy"),
    "receive-originals": _lazy("Đã nhận hồ sơ giấy"),
}
DANGER = {"refuse", "withdraw", "stop", "send-back"}


def make_form(slug: str, situation: Situation, data=None, files=None, prefix: str | None = None):
    """The unbound (or bound) form of one action on this dossier."""
    d = situation.dossier
    kwargs = {"dossier": d, "prefix": prefix or slug}
    simple = {
        "receive": forms.ReceiveForm,
        "request-completion": forms.ItemsForm,
        "refuse": forms.ReasonsForm,
        "decide": forms.DecideForm,
        "note": forms.NoteForm,
        "request-supplement": forms.ItemsForm,
        "send-back": forms.ReasonForm,
        "request-payment": forms.AmountForm,
        "record-payment": forms.PaymentForm,
        "resubmit": forms.ResubmitForm,
        "apologise": forms.ApologyForm,
        "return": forms.ReturnForm,
        "withdraw": forms.OptionalReasonForm,
        "stop": forms.ReasonForm,
        "answer": forms.AnswerForm,
        "send-originals": centre_views.OriginalsForm,
        "receive-originals": centre_views.OriginalsForm,
    }
    if slug == "forward":
        form = forms.ForwardForm(data, files, handlers=routing.actors(situation.next_step), **kwargs)
        if routing.needs_official(situation.next_step, [s for s in situation.steps if s.seq < situation.next_step.seq]):
            form.fields["handler"].required = True
            form.fields["handler"].empty_label = _("Choose the official")
        return form
    if slug == "assign":
        return forms.AssignForm(data, files, handlers=routing.actors(situation.step), **kwargs)
    if slug == "consult":
        return forms.ConsultForm(data, files, units=consult_units(d), **kwargs)
    if slug == "send-to-agency":
        return forms.InteragencyForm(data, files, agencies=interagency_targets(d), **kwargs)
    if slug == "record-payment" and d.fees_due > d.fees_paid:
        kwargs["initial"] = {"amount": d.fees_due - d.fees_paid}
    if slug == "request-payment" and d.fees_due:
        kwargs["initial"] = {"amount": d.fees_due}
    return simple[slug](data, files, **kwargs)


def perform(slug: str, form, dossier: Dossier, user, seq: int | None = None) -> Dossier:
    """Call the service of one action; the revision is checked under the row lock first."""
    data = form.cleaned_data
    revision = data["revision"]
    calls = {
        "receive": lambda: services.receive(user=user, dossier=dossier, return_method=data["return_method"]),
        "request-completion": lambda: services.request_completion(user=user, dossier=dossier, items=form.items()),
        "refuse": lambda: services.refuse_intake(user=user, dossier=dossier, reasons=data["reasons"]),
        "forward": lambda: services.forward(
            dossier, user=user, handler=data["handler"], note=data["note"], revision=revision
        ),
        "decide": lambda: services.decide(
            dossier,
            user=user,
            outcome=data["outcome"],
            result_file=data["result_file"] or None,
            reasons=data["reasons"],
            revision=revision,
        ),
        "assign": lambda: services.assign(dossier, user=user, handler=data["handler"], revision=revision),
        "note": lambda: services.add_note(dossier, user=user, text=data["text"], kind=data["kind"]),
        "consult": lambda: services.consult(
            dossier, user=user, unit=data["unit"], question=data["question"], days=data["days"]
        ),
        "send-to-agency": lambda: services.send_to_agency(
            dossier, user=user, agency=data["agency"], task=data["task"], budget=data["budget"], revision=revision
        ),
        "request-supplement": lambda: services.request_supplement(
            dossier, user=user, items=form.items(), revision=revision
        ),
        "send-back": lambda: services.send_back(dossier, user=user, reason=data["reason"], revision=revision),
        "request-payment": lambda: services.request_payment(dossier, user=user, amount=data["amount"]),
        "record-payment": lambda: services.record_payment(
            dossier, user=user, amount=data["amount"], reference=data["reference"]
        ),
        "resubmit": lambda: services.resubmit(dossier, user=user, components=form.component_inputs()),
        "apologise": lambda: services.apologise(dossier, user=user, reason=data["reason"], new_due=data["new_due"]),
        "return": lambda: services.return_result(
            dossier, user=user, received_by=data["received_by"], method=data["method"]
        ),
        "withdraw": lambda: services.withdraw(dossier, user=user, reason=data["reason"]),
        "stop": lambda: services.stop(dossier, user=user, reason=data["reason"]),
        "answer": lambda: services.answer(dossier, user=user, consultation_seq=seq, text=data["text"]),
        "send-originals": lambda: services.send_originals(dossier, user=user, note=data["note"], revision=revision),
        "receive-originals": lambda: services.receive_originals(
            dossier, user=user, note=data["note"], revision=revision
        ),
    }
    with transaction.atomic():
        seen = Dossier.objects.select_for_update().filter(pk=dossier.pk).values_list("revision", flat=True).first()
        if seen != revision:
            raise ConcurrentChange(str(CONCURRENT))
        return calls[slug]()


# --- The timeline -----------------------------------------------------------------------------


def _when(value: str | None) -> str:
    moment = parse_datetime(value or "")
    if moment is None:
        return value or ""
    return date_format(timezone.localtime(moment), "H:i d/m/Y")


def describe(event: DossierEvent, users: dict[int, str], agencies: dict[int, str]) -> list[tuple[str, str]]:
    """The details of one event as (label, text) rows for the timeline and the control sheet."""
    data, rows = event.data or {}, []

    def add(label, value):
        if value not in (None, "", []):
            rows.append((label, str(value)))

    kinds = {"note": _("Note"), "appraisal": _("Appraisal"), "site_visit": _("Site visit")}
    action = event.action
    if action in (Action.RECEIVE, Action.RESUBMIT):
        add(_("Appointment"), _when(data.get("appointment")))
        add(_("Note from the applicant"), data.get("note"))
    elif action in (Action.REQUEST_COMPLETION, Action.REQUEST_SUPPLEMENT):
        for item in data.get("items", []):
            add(item.get("item") or _("Item"), item.get("reason"))
        if data.get("fault"):
            add(_("Recorded as"), _("a fault of the agency (late or repeated request)"))
    elif action == Action.REFUSE_INTAKE:
        add(_("Reasons"), data.get("reasons"))
    elif action == Action.DECIDE:
        add(_("Outcome"), _("Refused") if data.get("outcome") == "refused" else _("Approved"))
        add(_("Reasons"), data.get("reasons"))
    elif action == Action.FORWARD:
        add(_("From"), agencies.get(data.get("from_unit"), ""))
        add(_("To"), agencies.get(data.get("to_unit"), ""))
        add(_("Note"), data.get("note"))
    elif action in (Action.SEND_ORIGINALS, Action.RECEIVE_ORIGINALS):
        add(_("From"), agencies.get(data.get("from"), ""))
        add(_("To"), agencies.get(data.get("to"), ""))
        add(_("Note"), data.get("note"))
    elif action == Action.ASSIGN:
        add(_("Assigned to"), users.get(data.get("handler"), ""))
    elif action in (Action.SEND_BACK, Action.WITHDRAW, Action.STOP):
        add(_("Reason"), data.get("reason"))
    elif action == Action.NOTE:
        if data.get("kind") == "deadline":
            add(
                _("Deadline moved by a calendar change"), f"{_when(data.get('old_due'))} → {_when(data.get('new_due'))}"
            )
        else:
            add(kinds.get(data.get("kind"), _("Note")), data.get("text"))
    elif action == Action.CONSULT:
        add(_("Unit asked"), data.get("unit_name"))
        add(_("Question"), data.get("question"))
        add(_("Answer due"), _when(data.get("due_at")))
    elif action == Action.ANSWER:
        add(_("Unit"), agencies.get(data.get("unit"), ""))
        add(_("Answer"), data.get("text"))
    elif action == Action.INTERAGENCY:
        add(_("Agency"), data.get("agency_name"))
        add(_("Task"), data.get("task"))
        add(_("Time budget (working days)"), data.get("budget"))
    elif action == Action.REQUEST_PAYMENT:
        add(_("Amount"), money.vnd(data.get("amount", 0)))
    elif action == Action.RECORD_PAYMENT:
        add(_("Amount"), money.vnd(data.get("amount", 0)))
        add(_("Reference"), data.get("reference"))
    elif action == Action.APOLOGISE:
        add(_("Reason"), data.get("reason"))
        add(_("Appointment"), f"{_when(data.get('old_due'))} → {_when(data.get('new_due'))}")
    elif action == Action.RETURN:
        add(_("Received by"), data.get("received_by"))
        add(
            _("Returned through"),
            {"counter": _("At the desk"), "post": _("By post"), "online": _("Online")}.get(
                data.get("method"), data.get("method")
            ),
        )
    return rows


def timeline(dossier: Dossier) -> list[dict]:
    events = list(dossier.events.select_related("step__unit").order_by("seq"))
    user_ids = {e.data.get("handler") for e in events if e.action == Action.ASSIGN}
    agency_ids = set()
    for e in events:
        agency_ids.update(e.data.get(key) for key in ("from_unit", "to_unit") if e.action == Action.FORWARD)
        if e.action == Action.ANSWER:
            agency_ids.add(e.data.get("unit"))
        if e.action in (Action.SEND_ORIGINALS, Action.RECEIVE_ORIGINALS):
            agency_ids.update((e.data.get("from"), e.data.get("to")))
    users = {
        u.pk: (u.get_full_name() or u.get_username()) for u in User.objects.filter(pk__in=[i for i in user_ids if i])
    }
    agencies = dict(Agency.objects.filter(pk__in=[i for i in agency_ids if i]).values_list("pk", "name"))
    statuses = dict(Status.choices)
    return [
        {
            "event": e,
            "label": Action(e.action).label,
            "from": statuses.get(e.from_status, ""),
            "to": statuses.get(e.to_status, ""),
            "changed": e.from_status != e.to_status,
            "details": describe(e, users, agencies),
        }
        for e in events
    ]


# --- Work queues ------------------------------------------------------------------------------


def _filter(qs, data: dict):
    if data.get("q"):
        qs = selectors.search(qs, data["q"])
    if data.get("procedure"):
        text = data["procedure"].strip()
        words = fold(text).split()
        match = Q(procedure__code=text)
        if words:
            word_match = Q()
            for word in words:
                word_match &= Q(version__search_text__contains=word)
            match |= word_match
        qs = qs.filter(match)
    if data.get("unit"):
        subtree = Agency.objects.filter(path__startswith=data["unit"].path).values("pk")
        qs = qs.filter(Q(current_unit__in=subtree) | Q(agency__in=subtree) | Q(lead_agency__in=subtree))
    if data.get("status"):
        qs = qs.filter(status=data["status"])
    for key, op in (("date_from", "gte"), ("date_to", "lt")):
        if data.get(key):
            day = data[key] + (dt.timedelta(days=1) if key == "date_to" else dt.timedelta(0))
            moment = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
            qs = qs.filter(
                Q(**{f"received_at__{op}": moment}) | Q(received_at__isnull=True, **{f"submitted_at__{op}": moment})
            )
    return qs


COUNT_CAP = 1000  # a filtered list counts at most this many rows ("more than 1,000")


@dataclasses.dataclass
class KeysetPage:
    """One page of a work queue: no OFFSET, no page numbers; ``next_cursor`` leads to the next page."""

    rows: list
    count: int | None  # None: more than COUNT_CAP (or not counted)
    next_cursor: str
    first: bool


def _tab_count(tabs: list[dict], name: str) -> int | None:
    return next((tab["count"] for tab in tabs if tab["name"] == name), None)


def _keyset_page(request: HttpRequest, qs, name: str, count: int | None) -> KeysetPage:
    """The page after ``?after=`` (keyset pagination: the same cost on page 1 and page 1,000)."""
    cursor = request.GET.get("after", "")
    if count is None:  # filtered or "all": count a bounded number of rows, never the whole table
        count = qs.order_by()[: COUNT_CAP + 1].count()
        count = None if count > COUNT_CAP else count
    page_qs = selectors.after_cursor(qs, name, cursor) if cursor else qs
    page_qs = page_qs.select_related("procedure", "version", "current_unit", "handler", "agency").defer(
        "version__content", "version__search_text", "search_text"
    )
    rows = list(page_qs[: PAGE_SIZE + 1])
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    next_cursor = selectors.page_cursor(rows[-1], name) if more else ""
    return KeysetPage(rows=rows, count=count, next_cursor=next_cursor, first=not cursor)


@staff_required(Perm.VIEW_DOSSIER)
def dossier_list(request: HttpRequest) -> HttpResponse:
    user, now = request.user, timezone.now()
    tabs = queue_counts(user, now)
    names = [tab["name"] for tab in tabs]
    units = permissions.jurisdiction(user, Perm.VIEW_DOSSIER).order_by("path")
    form = forms.QueueFilterForm(request.GET or None, units=units)
    filtering = form.is_valid() and any(value for value in form.cleaned_data.values())
    current = request.GET.get("tab")
    if current not in [*names, ALL]:
        non_empty = [tab["name"] for tab in tabs if tab["count"]]
        current = ALL if filtering or not names else (non_empty or names)[0]
    qs = selectors.ordered(selectors.visible(user), ALL) if current == ALL else selectors.queue(user, current, now)
    if form.is_bound and form.is_valid():
        qs = _filter(qs, form.cleaned_data)
    page = _keyset_page(request, qs, current, count=None if filtering else _tab_count(tabs, current))
    rows = [{"dossier": d, "urgency": urgency(d.due_at, d.status, now, d.finished_at)} for d in page.rows]
    labels = {tab["name"]: tab["label"] for tab in tabs}
    labels[ALL] = _("All dossiers")
    return render(
        request,
        "office/dossiers/list.html",
        {
            "tabs": tabs,
            "current": current,
            "current_label": labels[current],
            "form": form,
            "page": page,
            "rows": rows,
            "filtering": filtering,
            "count_cap": COUNT_CAP,
            "can_receive": permissions.has_perm(user, Perm.RECEIVE_DOSSIER),
        },
    )


# --- Counter receipt --------------------------------------------------------------------------


def _desks(user):
    return permissions.jurisdiction(user, Perm.RECEIVE_DOSSIER).exclude(code=None).order_by("path")


def _version_in_force(code: str) -> ProcedureVersion | None:
    return catalogue_selectors.in_force().filter(procedure__code=code).select_related("procedure").first()


@staff_required(Perm.RECEIVE_DOSSIER)
def counter(request: HttpRequest) -> HttpResponse:
    """Receive a dossier at the desk: (1) desk and procedure, (2) case, (3) applicant, components, decision."""
    desks = _desks(request.user)
    source = request.POST if request.method == "POST" else request.GET
    pick = forms.DeskProcedureForm(source or None, desks=desks, user=request.user)
    desk = pick.cleaned_data["desk"] if pick.is_bound and pick.is_valid() else None
    if source.get("desk") and desk is None and not pick.errors.get("q"):
        _deny(request, None, Perm.RECEIVE_DOSSIER)  # a desk outside the user's area
    code = (source.get("procedure") or "").strip()
    version = _version_in_force(code) if code and desk is not None else None
    context = {"pick": pick, "desk": desk, "version": version, "results": None}
    if version is None:
        if code and desk is not None:
            pick.add_error("q", _("This procedure is not in force today."))
        if desk is not None and pick.cleaned_data.get("q"):
            context["results"] = catalogue_selectors.search(pick.cleaned_data["q"]).defer("content")[:25]
        return render(request, "office/dossiers/counter_pick.html", context)
    cases = version.content.get("cases", [])
    case = (source.get("case") or "").strip()
    context["case_rows"] = _case_rows(version, desk, case)
    if case and case not in {c["key"] for c in cases}:
        pick.add_error(None, _("Choose one of the cases of this procedure."))
        context["case_rows"] = _case_rows(version, desk, "")
        return render(request, "office/dossiers/counter_case.html", context, status=400)
    context["case"] = next((c for c in cases if c["key"] == case), None)
    context["chosen"] = next(row for row in context["case_rows"] if row["chosen"])
    form = forms.CounterForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        version=version,
        case=case,
    )
    centre_form = centre_views.competent_form(request, desk, version)  # phi địa giới at a centre's desk
    context.update(form=form, sections={"components": [], "items": []}, centre_form=centre_form)
    if request.method == "POST":
        decision = request.POST.get("decision")
        chosen = {}
        if decision == "receive" and centre_form is not None:
            chosen = centre_form.receive_kwargs() if centre_form.is_valid() else None
        if decision not in forms.CounterForm.DECISIONS or (decision == "on_the_spot" and not version.on_the_spot):
            form.add_error(None, _("Choose one of the buttons at the end of the form."))
        elif form.is_valid() and chosen is not None:
            dossier = _counter_decide(request, form, decision, desk, version, case, context["sections"], chosen)
            if dossier is not None:
                return redirect("office:dossier-detail", pk=dossier.pk)
        return render(request, "office/dossiers/counter_form.html", context, status=400)
    return render(request, "office/dossiers/counter_form.html", context)


def _case_rows(version: ProcedureVersion, desk: Agency, chosen: str) -> list[dict]:
    """The normal case (key "") and each special case, with its time limit and the appointment a dossier
    received now would get; ``chosen`` marks the one in use (the normal case unless the desk picked another)."""
    now = timezone.now()
    rows = []
    for option in schema.case_options(version.content):
        key = option["key"] or ""
        limit = option["committed"]
        rows.append(
            {
                "key": key,
                "name": option["name"] or _("The normal case"),
                "amount": Decimal(str(limit["amount"])),
                "unit": TimeUnit(limit["unit"]).label,
                "due": timezone.localtime(clock.appointment(version, key, desk, now).due_at),
                "chosen": key == chosen,
            }
        )
    return rows


def _counter_decide(request, form, decision, desk, version, case, sections, chosen=None) -> Dossier | None:
    data = form.cleaned_data
    applicant = Applicant(
        name=data["applicant_name"],
        kind=data["applicant_kind"],
        id_number=data["applicant_id_number"],
        address=data["applicant_address"],
        phone=data["applicant_phone"],
        email=data["applicant_email"],
        representative=form.representative(),
    )
    common = {"user": request.user, "desk": desk, "procedure": version.procedure, "applicant": applicant, "case": case}
    try:
        if decision == "receive":
            dossier = services.receive(
                components=form.component_inputs(),
                channel=data["channel"],
                return_method=data["return_method"],
                **(chosen or {}),
                **common,
            )
            messages.success(
                request,
                _("Dossier %(code)s received. Appointment: %(due)s. Print the receipt slip.")
                % {"code": dossier.code, "due": date_format(timezone.localtime(dossier.due_at), "H:i d/m/Y")},
            )
        elif decision == "complete":
            dossier = services.request_completion(items=form.items(), **common)
            messages.success(request, SUCCESS["request-completion"])
        elif decision == "refuse":
            dossier = services.refuse_intake(reasons=data["reasons"], **common)
            messages.success(request, SUCCESS["refuse"])
        else:
            dossier = services.resolve_on_the_spot(
                components=form.component_inputs(),
                result_file=data.get("result_file") or None,
                received_by=data.get("received_by") or "",
                **common,
            )
            messages.success(request, _("Dossier %(code)s was resolved on the spot.") % {"code": dossier.code})
    except TransitionError as exc:
        form.add_error(None, str(exc))
    except ValidationError as exc:
        forms.apply_errors(form, exc, sections)
    else:
        return dossier
    return None


# --- The dossier page -------------------------------------------------------------------------


def _print_links(dossier: Dossier) -> list[dict]:
    actions = set(dossier.events.values_list("action", flat=True))
    present = {
        "receipt": bool(dossier.code),
        "supplement": bool(actions & {Action.REQUEST_COMPLETION, Action.REQUEST_SUPPLEMENT}),
        "refusal": Action.REFUSE_INTAKE in actions or dossier.outcome == "refused",
        "apology": bool(dossier.apologies),
        "control": bool(dossier.code),
        # the stop notice is a form of the 2025 set only (dossiers/regime.py)
        "stop": dossier.status in (Status.STOPPED, Status.WITHDRAWN) and regime.of(dossier).stop_notice,
    }
    links = []
    for slug, label in PRINTABLE:
        if present[slug]:
            kwargs = {"pk": dossier.pk, "form": slug}
            links.append(
                {
                    "slug": slug,
                    "label": label,
                    "pdf": reverse("office:dossier-form-pdf", kwargs=kwargs),
                    "html": reverse("office:dossier-form-html", kwargs=kwargs),
                }
            )
    return links


def _representative_rows(rep: dict) -> list[tuple[str, str]]:
    labels = {
        "name": _("Name"),
        "id_number": _("Personal ID number"),
        "address": _("Address"),
        "phone": _("Phone"),
        "email": _("E-mail"),
        "authorisation": _("Authorisation paper"),
    }
    return [(labels.get(key, key), value) for key, value in (rep or {}).items() if value]


def _detail(
    request,
    dossier: Dossier,
    *,
    bound: dict | None = None,
    status: int = 200,
    alert=None,
    kept=None,
    anchor="",
    error_form=None,
):
    """Render the dossier page; ``bound`` replaces an action's empty form with the submitted one."""
    now = timezone.now()
    situation = Situation(request.user, dossier, now)
    bound = bound or {}
    actions = []
    for slug in situation.actions():
        form = bound.get(slug) or make_form(slug, situation)
        title = ACTION_TITLES[slug]
        if slug == "forward":
            title = _("Hand over to the next step: %(step)s (%(unit)s)") % {
                "step": situation.next_step.name,
                "unit": situation.next_step.unit.name,
            }
        actions.append(
            {
                "slug": slug,
                "title": title,
                "button": BUTTONS[slug],
                "form": form,
                "open": slug in bound,
                "danger": slug in DANGER,
                "url": reverse("office:dossier-action", args=[dossier.pk, slug]),
            }
        )
    consultations = situation.consultations()
    for row in consultations:
        if row["can_answer"]:
            key = f"answer-{row['event'].seq}"
            row["form"] = bound.get(key) or make_form("answer", situation, prefix=key)
            row["open"] = key in bound
            row["url"] = reverse("office:dossier-answer", args=[dossier.pk, row["event"].seq])
    steps = [
        {"step": s, "urgency": urgency(s.due_at, dossier.status, now, s.finished_at) if s.started_at else None}
        for s in situation.steps
    ]
    context = {
        "dossier": dossier,
        "status_label": Status(dossier.status).label,
        "urgency": urgency(dossier.due_at, dossier.status, now, dossier.finished_at),
        "moved": dossier.original_due_at and dossier.due_at != dossier.original_due_at,
        "case": next((c for c in dossier.version.content.get("cases", []) if c["key"] == dossier.case), None),
        "representative": _representative_rows(dossier.representative),
        "components": list(dossier.components.all()),
        "steps": steps,
        "current_step": situation.step,
        "step_actors": _step_actors(situation.step, dossier),
        "timeline": timeline(dossier),
        "messages_sent": _messages_sent(dossier),
        "consultations": consultations,
        "actions": actions,
        "prints": _print_links(dossier),
        "alert": alert,
        "kept": kept or [],
        "anchor": anchor,
        "error_form": error_form,
        "centre_rows": centre_views.originals_rows(dossier),
    }
    return render(request, "office/dossiers/detail.html", context, status=status)


def _step_actors(step, dossier: Dossier) -> dict | None:
    """Who may take the current step (``routing.actors``): names, or a warning when nobody can."""
    if step is None or step.finished_at is not None or dossier.status not in OPEN:
        return None
    people = [u.get_full_name() or u.get_username() for u in routing.actors(step)[:11]]
    return {"names": people[:10], "more": len(people) > 10, "role": Role(step.actor).label}


def _messages_sent(dossier: Dossier) -> list[dict]:
    """The e-mails and SMS queued for the applicant, with the event in words."""
    labels = dict(NotificationEvent.choices)
    return [
        {**dataclasses.asdict(sent), "about": labels.get(sent.event, sent.event)}
        for sent in notification_selectors.notifications_for(dossier)
    ]


@staff_required(Perm.VIEW_DOSSIER)
def dossier_detail(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = _load(request, pk)
    audit.record_read(dossier, request=request, what=_("dossier page"))
    return _detail(request, dossier)


def _kept_entries(form) -> list[tuple[str, str]]:
    """What the official typed, to show when the form itself is no longer offered."""
    rows = []
    for name, field in form.fields.items():
        if name == "revision":
            continue
        value = form.data.get(form.add_prefix(name))
        if value and not isinstance(field, djforms.FileField):
            rows.append((field.label, value))
    return rows


@require_POST
@staff_required(Perm.VIEW_DOSSIER)
def dossier_action(request: HttpRequest, pk: int, action: str = "answer", seq: int | None = None) -> HttpResponse:
    dossier = _load(request, pk)
    slug = "answer" if seq is not None else action
    if slug not in ACTION_TITLES:
        raise Http404
    situation = Situation(request.user, dossier, timezone.now())
    prefix = f"answer-{seq}" if seq is not None else slug
    form = make_form(slug, situation, request.POST, request.FILES, prefix=prefix)
    if not form.is_valid():
        return _not_done(request, dossier, slug, prefix, form)
    if form.cleaned_data["revision"] != dossier.revision:
        return _stale(request, dossier, slug, prefix, form)
    if seq is not None:
        consultation = next((c for c in situation.consultations() if c["event"].seq == seq), None)
        if consultation is None or not consultation["can_answer"]:
            return _refuse_action(request, dossier, slug, prefix, form, situation)
    elif slug not in situation.actions():
        return _refuse_action(request, dossier, slug, prefix, form, situation)
    sections = {"items": [], "components": []}
    try:
        perform(slug, form, dossier, request.user, seq)
    except ConcurrentChange:
        return _stale(request, Dossier.objects.get(pk=dossier.pk), slug, prefix, form)
    except TransitionError as exc:
        form.add_error(None, str(exc))
    except ValidationError as exc:
        forms.apply_errors(form, exc, sections)
        for key in ("items", "components"):
            if sections[key]:
                form.add_error(None, sections[key])
    else:
        messages.success(request, SUCCESS[slug])
        return redirect("office:dossier-detail", pk=dossier.pk)
    return _not_done(request, _load(request, pk), slug, prefix, form)


def _not_done(request, dossier: Dossier, slug: str, prefix: str, form) -> HttpResponse:
    """The action's form had errors: a banner at the top of the page says nothing was done and lists
    the errors, each naming its field and linking to it in the opened form below."""
    title = ACTION_TITLES[slug]
    alert = _("“%(action)s” was not done. Correct the form below and send it again.") % {"action": title}
    anchor = f"action-{slug}" if slug != "answer" else ""
    return _detail(request, dossier, bound={prefix: form}, status=400, alert=alert, anchor=anchor, error_form=form)


def _stale(request, dossier: Dossier, slug: str, prefix: str, form) -> HttpResponse:
    """Another official acted first: nothing changed; show the new state and keep the entries."""
    dossier = _load(request, dossier.pk)
    situation = Situation(request.user, dossier, timezone.now())
    entries = {
        name: form.data.get(form.add_prefix(name))
        for name, field in form.fields.items()
        if name != "revision" and not isinstance(field, djforms.FileField)
    }
    offered = slug in situation.actions() or (
        slug == "answer"
        and any(c["can_answer"] and f"answer-{c['event'].seq}" == prefix for c in situation.consultations())
    )
    bound, kept = {}, []
    if offered:
        again = make_form(slug, situation, prefix=prefix)  # unbound: the entries come back as initial values
        again.initial.update({name: value for name, value in entries.items() if value not in (None, "")})
        again.initial["revision"] = dossier.revision
        bound[prefix] = again
    else:
        kept = _kept_entries(form)
    alert = str(CONCURRENT)
    if offered:
        alert += " " + _("The page now shows the dossier as it is; your entries are kept in the form below.")
    if request.FILES:
        alert += " " + _("Attach the files again before you resubmit.")
    anchor = f"action-{prefix}" if offered else ""
    return _detail(request, dossier, bound=bound, status=409, alert=alert, kept=kept, anchor=anchor)


def _refuse_action(request, dossier, slug, prefix, form, situation) -> HttpResponse:
    """The action is not offered now: a wrong moment (409 with a message) or no permission (403)."""
    action = Action.ANSWER if slug == "answer" else _ACTION_OF[slug]
    message = _("This action is not possible on the dossier now.")
    if action == Action.ANSWER and action in situation.allowed:
        _deny(request, dossier, Perm.PROCESS_DOSSIER)
    try:
        if action != Action.ANSWER:
            policy.require(request.user, action, dossier, situation.now)  # PermissionDenied → 403, audited
        else:
            target(action, Status(dossier.status))
    except TransitionError as exc:
        message = str(exc)
    except ValidationError as exc:
        message = " ".join(exc.messages)
    return _detail(request, dossier, status=409, alert=message, kept=_kept_entries(form))


_ACTION_OF = {
    "receive": Action.RECEIVE,
    "request-completion": Action.REQUEST_COMPLETION,
    "refuse": Action.REFUSE_INTAKE,
    "forward": Action.FORWARD,
    "decide": Action.DECIDE,
    "assign": Action.ASSIGN,
    "note": Action.NOTE,
    "consult": Action.CONSULT,
    "send-to-agency": Action.INTERAGENCY,
    "request-supplement": Action.REQUEST_SUPPLEMENT,
    "send-back": Action.SEND_BACK,
    "request-payment": Action.REQUEST_PAYMENT,
    "record-payment": Action.RECORD_PAYMENT,
    "resubmit": Action.RESUBMIT,
    "apologise": Action.APOLOGISE,
    "return": Action.RETURN,
    "withdraw": Action.WITHDRAW,
    "stop": Action.STOP,
    "send-originals": Action.SEND_ORIGINALS,
    "receive-originals": Action.RECEIVE_ORIGINALS,
}


# --- Protected downloads ------------------------------------------------------------------------


@staff_required(Perm.VIEW_DOSSIER)
def component_file(request: HttpRequest, pk: int, component: int) -> HttpResponse:
    dossier = _load(request, pk)
    item = get_object_or_404(DossierComponent, pk=component, dossier=dossier)
    audit.record_read(dossier, request=request, what=_("file of the component “%(name)s”") % {"name": item.name})
    return downloads.send_file(request, item.file, target=dossier, sha256=item.sha256)


@staff_required(Perm.VIEW_DOSSIER)
def result_file(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = _load(request, pk)
    audit.record_read(dossier, request=request, what=_("result file"))
    return downloads.send_file(request, dossier.result_file, target=dossier, sha256=dossier.result_sha256)
