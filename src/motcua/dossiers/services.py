"""The only write path of dossiers (Bộ phận Một cửa and the agencies behind it).

Every action: one transaction, the dossier row locked, the transition checked against
``workflow.TRANSITIONS``, the permission checked against the step or agency it touches, an event
appended with the state it leaves, cached fields updated, side effects queued in the outbox.
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
from motcua.core.text import fold, nfc
from motcua.core.uploads import check_upload
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role

from . import clock, policy, routing
from .models import Channel, CodeCounter, Dossier, DossierComponent, DossierEvent, DossierStep, Pause
from .workflow import OPEN, Action, Status, target

SUPPLEMENT_WINDOW_DAYS = 3
STATE_FIELDS = (
    "code",
    "status",
    "submitted_at",
    "received_at",
    "clock_start",
    "due_at",
    "original_due_at",
    "paused_since",
    "apologies",
    "supplement_requests",
    "current_step_id",
    "current_unit_id",
    "current_actor",
    "handler_id",
    "finished_at",
    "returned_at",
    "verdict",
    "outcome",
    "fees_due",
    "fees_paid",
)


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
    state = {}
    for name in STATE_FIELDS:
        value = getattr(dossier, name)
        state[name] = value.astimezone(dt.UTC).isoformat() if isinstance(value, dt.datetime) else value
    return state


def _record(dossier: Dossier, action: Action, user, from_status: str, *, step=None, data=None, at=None) -> DossierEvent:
    """Append the event (with the state it leaves) and save the dossier's cache."""
    dossier.revision += 1
    dossier.save()
    # a dossier without a status before this action has no event yet
    last = 0
    if from_status:
        last = dossier.events.order_by("-seq").values_list("seq", flat=True).first() or 0
    return DossierEvent.objects.create(
        dossier=dossier,
        seq=last + 1,
        at=_now(at),
        actor=user if getattr(user, "is_authenticated", False) else None,
        actor_label=str(user)[:200] if getattr(user, "is_authenticated", False) else "",
        action=action,
        from_status=from_status or "",
        to_status=dossier.status,
        step=step,
        data=data or {},
        state=_state(dossier),
    )


def _lock(dossier: Dossier | int, revision: int | None = None) -> Dossier:
    pk = dossier.pk if isinstance(dossier, Dossier) else dossier
    locked = Dossier.objects.select_for_update().select_related("version", "agency", "lead_agency").get(pk=pk)
    if revision is not None and locked.revision != revision:
        raise ConcurrentChange(
            _("Another official changed this dossier a moment ago. Reload the page to see the change and try again.")
        )
    return locked


def _begin(dossier: Dossier, revision: int | None, at: dt.datetime | None) -> tuple[Dossier, str, dt.datetime]:
    """Start an action: the dossier locked (and checked against the revision the official saw), its status, now."""
    locked = _lock(dossier, revision)
    return locked, locked.status, _now(at)


def _transition(dossier: Dossier | None, action: Action) -> Status:
    return target(action, Status(dossier.status) if dossier and dossier.status else None)


def _search_text(dossier: Dossier) -> str:
    parts = [dossier.code or "", dossier.applicant_name, dossier.applicant_phone, dossier.applicant_id_number]
    return fold(" ".join(p for p in parts if p))


def _notify(dossier: Dossier, event: str, at: dt.datetime | None = None, **context) -> None:
    """Tell the applicant by e-mail and SMS from the editable templates (queued in this transaction)."""
    from motcua.notifications.services import notify_dossier

    notify_dossier(dossier, event, at=at, **context)


can_act_on_step = policy.can_act_on_step  # moved to ``policy``; kept here for callers of the old name


def lead_agency_for(version: ProcedureVersion, desk: Agency) -> Agency:
    return version.implementing_agency or desk


