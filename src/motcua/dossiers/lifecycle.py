"""Vòng đời hồ sơ: every action's effect on a dossier, applied in memory — written once.

One function per action changes a :class:`Case` (the dossier with its steps and pauses): the new
status (from ``workflow.TRANSITIONS``), the cached fields, the steps finished, started, skipped or
inserted, the pauses, the clock restart, the verdict and the days taken, and appends the event with
the state it leaves. Nothing here reads or writes the database, checks who acts or cleans input:

* the services (``services.py``) keep the shell — lock, revision, policy, input checks — then call one
  function here and save what changed (``services._save``);
* the historical importer (``imports/build.py``) and the demo generators (``demo/``) call the same
  functions for whole histories and write the rows in batches.

What differs between them is the :class:`Setting`: the procedure's :class:`Plan`, the receiving desk's
calendar, a (remembered) ``compute_due``, how rows are made (the importer gives primary keys), and
whether a hand-over to a step nobody holds at its agency must name its official (live only).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from motcua.catalogue import schema
from motcua.core import moments
from motcua.core.text import fold
from motcua.orgs.permissions import Role
from motcua.worktime import engine

from . import clock, regime, routing
from .models import Dossier, DossierStep, Pause
from .workflow import Action, Status, target

SUPPLEMENT_WINDOW_DAYS = 3  # a supplement asked later than this after receipt is the agency's fault
HOURS_PER_DAY = Decimal(8)
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
_DATETIME_STATE = frozenset(
    f.attname for f in Dossier._meta.concrete_fields if isinstance(f, models.DateTimeField)
) & set(STATE_FIELDS)
_FK_CACHES = ("current_step", "current_unit", "handler")


# --- the state an event records ---------------------------------------------------------------------

_ISO: dict[dt.datetime, str] = {}


def utc_iso(value: dt.datetime) -> str:
    """``value.astimezone(UTC).isoformat()``, remembered: a dossier's moments recur in every snapshot."""
    text = _ISO.get(value)
    if text is None:
        if len(_ISO) > 200_000:
            _ISO.clear()
        text = _ISO[value] = value.astimezone(dt.UTC).isoformat()
    return text


def _iso_or_none(value: dt.datetime | None) -> str | None:
    return None if value is None else utc_iso(value)


def _compile_snapshot():
    """The state as one expression over the dossier's ``__dict__`` (the import snapshots millions)."""
    parts = []
    for name in STATE_FIELDS:
        value = f"v[{name!r}]"
        parts.append(f"{name!r}: iso({value})" if name in _DATETIME_STATE else f"{name!r}: {value}")
    return eval(f"lambda v: {{{', '.join(parts)}}}", {"iso": _iso_or_none})  # noqa: S307 — our field names


_snapshot_of = _compile_snapshot()


def snapshot(dossier: Dossier) -> dict:
    """The cached fields as an event records them (moments in UTC ISO form)."""
    return _snapshot_of(dossier.__dict__)


_FOLDED: dict[str, str] = {}


def _folded(part: str) -> str:
    text = _FOLDED.get(part)
    if text is None:
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        text = _FOLDED[part] = part.lower() if part.isascii() else fold(part)
    return text


def search_text(dossier: Dossier) -> str:
    """Code, name, phone and ID folded (no accents, lower case) for the office search.

    The parts are folded one by one (remembered: names and desks recur) — the same text as folding the
    joined string, since folding never crosses the spaces that join the parts."""
    d = dossier.__dict__
    parts = [d["code"] or "", d["applicant_name"], d["applicant_phone"], d["applicant_id_number"]]
    return " ".join(_folded(p) for p in parts if p)


# --- what an action needs from outside ---------------------------------------------------------------


def process_steps(version, case: str) -> list[dict]:
    """The steps of the version's process for ``case`` (the normal case's process when it has none)."""
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


@dataclass
class Plan:
    """The version-dependent facts of a dossier: its limit, cut-off, process steps and fees."""

    version: object
    amount: Decimal
    unit: engine.Unit
    cutoff: dt.time | None
    steps: list[dict]
    fees: int

    @classmethod
    def of(cls, version, case: str) -> Plan:
        chosen = schema.limit_for(version.content, case or None)
        cutoff = version.content.get("cutoff")
        return cls(
            version,
            Decimal(chosen["amount"]),
            engine.Unit(chosen["unit"]),
            dt.time.fromisoformat(cutoff) if cutoff else None,
            process_steps(version, case),
            sum(int(fee["amount"]) for fee in version.content.get("fees", [])),
        )


