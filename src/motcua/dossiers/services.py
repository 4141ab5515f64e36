"""The only write path of dossiers (Bộ phận Một cửa and the agencies behind it).

Every action is a shell around one function of ``lifecycle``: one transaction, the dossier row
locked (and checked against the revision the official saw), the transition and the permission
checked, the input cleaned; then ``lifecycle`` changes the dossier in memory (status, cached fields,
steps, pauses, the event with the state it leaves) and ``_save`` writes what changed; side effects
are announced in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.catalogue import selectors as catalogue_selectors
from motcua.catalogue.models import Procedure, ProcedureVersion
from motcua.core import counters, validators
from motcua.core.text import nfc
from motcua.core.uploads import check_upload
from motcua.orgs.models import Agency

from . import clock, lifecycle, policy, routing
from .lifecycle import STATE_FIELDS, SUPPLEMENT_WINDOW_DAYS, Case  # noqa: F401 — re-exported
from .models import Channel, CodeCounter, Dossier, DossierComponent, DossierEvent, DossierStep, Pause
from .workflow import OPEN, Action, Status, target

STEP_FIELDS = ("seq", "unit_id", "handler_id", "started_at", "finished_at", "verdict", "due_at")


class ConcurrentChange(ValidationError):
    """Another official changed the dossier between reading and acting."""


@dataclass
class Applicant:
    """Chủ hồ sơ: a person or an organisation, with an optional authorised representative."""

    name: str
    kind: str = "person"
    id_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    representative: dict = field(default_factory=dict)

    def clean(self) -> Applicant:
        errors = {}
        name = nfc(self.name).strip()
        if not name:
            errors["applicant_name"] = [_("Enter the applicant's name.")]
        if self.kind not in ("person", "organisation"):
            errors["applicant_kind"] = [_("Choose a person or an organisation.")]
        id_number = self.id_number.strip()
        if id_number and self.kind in ("person", "organisation"):
            label = _("Tax code") if self.kind == "organisation" else _("Personal ID number")
            try:
                id_number = validators.validate_id_or_tax(id_number, kind=self.kind, field=label)
            except ValidationError as exc:
                errors["applicant_id_number"] = exc.messages
        representative = {key: nfc(str(value)).strip() for key, value in (self.representative or {}).items() if value}
        if representative.get("id_number"):
            try:
                representative["id_number"] = validators.validate_personal_id(
                    representative["id_number"], field=_("Representative's personal ID number")
                )
            except ValidationError as exc:
                errors["rep_id_number"] = exc.messages
        phone = self.phone.strip().replace(" ", "")
        if phone and not phone.lstrip("+").isdigit():
            errors["applicant_phone"] = [_("The phone number may contain only digits.")]
        if errors:
            raise ValidationError(errors)
        return Applicant(
            name, self.kind, id_number, nfc(self.address).strip(), phone, self.email.strip(), representative
        )


@dataclass
class ComponentInput:
    """What arrived for one component: a paper, an uploaded file, or an item of the citizen's data store.

    ``name`` is given only for a paper outside the procedure's list (key starting with ``@``, e.g. the
    authorisation letter of an online dossier filed on someone's behalf).
    """

    key: str
    received: bool = False
    file: object | None = None
    from_data_store: bool = False
    store_item: object | None = None  # submissions.DataStoreItem reused; its file is copied
    name: str = ""

    @property
    def given(self) -> bool:
        return bool(self.received or self.from_data_store or self.file or self.store_item)


# --- helpers ---------------------------------------------------------------------------------


def _now(at: dt.datetime | None = None) -> dt.datetime:
    return at or timezone.now()


def _state(dossier: Dossier) -> dict:
    return lifecycle.snapshot(dossier)


def _case(dossier: Dossier) -> Case:
    """The dossier with its steps, pauses and last event number, as ``lifecycle`` works on it."""
    setting = lifecycle.Setting(
        plan=lifecycle.Plan.of(dossier.version, dossier.case),
        cal=clock.calendar(dossier),
        tz=timezone.get_current_timezone(),
    )
    case = Case(dossier, setting)
    if dossier.pk is not None:
        case.steps = list(dossier.steps.select_related("unit", "handler").order_by("seq"))
        case.pauses = list(Pause.objects.filter(dossier=dossier).order_by("started_at", "pk"))
        case.current = next((s for s in case.steps if s.pk == dossier.current_step_id), None)
        case.seq = dossier.events.order_by("-seq").values_list("seq", flat=True).first() or 0
        _remember(case)
    return case


def _step_values(step: DossierStep) -> tuple:
    return tuple(getattr(step, name) for name in STEP_FIELDS)


def _remember(case: Case) -> None:
    case.saved = {("step", s.pk): _step_values(s) for s in case.steps}
    case.saved.update({("pause", p.pk): p.ended_at for p in case.pauses})


def _actor(user) -> tuple[object, str]:
    if getattr(user, "is_authenticated", False):
        return user, str(user)[:200]
    return None, ""


def _save(case: Case) -> None:
    """Write what the lifecycle changed: the dossier, new and changed steps and pauses, the new events."""
    d = case.dossier
    if d.pk is None:
        d.save()
    saved = case.saved
    changed = [
        s
        for s in case.steps
        if s.pk is not None and saved.get(("step", s.pk)) != tuple(getattr(s, f) for f in STEP_FIELDS)
    ]
    moved = [s.pk for s in changed if s.seq != saved[("step", s.pk)][0]]
    if moved:  # steps pushed down by an inserted one: out of the way of the new numbers first
        DossierStep.objects.filter(pk__in=moved).update(seq=F("seq") + 1000)
    new_steps = [s for s in case.steps if s.pk is None]
    for step in new_steps:
        step.dossier_id = d.pk
        step.save()
    if changed:
        DossierStep.objects.bulk_update(changed, [f.removesuffix("_id") for f in STEP_FIELDS])
    for pause in case.pauses:
        if pause.pk is None:
            pause.dossier_id = d.pk
            pause.save()
        elif saved.get(("pause", pause.pk)) != pause.ended_at:
            pause.save(update_fields=["ended_at"])
    if case.current is not None and d.current_step_id != case.current.pk:
        d.current_step = case.current
    d.save()
    events = []
    for number, recorded in enumerate(case.events, start=case.seq + 1):
        state = recorded.state
        if recorded.current is not None and state["current_step_id"] is None:
            state["current_step_id"] = recorded.current.pk  # a step saved just now
        actor, label = _actor(recorded.actor)
        events.append(
            DossierEvent(
                dossier=d,
                seq=number,
                at=recorded.at,
                actor=actor,
                actor_label=label,
                action=recorded.action,
                from_status=recorded.from_status,
                to_status=recorded.to_status,
                step_id=recorded.step.pk if recorded.step is not None else None,
                data=recorded.data,
                state=state,
            )
        )
    DossierEvent.objects.bulk_create(events)
    case.seq += len(events)
    case.events = []
    _remember(case)


def _lock(dossier: Dossier | int, revision: int | None = None) -> Dossier:
    pk = dossier.pk if isinstance(dossier, Dossier) else dossier
    locked = Dossier.objects.select_for_update().select_related("version", "agency", "lead_agency").get(pk=pk)
    if revision is not None and locked.revision != revision:
        raise ConcurrentChange(
            _("Another official changed this dossier a moment ago. Reload the page to see the change and try again.")
        )
    return locked


def _open(dossier: Dossier | int, revision: int | None, at: dt.datetime | None) -> tuple[Case, dt.datetime]:
    """Start an action: the dossier locked (and checked against the revision the official saw), now."""
    return _case(_lock(dossier, revision)), _now(at)


def _transition(dossier: Dossier | None, action: Action) -> Status:
    return target(action, Status(dossier.status) if dossier and dossier.status else None)


def _search_text(dossier: Dossier) -> str:
    return lifecycle.search_text(dossier)


def _notify(dossier: Dossier, event: str, at: dt.datetime | None = None, **context) -> None:
    """Announce the event to its subscribers (signals.dossier_event), inside this transaction."""
    from .signals import announce

    announce(dossier, event, at=at, **context)


can_act_on_step = policy.can_act_on_step  # moved to ``policy``; kept here for callers of the old name


def lead_agency_for(version: ProcedureVersion, desk: Agency) -> Agency:
    return version.implementing_agency or desk


_process_steps = lifecycle.process_steps


def next_code(agency: Agency, day: dt.date) -> str:
    """``<agency e-ID>-YYMMDD-NNNN``: a per-agency, per-day sequence, never reused, safe under concurrency."""
    if not agency.code:
        raise ValidationError(_("The receiving desk has no e-ID code; set one before receiving dossiers."))
    number = counters.take_next(CodeCounter, agency=agency, day=day)
    return f"{agency.code}-{day:%y%m%d}-{number:04d}"


def required_online(spec: dict) -> bool:
    """Online, a component must be sent unless the procedure says it need not be digitised."""
    return bool(spec.get("required", spec.get("must_digitise", True)))


def _check_components(
    version: ProcedureVersion, case: str, components: list[ComponentInput], *, online: bool = False
) -> list[dict]:
    """Required components for the case, matched with what was received; missing ones are errors.

    At the desk every listed component is required; online, those that need not be digitised may be
    left out. Extra papers (key ``@…`` with a name) are kept after the listed ones.
    """
    given = {c.key: c for c in components}
    rows, missing = [], []
    for spec in version.content["components"]:
        if spec.get("cases") and case not in spec["cases"]:
            continue
        item = given.get(spec["key"], ComponentInput(spec["key"]))
        if not item.given and (not online or required_online(spec)):
            missing.append(spec["name"])
        rows.append({"spec": spec, "input": item})
    for item in components:
        if item.key.startswith("@") and item.name and item.given:
            rows.append({"spec": {"key": item.key, "name": item.name}, "input": item})
    unknown = set(given) - {row["spec"]["key"] for row in rows}
    errors = {}
    if missing:
        errors["components"] = [_("Missing components: %(names)s.") % {"names": "; ".join(missing)}]
    if unknown:
        errors["components"] = [
            *errors.get("components", []),
            _("Unknown components: %(keys)s.") % {"keys": ", ".join(sorted(unknown))},
        ]
    if errors:
        raise ValidationError(errors)
    return rows


def _store_components(dossier: Dossier, rows: list[dict]) -> None:
    """One row per component; those without a file (papers ticked at the desk) in one INSERT."""
    papers = []
    for row in rows:
        spec, item = row["spec"], row["input"]
        component = DossierComponent(
            dossier=dossier,
            key=spec["key"],
            name=spec["name"],
            received=bool(item.received or item.file or item.store_item),
            from_data_store=bool(item.from_data_store or item.store_item),
            store_item=item.store_item,
        )
        if item.store_item is not None and not item.file:
            _copy_store_item(component, item.store_item)
        elif item.file:
            checked = check_upload(item.file)
            component.content_type, component.size, component.sha256 = (
                checked.content_type,
                checked.size,
                checked.sha256,
            )
            component.file.save(item.file.name, item.file, save=False)
        else:
            papers.append(component)
            continue
        component.save()
    DossierComponent.objects.bulk_create(papers)


def _copy_store_item(component: DossierComponent, store_item) -> None:
    """The reused file is copied: the dossier keeps it even if the citizen deletes the item later."""
    from django.core.files import File

    component.content_type, component.size, component.sha256 = (
        store_item.content_type,
        store_item.size,
        store_item.sha256,
    )
    if store_item.file:
        name = store_item.original_name or store_item.file.name.rsplit("/", 1)[-1]
        with store_item.file.open("rb") as handle:
            component.file.save(name, File(handle, name=name), save=False)


def _version_for(procedure: Procedure, at: dt.datetime) -> ProcedureVersion:
    version = catalogue_selectors.version_at(procedure, at)
    if version is None:
        raise ValidationError({"procedure": [_("This procedure is not in force on this date.")]})
    return version


def _fill_applicant(dossier: Dossier, applicant: Applicant) -> None:
    applicant = applicant.clean()
    dossier.applicant_name = applicant.name
    dossier.applicant_kind = applicant.kind
    dossier.applicant_id_number = applicant.id_number
    dossier.applicant_address = applicant.address
    dossier.applicant_phone = applicant.phone
    dossier.applicant_email = applicant.email
    dossier.representative = applicant.representative


def _new_dossier(desk, procedure, case, applicant, channel, at, account=None) -> Dossier:
    version = _version_for(procedure, at)
    case = case or ""
    if case and case not in {c["key"] for c in version.content.get("cases", [])}:
        raise ValidationError({"case": [_("This case does not belong to the procedure.")]})
    dossier = Dossier(
        agency=desk,
        lead_agency=lead_agency_for(version, desk),
        procedure=procedure,
        version=version,
        case=case,
        channel=channel,
        account=account,
    )
    _fill_applicant(dossier, applicant)
    return dossier


# --- intake ----------------------------------------------------------------------------------


@transaction.atomic
def submit_online(
    *,
    account,
    desk: Agency,
    procedure: Procedure,
    applicant: Applicant,
    components,
    case="",
    return_method: str = "counter",
    at=None,
):
    """An online dossier arrives as submitted (national status 1); the desk accepts or returns it."""
    now = _now(at)
    _transition(None, Action.SUBMIT)
    dossier = _new_dossier(desk, procedure, case, applicant, Channel.ONLINE, now, account=account)
    rows = _check_components(dossier.version, dossier.case, components, online=True)
    if return_method not in ("counter", "post", "online"):
        raise ValidationError({"return_method": [_("Choose how the result is returned.")]})
    dossier.return_method = return_method
    case = _case(dossier)
    lifecycle.submit(case, now, actor=account)
    _save(case)
    _store_components(dossier, rows)
    _notify(dossier, "submitted", at=now)
    return dossier


@transaction.atomic
def receive(
    *,
    user,
    desk: Agency | None = None,
    procedure: Procedure | None = None,
    applicant: Applicant | None = None,
    components: list[ComponentInput] | None = None,
    case: str = "",
    channel: int = Channel.COUNTER,
    return_method: str | None = None,
    dossier: Dossier | None = None,
    at: dt.datetime | None = None,
) -> Dossier:
    """Receive a complete dossier: code, appointment, steps, receipt slip (form 01).

    At the counter pass the procedure, applicant and components; for an online dossier pass it.
    """
    now = _now(at)
    if dossier is not None:
        dossier = _lock(dossier)
        desk = dossier.agency
    policy.require(user, Action.RECEIVE, dossier, now, desk=desk)
    _transition(dossier, Action.RECEIVE)
    if dossier is None:
        dossier = _new_dossier(desk, procedure, case, applicant or Applicant(""), channel, now)
        rows = _check_components(dossier.version, dossier.case, components or [])
    elif components is not None or not dossier.components.exists():
        # completed at the desk after form 02, or an online dossier checked again: record what arrived
        rows = _check_components(dossier.version, dossier.case, components or [])
        dossier.components.all().delete()
    else:
        rows = []
    # an online dossier keeps the citizen's choice unless the desk records another one
    dossier.return_method = return_method or dossier.return_method or "counter"
    case = _case(dossier)
    code = next_code(desk, timezone.localtime(now).date())
    lifecycle.receive(case, now, code=code, handler=user, actor=user)
    _save(case)
    _store_components(dossier, rows)
    _notify(dossier, "accepted", at=now)
    return dossier


def _intake_reasons(items: list[dict]) -> list[dict]:
    cleaned = [
        {"item": nfc(str(i.get("item", ""))).strip(), "reason": nfc(str(i.get("reason", ""))).strip()} for i in items
    ]
    cleaned = [i for i in cleaned if i["item"] or i["reason"]]
    if not cleaned or any(not i["reason"] for i in cleaned):
        raise ValidationError({"items": [_("List every item with its reason, all at once.")]})
    return cleaned


def _intake_decision(
    action: Action, *, user, dossier, desk, procedure, applicant, case, now, data: dict, check=lambda: None
) -> Dossier:
    """Form 02 or 03 at intake: the dossier is recorded but not received (it gets no code)."""
    if dossier is not None:
        dossier = _lock(dossier)
        desk = dossier.agency
    policy.require(user, action, dossier, now, desk=desk)
    _transition(dossier, action)
    check()
    if dossier is None:
        dossier = _new_dossier(desk, procedure, case, applicant or Applicant(""), Channel.COUNTER, now)
    state = _case(dossier)
    lifecycle.intake_decision(state, action, now, data, actor=user)
    _save(state)
    if action == Action.REFUSE_INTAKE:
        _notify(dossier, "refused", at=now, reason=data["reasons"])
    elif dossier.channel == Channel.ONLINE:
        _notify(dossier, "completion_requested", at=now, items=data["items"])
    return dossier


@transaction.atomic
def request_completion(
    *,
    user,
    items: list[dict],
    dossier: Dossier | None = None,
    desk=None,
    procedure=None,
    applicant: Applicant | None = None,
    case="",
    at=None,
) -> Dossier:
    """Form 02 at intake: ask for every missing or wrong item at once; the dossier is not received."""
    data: dict = {}

    def check():
        data["items"] = _intake_reasons(items)

    return _intake_decision(
        Action.REQUEST_COMPLETION,
        user=user,
        dossier=dossier,
        desk=desk,
        procedure=procedure,
        applicant=applicant,
        case=case,
        now=_now(at),
        data=data,
        check=check,
    )


@transaction.atomic
def refuse_intake(
    *,
    user,
    reasons: str,
    dossier: Dossier | None = None,
    desk=None,
    procedure=None,
    applicant: Applicant | None = None,
    case="",
    at=None,
) -> Dossier:
    """Form 03: refusal with reasons; the dossier is not received."""
    reasons = nfc(reasons or "").strip()

    def check():
        if not reasons:
            raise ValidationError({"reasons": [_("Give the reasons for the refusal.")]})

    return _intake_decision(
        Action.REFUSE_INTAKE,
        user=user,
        dossier=dossier,
        desk=desk,
        procedure=procedure,
        applicant=applicant,
        case=case,
        now=_now(at),
        data={"reasons": reasons},
        check=check,
    )


# --- processing ------------------------------------------------------------------------------


def _check_handler(step: DossierStep, handler) -> None:
    if handler is not None and not routing.eligible(handler, step):
        raise ValidationError(
            {"handler": [_("%(name)s cannot act on the step “%(step)s”.") % {"name": handler, "step": step.name}]}
        )


@transaction.atomic
def forward(dossier: Dossier, *, user, handler=None, note: str = "", revision: int | None = None, at=None) -> Dossier:
    """Hand the dossier over to the next step (transfer from the desk, or between units)."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.FORWARD)
    step = policy.require(user, Action.FORWARD, dossier, now)
    following = lifecycle.next_step(case, case.current or step)
    if following is not None and not lifecycle.is_return_step(case, following):
        _check_handler(following, handler)
    lifecycle.forward(case, now, by=user, handler=handler, note=nfc(note), actor=user)
    _save(case)
    return dossier