def _process_steps(version: ProcedureVersion, case: str) -> list[dict]:
    processes = version.content.get("processes") or []
    chosen = next((p for p in processes if p.get("case") == (case or None)), None)
    chosen = chosen or next((p for p in processes if not p.get("case")), None)
    if chosen:
        return chosen["steps"]
    amount, unit = version.committed_amount, version.committed_unit
    budget = amount if unit == "working_days" else Decimal(0)
    return [
        {"name": _("Receive the dossier"), "actor": Role.DESK_OFFICER, "budget": "0", "counted": True},
        {"name": _("Appraise and decide"), "actor": Role.SPECIALIST, "budget": str(budget), "counted": True},
        {"name": _("Return the result"), "actor": Role.DESK_OFFICER, "budget": "0", "counted": False},
    ]


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
    dossier.status = Status.SUBMITTED
    dossier.submitted_at = now
    dossier.search_text = _search_text(dossier)
    dossier.save()
    _store_components(dossier, rows)
    _record(dossier, Action.SUBMIT, account, "", at=now)
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
    from_status = dossier.status if dossier else ""
    new_status = _transition(dossier, Action.RECEIVE)
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
    dossier.code = next_code(desk, timezone.localtime(now).date())
    due = clock.dossier_due(dossier, now)
    dossier.status = new_status
    dossier.received_at = now
    dossier.clock_start = due.receipt_at
    dossier.due_at = dossier.original_due_at = due.due_at
    dossier.fees_due = sum(int(fee["amount"]) for fee in dossier.version.content.get("fees", []))
    dossier.search_text = _search_text(dossier)
    dossier.save()
    _store_components(dossier, rows)
    steps = _create_steps(dossier, started_at=now, handler=user)
    first = steps[0]
    _point_to(dossier, first)
    _record(
        dossier, Action.RECEIVE, user, from_status, step=first, at=now, data={"appointment": due.due_at.isoformat()}
    )
    _notify(dossier, "accepted", at=now)
    return dossier


def _create_steps(dossier: Dossier, *, started_at: dt.datetime, handler) -> list[DossierStep]:
    """The dossier's steps from its process, with their deadlines; the first one started by ``handler``."""
    steps = []
    specs = _process_steps(dossier.version, dossier.case)
    units = routing.StepRouter().units_for(specs, dossier.agency, dossier.lead_agency)
    for seq, (spec, unit) in enumerate(zip(specs, units, strict=True), start=1):
        steps.append(
            DossierStep(
                dossier=dossier,
                seq=seq,
                name=spec["name"],
                actor=spec["actor"],
                unit=unit,
                budget=Decimal(str(spec["budget"])),
                counted=spec.get("counted", True),
            )
        )
    clock.step_dues(dossier, steps, dossier.clock_start, dossier.due_at)
    steps[0].started_at, steps[0].handler = started_at, handler
    DossierStep.objects.bulk_create(steps)
    if steps[0].pk is None:  # a database that cannot return the new keys of a bulk insert
        return list(dossier.steps.order_by("seq"))
    return steps


def _point_to(dossier: Dossier, step: DossierStep | None) -> None:
    dossier.current_step = step
    dossier.current_unit = step.unit if step else None
    dossier.current_actor = step.actor if step else ""
    dossier.handler = step.handler if step else None


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
    from_status = dossier.status if dossier else ""
    new_status = _transition(dossier, action)
    check()
    if dossier is None:
        dossier = _new_dossier(desk, procedure, case, applicant or Applicant(""), Channel.COUNTER, now)
        dossier.search_text = _search_text(dossier)
    dossier.status = new_status
    if action == Action.REFUSE_INTAKE:
        dossier.finished_at = now
    dossier.save()
    _record(dossier, action, user, from_status, at=now, data=data)
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


def _finish_step(step: DossierStep, now: dt.datetime, by=None) -> None:
    """Close a step (``by``: the official who did it, which places an open step in their unit)."""
    step.finished_at = now
    unit = clock.limit(step.dossier)[1]
    step.verdict = clock.verdict(now, step.due_at, unit) if step.due_at else ""
    fields = ["finished_at", "verdict"]
    if by is not None:
        _take(step, by, fields)
    step.save(update_fields=fields)


