"""Read queries of dossiers: the officials' work queues, search, the public status."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from django.conf import settings
from django.db import connections, router
from django.db.models import BooleanField, CharField, Count, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet
from django.db.models.functions import Now, TruncDate
from django.db.models.lookups import StartsWith
from django.utils import timezone

from motcua.core import moments, money
from motcua.core.text import fold
from motcua.orgs import permissions
from motcua.orgs.permissions import Perm, Role
from motcua.worktime import engine
from motcua.worktime.models import AgencyCalendar
from motcua.worktime.selectors import calendar_for, default_calendar

from . import routing
from .models import Dossier
from .workflow import NATIONAL_STATUS, OPEN, Status

QUEUES = (
    "to_receive",
    "to_transfer",
    "to_assign",
    "to_take",
    "mine",
    "to_approve",
    "due_today",
    "overdue",
    "waiting_citizen",
    "ready_to_return",
    "needs_apology",
    "nobody_can_act",
)


def _whole_province(user, perm: Perm) -> bool:
    """True when the user's jurisdiction for ``perm`` is the whole tree (no filter needed)."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    return any(root.parent_id is None for root in permissions.roots(user, perm))


def _in_area(qs: QuerySet[Dossier], user, perm: Perm, *fields: str) -> QuerySet[Dossier]:
    """Dossiers whose ``fields`` (any of them) lie in the user's area for ``perm``.

    A province-wide official gets no agency filter at all: PostgreSQL estimates a path prefix match
    as one row and would otherwise loop over every agency.
    """
    if _whole_province(user, perm):
        return qs if permissions.has_perm(user, perm) else qs.none()
    area = permissions.jurisdiction(user, perm).values("pk")
    match = Q()
    for name in fields:
        match |= Q(**{f"{name}__in": area})
    return qs.filter(match)


def visible(user) -> QuerySet[Dossier]:
    """Dossiers the user may see: received by, led by, or currently at an agency of their area."""
    return _in_area(Dossier.objects.all(), user, Perm.VIEW_DOSSIER, "agency", "lead_agency", "current_unit")


def can_view(user, dossier: Dossier) -> bool:
    """Officials of the desk, the lead agency, any unit with a step, and any consulted unit; for a dossier
    received at another agency's desk (phi địa giới) also the competent agency's desk, which receives the
    paper originals, and the desk where the result is collected (``centres``)."""
    from motcua.orgs.models import Agency
    from motcua.orgs.selectors import desk_of

    from .workflow import Action

    agencies = [dossier.agency, dossier.lead_agency, dossier.current_unit, dossier.collect_at]
    if not dossier.agency.is_within(dossier.lead_agency):
        agencies.append(desk_of(dossier.lead_agency))
    agencies += [step.unit for step in dossier.steps.select_related("unit")]
    consulted = dossier.events.filter(action=Action.CONSULT).values_list("data__unit", flat=True)
    agencies += list(Agency.objects.filter(pk__in=list(consulted)))
    return any(agency and permissions.can(user, Perm.VIEW_DOSSIER, agency) for agency in agencies)


def apology_threshold(now: dt.datetime, cal=None) -> dt.datetime:
    """Appointments up to the end of the next working day need an apology today (ND 61 Art 19(9)),
    counted on ``cal`` (the province's calendar when not given)."""
    return engine.compute_due(now, 1, engine.Unit.WORKING_DAYS, cal or default_calendar()).due_at


def due_within_one_working_day(now: dt.datetime, field: str = "due_at") -> Q:
    """``clock.due_within_one_working_day`` as a filter: each dossier by the calendar of its receiving
    desk (an agency's own office hours reach its units and the agencies under it, the nearest wins),
    the others by the province's. The "needs an apology" queue and the policy answer alike."""
    condition, covered = Q(), Q()
    for row in sorted(AgencyCalendar.objects.select_related("agency"), key=lambda r: -r.agency.depth):
        here = Q(agency__path__startswith=row.agency.path)
        threshold = apology_threshold(now, calendar_for(row.agency))
        condition |= here & ~covered & Q(**{f"{field}__lte": threshold})
        covered |= here
    return condition | (~covered & Q(**{f"{field}__lte": apology_threshold(now)}))