def make_row(model: type[models.Model], **values) -> models.Model:
    """A new unsaved row (the live shell saves it); ``values`` by attribute name (``unit_id``)."""
    return model(**values)


@dataclass
class Setting:
    """The outside facts an action reads: plan, calendar, time zone, and how rows and deadlines are made."""

    plan: Plan
    cal: object
    tz: dt.tzinfo
    compute_due: Callable = engine.compute_due
    router: routing.StepRouter = field(default_factory=routing.StepRouter)
    make: Callable = make_row
    # live: a hand-over to an open step that nobody holds at its agency must name its official
    strict: bool = True


@dataclass(slots=True)
class Recorded:
    """An event as an action leaves it; the caller writes it (``step`` and ``current`` are step objects,
    whose keys a live shell learns only when it saves new steps)."""

    action: Action
    from_status: str
    to_status: str
    at: dt.datetime
    step: DossierStep | None
    data: dict
    state: dict
    actor: object = None
    current: DossierStep | None = None


@dataclass
class Case:
    """A dossier with its steps (in ``seq`` order) and pauses, and the events the actions append."""

    dossier: Dossier
    setting: Setting
    steps: list[DossierStep] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)
    events: list[Recorded] = field(default_factory=list)
    current: DossierStep | None = None
    seq: int = 0  # the number of the dossier's last event when it was loaded
    saved: dict = field(default_factory=dict)  # the rows' values when loaded (a live shell saves the changes)

    @property
    def status(self) -> str:
        return self.dossier.status or ""


# --- the pieces every action uses --------------------------------------------------------------------

_TARGETS: dict[tuple[Action, str], Status] = {}


def _move(case: Case, action: Action) -> tuple[str, Status]:
    """The status before and after ``action`` (``workflow.TransitionError`` when it is not allowed)."""
    before = case.dossier.status or ""
    after = _TARGETS.get((action, before))
    if after is None:
        after = _TARGETS[(action, before)] = target(action, Status(before) if before else None)
    return before, after


def _record(case: Case, action: Action, before: str, at: dt.datetime, *, step=None, data=None, actor=None) -> None:
    d = case.dossier
    d.revision += 1
    case.events.append(
        Recorded(action, before, d.status, at, step, data or {}, _snapshot_of(d.__dict__), actor, case.current)
    )


def point_to(case: Case, step: DossierStep | None) -> None:
    """The dossier's current step, unit, role and official follow ``step``."""
    d = case.dossier
    case.current = step
    d.__dict__.update(
        current_step_id=step.id if step is not None else None,
        current_unit_id=step.unit_id if step is not None else None,
        current_actor=step.actor if step is not None else "",
        handler_id=step.handler_id if step is not None else None,
    )
    cache = d._state.fields_cache
    if cache:
        for name in _FK_CACHES:
            cache.pop(name, None)


def _place(step: DossierStep, official) -> None:
    """Place an open step in the unit of the official who takes it (see ``routing``)."""
    unit = routing.place_for(official, step)
    if unit.pk != step.unit_id:
        step.unit_id = unit.pk
        step._state.fields_cache["unit"] = unit


def _set_handler(step: DossierStep, official) -> None:
    step.handler_id = official.pk if official is not None else None
    step._state.fields_cache["handler"] = official


def finish_step(case: Case, step: DossierStep, at: dt.datetime, by=None) -> None:
    """Close a step with its verdict (``by``: the official who did it, who places an open step)."""
    step.finished_at = at
    step.verdict = clock.verdict(at, step.due_at, case.setting.plan.unit) if step.due_at else ""
    if by is not None:
        _place(step, by)


def next_step(case: Case, after: DossierStep) -> DossierStep | None:
    return next((s for s in case.steps if s.seq > after.seq and s.finished_at is None), None)


def is_return_step(case: Case, step: DossierStep | None) -> bool:
    """The last step when it is the desk's: handing the result over."""
    return step is not None and step.actor == Role.DESK_OFFICER and step.seq == case.steps[-1].seq