def _next_step(dossier: Dossier, after: DossierStep) -> DossierStep | None:
    return dossier.steps.filter(seq__gt=after.seq, finished_at__isnull=True).order_by("seq").first()


def _is_return_step(dossier: Dossier, step: DossierStep | None) -> bool:
    if step is None or step.actor != Role.DESK_OFFICER:
        return False
    return not dossier.steps.filter(seq__gt=step.seq).exists()


def _check_handler(step: DossierStep, handler) -> None:
    if handler is not None and not routing.eligible(handler, step):
        raise ValidationError(
            {"handler": [_("%(name)s cannot act on the step “%(step)s”.") % {"name": handler, "step": step.name}]}
        )


def _take(step: DossierStep, official, fields: list[str]) -> None:
    """Place an open step in the unit of the official who takes it (see ``routing``)."""
    unit = routing.place_for(official, step)
    if unit != step.unit:
        step.unit = unit
        fields.append("unit")


def _hand_over(dossier: Dossier, following: DossierStep, handler) -> None:
    """Start ``following``: with the chosen official, else in the unit that did the earlier work."""
    fields = ["started_at", "handler"]
    if handler is not None:
        _take(following, handler, fields)
    elif routing.is_open(following):
        earlier = list(dossier.steps.filter(seq__lt=following.seq).select_related("unit"))
        if routing.needs_official(following, earlier):
            raise ValidationError(
                {"handler": [_("Choose the official of the next step “%(step)s”.") % {"step": following.name}]}
            )
        unit = routing.follow(following, earlier)
        if unit != following.unit:
            following.unit = unit
            fields.append("unit")
    following.handler = handler or following.handler  # a step may already know its official
    following.save(update_fields=fields)


@transaction.atomic
def forward(dossier: Dossier, *, user, handler=None, note: str = "", revision: int | None = None, at=None) -> Dossier:
    """Hand the dossier over to the next step (transfer from the desk, or between units)."""
    dossier, from_status, now = _begin(dossier, revision, at)
    new_status = _transition(dossier, Action.FORWARD)
    step = policy.require(user, Action.FORWARD, dossier, now)
    following = _next_step(dossier, step)
    _check_handler(following, handler)
    _finish_step(step, now, by=user)
    following.started_at = now
    _hand_over(dossier, following, handler)
    dossier.status = new_status
    _point_to(dossier, following)
    _record(
        dossier,
        Action.FORWARD,
        user,
        from_status,
        step=following,
        at=now,
        data={"from_step": step.seq, "from_unit": step.unit_id, "to_unit": following.unit_id, "note": nfc(note)},
    )
    return dossier


@transaction.atomic
def assign(dossier: Dossier, *, user, handler, revision: int | None = None, at=None) -> Dossier:
    """A unit head or the leader (re)assigns the current step to an official who may take it."""
    dossier, from_status, now = _begin(dossier, revision, at)
    _transition(dossier, Action.ASSIGN)
    step = policy.require(user, Action.ASSIGN, dossier, now)
    _check_handler(step, handler)
    fields = ["handler"]
    _take(step, handler, fields)
    step.handler = handler
    step.save(update_fields=fields)
    dossier.handler = handler
    _point_to(dossier, step)
    _record(
        dossier, Action.ASSIGN, user, from_status, step=step, at=now, data={"handler": handler.pk, "unit": step.unit_id}
    )
    return dossier