@transaction.atomic
def assign(dossier: Dossier, *, user, handler, revision: int | None = None, at=None) -> Dossier:
    """A unit head or the leader (re)assigns the current step to an official who may take it."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.ASSIGN)
    policy.require(user, Action.ASSIGN, dossier, now)
    step = case.current
    _check_handler(step, handler)
    lifecycle.assign(case, now, handler=handler, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def send_back(dossier: Dossier, *, user, reason: str, revision: int | None = None, at=None) -> Dossier:
    """Return the dossier to the previous step with a reason (approval refused, more work needed)."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.SEND_BACK)
    policy.require(user, Action.SEND_BACK, dossier, now)
    if not nfc(reason).strip():
        raise ValidationError({"reason": [_("Say why the dossier is sent back.")]})
    lifecycle.send_back(case, now, reason=nfc(reason).strip(), actor=user)
    _save(case)
    return dossier


@transaction.atomic
def add_note(dossier: Dossier, *, user, text: str, kind: str = "note", revision: int | None = None, at=None) -> Dossier:
    """A note, an appraisal remark or a site visit (time, place, participants, content)."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.NOTE)
    policy.require(user, Action.NOTE, dossier, now)
    text = nfc(text).strip()
    if not text:
        raise ValidationError({"text": [_("Write the note.")]})
    data = {"kind": kind if kind in ("note", "site_visit", "appraisal") else "note", "text": text}
    lifecycle.remark(case, Action.NOTE, now, data, step=case.current, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def consult(
    dossier: Dossier, *, user, unit: Agency, question: str, days: int = 2, revision: int | None = None, at=None
) -> Dossier:
    """Ask another unit's opinion, with a deadline for the answer (ND 61 Art 19(5))."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.CONSULT)
    policy.require(user, Action.CONSULT, dossier, now)
    question = nfc(question).strip()
    if not question:
        raise ValidationError({"question": [_("Write the question.")]})
    due = clock.engine.compute_due(now, days, "working_days", clock.calendar(dossier)).due_at
    data = {"unit": unit.pk, "unit_name": unit.name, "question": question, "due_at": due.isoformat()}
    lifecycle.remark(case, Action.CONSULT, now, data, step=case.current, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def answer(
    dossier: Dossier, *, user, consultation_seq: int, text: str, revision: int | None = None, at=None
) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.ANSWER)
    policy.require(user, Action.ANSWER, dossier, now, consultation_seq=consultation_seq)
    asked = dossier.events.filter(seq=consultation_seq, action=Action.CONSULT).first()
    unit = Agency.objects.get(pk=asked.data["unit"])
    text = nfc(text).strip()
    if not text:
        raise ValidationError({"text": [_("Write the answer.")]})
    data = {"consultation": consultation_seq, "text": text, "unit": unit.pk}
    lifecycle.remark(case, Action.ANSWER, now, data, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def send_to_agency(dossier: Dossier, *, user, agency: Agency, task: str, budget: Decimal, revision=None, at=None):
    """Liên thông: insert a step at another agency with its task and time budget, and hand over to it."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.INTERAGENCY)
    policy.require(user, Action.INTERAGENCY, dossier, now)
    task = nfc(task).strip()
    if not task:
        raise ValidationError({"task": [_("Describe the other agency's task.")]})
    budget = Decimal(str(budget))
    if budget < 0 or (budget * 2) % 1:
        raise ValidationError({"budget": [_("Give whole or half working days.")]})
    if agency.is_within(dossier.lead_agency):
        raise ValidationError({"agency": [_("Choose an agency outside the lead agency.")]})
    lifecycle.send_to_agency(case, now, agency=agency, task=task, budget=budget, by=user, actor=user)
    _save(case)
    return dossier


# --- the citizen's part of the clock -------------------------------------------------------------


@transaction.atomic
def request_supplement(dossier: Dossier, *, user, items: list[dict], revision=None, at=None) -> Dossier:
    """After appraisal: ask for everything missing at once; the clock restarts on re-submission.

    Asking after three working days from receipt, or a second time, is recorded as the agency's fault.
    """
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.REQUEST_SUPPLEMENT)
    policy.require(user, Action.REQUEST_SUPPLEMENT, dossier, now)
    reasons = _intake_reasons(items)
    lifecycle.request_supplement(case, now, items=reasons, actor=user)
    _save(case)
    _notify(dossier, "supplement_requested", at=now, items=reasons)
    return dossier


@transaction.atomic
def resubmit(
    dossier: Dossier,
    *,
    user,
    components: list[ComponentInput] | None = None,
    note: str = "",
    extra: list[tuple[str, object]] | None = None,
    revision: int | None = None,
    at=None,
) -> Dossier:
    """The complete supplement arrives: the full limit counts again from now (ND 61 Art 19(4)).

    ``extra`` holds (item, file) for requested items that are not components of the procedure (free
    rows of form 02); each becomes a new component named after the item. ``note`` is the applicant's.
    """
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.RESUBMIT)
    policy.require(user, Action.RESUBMIT, dossier, now)
    for item in components or []:
        component = dossier.components.filter(key=item.key).first()
        if component is None:
            raise ValidationError({"components": [_("Unknown component %(key)s.") % {"key": item.key}]})
        if item.file:
            checked = check_upload(item.file)
            component.file.save(item.file.name, item.file, save=False)
            component.content_type, component.size, component.sha256 = (
                checked.content_type,
                checked.size,
                checked.sha256,
            )
        component.received = True
        component.save()
    for number, (item, upload) in enumerate(extra or [], start=dossier.components.count() + 1):
        checked = check_upload(upload)
        component = DossierComponent(
            dossier=dossier,
            key=f"extra-{number}",
            name=nfc(item).strip()[:1000] or _("Supplementary document"),
            received=True,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
        )
        component.file.save(upload.name, upload, save=False)
        component.save()
    lifecycle.resubmit(case, now, note=nfc(note).strip(), actor=user)
    _save(case)
    return dossier


@transaction.atomic
def request_payment(dossier: Dossier, *, user, amount: int, revision: int | None = None, at=None) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.REQUEST_PAYMENT)
    policy.require(user, Action.REQUEST_PAYMENT, dossier, now)
    if amount <= 0:
        raise ValidationError({"amount": [_("Give the amount to pay.")]})
    lifecycle.request_payment(case, now, amount=amount, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def record_payment(
    dossier: Dossier, *, user, amount: int, reference: str = "", revision: int | None = None, at=None
) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.RECORD_PAYMENT)
    policy.require(user, Action.RECORD_PAYMENT, dossier, now)
    if amount <= 0:
        raise ValidationError({"amount": [_("Give the amount paid.")]})
    lifecycle.record_payment(case, now, amount=amount, reference=reference, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def apologise(
    dossier: Dossier, *, user, reason: str, new_due: dt.date, revision: int | None = None, at=None
) -> Dossier:
    """Form 04: apology and a new appointment, at the latest one working day before the due date; once only."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.APOLOGISE)
    policy.require(user, Action.APOLOGISE, dossier, now)
    reason = nfc(reason).strip()
    if not reason:
        raise ValidationError({"reason": [_("Give the reason for the delay.")]})
    lifecycle.apologise(case, now, new_due=new_due, reason=reason, actor=user)
    _save(case)
    _notify(dossier, "apology", at=now, reason=reason, new_appointment=dossier.due_at)
    return dossier


# --- result ----------------------------------------------------------------------------------


@transaction.atomic
def decide(
    dossier: Dossier, *, user, outcome: str = "approved", result_file=None, reasons: str = "", revision=None, at=None
) -> Dossier:
    """The approved (or refused, with reasons) result: processing ends, early/on time/late is fixed."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.DECIDE)
    policy.require(user, Action.DECIDE, dossier, now)
    if outcome not in ("approved", "refused"):
        raise ValidationError({"outcome": [_("Choose approved or refused.")]})
    reasons = nfc(reasons).strip()
    if outcome == "refused" and not reasons:
        raise ValidationError({"reasons": [_("A refusal must give its reasons.")]})
    if outcome == "approved" and dossier.version.content.get("result_is_document", True) and not result_file:
        raise ValidationError({"result_file": [_("Attach the result document.")]})
    if result_file:
        check_upload(result_file)
        dossier.result_file.save(result_file.name, result_file, save=False)
    lifecycle.decide(case, now, outcome=outcome, reasons=reasons, by=user, actor=user)
    _save(case)
    _notify(dossier, "result_ready", at=now)
    return dossier


@transaction.atomic
def return_result(
    dossier: Dossier, *, user, received_by: str, method: str = "counter", revision: int | None = None, at=None
) -> Dossier:
    """The desk hands the result over (or posts it) and records who received it and when."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.RETURN)
    policy.require(user, Action.RETURN, dossier, now)
    received_by = nfc(received_by).strip()
    if not received_by:
        raise ValidationError({"received_by": [_("Enter who received the result.")]})
    if method not in ("counter", "post", "online"):
        raise ValidationError({"method": [_("Choose how the result was returned.")]})
    lifecycle.return_result(case, now, received_by=received_by, method=method, actor=user)
    _save(case)
    _notify(dossier, "returned", at=now)
    return dossier


@transaction.atomic
def withdraw(dossier: Dossier, *, user, reason: str = "", revision: int | None = None, at=None) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.WITHDRAW)
    policy.require(user, Action.WITHDRAW, dossier, now)
    lifecycle.end(case, Action.WITHDRAW, now, reason=nfc(reason).strip(), actor=user)
    _save(case)
    _notify(dossier, "withdrawn", at=now, reason=nfc(reason).strip())
    return dossier