def last_processing(case: Case) -> bool:
    """Is the current step the last one before the result (nothing to forward to)?"""
    following = next_step(case, case.current) if case.current is not None else None
    return following is None or is_return_step(case, following)


def due(case: Case, start: dt.datetime, *, cutoff: bool = True) -> engine.Due:
    """The dossier's appointment counted from ``start`` (the cut-off hour applies at receipt only)."""
    plan = case.setting.plan
    return case.setting.compute_due(start, plan.amount, plan.unit, case.setting.cal, plan.cutoff if cutoff else None)


def step_dues(case: Case, steps: list[DossierStep], clock_start: dt.datetime, final: dt.datetime) -> None:
    """Give each step its own deadline from the cumulative budgets of the counted steps."""
    setting = case.setting
    unit, cal, compute_due = setting.plan.unit, setting.cal, setting.compute_due
    total = Decimal(0)
    for step in steps:
        if step.counted:
            total += step.budget
        if unit == engine.Unit.WORKING_DAYS:
            step.due_at = min(compute_due(clock_start, total, unit, cal).due_at, final) if total else clock_start
        elif unit == engine.Unit.WORKING_HOURS:
            hours = total * HOURS_PER_DAY
            step.due_at = min(compute_due(clock_start, hours, unit, cal).due_at, final) if total else clock_start
        else:
            step.due_at = final
        if not step.counted:
            step.due_at = final if step.seq == steps[-1].seq else step.due_at


def days_taken(case: Case, finished_at: dt.datetime) -> Decimal:
    """Thời gian giải quyết: from the clock start (receipt, or the restart after a supplement) to the
    decision, without the pauses."""
    d = case.dossier
    start = d.clock_start or d.received_at or finished_at
    pauses = [engine.Interval(p.started_at, p.ended_at) for p in case.pauses]
    return clock.working_days_between(start, finished_at, case.setting.cal, pauses)


# --- intake --------------------------------------------------------------------------------------------


def submit(case: Case, at: dt.datetime, *, actor=None) -> None:
    """An online dossier arrives (national status 1); the desk accepts or returns it."""
    before, after = _move(case, Action.SUBMIT)
    d = case.dossier
    d.status = after
    d.submitted_at = at
    d.search_text = search_text(d)
    _record(case, Action.SUBMIT, before, at, actor=actor)


def receive(
    case: Case, at: dt.datetime, *, code: str, appointment: dt.datetime | None = None, handler=None, actor=None
) -> None:
    """Received with ``code``: the appointment, the steps with their deadlines, the first one started.

    ``appointment`` is one given by the source (the import); otherwise it is computed."""
    before, after = _move(case, Action.RECEIVE)
    d, plan = case.dossier, case.setting.plan
    d.code = code
    appointed = due(case, at)
    d.status = after
    d.received_at = at
    d.clock_start = appointed.receipt_at
    d.due_at = d.original_due_at = appointment or appointed.due_at
    d.fees_due = plan.fees
    d.search_text = search_text(d)
    create_steps(case, started_at=at, handler=handler)
    first = case.steps[0]
    point_to(case, first)
    _record(case, Action.RECEIVE, before, at, step=first, actor=actor, data={"appointment": d.due_at.isoformat()})


def create_steps(case: Case, *, started_at: dt.datetime, handler=None) -> None:
    """The dossier's steps from its process, with their deadlines; the first one started by ``handler``."""
    d, setting = case.dossier, case.setting
    specs = setting.plan.steps
    units = setting.router.units_for(specs, d.agency, d.lead_agency)
    if d.collect_at_id and len(specs) > 1 and specs[-1]["actor"] == Role.DESK_OFFICER:
        units[-1] = d.collect_at  # the result is returned where the applicant chose to collect it
    make = setting.make
    for seq, (spec, unit) in enumerate(zip(specs, units, strict=True), start=1):
        step = make(
            DossierStep,
            dossier_id=d.pk,
            seq=seq,
            name=spec["name"],
            actor=spec["actor"],
            unit_id=unit.pk,
            budget=Decimal(str(spec["budget"])),
            counted=spec.get("counted", True),
        )
        step._state.fields_cache["unit"] = unit
        case.steps.append(step)
    step_dues(case, case.steps, d.clock_start, d.due_at)
    first = case.steps[0]
    first.started_at = started_at
    if handler is not None:
        _set_handler(first, handler)