@transaction.atomic
def send_back(dossier: Dossier, *, user, reason: str, revision: int | None = None, at=None) -> Dossier:
    """Return the dossier to the previous step with a reason (approval refused, more work needed)."""
    dossier, from_status, now = _begin(dossier, revision, at)
    _transition(dossier, Action.SEND_BACK)
    step = policy.require(user, Action.SEND_BACK, dossier, now)
    previous = dossier.steps.filter(seq__lt=step.seq).order_by("-seq").first()
    if not nfc(reason).strip():
        raise ValidationError({"reason": [_("Say why the dossier is sent back.")]})
    step.started_at = None
    step.save(update_fields=["started_at"])
    previous.finished_at, previous.verdict, previous.started_at = None, "", now
    previous.save(update_fields=["finished_at", "verdict", "started_at"])
    _point_to(dossier, previous)
    _record(dossier, Action.SEND_BACK, user, from_status, step=previous, at=now, data={"reason": nfc(reason).strip()})
    return dossier


@transaction.atomic
def add_note(dossier: Dossier, *, user, text: str, kind: str = "note", revision: int | None = None, at=None) -> Dossier:
    """A note, an appraisal remark or a site visit (time, place, participants, content)."""
    dossier, from_status, now = _begin(dossier, revision, at)
    _transition(dossier, Action.NOTE)
    policy.require(user, Action.NOTE, dossier, now)
    text = nfc(text).strip()
    if not text:
        raise ValidationError({"text": [_("Write the note.")]})
    _record(
        dossier,
        Action.NOTE,
        user,
        from_status,
        step=dossier.current_step,
        at=now,
        data={"kind": kind if kind in ("note", "site_visit", "appraisal") else "note", "text": text},
    )
    return dossier


@transaction.atomic
def consult(
    dossier: Dossier, *, user, unit: Agency, question: str, days: int = 2, revision: int | None = None, at=None
) -> Dossier:
    """Ask another unit's opinion, with a deadline for the answer (ND 61 Art 19(5))."""
    dossier, from_status, now = _begin(dossier, revision, at)
    _transition(dossier, Action.CONSULT)
    policy.require(user, Action.CONSULT, dossier, now)
    question = nfc(question).strip()
    if not question:
        raise ValidationError({"question": [_("Write the question.")]})
    due = clock.engine.compute_due(now, days, "working_days", clock.calendar(dossier)).due_at
    _record(
        dossier,
        Action.CONSULT,
        user,
        from_status,
        step=dossier.current_step,
        at=now,
        data={"unit": unit.pk, "unit_name": unit.name, "question": question, "due_at": due.isoformat()},
    )
    return dossier


@transaction.atomic
def answer(
    dossier: Dossier, *, user, consultation_seq: int, text: str, revision: int | None = None, at=None
) -> Dossier:
    dossier, from_status, now = _begin(dossier, revision, at)
    _transition(dossier, Action.ANSWER)
    policy.require(user, Action.ANSWER, dossier, now, consultation_seq=consultation_seq)
    asked = dossier.events.filter(seq=consultation_seq, action=Action.CONSULT).first()
    unit = Agency.objects.get(pk=asked.data["unit"])
    text = nfc(text).strip()
    if not text:
        raise ValidationError({"text": [_("Write the answer.")]})
    _record(
        dossier,
        Action.ANSWER,
        user,
        from_status,
        at=now,
        data={"consultation": consultation_seq, "text": text, "unit": unit.pk},
    )
    return dossier