VISIBLE_AREA = ("agency", "lead_agency", "current_unit")  # what :func:`visible` filters on


@dataclass(frozen=True)
class QueueSpec:
    """A work queue: which dossiers (``match``), and the permission and fields that bound it to the
    official's area (``perm`` None: the official's own dossiers, ``match`` says which)."""

    match: Q
    perm: Perm | None
    area: tuple[str, ...]


def queue_spec(user, name: str, now: dt.datetime) -> QueueSpec:
    today = moments.local_date(now)
    start = timezone.make_aware(dt.datetime.combine(today, dt.time.min))
    end = start + dt.timedelta(days=1)
    is_open = Q(status__in=OPEN)
    not_waiting = ~Q(status=Status.SUPPLEMENT)
    specs = {
        "to_receive": (Q(status=Status.SUBMITTED), Perm.RECEIVE_DOSSIER, ("agency",)),
        "to_transfer": (
            Q(status=Status.RECEIVED, current_actor=Role.DESK_OFFICER),
            Perm.RECEIVE_DOSSIER,
            ("agency",),
        ),
        "to_assign": (is_open & Q(current_actor=Role.UNIT_HEAD), Perm.ASSIGN_DOSSIER, ("current_unit",)),
        "to_take": (
            is_open & Q(current_actor=Role.SPECIALIST, handler__isnull=True),
            Perm.PROCESS_DOSSIER,
            ("current_unit",),
        ),
        "mine": (is_open & Q(handler=user), None, ()),
        "to_approve": (is_open & Q(current_actor=Role.AGENCY_LEADER), Perm.APPROVE_DOSSIER, ("current_unit",)),
        "due_today": (is_open & Q(due_at__gte=start, due_at__lt=end), Perm.VIEW_DOSSIER, VISIBLE_AREA),
        "overdue": (is_open & Q(due_at__lt=now) & not_waiting, Perm.VIEW_DOSSIER, VISIBLE_AREA),
        "waiting_citizen": (Q(status=Status.SUPPLEMENT), Perm.VIEW_DOSSIER, VISIBLE_AREA),
        "ready_to_return": (Q(status=Status.DONE), Perm.RETURN_RESULT, ("agency",)),
    }
    if name == "nobody_can_act":
        return QueueSpec(is_open & not_waiting & ~somebody_can_act(), Perm.MANAGE_STAFF, VISIBLE_AREA)
    if name == "needs_apology":
        match = is_open & Q(apologies=0) & due_within_one_working_day(now) & not_waiting
        return QueueSpec(match, Perm.VIEW_DOSSIER, VISIBLE_AREA)
    if name not in specs:
        raise ValueError(f"unknown queue {name!r}")
    return QueueSpec(*specs[name])


def somebody_can_act() -> Q:
    """Dossiers whose current step has an active official who may take it (``routing.actors``, in SQL):
    one holding the step's role in its unit or above, or, for an open step, in the agency's units."""
    from motcua.orgs.models import AgencyKind, StaffRole

    found = Q(pk__in=[])
    for actor in (Role.DESK_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER):
        holders = StaffRole.objects.filter(
            role__in=routing.roles_with(routing.ROLE_PERM[actor]), user__is_active=True, user__account_type="staff"
        )
        unit_path = ExpressionWrapper(OuterRef("current_unit__path"), output_field=CharField())
        above = holders.filter(StartsWith(unit_path, F("agency__path")))
        can = Exists(above)
        if actor in routing.PLACED_ACTORS:
            inside = holders.filter(agency__path__startswith=OuterRef("current_unit__path"))
            can |= ~Q(current_unit__kind=AgencyKind.UNIT) & Exists(inside)
        found |= Q(current_actor=actor) & can
    return found


def queue(user, name: str, now: dt.datetime | None = None) -> QuerySet[Dossier]:
    """One of the officials' work queues, most urgent first."""
    spec = queue_spec(user, name, now or timezone.now())
    qs = Dossier.objects.filter(spec.match)
    if spec.perm is not None:
        qs = _in_area(qs, user, spec.perm, *spec.area)
    return ordered(qs, name)