def intake_decision(case: Case, action: Action, at: dt.datetime, data: dict, *, actor=None) -> None:
    """Form 02 (request to complete) or form 03 (refusal) at intake: recorded, not received, no code."""
    before, after = _move(case, action)
    d = case.dossier
    d.status = after
    if action == Action.REFUSE_INTAKE:
        d.finished_at = at
    if not d.search_text:
        d.search_text = search_text(d)
    _record(case, action, before, at, actor=actor, data=data)


# --- processing ------------------------------------------------------------------------------------------


def hand_over(case: Case, following: DossierStep, handler, at: dt.datetime) -> None:
    """Start ``following``: with the chosen official, else in the unit that did the earlier work."""
    following.started_at = at
    if handler is not None:
        _place(following, handler)
        _set_handler(following, handler)
    elif routing.is_open(following):
        earlier = [s for s in case.steps if s.seq < following.seq]
        if case.setting.strict and routing.needs_official(following, earlier):
            raise ValidationError(
                {"handler": [_("Choose the official of the next step “%(step)s”.") % {"step": following.name}]}
            )
        unit = routing.follow(following, earlier)
        if unit.pk != following.unit_id:
            following.unit_id = unit.pk
            following._state.fields_cache["unit"] = unit


def forward(case: Case, at: dt.datetime, *, by=None, handler=None, note: str = "", actor=None) -> None:
    """Hand the dossier over to the next step (from the desk, or between units)."""
    before, after = _move(case, Action.FORWARD)
    step = case.current
    following = next_step(case, step)
    if following is None or is_return_step(case, following):
        raise ValidationError(_("This is the last processing step: record the result instead."))
    finish_step(case, step, at, by=by)
    hand_over(case, following, handler, at)
    case.dossier.status = after
    point_to(case, following)
    data = {"from_step": step.seq, "from_unit": step.unit_id, "to_unit": following.unit_id, "note": note}
    _record(case, Action.FORWARD, before, at, step=following, actor=actor, data=data)


def assign(case: Case, at: dt.datetime, *, handler, actor=None) -> None:
    """(Re)assign the current step to an official who may take it."""
    before, _after = _move(case, Action.ASSIGN)
    step = case.current
    if step is None:
        raise ValidationError(_("There is no step to assign."))
    _place(step, handler)
    _set_handler(step, handler)
    point_to(case, step)
    _record(case, Action.ASSIGN, before, at, step=step, actor=actor, data={"handler": handler.pk, "unit": step.unit_id})


def send_back(case: Case, at: dt.datetime, *, reason: str, actor=None) -> None:
    """Back to the previous step with a reason (approval refused, more work needed)."""
    before, _after = _move(case, Action.SEND_BACK)
    step = case.current
    previous = next((s for s in reversed(case.steps) if s.seq < step.seq), None) if step is not None else None
    if previous is None or previous.seq == 1:
        raise ValidationError(_("There is no earlier processing step to send the dossier back to."))
    step.started_at = None
    previous.finished_at, previous.verdict, previous.started_at = None, "", at
    point_to(case, previous)
    _record(case, Action.SEND_BACK, before, at, step=previous, actor=actor, data={"reason": reason})


def remark(case: Case, action: Action, at: dt.datetime, data: dict, *, step=None, actor=None) -> None:
    """An event that changes no state: a note, a consultation or its answer."""
    before, _after = _move(case, action)
    _record(case, action, before, at, step=step, actor=actor, data=data)