@transaction.atomic
def send_to_agency(dossier: Dossier, *, user, agency: Agency, task: str, budget: Decimal, revision=None, at=None):
    """Liên thông: insert a step at another agency with its task and time budget, and hand over to it."""
    dossier, from_status, now = _begin(dossier, revision, at)
    _transition(dossier, Action.INTERAGENCY)
    step = policy.require(user, Action.INTERAGENCY, dossier, now)
    task = nfc(task).strip()
    if not task:
        raise ValidationError({"task": [_("Describe the other agency's task.")]})
    budget = Decimal(str(budget))
    if budget < 0 or (budget * 2) % 1:
        raise ValidationError({"budget": [_("Give whole or half working days.")]})
    if agency.is_within(dossier.lead_agency):
        raise ValidationError({"agency": [_("Choose an agency outside the lead agency.")]})
    later = dossier.steps.filter(seq__gt=step.seq)
    later.update(seq=F("seq") + 1000)
    later.update(seq=F("seq") - 998)
    inserted = DossierStep.objects.create(
        dossier=dossier,
        seq=step.seq + 1,
        name=_("Inter-agency: %(agency)s") % {"agency": agency.name},
        actor=Role.SPECIALIST,
        unit=agency,
        budget=budget,
        counted=False,
        interagency=True,
        task=task,
        started_at=now,
        due_at=clock.engine.compute_due(now, budget, "working_days", clock.calendar(dossier)).due_at,
    )
    # The other agency's answer comes back to the official who sent it, who then carries on.
    DossierStep.objects.create(
        dossier=dossier,
        seq=step.seq + 2,
        name=_("%(step)s (after the inter-agency step)") % {"step": step.name},
        actor=step.actor,
        unit=step.unit,
        handler=user,
        budget=Decimal(0),
        counted=False,
        due_at=step.due_at,
    )
    _finish_step(step, now)
    _point_to(dossier, inserted)
    _record(
        dossier,
        Action.INTERAGENCY,
        user,
        from_status,
        step=inserted,
        at=now,
        data={"agency": agency.pk, "agency_name": agency.name, "task": task, "budget": str(budget)},
    )
    return dossier


# --- the citizen's part of the clock -------------------------------------------------------------


@transaction.atomic
def request_supplement(dossier: Dossier, *, user, items: list[dict], revision=None, at=None) -> Dossier:
    """After appraisal: ask for everything missing at once; the clock restarts on re-submission.

    Asking after three working days from receipt, or a second time, is recorded as the agency's fault.
    """
    dossier, from_status, now = _begin(dossier, revision, at)
    new_status = _transition(dossier, Action.REQUEST_SUPPLEMENT)
    policy.require(user, Action.REQUEST_SUPPLEMENT, dossier, now)
    reasons = _intake_reasons(items)
    late = not clock.within_working_days(dossier.received_at, now, SUPPLEMENT_WINDOW_DAYS, dossier)
    fault = late or dossier.supplement_requests >= 1
    dossier.status = new_status
    dossier.supplement_requests += 1
    dossier.paused_since = now
    Pause.objects.create(dossier=dossier, reason="supplement", started_at=now, restart=True)
    _record(
        dossier,
        Action.REQUEST_SUPPLEMENT,
        user,
        from_status,
        step=dossier.current_step,
        at=now,
        data={"items": reasons, "fault": fault, "late": late},
    )
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
    dossier, from_status, now = _begin(dossier, revision, at)
    new_status = _transition(dossier, Action.RESUBMIT)
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
    Pause.objects.filter(dossier=dossier, ended_at__isnull=True).update(ended_at=now)
    dossier.status = new_status
    dossier.paused_since = None
    due = clock.dossier_due(dossier, now, apply_cutoff=False)
    dossier.clock_start = due.receipt_at
    dossier.due_at = dossier.original_due_at = due.due_at
    remaining = list(dossier.steps.filter(finished_at__isnull=True).order_by("seq"))
    clock.step_dues(dossier, remaining, dossier.clock_start, dossier.due_at)
    DossierStep.objects.bulk_update(remaining, ["due_at"])
    _record(
        dossier,
        Action.RESUBMIT,
        user,
        from_status,
        step=dossier.current_step,
        at=now,
        data={"appointment": dossier.due_at.isoformat(), **({"note": nfc(note).strip()} if nfc(note).strip() else {})},
    )
    return dossier