def queue_counts(user, now: dt.datetime | None = None, names=QUEUES) -> dict[str, int]:
    """The number of dossiers in each queue ``names``.

    For an official whose every queue covers the whole province (a province administrator) the
    counts come from one pass over the open, submitted and ready dossiers instead of one COUNT per
    queue; other officials count each queue through its own indexes."""
    now = now or timezone.now()
    specs = {name: queue_spec(user, name, now) for name in names}
    perms = {spec.perm for spec in specs.values()} - {None}
    if not perms or not all(_whole_province(user, perm) or not permissions.has_perm(user, perm) for perm in perms):
        return {name: queue(user, name, now).count() for name in names}
    counted = {
        name: Count("pk", filter=spec.match)
        for name, spec in specs.items()
        if spec.perm is None or permissions.has_perm(user, spec.perm)
    }
    scanned = Dossier.objects.filter(status__in=[*OPEN, Status.SUBMITTED, Status.DONE])
    found = scanned.aggregate(**counted) if counted else {}
    return {name: found.get(name, 0) for name in names}


# The order of each queue: (column, newest first?). Every list ends with the primary key, so a page
# boundary is a unique position and the next page starts strictly after it (keyset pagination).
QUEUE_ORDER: dict[str, tuple[str, bool]] = dict.fromkeys(QUEUES, ("due_at", False)) | {
    "to_receive": ("submitted_at", False),
    "ready_to_return": ("finished_at", False),
    "all": ("pk", True),
}


def ordered(qs: QuerySet[Dossier], name: str) -> QuerySet[Dossier]:
    """``qs`` in the order of queue ``name`` (``"all"``: newest first); empty values last."""
    column, newest_first = QUEUE_ORDER[name]
    if column == "pk":
        return qs.order_by("-pk" if newest_first else "pk")
    return qs.order_by(F(column).asc(nulls_last=True), "pk")


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def page_cursor(dossier: Dossier, name: str) -> str:
    """The keyset position just after ``dossier`` in queue ``name``: ``<µs since 1970 or ->.<pk>``."""
    column, _newest_first = QUEUE_ORDER[name]
    if column == "pk":
        return str(dossier.pk)
    value = getattr(dossier, column)
    return f"{'-' if value is None else (value - _EPOCH) // dt.timedelta(microseconds=1)}.{dossier.pk}"


def after_cursor(qs: QuerySet[Dossier], name: str, cursor: str) -> QuerySet[Dossier]:
    """The rows of ``qs`` (ordered by :func:`ordered`) after the position ``cursor``; a bad cursor → first page."""
    column, newest_first = QUEUE_ORDER[name]
    try:
        if column == "pk":
            pk = int(cursor)
            return qs.filter(pk__lt=pk) if newest_first else qs.filter(pk__gt=pk)
        micros, pk_text = cursor.split(".")
        pk = int(pk_text)
        if micros == "-":
            return qs.filter(**{f"{column}__isnull": True, "pk__gt": pk})
        value = _EPOCH + dt.timedelta(microseconds=int(micros))
    except (ValueError, OverflowError):
        return qs
    later = Q(**{f"{column}__gt": value}) | Q(**{column: value, "pk__gt": pk}) | Q(**{f"{column}__isnull": True})
    return qs.filter(later)


def search(qs: QuerySet[Dossier], q: str) -> QuerySet[Dossier]:
    """By code, applicant name (accent-insensitive), phone or ID number."""
    q = (q or "").strip()
    if not q:
        return qs
    match = Q(code__iexact=q)
    words = fold(q).split()
    if words:
        word_match = Q()
        for word in words:
            word_match &= Q(search_text__contains=word)
        match |= word_match
    return qs.filter(match)


@dataclass(frozen=True)
class Named:
    code: str
    name: str = ""


@dataclass(frozen=True)
class PublicDossier:
    """The columns of a dossier that the public lookup may read — nothing personal — with its moments
    already as local dates (what the public sees) and whether the appointment has passed."""

    pk: int
    account_id: int | None
    code: str
    status: str
    received_on: dt.date | None
    appointment_on: dt.date | None
    finished_on: dt.date | None
    returned_on: dt.date | None
    past_due: bool | None
    verdict: str
    procedure: Named
    version: Named
    agency: Named

    @property
    def national_status(self) -> int:
        return NATIONAL_STATUS[Status(self.status)]