def send_to_agency(
    case: Case, at: dt.datetime, *, agency, task: str, budget: Decimal, by=None, actor=None
) -> DossierStep:
    """Liên thông: a step at another agency with its task and time budget, then back to the sender."""
    before, _after = _move(case, Action.INTERAGENCY)
    d, setting = case.dossier, case.setting
    step = case.current
    for later in case.steps:
        if later.seq > step.seq:
            later.seq += 2
    inserted = setting.make(
        DossierStep,
        dossier_id=d.pk,
        seq=step.seq + 1,
        name=_("Inter-agency: %(agency)s") % {"agency": agency.name},
        actor=Role.SPECIALIST,
        unit_id=agency.pk,
        budget=budget,
        counted=False,
        interagency=True,
        task=task,
        started_at=at,
        due_at=setting.compute_due(at, budget, engine.Unit.WORKING_DAYS, setting.cal).due_at,
    )
    inserted._state.fields_cache["unit"] = agency
    # The other agency's answer comes back to the official who sent it, who then carries on.
    back = setting.make(
        DossierStep,
        dossier_id=d.pk,
        seq=step.seq + 2,
        name=_("%(step)s (after the inter-agency step)") % {"step": step.name},
        actor=step.actor,
        unit_id=step.unit_id,
        budget=Decimal(0),
        counted=False,
        due_at=step.due_at,
    )
    back._state.fields_cache["unit"] = step._state.fields_cache.get("unit") or step.unit
    if by is not None:
        _set_handler(back, by)
    position = case.steps.index(step) + 1
    case.steps[position:position] = [inserted, back]
    finish_step(case, step, at)
    point_to(case, inserted)
    data = {"agency": agency.pk, "agency_name": agency.name, "task": task, "budget": str(budget)}
    _record(case, Action.INTERAGENCY, before, at, step=inserted, actor=actor, data=data)
    return inserted


# --- the citizen's part of the clock ----------------------------------------------------------------------


def supplement_refusal(dossier: Dossier) -> str | None:
    """Why a further request to supplement is refused under the dossier's regime, or ``None``.

    From the change date (ND 118 Art 11) a supplement may be requested only once; under ND 61 a second
    request is allowed and recorded as the agency's fault (:func:`request_supplement`)."""
    rules = regime.of(dossier)
    if rules.supplement_only_once and dossier.supplement_requests >= 1:
        return _(
            "This dossier was received under Decree 118/2025 (from %(day)s): a supplement may be requested "
            "only once (Art 11), and it has already been requested."
        ) % {"day": f"{regime.change_date():%d/%m/%Y}"}
    return None


def request_supplement(case: Case, at: dt.datetime, *, items: list[dict], actor=None) -> None:
    """Ask for everything missing at once; the clock stops and restarts on the complete re-submission.

    Under the 2018 regime, asking later than three working days after receipt, or a second time, is the
    agency's fault; under the 2025 regime a second request is refused (:func:`supplement_refusal`)."""
    before, after = _move(case, Action.REQUEST_SUPPLEMENT)
    d, setting = case.dossier, case.setting
    refusal = supplement_refusal(d)
    if refusal:
        raise ValidationError(refusal)
    window = setting.compute_due(d.received_at, SUPPLEMENT_WINDOW_DAYS, engine.Unit.WORKING_DAYS, setting.cal)
    late = not at <= window.due_at
    fault = late or d.supplement_requests >= 1
    d.status = after
    d.supplement_requests += 1
    d.paused_since = at
    case.pauses.append(setting.make(Pause, dossier_id=d.pk, reason="supplement", started_at=at, restart=True))
    data = {"items": items, "fault": fault, "late": late}
    _record(case, Action.REQUEST_SUPPLEMENT, before, at, step=case.current, actor=actor, data=data)


def resubmit(case: Case, at: dt.datetime, *, note: str = "", actor=None) -> None:
    """The complete supplement arrives: the full limit counts again from now (ND 61 Art 19(4))."""
    before, after = _move(case, Action.RESUBMIT)
    d = case.dossier
    for pause in case.pauses:
        if pause.ended_at is None:
            pause.ended_at = at
    d.status = after
    d.paused_since = None
    appointed = due(case, at, cutoff=False)
    d.clock_start = appointed.receipt_at
    d.due_at = d.original_due_at = appointed.due_at
    step_dues(case, [s for s in case.steps if s.finished_at is None], d.clock_start, d.due_at)
    data = {"appointment": d.due_at.isoformat(), **({"note": note} if note else {})}
    _record(case, Action.RESUBMIT, before, at, step=case.current, actor=actor, data=data)


def request_payment(case: Case, at: dt.datetime, *, amount: int, actor=None) -> None:
    before, after = _move(case, Action.REQUEST_PAYMENT)
    case.dossier.status = after
    case.dossier.fees_due = amount
    _record(case, Action.REQUEST_PAYMENT, before, at, actor=actor, data={"amount": amount})