@transaction.atomic
def request_payment(dossier: Dossier, *, user, amount: int, revision: int | None = None, at=None) -> Dossier:
    dossier, from_status, now = _begin(dossier, revision, at)
    policy.require(user, Action.REQUEST_PAYMENT, dossier, now)
    dossier.status = _transition(dossier, Action.REQUEST_PAYMENT)
    if amount <= 0:
        raise ValidationError({"amount": [_("Give the amount to pay.")]})
    dossier.fees_due = amount
    _record(dossier, Action.REQUEST_PAYMENT, user, from_status, at=now, data={"amount": amount})
    return dossier


@transaction.atomic
def record_payment(
    dossier: Dossier, *, user, amount: int, reference: str = "", revision: int | None = None, at=None
) -> Dossier:
    dossier, from_status, now = _begin(dossier, revision, at)
    policy.require(user, Action.RECORD_PAYMENT, dossier, now)
    dossier.status = _transition(dossier, Action.RECORD_PAYMENT)
    if amount <= 0:
        raise ValidationError({"amount": [_("Give the amount paid.")]})
    dossier.fees_paid += amount
    _record(dossier, Action.RECORD_PAYMENT, user, from_status, at=now, data={"amount": amount, "reference": reference})
    return dossier


@transaction.atomic
def apologise(
    dossier: Dossier, *, user, reason: str, new_due: dt.date, revision: int | None = None, at=None
) -> Dossier:
    """Form 04: apology and a new appointment, at the latest one working day before the due date; once only."""
    dossier, from_status, now = _begin(dossier, revision, at)
    _transition(dossier, Action.APOLOGISE)
    policy.require(user, Action.APOLOGISE, dossier, now)
    reason = nfc(reason).strip()
    if not reason:
        raise ValidationError({"reason": [_("Give the reason for the delay.")]})
    current = timezone.localtime(dossier.due_at).date()
    if new_due <= current:
        raise ValidationError({"new_due": [_("The new appointment must be after the current one.")]})
    cal = clock.calendar(dossier)
    new_at = clock.engine.compute_due(
        timezone.make_aware(dt.datetime.combine(new_due, dt.time(0, 0))), 0, "days", cal
    ).due_at
    old = dossier.due_at
    dossier.due_at = new_at
    dossier.apologies += 1
    _record(
        dossier,
        Action.APOLOGISE,
        user,
        from_status,
        at=now,
        data={"reason": reason, "old_due": old.isoformat(), "new_due": new_at.isoformat()},
    )
    _notify(dossier, "apology", at=now, reason=reason, new_appointment=new_at)
    return dossier


# --- result ----------------------------------------------------------------------------------


@transaction.atomic
def decide(
    dossier: Dossier, *, user, outcome: str = "approved", result_file=None, reasons: str = "", revision=None, at=None
) -> Dossier:
    """The approved (or refused, with reasons) result: processing ends, early/on time/late is fixed."""
    dossier, from_status, now = _begin(dossier, revision, at)
    new_status = _transition(dossier, Action.DECIDE)
    step = policy.require(user, Action.DECIDE, dossier, now)
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
    _finish_step(step, now, by=user)
    following = _next_step(dossier, step)
    while following is not None and not _is_return_step(dossier, following):
        _finish_step(following, now)  # steps skipped by an early decision
        following = _next_step(dossier, following)
    if following is not None:
        following.started_at = now
        following.save(update_fields=["started_at"])
    dossier.status = new_status
    dossier.outcome = outcome
    dossier.finished_at = now
    dossier.days_taken = clock.days_taken(dossier)
    unit = clock.limit(dossier)[1]
    dossier.verdict = clock.verdict(now, dossier.original_due_at, unit)
    _point_to(dossier, following)
    _record(dossier, Action.DECIDE, user, from_status, step=step, at=now, data={"outcome": outcome, "reasons": reasons})
    _notify(dossier, "result_ready", at=now)
    return dossier