@transaction.atomic
def stop(dossier: Dossier, *, user, reason: str, revision: int | None = None, at=None) -> Dossier:
    """Thông báo dừng giải quyết hồ sơ."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.STOP)
    policy.require(user, Action.STOP, dossier, now)
    reason = nfc(reason).strip()
    if not reason:
        raise ValidationError({"reason": [_("Give the reason for stopping.")]})
    lifecycle.end(case, Action.STOP, now, reason=reason, actor=user)
    _save(case)
    _notify(dossier, "stopped", at=now, reason=reason)
    return dossier


@transaction.atomic
def resolve_on_the_spot(
    *,
    user,
    desk: Agency,
    procedure: Procedure,
    applicant: Applicant,
    components: list[ComponentInput],
    result_file=None,
    case="",
    received_by="",
    at=None,
):
    """“4 tại chỗ”: received, appraised, approved and returned at the desk in one sitting."""
    now = _now(at)
    version = _version_for(procedure, now)
    if not version.on_the_spot:
        raise ValidationError({"procedure": [_("This procedure is not resolved on the spot.")]})
    dossier = receive(
        user=user, desk=desk, procedure=procedure, applicant=applicant, components=components, case=case, at=now
    )
    state, _at = _open(dossier, None, now)
    lifecycle.jump_to_last(state, now, handler=user)
    _save(state)
    dossier = state.dossier
    if lifecycle.is_return_step(state, state.steps[-1]):
        dossier = decide(dossier, user=user, result_file=result_file, at=now)
    return return_result(dossier, user=user, received_by=received_by or dossier.applicant_name, at=now)


# --- deadlines after a calendar change, state rebuild ---------------------------------------------


@transaction.atomic
def recompute_deadlines(dossier_id: int) -> int:
    """Recompute an open dossier's deadlines after a holiday change; returns 1 when they moved."""
    dossier = _lock(dossier_id)
    if dossier.status not in OPEN:
        return 0
    case = _case(dossier)
    if not lifecycle.move_deadlines(case, timezone.now()):
        return 0
    _save(case)
    return 1