LOOKUP_FIELDS = (
    *("pk", "account_id", "code", "status", "received_on", "appointment_on", "finished_on", "returned_on"),
    *("past_due", "verdict", "procedure__code", "version__name", "agency__code", "agency__name"),
)


@dataclass(frozen=True)
class _LookupQuery:
    sql: str
    params: tuple  # the compiled parameters; CODE marks where the looked-up code goes
    converters: tuple  # (position, converter functions, expression) for the columns that need one
    prepare: bool  # run as a server-side prepared statement (PostgreSQL)

    def bind(self, code: str) -> list:
        return [code if value is CODE else value for value in self.params]


CODE = object()  # placeholder of the dossier code in the compiled lookup


@functools.lru_cache(maxsize=8)
def _lookup_query(alias: str) -> _LookupQuery:
    """The lookup's SQL and converters, compiled once per database: compiling costs more than running it.

    The database turns the four moments into the province's local dates and compares the appointment
    with its clock, so each row loads as dates and a flag, not four time-zone-aware timestamps."""
    zone = timezone.get_default_timezone()
    local = {name: TruncDate(column, tzinfo=zone) for name, column in LOOKUP_DATES.items()}
    past_due = ExpressionWrapper(Q(due_at__lt=Now()), output_field=BooleanField())
    query = (
        Dossier.objects.using(alias)
        .filter(code=CODE_MARK)
        .annotate(**local, past_due=past_due)
        .values_list(*LOOKUP_FIELDS)
        .order_by()
        .query
    )
    compiler = query.get_compiler(alias)
    sql, params = compiler.as_sql()
    params = tuple(CODE if value == CODE_MARK else value for value in params)
    if sum(value is CODE for value in params) != 1:
        raise RuntimeError(f"unexpected parameters in the lookup query: {params!r}")
    columns = [select[0] for select in compiler.select[: compiler.col_count]]
    converters = tuple((pos, tuple(funcs), expr) for pos, (funcs, expr) in compiler.get_converters(columns).items())
    prepare = connections[alias].vendor == "postgresql" and settings.DB_PREPARED_STATEMENTS
    return _LookupQuery(sql, params, converters, prepare)


CODE_MARK = "\x00code"  # what the code filter compiles with, replaced by CODE
LOOKUP_DATES = {"received_on": "received_at", "appointment_on": "due_at", "finished_on": "finished_at"}
LOOKUP_DATES |= {"returned_on": "returned_at"}


def _fetch_one(alias: str, lookup: _LookupQuery, params: list) -> tuple | None:
    connection = connections[alias]
    if not lookup.prepare:
        with connection.cursor() as cursor:
            cursor.execute(lookup.sql, params)
            return cursor.fetchone()
    # A server-side prepared statement: PostgreSQL parses and plans the lookup once per connection.
    # Django's cursors bind parameters on the client and cannot prepare, so a plain psycopg cursor
    # runs it on Django's connection (same transaction state, same type loaders, errors wrapped).
    import psycopg

    connection.ensure_connection()
    with connection.wrap_database_errors, psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(lookup.sql, params, prepare=True)
        return cursor.fetchone()


def normal_code(code: str) -> str:
    """A dossier code as stored: `` h15.03-261207-0001 `` → ``H15.03-261207-0001``."""
    return (code or "").strip().upper()


def by_code(code: str) -> PublicDossier | None:
    """The dossier behind a public lookup (page, API, QR code): one indexed row, only the shown columns.

    The code is read as typed or copied: any case, spaces around it (codes are upper-case e-IDs)."""
    alias = router.db_for_read(Dossier)
    lookup = _lookup_query(alias)
    row = _fetch_one(alias, lookup, lookup.bind(normal_code(code)))
    if row is None:
        return None
    if lookup.converters:  # e.g. SQLite returns dates as text and flags as integers
        row = list(row)
        connection = connections[alias]
        for pos, funcs, expr in lookup.converters:
            for convert in funcs:
                row[pos] = convert(row[pos], expr, connection)
    *own, procedure_code, version_name, agency_code, agency_name = row
    return PublicDossier(
        *own[:9], own[9] or "", Named(procedure_code), Named("", version_name), Named(agency_code, agency_name)
    )