@transaction.atomic
def return_result(
    dossier: Dossier, *, user, received_by: str, method: str = "counter", revision: int | None = None, at=None
) -> Dossier:
    """The desk hands the result over (or posts it) and records who received it and when."""
    dossier, from_status, now = _begin(dossier, revision, at)
    policy.require(user, Action.RETURN, dossier, now)
    dossier.status = _transition(dossier, Action.RETURN)
    received_by = nfc(received_by).strip()
    if not received_by:
        raise ValidationError({"received_by": [_("Enter who received the result.")]})
    if method not in ("counter", "post", "online"):
        raise ValidationError({"method": [_("Choose how the result was returned.")]})
    step = dossier.current_step
    if step is not None:
        _finish_step(step, now)
    dossier.returned_at = now
    _point_to(dossier, None)
    _record(
        dossier,
        Action.RETURN,
        user,
        from_status,
        step=step,
        at=now,
        data={"received_by": received_by, "method": method},
    )
    _notify(dossier, "returned", at=now)
    return dossier


@transaction.atomic
def withdraw(dossier: Dossier, *, user, reason: str = "", revision: int | None = None, at=None) -> Dossier:
    dossier, from_status, now = _begin(dossier, revision, at)
    policy.require(user, Action.WITHDRAW, dossier, now)
    dossier.status = _transition(dossier, Action.WITHDRAW)
    dossier.finished_at = now
    _point_to(dossier, None)
    _record(dossier, Action.WITHDRAW, user, from_status, at=now, data={"reason": nfc(reason).strip()})
    _notify(dossier, "withdrawn", at=now, reason=nfc(reason).strip())
    return dossier


@transaction.atomic
def stop(dossier: Dossier, *, user, reason: str, revision: int | None = None, at=None) -> Dossier:
    """Thông báo dừng giải quyết hồ sơ."""
    dossier, from_status, now = _begin(dossier, revision, at)
    policy.require(user, Action.STOP, dossier, now)
    dossier.status = _transition(dossier, Action.STOP)
    reason = nfc(reason).strip()
    if not reason:
        raise ValidationError({"reason": [_("Give the reason for stopping.")]})
    dossier.finished_at = now
    _point_to(dossier, None)
    _record(dossier, Action.STOP, user, from_status, at=now, data={"reason": reason})
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
    dossier = _lock(dossier)
    steps = list(dossier.steps.order_by("seq"))
    for step in steps[:-1]:
        if step.finished_at is None:
            _finish_step(step, now)
    last = steps[-1]
    last.handler = user
    last.save(update_fields=["handler"])
    _point_to(dossier, last)
    dossier.save()
    dossier = decide(dossier, user=user, result_file=result_file, at=now) if _is_return_step(dossier, last) else dossier
    return return_result(dossier, user=user, received_by=received_by or dossier.applicant_name, at=now)


# --- deadlines after a calendar change, state rebuild ---------------------------------------------


@transaction.atomic
def recompute_deadlines(dossier_id: int) -> int:
    """Recompute an open dossier's deadlines after a holiday change; returns 1 when they moved."""
    dossier = _lock(dossier_id)
    if dossier.status not in OPEN or dossier.apologies or dossier.clock_start is None:
        return 0
    due = clock.dossier_due(dossier, dossier.clock_start, apply_cutoff=False)
    if due.due_at == dossier.original_due_at:
        return 0
    old = dossier.due_at
    dossier.due_at = dossier.original_due_at = due.due_at
    remaining = list(dossier.steps.filter(finished_at__isnull=True).order_by("seq"))
    clock.step_dues(dossier, remaining, dossier.clock_start, dossier.due_at)
    DossierStep.objects.bulk_update(remaining, ["due_at"])
    dossier.revision += 1
    dossier.save()
    last = dossier.events.order_by("-seq").first()
    DossierEvent.objects.create(
        dossier=dossier,
        seq=last.seq + 1,
        at=timezone.now(),
        action=Action.NOTE,
        from_status=dossier.status,
        to_status=dossier.status,
        data={"kind": "deadline", "old_due": old.isoformat(), "new_due": due.due_at.isoformat()},
        state=_state(dossier),
    )
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