def state_differences(dossier: Dossier) -> dict[str, tuple]:
    """Cached fields that disagree with the state recorded by the last event."""
    last = dossier.events.order_by("-seq").first()
    if last is None:
        return {"events": ("missing", None)}
    current = _state(dossier)
    return {name: (current.get(name), value) for name, value in last.state.items() if current.get(name) != value}


@transaction.atomic
def rebuild_state(dossier: Dossier) -> dict[str, tuple]:
    """Repair the cached fields from the events; return what was wrong."""
    dossier = _lock(dossier)
    differences = state_differences(dossier)
    if differences and "events" not in differences:
        last = dossier.events.order_by("-seq").first()
        for name, value in last.state.items():
            if isinstance(Dossier._meta.get_field(name), models.DateTimeField) and value:
                value = dt.datetime.fromisoformat(value)
            setattr(dossier, name, value)
        dossier.save()
    return differences


# --- stored processing time ------------------------------------------------------------------


def fill_days_taken(batch: int = 2000) -> int:
    """Store ``days_taken`` on decided dossiers that lack it (decided before the column existed, or loaded
    by the historical import or the load generator); returns how many were filled. Idempotent."""
    filled = 0
    todo = Dossier.objects.filter(days_taken__isnull=True, finished_at__isnull=False).exclude(verdict="")
    while True:
        ids = list(todo.order_by("pk").values_list("pk", flat=True)[:batch])
        if not ids:
            return filled
        days = clock.days_taken_of(Dossier.objects.filter(pk__in=ids))
        chunk = [Dossier(pk=pk, days_taken=value) for pk, value in days.items()]
        with transaction.atomic():
            Dossier.objects.bulk_update(chunk, ["days_taken"])
        filled += len(chunk)