def public_status(dossier: PublicDossier) -> dict:
    """What anyone holding the code may see: no personal data (TT 01/2018 Art 16(2)(d)).

    Dates are ``date`` objects: the API renders them as YYYY-MM-DD, the page in the Vietnamese way."""
    return {
        "code": dossier.code,
        "procedure": {"code": dossier.procedure.code, "name": dossier.version.name},
        "agency": {"code": dossier.agency.code, "name": dossier.agency.name},
        "status": dossier.status,
        "status_label": str(Status(dossier.status).label),
        "national_status": dossier.national_status,
        "received_on": dossier.received_on,
        "appointment_on": dossier.appointment_on,
        "finished_on": dossier.finished_on,
        "returned_on": dossier.returned_on,
        "verdict": dossier.verdict or None,
        "progress": _progress(dossier),
    }


def _progress(dossier: PublicDossier) -> str | None:
    """For a dossier still in progress: within time or overdue (Form 06 columns 12–13); None otherwise."""
    if dossier.status not in OPEN or dossier.appointment_on is None:
        return None
    if dossier.status == Status.SUPPLEMENT:
        return "waiting_citizen"
    return "overdue" if dossier.past_due else "within_time"


# --- The citizen's own dossiers (issue 6, "My dossiers") -------------------------------------------

BEFORE_RECEIPT = frozenset({Status.SUBMITTED, Status.INTAKE_INCOMPLETE})


def of_account(user, state: str = "") -> QuerySet[Dossier]:
    """The dossiers of a citizen's or business's account, newest first; ``state`` = "open" | "finished"."""
    if not getattr(user, "is_authenticated", False) or getattr(user, "is_official", False):
        return Dossier.objects.none()
    qs = Dossier.objects.filter(account=user)
    if state == "open":
        qs = qs.filter(status__in=OPEN | BEFORE_RECEIPT)
    elif state == "finished":
        qs = qs.exclude(status__in=OPEN | BEFORE_RECEIPT)
    return qs.order_by("-pk")


def last_request(dossier: Dossier, action: str) -> dict:
    """Items and reasons of the last supplement (or intake completion, form 02) request: ``{"at", "items"}``."""
    event = dossier.events.filter(action=action).order_by("-seq").first()
    return {"at": event.at, "items": list(event.data.get("items", []))} if event else {"at": None, "items": []}


def _local(value: str | dt.datetime | None) -> dt.datetime | None:
    from django.utils.dateparse import parse_datetime

    moment = parse_datetime(value) if isinstance(value, str) else value
    return timezone.localtime(moment) if moment else None


# Actions the applicant sees; internal work (assignments, notes, consultations, send-backs) stays inside.
CITIZEN_ACTIONS = (
    "submit",
    "receive",
    "request_completion",
    "refuse_intake",
    "forward",
    "interagency",
    "request_supplement",
    "resubmit",
    "request_payment",
    "record_payment",
    "apologise",
    "decide",
    "return",
    "withdraw",
    "stop",
)


