"""Replaying a record's events in memory through ``dossiers.lifecycle``, exactly as the live services.

Each event is checked as input (fields, reasons, moments), then applied by the same lifecycle
function the services call, with a :class:`~motcua.dossiers.lifecycle.Setting` that remembers the
deadline engine's answers, gives primary keys to the rows it makes and builds them without
``Model.__init__``, so they can be inserted in batches. ``tests/imports/test_equivalence.py`` drives
the same histories through the live services and compares every row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.base import ModelState
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.catalogue.models import Procedure, ProcedureVersion
from motcua.core import moments
from motcua.dossiers import lifecycle, routing, services
from motcua.dossiers.lifecycle import Case, Plan, Setting
from motcua.dossiers.models import CodeCounter, Dossier, DossierEvent, DossierStep, Pause
from motcua.dossiers.workflow import Action, TransitionError
from motcua.orgs.models import Agency
from motcua.worktime import engine
from motcua.worktime.selectors import calendar_for

from .parse import EVENTS, Event, LineError, Record

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


class AgencyMapError(ValueError):
    """An agency map names agencies that do not exist."""


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
    def load(cls, agency_map: dict[str, str] | None = None) -> Context:
        """``agency_map``: old e-ID code → new code (a merger's mapping, ``imports.merge.code_map``): the
        old provinces' dossiers name agencies that are now others; every code of a line is read through it."""
        ctx = cls(tz=timezone.get_current_timezone())
        ctx.agencies = {a.code: a for a in Agency.objects.exclude(code=None).exclude(code="")}
        missing = sorted({new for new in (agency_map or {}).values() if new not in ctx.agencies})
        if missing:
            raise AgencyMapError(f"the agency map names unknown agencies: {', '.join(missing)}")
        ctx.agencies.update({old: ctx.agencies[new] for old, new in (agency_map or {}).items()})
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
            self.plans[key] = Plan.of(version, case)
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


_DEFAULTS: dict[type, dict] = {}


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


_ACTIONS = {kind: Action(name) for kind, name in EVENTS.items()}


class Replay:
    """One record replayed event by event; ``run`` returns the rows or raises ``LineError``."""

    def __init__(self, record: Record, ctx: Context, ids: Ids, actor_label: str):
        self.record, self.ctx, self.ids, self.actor_label = record, ctx, ids, actor_label
        self.case: Case | None = None
        self.made: dict[type, int] = {DossierStep: 0, Pause: 0}

    def _make(self, model: type[models.Model], **values) -> models.Model:
        """A step or pause of this record with the next free key (see ``Ids``)."""
        number = self.made[model]
        self.made[model] = number + 1
        first = self.ids.step if model is DossierStep else self.ids.pause
        return make(model, id=first + number, **values)

    # --- the dossier ------------------------------------------------------------------------
    def _agency(self, code: str, name: str) -> Agency:
        agency = self.ctx.agencies.get(code)
        if agency is None:
            raise LineError(name, _("Unknown agency e-ID code %(code)s.") % {"code": code})
        return agency

    def _new(self, first: Event) -> Case:
        rec, ctx = self.record, self.ctx
        desk = self._agency(rec.agency, "agency")
        procedure = ctx.procedures.get(rec.procedure)
        if procedure is None:
            raise LineError("procedure", _("Unknown procedure code %(code)s.") % {"code": rec.procedure})
        day = moments.local_date(first.at)
        version = ctx.version_at(procedure, day)
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
        dossier._state.fields_cache.update(agency=desk, lead_agency=lead, version=version)
        try:
            services._fill_applicant(dossier, services.Applicant(**rec.applicant))
        except ValidationError as exc:
            name, messages = next(iter(exc.message_dict.items()))
            raise LineError(f"applicant.{name.removeprefix('applicant_')}", " ".join(messages)) from None
        if rec.events[0].kind != "received":  # a receipt writes it again with the code
            dossier.search_text = lifecycle.search_text(dossier)
        self.desk = desk
        setting = Setting(
            plan=ctx.plan(version, rec.case),
            cal=ctx.calendar(desk),
            tz=ctx.tz,
            compute_due=ctx.compute_due,
            router=ctx.router,
            make=self._make,
            strict=False,  # no official of ours hands over: an open step follows the earlier work
        )
        return Case(dossier, setting)

    # --- events: the input checked here, the effect in ``lifecycle`` --------------------------
    def submit(self, ev: Event) -> None:
        if self.case.dossier.channel != 2:
            raise LineError(f"events[{ev.index}].type", _("Only an online dossier is submitted before receipt."))
        lifecycle.submit(self.case, ev.at)

    def receive(self, ev: Event) -> None:
        rec, ctx = self.record, self.ctx
        day = moments.local_date(ev.at)
        if rec.code:
            if rec.code in ctx.codes:
                raise LineError("code", _("The dossier code %(code)s is used twice.") % {"code": rec.code})
            ctx.claim_code(rec.code, self.desk, day)
            code = rec.code
        else:
            code = ctx.next_code(self.desk, day)
        appointment = None
        if "appointment" in ev.data:
            from .parse import parse_moment

            appointment = parse_moment(ev.data["appointment"], f"events[{ev.index}].appointment")
            if appointment < ev.at:
                raise LineError(f"events[{ev.index}].appointment", _("The appointment is before the receipt."))
        lifecycle.receive(self.case, ev.at, code=code, appointment=appointment)

    def forward(self, ev: Event) -> None:
        lifecycle.forward(self.case, ev.at)

    def request_supplement(self, ev: Event) -> None:
        items = ev.data.get("items") or [{"item": "", "reason": DEFAULT_SUPPLEMENT}]
        try:
            reasons = services._intake_reasons(items if isinstance(items, list) else [])
        except (ValidationError, AttributeError):
            raise LineError(f"events[{ev.index}].items", _("List every item with its reason.")) from None
        lifecycle.request_supplement(self.case, ev.at, items=reasons)

    def resubmit(self, ev: Event) -> None:
        lifecycle.resubmit(self.case, ev.at)

    def apologise(self, ev: Event) -> None:
        try:
            new_due = dt.date.fromisoformat(str(ev.data.get("new_due", "")))
        except ValueError:
            raise LineError(f"events[{ev.index}].new_due", _("Give the new appointment as YYYY-MM-DD.")) from None
        reason = str(ev.data.get("reason") or "").strip() or "Gia hạn (dữ liệu nhập)"
        lifecycle.apologise(self.case, ev.at, new_due=new_due, reason=reason)

    def decide(self, ev: Event) -> None:
        outcome = ev.data.get("outcome", "approved")
        if outcome not in ("approved", "refused"):
            raise LineError(f"events[{ev.index}].outcome", _("Choose approved or refused."))
        reasons = str(ev.data.get("reasons") or "").strip()
        if outcome == "refused" and not reasons:
            raise LineError(f"events[{ev.index}].reasons", _("A refusal must give its reasons."))
        lifecycle.decide(self.case, ev.at, outcome=outcome, reasons=reasons)

    def return_result(self, ev: Event) -> None:
        method = ev.data.get("method", "counter")
        if method not in ("counter", "post", "online"):
            raise LineError(f"events[{ev.index}].method", _("Use counter, post or online."))
        received_by = str(ev.data.get("received_by") or "").strip() or self.case.dossier.applicant_name
        lifecycle.return_result(self.case, ev.at, received_by=received_by, method=method)

    def withdraw(self, ev: Event) -> None:
        lifecycle.end(self.case, Action.WITHDRAW, ev.at, reason=str(ev.data.get("reason") or "").strip())

    def stop(self, ev: Event) -> None:
        reason = str(ev.data.get("reason") or "").strip()
        if not reason:
            raise LineError(f"events[{ev.index}].reason", _("Give the reason for stopping."))
        lifecycle.end(self.case, Action.STOP, ev.at, reason=reason)

    _HANDLERS = {
        Action.SUBMIT: submit,
        Action.RECEIVE: receive,
        Action.FORWARD: forward,
        Action.REQUEST_SUPPLEMENT: request_supplement,
        Action.RESUBMIT: resubmit,
        Action.APOLOGISE: apologise,
        Action.DECIDE: decide,
        Action.RETURN: return_result,
        Action.WITHDRAW: withdraw,
        Action.STOP: stop,
    }

    # --- the whole history ------------------------------------------------------------------
    def run(self) -> Built:
        self.case = case = self._new(self.record.events[0])
        handlers = self._HANDLERS
        for ev in self.record.events:
            try:
                handlers[_ACTIONS[ev.kind]](self, ev)
            except TransitionError as exc:
                raise LineError(f"events[{ev.index}].type", str(exc)) from None
            except ValidationError as exc:
                raise _line_error(ev, exc) from None
            except ValueError as exc:  # the deadline engine refused a moment or a limit
                raise LineError("events", str(exc)) from None
        return Built(case.dossier, case.steps, self._rows(), case.pauses)

    def _rows(self) -> list[tuple]:
        """The events as rows in the order of ``EVENT_COLUMNS``, ``data`` and ``state`` as JSON text."""
        d, first, label = self.case.dossier, self.ids.event, self.actor_label
        return [
            (
                first + index,
                d.id,
                index + 1,
                r.at,
                None,  # actor: no official of ours did it
                label,
                r.action.value,
                r.from_status,
                r.to_status,
                r.step.id if r.step is not None else None,
                to_json(r.data),
                to_json(r.state),
            )
            for index, r in enumerate(self.case.events)
        ]


def _line_error(ev: Event, exc: ValidationError) -> LineError:
    """A lifecycle refusal as the line's error: the field it names, else the event's type."""
    if hasattr(exc, "error_dict"):
        name, messages = next(iter(exc.message_dict.items()))
        return LineError(f"events[{ev.index}].{name}", " ".join(messages))
    return LineError(f"events[{ev.index}].type", " ".join(exc.messages))
