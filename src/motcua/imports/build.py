"""Replaying a record's events in memory, exactly as ``dossiers.services`` would handle them live.

Each event goes through the same transition table (``workflow.target``), the same deadline engine
and calendar of the receiving desk, the same step deadlines (``clock.step_dues``' rule) and the same
state snapshot (``services._state``), but builds the rows in memory so they can be inserted in
batches. ``tests/imports/test_equivalence.py`` drives the same history through the live services and
compares every row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.base import ModelState
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.catalogue import schema
from motcua.catalogue.models import Procedure, ProcedureVersion
from motcua.core.text import fold
from motcua.dossiers import clock, routing, services
from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep, Pause
from motcua.dossiers.workflow import Action, Status, TransitionError, target
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role
from motcua.worktime import engine
from motcua.worktime.selectors import calendar_for

from .parse import EVENTS, Event, LineError, Record

HOURS_PER_DAY = Decimal(8)
DEFAULT_SUPPLEMENT = "Bổ sung hồ sơ theo yêu cầu (dữ liệu nhập)"


@dataclass
class Built:
    """The rows of one imported dossier, primary keys already set.

    ``events`` are row tuples in the column order of ``DossierEvent`` (``EVENT_COLUMNS``), their
    ``data`` and ``state`` already JSON text: an event never changes once recorded.
    """

    dossier: Dossier
    steps: list[DossierStep]
    events: list[tuple]
    pauses: list[Pause]


EVENT_COLUMNS = (
    "id",
    "dossier_id",
    "seq",
    "at",
    "actor_id",
    "actor_label",
    "action",
    "from_status",
    "to_status",
    "step_id",
    "data",
    "state",
)


def check_event_columns() -> None:
    """Refuse to run when ``DossierEvent`` no longer has the columns ``Replay._record`` builds."""
    if tuple(f.attname for f in DossierEvent._meta.concrete_fields) != EVENT_COLUMNS:
        raise RuntimeError("DossierEvent's columns changed: update imports.build.EVENT_COLUMNS and Replay._record.")


@dataclass
class Plan:
    """The version-dependent facts of a dossier: limit, cut-off, steps, fees."""

    version: ProcedureVersion
    amount: Decimal
    unit: str
    cutoff: dt.time | None
    steps: list[dict]
    fees: int

    @property
    def unit_enum(self) -> engine.Unit:
        return engine.Unit(self.unit)


@dataclass
class Context:
    """Everything looked up once per import: agencies, procedures, versions, calendars, code counters."""

    agencies: dict[str, Agency] = field(default_factory=dict)
    procedures: dict[str, Procedure] = field(default_factory=dict)
    versions: dict[int, list[ProcedureVersion]] = field(default_factory=dict)
    plans: dict[tuple[int, str], Plan] = field(default_factory=dict)
    calendars: dict[int, object] = field(default_factory=dict)
    counters: dict[tuple[int, dt.date], int] = field(default_factory=dict)
    touched: set[tuple[int, dt.date]] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)  # codes used in this import
    tz: dt.tzinfo = dt.UTC  # the current time zone (Vietnam), as ``timezone.localtime`` would use
    dues: dict[tuple, engine.Due] = field(default_factory=dict)  # compute_due's answers, by its arguments
    router: routing.StepRouter = field(default_factory=routing.StepRouter)  # the units the processes name

    def compute_due(self, start: dt.datetime, amount, unit, cal, cutoff: dt.time | None = None) -> engine.Due:
        """``engine.compute_due``, remembered: dossiers of one procedure received at the same moment on
        the same calendar ask the same questions (their deadline, their steps' deadlines). The
        calendars are fixed for the whole import; an argument the engine refuses raises every time."""
        key = (start, amount, unit, id(cal), cutoff)
        due = self.dues.get(key)
        if due is None:
            if len(self.dues) > 500_000:
                self.dues.clear()
            due = self.dues[key] = engine.compute_due(start, amount, unit, cal, cutoff)
        return due

    @classmethod
    def load(cls) -> Context:
        ctx = cls(tz=timezone.get_current_timezone())
        ctx.agencies = {a.code: a for a in Agency.objects.exclude(code=None).exclude(code="")}
        ctx.router = routing.StepRouter(by_code=ctx.agencies, many=True)
        ctx.procedures = {p.code: p for p in Procedure.objects.all()}
        published = ProcedureVersion.objects.filter(state=ProcedureVersion.State.PUBLISHED).order_by(
            "procedure", "number"
        )
        for version in published.select_related("implementing_agency"):
            ctx.versions.setdefault(version.procedure_id, []).append(version)
        ctx.counters = {(c.agency_id, c.day): c.last for c in CodeCounter.objects.all()}
        return ctx

    def calendar(self, desk: Agency):
        if desk.pk not in self.calendars:
            self.calendars[desk.pk] = calendar_for(desk)
        return self.calendars[desk.pk]

    def version_at(self, procedure: Procedure, day: dt.date) -> ProcedureVersion | None:
        """As ``catalogue.selectors.version_at``: the first published version valid on ``day``."""
        for version in self.versions.get(procedure.pk, []):
            if version.valid_from and version.valid_from <= day and (not version.valid_to or version.valid_to >= day):
                return version
        return None

    def plan(self, version: ProcedureVersion, case: str) -> Plan:
        key = (version.pk, case)
        if key not in self.plans:
            chosen = schema.limit_for(version.content, case or None)
            cutoff = version.content.get("cutoff")
            self.plans[key] = Plan(
                version,
                Decimal(chosen["amount"]),
                chosen["unit"],
                dt.time.fromisoformat(cutoff) if cutoff else None,
                services._process_steps(version, case),
                sum(int(fee["amount"]) for fee in version.content.get("fees", [])),
            )
        return self.plans[key]

    def next_code(self, desk: Agency, day: dt.date) -> str:
        """``<desk e-ID>-YYMMDD-NNNN`` from the same counters as ``services.next_code``."""
        key = (desk.pk, day)
        while True:
            self.counters[key] = self.counters.get(key, 0) + 1
            code = f"{desk.code}-{day:%y%m%d}-{self.counters[key]:04d}"
            if code not in self.codes:
                break
        self.touched.add(key)
        self.codes.add(code)
        return code

    def claim_code(self, code: str, desk: Agency, day: dt.date) -> None:
        """A code kept from the source; one in our own pattern moves the day's counter past it."""
        self.codes.add(code)
        match = re.fullmatch(rf"{re.escape(desk.code)}-{day:%y%m%d}-(\d{{4,}})", code)
        if match:
            key = (desk.pk, day)
            if int(match.group(1)) > self.counters.get(key, 0):
                self.counters[key] = int(match.group(1))
                self.touched.add(key)


@dataclass
class Ids:
    """The next free primary keys of the tables written."""

    dossier: int
    step: int
    event: int
    pause: int


def step_dues(
    steps: list[DossierStep], plan: Plan, cal, clock_start: dt.datetime, final: dt.datetime, ctx: Context | None = None
) -> None:
    """``dossiers.clock.step_dues`` with the calendar passed in (the same rule, no lookups per step)."""
    compute_due = ctx.compute_due if ctx is not None else engine.compute_due
    total = Decimal(0)
    for step in steps:
        if step.counted:
            total += step.budget
        if plan.unit == engine.Unit.WORKING_DAYS:
            step.due_at = min(compute_due(clock_start, total, plan.unit, cal).due_at, final) if total else clock_start
        elif plan.unit == engine.Unit.WORKING_HOURS:
            hours = total * HOURS_PER_DAY
            step.due_at = min(compute_due(clock_start, hours, plan.unit, cal).due_at, final) if total else clock_start
        else:
            step.due_at = final
        if not step.counted:
            step.due_at = final if step.seq == steps[-1].seq else step.due_at


_DEFAULTS: dict[type, dict] = {}
_DATETIME_STATE = frozenset(
    f.attname for f in Dossier._meta.concrete_fields if isinstance(f, models.DateTimeField)
) & set(services.STATE_FIELDS)


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
    """``services._state`` as one expression over the dossier's ``__dict__`` (the same dict, faster)."""
    parts = []
    for name in services.STATE_FIELDS:
        value = f"v[{name!r}]"
        parts.append(f"{name!r}: iso({value})" if name in _DATETIME_STATE else f"{name!r}: {value}")
    return eval(f"lambda v: {{{', '.join(parts)}}}", {"iso": _iso_or_none})  # noqa: S307 — our field names


_snapshot = _compile_snapshot()


def _no_default(value):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


if json.encoder.c_make_encoder is not None:  # json.dumps(value, ensure_ascii=False) without its per-call set-up
    _encode_chunks = json.encoder.c_make_encoder(
        None, _no_default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )

    def to_json(value) -> str:
        return "".join(_encode_chunks(value, 0))

else:  # pragma: no cover — a Python without the C accelerator

    def to_json(value) -> str:
        return json.dumps(value, ensure_ascii=False)


_FOLDED: dict[str, str] = {}


def _folded(part: str) -> str:
    text = _FOLDED.get(part)
    if text is None:
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        text = _FOLDED[part] = part.lower() if part.isascii() else fold(part)
    return text


def search_text(dossier: Dossier) -> str:
    """``services._search_text``: the parts are folded one by one (remembered: names and desks recur).

    The same text, since folding (NFD, marks dropped, lower case) never crosses the spaces that join
    the parts, and an ASCII part folds to its lower case."""
    d = dossier.__dict__
    parts = [d["code"] or "", d["applicant_name"], d["applicant_phone"], d["applicant_id_number"]]
    return " ".join(_folded(p) for p in parts if p)


def make(model: type[models.Model], **values) -> models.Model:
    """An unsaved instance without ``Model.__init__`` (its cost dominates a large import).

    ``values`` are given by attribute name (``unit_id``, not ``unit``); other fields take their
    defaults. The instance is only ever written by ``bulk_create``/COPY.
    """
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        defaults = _DEFAULTS[model] = {f.attname: f.get_default() for f in model._meta.concrete_fields}
    obj = model.__new__(model)
    obj.__dict__.update(defaults)
    obj.__dict__.update(values)
    obj._state = ModelState()
    return obj


def _verdict(moment: dt.datetime, due_at: dt.datetime, unit: engine.Unit) -> str:
    return engine.verdict(moment, engine.Due(due_at, due_at, unit)).value


_STATUSES = {status.value: status for status in Status}
_ACTIONS = {kind: Action(name) for kind, name in EVENTS.items()}
_ALLOWED: set[tuple[Action, str]] = set()  # (action, status) pairs ``workflow.target`` accepted


class Replay:
    """One record replayed event by event; ``run`` returns the rows or raises ``LineError``."""

    def __init__(self, record: Record, ctx: Context, ids: Ids, actor_label: str):
        self.record, self.ctx, self.ids, self.actor_label = record, ctx, ids, actor_label
        self.dossier: Dossier | None = None
        self.steps: list[DossierStep] = []
        self.events: list[tuple] = []
        self.pauses: list[Pause] = []
        self.plan: Plan | None = None
        self.cal = None
        self.current: DossierStep | None = None

    # --- the dossier ------------------------------------------------------------------------
    def _agency(self, code: str, name: str) -> Agency:
        agency = self.ctx.agencies.get(code)
        if agency is None:
            raise LineError(name, _("Unknown agency e-ID code %(code)s.") % {"code": code})
        return agency

    def _new(self, first: Event) -> Dossier:
        rec = self.record
        desk = self._agency(rec.agency, "agency")
        procedure = self.ctx.procedures.get(rec.procedure)
        if procedure is None:
            raise LineError("procedure", _("Unknown procedure code %(code)s.") % {"code": rec.procedure})
        day = first.at.astimezone(self.ctx.tz).date()
        version = self.ctx.version_at(procedure, day)
        if version is None:
            raise LineError(
                "procedure",
                _("The procedure %(code)s is not in force on %(day)s.") % {"code": rec.procedure, "day": day},
            )
        if rec.case and rec.case not in {c["key"] for c in version.content.get("cases", [])}:
            raise LineError("case", _("This case does not belong to the procedure."))
        lead = services.lead_agency_for(version, desk)
        if rec.lead_agency:
            given = self._agency(rec.lead_agency, "lead_agency")
            if version.implementing_agency_id and given.pk != lead.pk:
                raise LineError(
                    "lead_agency",
                    _("The procedure is resolved by %(code)s, not %(given)s.")
                    % {"code": lead.code, "given": given.code},
                )
            lead = given
        dossier = make(
            Dossier,
            id=self.ids.dossier,
            agency_id=desk.pk,
            lead_agency_id=lead.pk,
            procedure_id=procedure.pk,
            version_id=version.pk,
            case=rec.case,
            channel=rec.channel,
            return_method=rec.return_method,
        )
        try:
            services._fill_applicant(dossier, services.Applicant(**rec.applicant))
        except ValidationError as exc:
            name, messages = next(iter(exc.message_dict.items()))
            raise LineError(f"applicant.{name.removeprefix('applicant_')}", " ".join(messages)) from None
        if self.record.events[0].kind != "received":  # a receipt writes it again with the code
            dossier.search_text = search_text(dossier)
        self.desk, self.lead = desk, lead
        self.plan = self.ctx.plan(version, rec.case)
        self.unit = self.plan.unit_enum
        self.cal = self.ctx.calendar(desk)
        return dossier

    # --- events -----------------------------------------------------------------------------
    def _record(self, action: Action, from_status: str, at: dt.datetime, *, step=None, data=None) -> None:
        d = self.dossier
        d.revision += 1
        events = self.events
        events.append(  # in the order of EVENT_COLUMNS
            (
                self.ids.event + len(events),
                d.id,
                len(events) + 1,
                at,
                None,  # actor: no official of ours did it
                self.actor_label,
                action.value,
                from_status or "",
                d.status,
                step.id if step is not None else None,
                to_json(data or {}),
                to_json(_snapshot(d.__dict__)),
            )
        )

    def _point_to(self, step: DossierStep | None) -> None:
        d = self.dossier
        self.current = step
        d.__dict__.update(  # the attribute names, without the foreign-key descriptors
            current_step_id=step.id if step else None,
            current_unit_id=step.unit_id if step else None,
            current_actor=step.actor if step else "",
            handler_id=None,
        )

    def _finish_step(self, step: DossierStep, at: dt.datetime) -> None:
        step.finished_at = at
        step.verdict = _verdict(at, step.due_at, self.unit) if step.due_at else ""

    def _next_step(self, after: DossierStep) -> DossierStep | None:
        # the steps are in seq order, seq = position + 1
        return next((s for s in self.steps[after.seq :] if s.finished_at is None), None)

    def _is_return_step(self, step: DossierStep | None) -> bool:
        return step is not None and step.actor == Role.DESK_OFFICER and step.seq == self.steps[-1].seq

    def _due(self, start: dt.datetime, cutoff: bool = True) -> engine.Due:
        try:
            return self.ctx.compute_due(
                start, self.plan.amount, self.plan.unit, self.cal, self.plan.cutoff if cutoff else None
            )
        except ValueError as exc:
            raise LineError("events", str(exc)) from None

    def _days_taken(self, finished_at: dt.datetime):
        """As ``clock.days_taken`` of the live decision: clock start to decision, without the pauses."""
        d = self.dossier
        start = d.clock_start or d.received_at or finished_at
        pauses = [engine.Interval(p.started_at, p.ended_at) for p in self.pauses]
        return clock.working_days_between(start, finished_at, self.cal, pauses)

    def submit(self, ev: Event) -> None:
        d = self.dossier
        if d.channel != 2:
            raise LineError(f"events[{ev.index}].type", _("Only an online dossier is submitted before receipt."))
        d.status = Status.SUBMITTED
        d.submitted_at = ev.at
        self._record(Action.SUBMIT, "", ev.at)

    def receive(self, ev: Event, from_status: str) -> None:
        d, rec = self.dossier, self.record
        day = ev.at.astimezone(self.ctx.tz).date()
        if rec.code:
            if rec.code in self.ctx.codes:
                raise LineError("code", _("The dossier code %(code)s is used twice.") % {"code": rec.code})
            self.ctx.claim_code(rec.code, self.desk, day)
            d.code = rec.code
        else:
            d.code = self.ctx.next_code(self.desk, day)
        due = self._due(ev.at)
        due_at = due.due_at
        if "appointment" in ev.data:
            from .parse import parse_moment

            due_at = parse_moment(ev.data["appointment"], f"events[{ev.index}].appointment")
            if due_at < ev.at:
                raise LineError(f"events[{ev.index}].appointment", _("The appointment is before the receipt."))
        d.status = Status.RECEIVED
        d.received_at = ev.at
        d.clock_start = due.receipt_at
        d.due_at = d.original_due_at = due_at
        d.fees_due = self.plan.fees
        d.search_text = search_text(d)
        self._create_steps()
        first = self.steps[0]
        first.started_at = ev.at
        self._point_to(first)
        self._record(Action.RECEIVE, from_status, ev.at, step=first, data={"appointment": due_at.isoformat()})

    def _create_steps(self) -> None:
        d = self.dossier
        units = self.ctx.router.units_for(self.plan.steps, self.desk, self.lead)
        for seq, (spec, unit) in enumerate(zip(self.plan.steps, units, strict=True), start=1):
            self.steps.append(
                make(
                    DossierStep,
                    id=self.ids.step + seq - 1,
                    dossier_id=d.pk,
                    seq=seq,
                    name=spec["name"],
                    actor=spec["actor"],
                    unit_id=unit.pk,
                    budget=Decimal(str(spec["budget"])),
                    counted=spec.get("counted", True),
                )
            )
        step_dues(self.steps, self.plan, self.cal, d.clock_start, d.due_at, self.ctx)

    def forward(self, ev: Event) -> None:
        d = self.dossier
        step = self.current
        following = self._next_step(step)
        if following is None or self._is_return_step(following):
            raise LineError(f"events[{ev.index}].type", _("This is the last processing step: record the result."))
        self._finish_step(step, ev.at)
        following.started_at = ev.at
        d.status = Status.PROCESSING
        self._point_to(following)
        data = {"from_step": step.seq, "from_unit": step.unit_id, "to_unit": following.unit_id}
        self._record(Action.FORWARD, self._from, ev.at, step=following, data=data | {"note": ""})

    def request_supplement(self, ev: Event) -> None:
        d = self.dossier
        items = ev.data.get("items") or [{"item": "", "reason": DEFAULT_SUPPLEMENT}]
        try:
            reasons = services._intake_reasons(items if isinstance(items, list) else [])
        except (ValidationError, AttributeError):
            raise LineError(f"events[{ev.index}].items", _("List every item with its reason.")) from None
        window = self.ctx.compute_due(
            d.received_at, services.SUPPLEMENT_WINDOW_DAYS, engine.Unit.WORKING_DAYS, self.cal
        )
        late = not ev.at <= window.due_at
        fault = late or d.supplement_requests >= 1
        d.status = Status.SUPPLEMENT
        d.supplement_requests += 1
        d.paused_since = ev.at
        self.pauses.append(
            make(
                Pause,
                id=self.ids.pause + len(self.pauses),
                dossier_id=d.pk,
                reason="supplement",
                started_at=ev.at,
                restart=True,
            )
        )
        data = {"items": reasons, "fault": fault, "late": late}
        self._record(Action.REQUEST_SUPPLEMENT, self._from, ev.at, step=self.current, data=data)

    def resubmit(self, ev: Event) -> None:
        d = self.dossier
        for pause in self.pauses:
            pause.ended_at = pause.ended_at or ev.at
        d.status = Status.PROCESSING
        d.paused_since = None
        due = self._due(ev.at, cutoff=False)
        d.clock_start = due.receipt_at
        d.due_at = d.original_due_at = due.due_at
        remaining = [s for s in self.steps if s.finished_at is None]
        step_dues(remaining, self.plan, self.cal, d.clock_start, d.due_at, self.ctx)
        self._record(Action.RESUBMIT, self._from, ev.at, step=self.current, data={"appointment": d.due_at.isoformat()})

    def apologise(self, ev: Event) -> None:
        d = self.dossier
        name = f"events[{ev.index}].new_due"
        if d.apologies:
            raise LineError(f"events[{ev.index}].type", _("The appointment was already moved once."))
        try:
            new_due = dt.date.fromisoformat(str(ev.data.get("new_due", "")))
        except ValueError:
            raise LineError(name, _("Give the new appointment as YYYY-MM-DD.")) from None
        if new_due <= d.due_at.astimezone(self.ctx.tz).date():
            raise LineError(name, _("The new appointment must be after the current one."))
        reason = str(ev.data.get("reason") or "").strip() or "Gia hạn (dữ liệu nhập)"
        new_at = engine.compute_due(
            dt.datetime.combine(new_due, dt.time(0, 0), tzinfo=self.ctx.tz), 0, "days", self.cal
        )
        old = d.due_at.astimezone(dt.UTC)  # as the live service reads it back from the database
        d.due_at = new_at.due_at
        d.apologies += 1
        data = {"reason": reason, "old_due": old.isoformat(), "new_due": new_at.due_at.isoformat()}
        self._record(Action.APOLOGISE, self._from, ev.at, data=data)

    def decide(self, ev: Event) -> None:
        d = self.dossier
        outcome = ev.data.get("outcome", "approved")
        if outcome not in ("approved", "refused"):
            raise LineError(f"events[{ev.index}].outcome", _("Choose approved or refused."))
        reasons = str(ev.data.get("reasons") or "").strip()
        if outcome == "refused" and not reasons:
            raise LineError(f"events[{ev.index}].reasons", _("A refusal must give its reasons."))
        step = self.current
        self._finish_step(step, ev.at)
        following = self._next_step(step)
        while following is not None and not self._is_return_step(following):
            self._finish_step(following, ev.at)
            following = self._next_step(following)
        if following is not None:
            following.started_at = ev.at
        d.status = Status.DONE
        d.outcome = outcome
        d.finished_at = ev.at
        d.days_taken = self._days_taken(ev.at)
        d.verdict = _verdict(ev.at, d.original_due_at, self.unit)
        self._point_to(following)
        self._record(Action.DECIDE, self._from, ev.at, step=step, data={"outcome": outcome, "reasons": reasons})

    def return_result(self, ev: Event) -> None:
        d = self.dossier
        method = ev.data.get("method", "counter")
        if method not in ("counter", "post", "online"):
            raise LineError(f"events[{ev.index}].method", _("Use counter, post or online."))
        received_by = str(ev.data.get("received_by") or "").strip() or d.applicant_name
        step = self.current
        if step is not None:
            self._finish_step(step, ev.at)
        d.status = Status.RETURNED
        d.returned_at = ev.at
        self._point_to(None)
        self._record(Action.RETURN, self._from, ev.at, step=step, data={"received_by": received_by, "method": method})

    def end(self, ev: Event, action: Action) -> None:
        d = self.dossier
        reason = str(ev.data.get("reason") or "").strip()
        if action == Action.STOP and not reason:
            raise LineError(f"events[{ev.index}].reason", _("Give the reason for stopping."))
        d.status = Status.WITHDRAWN if action == Action.WITHDRAW else Status.STOPPED
        d.finished_at = ev.at
        self._point_to(None)
        self._record(action, self._from, ev.at, data={"reason": reason})

    # --- the whole history ------------------------------------------------------------------
    def run(self) -> Built:
        events = self.record.events
        self.dossier = d = self._new(events[0])
        for ev in events:
            action = _ACTIONS[ev.kind]
            status = d.status or ""
            if (action, status) not in _ALLOWED:  # the transition table, asked once per pair
                try:
                    target(action, _STATUSES[status] if status else None)
                except TransitionError as exc:
                    raise LineError(f"events[{ev.index}].type", str(exc)) from None
                _ALLOWED.add((action, status))
            self._from = status
            self._apply(action, ev)
        return Built(d, self.steps, self.events, self.pauses)

    _HANDLERS = {
        Action.SUBMIT: "submit",
        Action.FORWARD: "forward",
        Action.REQUEST_SUPPLEMENT: "request_supplement",
        Action.RESUBMIT: "resubmit",
        Action.APOLOGISE: "apologise",
        Action.DECIDE: "decide",
        Action.RETURN: "return_result",
    }

    def _apply(self, action: Action, ev: Event) -> None:
        if action == Action.RECEIVE:
            self.receive(ev, self._from)
        elif action in (Action.WITHDRAW, Action.STOP):
            self.end(ev, action)
        else:
            getattr(self, self._HANDLERS[action])(ev)