def citizen_timeline(dossier: Dossier) -> list[dict]:
    """The dossier's history as its applicant may see it (TT 01/2018 Art 16; ND 61 Art 19).

    Each entry: ``{"at", "action", "title", "unit", "step", "since", "until", "due", "items", "details", "status"}``.
    Names agencies and units, never officials; leaves out internal notes, consultations, assignments and
    send-backs. ``details`` are (label, value) pairs, values text or aware datetimes.
    """
    from django.utils.translation import gettext as _

    from .workflow import Action

    events = list(
        dossier.events.filter(Q(action__in=CITIZEN_ACTIONS) | Q(action=Action.NOTE, data__kind="deadline"))
        .select_related("step__unit")
        .order_by("seq")
    )
    titles = {
        Action.SUBMIT: _("Submitted online"),
        Action.RECEIVE: _("Received at the one-stop desk"),
        Action.REQUEST_COMPLETION: _("Returned to you to complete before receipt (form 02)"),
        Action.REFUSE_INTAKE: _("Not accepted (form 03)"),
        Action.FORWARD: _("Handed over for processing"),
        Action.INTERAGENCY: _("Sent to another agency (liên thông)"),
        Action.REQUEST_SUPPLEMENT: _("Supplement requested (form 02)"),
        Action.RESUBMIT: _("Supplement received; the time limit counts again"),
        Action.REQUEST_PAYMENT: _("Fees to pay"),
        Action.RECORD_PAYMENT: _("Fees paid"),
        Action.APOLOGISE: _("Apology and new appointment (form 04)"),
        Action.DECIDE: _("Result decided"),
        Action.RETURN: _("Result returned"),
        Action.WITHDRAW: _("Withdrawn at your request"),
        Action.STOP: _("Processing stopped"),
        Action.NOTE: _("Appointment moved by a change of the working calendar"),
    }
    methods = {"counter": _("At the desk"), "post": _("By post"), "online": _("Online")}
    statuses = dict(Status.choices)
    entries = []
    for event in events:
        data, step = event.data or {}, event.step
        entry = {
            "at": event.at,
            "action": event.action,
            "title": titles[event.action],
            "unit": "",
            "step": "",
            "since": None,
            "until": None,
            "due": None,
            "items": [],
            "details": [],
            "status": statuses.get(event.to_status, "") if event.from_status != event.to_status else "",
        }
        details = entry["details"]
        if event.action in (Action.RECEIVE, Action.FORWARD, Action.INTERAGENCY) and step is not None:
            entry.update(unit=step.unit.name, step=step.name, since=event.at, due=step.due_at)
            if step.finished_at and step.finished_at >= event.at:
                entry["until"] = step.finished_at
        if event.action == Action.RECEIVE:
            entry["unit"] = dossier.agency.name
            details.append((_("Appointment"), _local(data.get("appointment"))))
        elif event.action == Action.SUBMIT:
            entry["unit"] = dossier.agency.name
        elif event.action in (Action.REQUEST_COMPLETION, Action.REQUEST_SUPPLEMENT):
            entry["items"] = [(i.get("item") or _("Item"), i.get("reason", "")) for i in data.get("items", [])]
            if step is not None:
                entry["unit"] = step.unit.name
        elif event.action in (Action.REFUSE_INTAKE,):
            details.append((_("Reasons"), data.get("reasons", "")))
        elif event.action == Action.RESUBMIT:
            details.append((_("New appointment"), _local(data.get("appointment"))))
        elif event.action in (Action.REQUEST_PAYMENT, Action.RECORD_PAYMENT):
            details.append((_("Amount"), money.vnd(data.get("amount", 0))))
        elif event.action == Action.APOLOGISE:
            entry["unit"] = dossier.lead_agency.name
            details.append((_("Reason"), data.get("reason", "")))
            details.append((_("Previous appointment"), _local(data.get("old_due"))))
            details.append((_("New appointment"), _local(data.get("new_due"))))
        elif event.action == Action.NOTE:
            details.append((_("Previous appointment"), _local(data.get("old_due"))))
            details.append((_("New appointment"), _local(data.get("new_due"))))
        elif event.action == Action.DECIDE:
            entry["unit"] = step.unit.name if step else dossier.lead_agency.name
            refused = data.get("outcome") == "refused"
            details.append((_("Outcome"), _("Refused") if refused else _("Approved")))
            if data.get("reasons"):
                details.append((_("Reasons"), data["reasons"]))
        elif event.action == Action.RETURN:
            entry["unit"] = dossier.agency.name
            details.append((_("How"), methods.get(data.get("method"), data.get("method", ""))))
            details.append((_("Received by"), data.get("received_by", "")))
        elif event.action in (Action.WITHDRAW, Action.STOP):
            details.append((_("Reason"), data.get("reason", "")))
        if event.action == Action.INTERAGENCY:
            entry["unit"] = data.get("agency_name") or entry["unit"]
        entry["details"] = [(label, value) for label, value in details if value not in (None, "")]
        entries.append(entry)
    return entries