def record_payment(case: Case, at: dt.datetime, *, amount: int, reference: str = "", actor=None) -> None:
    before, after = _move(case, Action.RECORD_PAYMENT)
    case.dossier.status = after
    case.dossier.fees_paid += amount
    _record(case, Action.RECORD_PAYMENT, before, at, actor=actor, data={"amount": amount, "reference": reference})


def apologise(case: Case, at: dt.datetime, *, new_due: dt.date, reason: str, actor=None) -> None:
    """Form 04: the apology with a new appointment (at 00:00 of ``new_due``, pushed to working time); once."""
    before, _after = _move(case, Action.APOLOGISE)
    d, setting = case.dossier, case.setting
    if d.apologies:
        raise ValidationError(_("The appointment was already moved once; it cannot be moved again."))
    if new_due <= moments.local_date(d.due_at):
        raise ValidationError({"new_due": [_("The new appointment must be after the current one.")]})
    new_at = engine.compute_due(dt.datetime.combine(new_due, dt.time(0, 0), tzinfo=setting.tz), 0, "days", setting.cal)
    old = d.due_at.astimezone(dt.UTC)
    d.due_at = new_at.due_at
    d.apologies += 1
    data = {"reason": reason, "old_due": old.isoformat(), "new_due": d.due_at.isoformat()}
    _record(case, Action.APOLOGISE, before, at, actor=actor, data=data)


def move_deadlines(case: Case, at: dt.datetime) -> bool:
    """After a holiday change: recount an open, never-apologised dossier's deadlines from its clock start."""
    d = case.dossier
    if d.apologies or d.clock_start is None:
        return False
    appointed = due(case, d.clock_start, cutoff=False)
    if appointed.due_at == d.original_due_at:
        return False
    old = d.due_at
    d.due_at = d.original_due_at = appointed.due_at
    step_dues(case, [s for s in case.steps if s.finished_at is None], d.clock_start, d.due_at)
    data = {"kind": "deadline", "old_due": old.isoformat(), "new_due": appointed.due_at.isoformat()}
    remark(case, Action.NOTE, at, data)
    return True


# --- result ---------------------------------------------------------------------------------------------


def decide(case: Case, at: dt.datetime, *, outcome: str, reasons: str = "", by=None, actor=None) -> None:
    """The result approved (or refused with reasons): later working steps are skipped, the return step
    starts, and early / on time / late is fixed against the original appointment."""
    before, after = _move(case, Action.DECIDE)
    d, plan = case.dossier, case.setting.plan
    step = case.current
    finish_step(case, step, at, by=by)
    following = next_step(case, step)
    while following is not None and not is_return_step(case, following):
        finish_step(case, following, at)  # steps skipped by an early decision
        following = next_step(case, following)
    if following is not None:
        following.started_at = at
    d.status = after
    d.outcome = outcome
    d.finished_at = at
    d.days_taken = days_taken(case, at)
    d.verdict = clock.verdict(at, d.original_due_at, plan.unit)
    point_to(case, following)
    _record(case, Action.DECIDE, before, at, step=step, actor=actor, data={"outcome": outcome, "reasons": reasons})


def jump_to_last(case: Case, at: dt.datetime, *, handler) -> None:
    """“4 tại chỗ”: every step before the last done at once by the desk, the last one theirs."""
    for step in case.steps[:-1]:
        if step.finished_at is None:
            finish_step(case, step, at)
    last = case.steps[-1]
    _set_handler(last, handler)
    point_to(case, last)


def return_result(case: Case, at: dt.datetime, *, received_by: str, method: str, actor=None) -> None:
    """The result handed over (or posted) and who received it."""
    before, after = _move(case, Action.RETURN)
    d = case.dossier
    step = case.current
    if step is not None:
        finish_step(case, step, at)
    d.status = after
    d.returned_at = at
    point_to(case, None)
    data = {"received_by": received_by, "method": method}
    _record(case, Action.RETURN, before, at, step=step, actor=actor, data=data)


def end(case: Case, action: Action, at: dt.datetime, *, reason: str, actor=None) -> None:
    """Withdrawn by the applicant, or stopped (thông báo dừng giải quyết)."""
    before, after = _move(case, action)
    d = case.dossier
    d.status = after
    d.finished_at = at
    point_to(case, None)
    _record(case, action, before, at, actor=actor, data={"reason": reason})
