"""Biểu số 06/VPCP/KSTT: dossiers received, resolved and in progress in a period (pure query code).

The exact rule of every column is written in ``docs/reports.md``; in short, for the period
[``S`` = 00:00 of the first day, ``E`` = 00:00 after the last day) in Vietnam time:

* a dossier is *counted* when it was received (``received_at`` set, before ``E``) and its
  processing had not finished before ``S`` — refused at intake, asked to complete before receipt,
  or submitted online and not yet accepted are never received, so never counted;
* (4)/(5) received in the period online / at the desk or by post, (6) received before ``S``;
* (7) processing finished (``finished_at``) before ``E``: early / on time / late from the dossier's
  verdict; withdrawn or stopped dossiers have no verdict and are on time unless the appointment had
  passed when they ended (or when their clock was stopped for a supplement);
* (11) not finished before ``E``: overdue when the appointment date lies before the last day of the
  period (or had passed when the clock stopped for a supplement), else within time — the appointment
  and the pause as they stood at ``E`` (the state of the dossier's last event before ``E``), so a
  closed period's report does not change when later events arrive.

Each row is computed with one grouped SQL query of conditional counts (``COUNT(*) FILTER (WHERE …)``
on PostgreSQL), so the identities 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13 and 3 = 7+11 hold by construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    DateTimeField,
    Exists,
    Expression,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast, Coalesce, TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.catalogue.models import Sector
from motcua.dossiers.models import Channel, Dossier, DossierEvent, DossierStep, Verdict
from motcua.orgs import permissions
from motcua.orgs import selectors as orgs_selectors
from motcua.orgs.models import Agency, Level
from motcua.orgs.permissions import Perm

from .agency_rows import AgencyRows, agency_rows
from .columns import KEYS, LEVEL_LABELS_VI
from .models import ClosedMonth, MonthSummary

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
GROUP_BY = ("level", "agency", "unit", "sector")
LEVEL_ORDER = [Level.PROVINCE, Level.DISTRICT, Level.COMMUNE]


@dataclass(frozen=True)
class Period:
    """A reporting period (kỳ báo cáo): local dates, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("the period starts after it ends")

    @staticmethod
    def _midnight(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.min, tzinfo=TZ)

    @property
    def begins(self) -> dt.datetime:
        """S: 00:00 of the first day."""
        return self._midnight(self.start)

    @property
    def ends(self) -> dt.datetime:
        """E: 00:00 after the last day (exclusive)."""
        return self._midnight(self.end + dt.timedelta(days=1))

    @property
    def last_day(self) -> dt.datetime:
        """00:00 of the last day: an appointment before it had passed by the end of the period."""
        return self._midnight(self.end)


# --- the columns -----------------------------------------------------------------------------


def counted(qs: QuerySet[Dossier], period: Period) -> QuerySet[Dossier]:
    """Dossiers of column 3: received before the end, and not finished before the start."""
    return qs.filter(received_at__lt=period.ends).filter(
        Q(finished_at__isnull=True) | Q(finished_at__gte=period.begins)
    )


class _StateMoment(Func):
    """A moment recorded in an event's state (UTC ISO text, ``2026-06-10T03:00:00+00:00``) as a datetime
    that compares with the dossier's columns: a ``timestamptz`` on PostgreSQL; on SQLite the text Django
    stores (``2026-06-10 03:00:00[.ffffff]``, UTC), so that comparisons and TruncDate read it alike."""

    arity = 1
    output_field = DateTimeField()
    template = "CAST(%(expressions)s AS TIMESTAMP)"

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="(%(expressions)s)::timestamptz", **extra)

    def as_sqlite(self, compiler, connection, **extra):
        template = "REPLACE(REPLACE(%(expressions)s, 'T', ' '), '+00:00', '')"
        return self.as_sql(compiler, connection, template=template, **extra)


def _changed_since(period: Period) -> Q:
    """In progress at E (not resolved before it) and with events at or after E."""
    later = DossierEvent.objects.filter(dossier=OuterRef("pk"), at__gte=period.ends)
    return (Q(finished_at__isnull=True) | Q(finished_at__gte=period.ends)) & Exists(later)


def _state_then(name: str, period: Period, dossier=None) -> Subquery:
    """The text of ``name`` in the state of the dossier's last event before E."""
    before = DossierEvent.objects.filter(dossier=dossier or OuterRef("pk"), at__lt=period.ends).order_by("-seq")
    return Subquery(before.annotate(value=KeyTextTransform(name, "state")).values("value")[:1])


def as_of_end(name: str, period: Period) -> Case | F:
    """The dossier's moment ``name`` as it stood at the end of the period (E).

    Read from the state of the dossier's last event before E when it was still running at E and has
    events since; otherwise the current field already is that state (a dossier resolved before E never
    changes its appointment, pause or verdict again; one without later events has not changed). A
    period that has not ended yet has no later events (events are stamped with their moment, never a
    future one): the current field, so the live path of the current month costs nothing more."""
    if period.ends > timezone.now():
        return F(name)
    return Case(
        When(_changed_since(period), then=_StateMoment(_state_then(name, period))),
        default=F(name),
        output_field=DateTimeField(),
    )


def as_of_end_number(name: str, period: Period) -> Case | F:
    """The dossier's number ``name`` (e.g. ``supplement_requests``) as it stood at the end of the period,
    on the rule of :func:`as_of_end`."""
    if period.ends > timezone.now():
        return F(name)
    return Case(
        When(_changed_since(period), then=Cast(_state_then(name, period), IntegerField())),
        default=F(name),
        output_field=IntegerField(),
    )


def _split(period: Period) -> dict[str, Q]:
    """Conditions of columns 8, 9, 10 (resolved) and 12, 13 (in progress), mutually exclusive.

    Written as plain comparisons rather than one CASE, so PostgreSQL evaluates each count cheaply;
    every NULL case is placed explicitly, so each counted dossier meets exactly one of them.
    """
    resolved = Q(finished_at__lt=period.ends)
    running = Q(finished_at__isnull=True) | Q(finished_at__gte=period.ends)
    due, no_due = Q(original_due_at__isnull=False), Q(original_due_at__isnull=True)
    paused, not_paused = Q(paused_since__isnull=False), Q(paused_since__isnull=True)
    # the appointment had passed (or not) when the clock stopped for a supplement
    stalled, not_stalled = Q(original_due_at__lt=F("paused_since")), Q(original_due_at__gte=F("paused_since"))
    # withdrawn or stopped (no verdict): late only if the appointment had already passed; a dossier
    # resolved before E is read from its current fields (they no longer change once it is resolved)
    late_end = due & ((paused & stalled) | (not_paused & Q(f06_finished_day__gt=F("f06_due_day"))))
    timely_end = no_due | (paused & not_stalled) | (not_paused & Q(f06_finished_day__lte=F("f06_due_day")))
    # in progress at E: the appointment and the pause as they stood at E (aliases f06_due_at, f06_paused_since)
    due_then, no_due_then = Q(f06_due_at__isnull=False), Q(f06_due_at__isnull=True)
    stalled_then = Q(f06_due_at__lt=F("f06_paused_since"))
    not_stalled_then = Q(f06_due_at__gte=F("f06_paused_since"))
    paused_at_end = Q(f06_paused_since__lt=period.ends)
    running_at_end = Q(f06_paused_since__isnull=True) | Q(f06_paused_since__gte=period.ends)
    overdue = due_then & ((paused_at_end & stalled_then) | (running_at_end & Q(f06_due_at__lt=period.last_day)))
    within = no_due_then | (paused_at_end & not_stalled_then) | (running_at_end & Q(f06_due_at__gte=period.last_day))
    no_verdict = Q(verdict="")
    return {
        "c8": resolved & Q(verdict=Verdict.EARLY),
        "c9": resolved & (Q(verdict=Verdict.ON_TIME) | (no_verdict & timely_end)),
        "c10": resolved & (Q(verdict=Verdict.LATE) | (no_verdict & late_end)),
        "c12": running & within,
        "c13": running & overdue,
    }


def _counts(period: Period) -> dict[str, Count]:
    received_in = Q(received_at__gte=period.begins)
    split = _split(period)
    return {
        "c3": Count("pk"),
        "c4": Count("pk", filter=received_in & Q(channel=Channel.ONLINE)),
        "c5": Count("pk", filter=received_in & ~Q(channel=Channel.ONLINE)),
        "c6": Count("pk", filter=Q(received_at__lt=period.begins)),
        "c7": Count("pk", filter=Q(finished_at__lt=period.ends)),
        "c8": Count("pk", filter=split["c8"]),
        "c9": Count("pk", filter=split["c9"]),
        "c10": Count("pk", filter=split["c10"]),
        "c11": Count("pk", filter=Q(finished_at__isnull=True) | Q(finished_at__gte=period.ends)),
        "c12": Count("pk", filter=split["c12"]),
        "c13": Count("pk", filter=split["c13"]),
    }


def annotated(qs: QuerySet[Dossier], period: Period, as_of: bool = True) -> QuerySet[Dossier]:
    """The counted dossiers of ``qs`` with the ``f06_*`` aliases the column conditions read
    (shared by the report and its drill-down, so both see the same dossiers). ``as_of=False`` reads the
    appointment and pause as they are now: columns 12 and 13 are then not those of the period's end
    (the caller takes them from elsewhere — :func:`grouped`, from a closed month's summary)."""
    due_at = as_of_end("original_due_at", period) if as_of else F("original_due_at")
    paused_since = as_of_end("paused_since", period) if as_of else F("paused_since")
    return counted(qs, period).alias(
        f06_finished_day=TruncDate("finished_at", tzinfo=TZ),
        f06_due_day=TruncDate("original_due_at", tzinfo=TZ),
        f06_due_at=due_at,
        f06_paused_since=paused_since,
    )


def aggregate(
    qs: QuerySet[Dossier], period: Period, key: Expression | str | None = None, as_of: bool = True
) -> QuerySet:
    """The bare SQL aggregate: one row ``{"key", "c3" … "c13"}`` per value of ``key`` (one row if None)."""
    qs = annotated(qs, period, as_of)
    if key is None:
        key = Value("")
    key = F(key) if isinstance(key, str) else key
    return qs.annotate(key=key).values("key").annotate(**_counts(period)).order_by()


def bare_aggregate(period: Period, group_by: str = "level") -> list[dict]:
    """Form 06 numbers for the whole database, without labels or permissions (for the benchmark)."""
    key = {"level": "lead_agency__level", "sector": "version__sector_id", "unit": unit_key(period), "agency": None}
    return list(aggregate(Dossier.objects.all(), period, key[group_by]))


# --- closed months: the monthly summaries -----------------------------------------------------
#
# Columns 4, 5 and 7 … 10 count what happened within the period, so they add up over consecutive
# pieces of it; column 6 is what was in progress at its start (the first piece's), 11 … 13 what was in
# progress at its end (the last piece's), and 3 = 4 + 5 + 6. A period is cut into runs of closed
# months, read from ``MonthSummary``, and the days around them, computed from the dossiers.

ADDED = ("c4", "c5", "c7", "c8", "c9", "c10")
AT_END = ("c11", "c12", "c13")


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def stale_from() -> dt.datetime | None:
    """The earliest moment of an event recorded after the month that holds it was closed (an import of
    old history): the closed months ending after it are out of date until recomputed."""
    known = ClosedMonth.objects.aggregate(watermark=Min("last_event_id"), newest=Max("month"))
    if known["newest"] is None:
        return None
    late = DossierEvent.objects.filter(pk__gt=known["watermark"], at__lt=month_period(known["newest"]).ends)
    # ordered by pk so that the database walks the events recorded since the watermark (a day's) and
    # not the index on ``at`` from the beginning of time
    if late.order_by("pk").values_list("pk", flat=True).first() is None:
        return None
    return late.aggregate(first=Min("at"))["first"]


def month_period(first: dt.date) -> Period:
    """The calendar month starting on ``first``."""
    return Period(first, month_end(first))


def closed_months(period: Period) -> set[dt.date]:
    """First days of the whole months of ``period`` whose summary can be read (closed and not stale)."""
    first = period.start if period.start.day == 1 else month_end(period.start) + dt.timedelta(days=1)
    if month_end(first) > period.end:
        return set()
    found = set(ClosedMonth.objects.filter(month__gte=first, month__lte=period.end).values_list("month", flat=True))
    stale = stale_from() if found else None
    return {
        month
        for month in found
        if month_end(month) <= period.end and (stale is None or month_period(month).ends <= stale)
    }


@dataclass(frozen=True)
class Plan:
    """How a period is read: its pieces, each from the summaries (True) or live, and whether the first
    piece runs from inside a closed month to that month's end (its columns 11-13 are then the summary's,
    already read as of that end, so the costly reading of each open dossier's state there is not needed)."""

    pieces: list[tuple[Period, bool]]
    head_closed: bool


def plan(period: Period) -> Plan:
    """One look at the closed months (and the stale events) for the whole period."""
    closed = closed_months(Period(month_start(period.start), period.end))
    head_closed = period.start.day != 1 and month_start(period.start) in closed
    found: list[tuple[Period, bool]] = []
    start = period.start
    while start <= period.end:
        end = min(month_end(start), period.end)
        is_closed = start in closed  # a first day of a month: the piece from a mid-month start never is
        merge = found and found[-1][1] == is_closed and not (head_closed and len(found) == 1)
        if merge:  # the head piece stays alone: it ends at its closed month's end
            found[-1] = (Period(found[-1][0].start, end), is_closed)
        else:
            found.append((Period(start, end), is_closed))
        start = end + dt.timedelta(days=1)
    return Plan(found, head_closed)


def pieces(period: Period) -> list[tuple[Period, bool]]:
    """``period`` cut into consecutive pieces, each either read from the summaries (True) or live."""
    return plan(period).pieces


def _summed_query(qs: QuerySet[MonthSummary], piece: Period, key: Expression | str) -> QuerySet:
    """The summaries' SUM query for ``piece`` (whole closed months), one row per value of ``key``."""
    first, last = piece.start, month_start(piece.end)
    sums = {name: Sum(name) for name in ADDED}
    sums["c6"] = Sum("c6", filter=Q(month=first))
    sums |= {name: Sum(name, filter=Q(month=last)) for name in AT_END}
    key = F(key) if isinstance(key, str) else key
    return qs.filter(month__gte=first, month__lte=last).annotate(key=key).values("key").annotate(**sums).order_by()


def _summed(match: Q | None, piece: Period, key: Expression | str) -> dict:
    """The columns of ``piece`` (whole closed months) per value of ``key``, from the summaries."""
    qs = MonthSummary.objects.all() if match is None else MonthSummary.objects.filter(match)
    rows = _summed_query(qs, piece, key)
    return {row["key"]: {name: int(row[name] or 0) for name in (*ADDED, "c6", *AT_END)} for row in rows}


def _combined(parts: list[dict]) -> dict:
    keys = {key for part in parts for key in part}
    zero = dict.fromkeys(KEYS, 0)
    found = {}
    for key in keys:
        values = dict(zero)
        for name in ADDED:
            values[name] = sum(part.get(key, zero)[name] for part in parts)
        values["c6"] = parts[0].get(key, zero)["c6"]
        for name in AT_END:
            values[name] = parts[-1].get(key, zero)[name]
        values["c3"] = values["c4"] + values["c5"] + values["c6"]
        found[key] = values
    return found


def grouped(
    match: Q | None,
    period: Period,
    live_key: Expression | str,
    summary_key: Expression | str,
    made: Plan | None = None,
) -> dict:
    """Form 06 columns per value of the key for the dossiers matching ``match`` (on ``lead_agency``):
    closed months from the monthly summaries (``summary_key``), the rest from the dossiers (``live_key``).
    ``made``: the period's :func:`plan`, when the caller has it already."""
    made = made or plan(period)
    parts = []
    for index, (piece, closed) in enumerate(made.pieces):
        if closed:
            parts.append(_summed(match, piece, summary_key))
            continue
        qs = Dossier.objects.all() if match is None else Dossier.objects.filter(match)
        as_of = not (index == 0 and made.head_closed)
        part = {row["key"]: row_values(row) for row in aggregate(qs, piece, live_key, as_of=as_of)}
        if not as_of:
            at_end = _summed(match, month_period(month_start(piece.start)), summary_key)
            # every dossier in progress at the month's end is counted in the piece: no group is missing
            for key, values in part.items():
                values.update({name: at_end.get(key, {}).get(name, 0) for name in AT_END})
        parts.append(part)
    return _combined(parts)


# --- grouping keys ---------------------------------------------------------------------------


def unit_key(period: Period | None = None) -> Coalesce | Case:
    """The unit handling the dossier: the unit of its last started counted step (the step it is at,
    or the one at which it was decided, withdrawn or stopped); the competent agency if none started.

    With ``period``, as the dossier stood at its end: steps started at or after E are ignored, and a
    dossier in progress at E that has changed since is in the unit of the step it was at then (from
    the state of its last event before E) when that step is counted — so a dossier handed on, sent
    back or reassigned after the period stays in the row of the unit that held it at the end."""
    started = Q(started_at__isnull=False) if period is None else Q(started_at__lt=period.ends)
    last_step = (
        DossierStep.objects.filter(started, dossier=OuterRef("pk"), counted=True).order_by("-seq").values("unit_id")[:1]
    )
    by_steps = Coalesce(Subquery(last_step), F("lead_agency_id"), output_field=IntegerField())
    if period is None or period.ends > timezone.now():
        return by_steps
    step_then = _state_then("current_step_id", period, OuterRef(OuterRef("pk")))
    counted_then = Exists(DossierStep.objects.filter(pk=Cast(step_then, IntegerField()), counted=True))
    unit_then = Cast(_state_then("current_unit_id", period), IntegerField())
    return Case(
        When(_changed_since(period) & counted_then, then=unit_then), default=by_steps, output_field=IntegerField()
    )


# --- the viewer's scope ----------------------------------------------------------------------


@dataclass
class Scope:
    """Where the viewer may report: the tops of their jurisdiction (Perm.VIEW_REPORTS), and the old
    agencies (ended, merged) whose work went into it."""

    roots: list[Agency]
    whole_province: bool
    predecessors: list[int] = field(default_factory=list)

    def match(self, field: str = "lead_agency") -> Q | None:
        """The condition on ``field`` (the competent agency of a dossier or a monthly summary; ``agency``
        for the receiving desk); None for the whole province."""
        return None if self.whole_province else self._within(f"{field}__")

    def agencies(self) -> QuerySet[Agency]:
        """The agencies whose dossiers the scope counts (today's subtrees and their predecessors)."""
        return Agency.objects.all() if self.whole_province else Agency.objects.filter(self._within(""))

    def _within(self, prefix: str) -> Q:
        """``prefix`` + agency lies in a root's subtree, or is one of the predecessors."""
        match = Q(**{f"{prefix}pk__in": self.predecessors})
        for root in self.roots:
            match |= Q(**{f"{prefix}path__startswith": root.path})
        return match

    def dossiers(self) -> QuerySet[Dossier]:
        """Dossiers whose competent agency lies in the scope (no filter for the whole province)."""
        match = self.match()
        return Dossier.objects.all() if match is None else Dossier.objects.filter(match)


def _valid_tops() -> QuerySet[Agency]:
    """Today's top agencies (a province merged into another has ended and is no longer one)."""
    today = timezone.localdate()
    return Agency.objects.filter(parent__isnull=True).filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))


def _predecessors(roots: list[Agency]) -> list[int]:
    """Ended agencies outside the roots' subtrees whose work went into one of them (a former province's
    agencies merged into the new one, a commune merged into one of the viewer's)."""
    ended = Agency.objects.filter(valid_to__lt=timezone.localdate())
    ended = [a for a in ended if not any(a.is_within(root) for root in roots)]
    if not ended:
        return []
    mapped = orgs_selectors.mapping_to_today(ended)
    targets = Agency.objects.in_bulk(set(mapped.values()))
    return [
        old for old, new in mapped.items() if new in targets and any(targets[new].is_within(root) for root in roots)
    ]


def scope(user, request=None) -> Scope:
    """The viewer's reporting scope; ``PermissionDenied`` (audited) for citizens, anonymous users and
    staff without Perm.VIEW_REPORTS."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return Scope(list(_valid_tops().order_by("path")), whole_province=True)
    found = sorted(permissions.roots(user, Perm.VIEW_REPORTS), key=lambda agency: agency.path)
    if not found:
        from motcua.audit import services as audit

        audit.record_denial(user, perm=str(Perm.VIEW_REPORTS), request=request)
        raise PermissionDenied("report.view refused")
    roots: list[Agency] = []
    for agency in found:
        if not any(agency.is_within(root) for root in roots):
            roots.append(agency)
    tops = set(_valid_tops().values_list("pk", flat=True))
    if tops <= {root.pk for root in roots}:
        return Scope(roots, whole_province=True)
    return Scope(roots, whole_province=False, predecessors=_predecessors(roots))


# --- the report ------------------------------------------------------------------------------


@dataclass
class Row:
    key: str
    label: str
    label_vi: str
    values: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KEYS, 0))
    code: str = ""

    def as_dict(self) -> dict:
        data = {"key": self.key, "label": self.label}
        if self.code:
            data["code"] = self.code
        return data | self.values


@dataclass
class Report:
    period: Period
    group_by: str
    rows: list[Row]
    total: Row
    reporting_unit: str = ""  # đơn vị báo cáo: the top(s) of the viewer's jurisdiction
    closed_months: list[Period] = field(default_factory=list)  # runs read from the monthly summaries


def row_values(row: dict) -> dict[str, int]:
    return {key: int(row[key]) for key in KEYS}


def id_key(field: str = "lead_agency_id") -> ExpressionWrapper:
    """An agency id column as an expression, to group by: grouped by the bare column, PostgreSQL walks the
    whole table through the column's index to get the groups in order (1.8 s instead of 0.08 s at 1 M
    dossiers, its estimate of the counted rows being ten times too high); an expression leaves it a hash."""
    return ExpressionWrapper(F(field) + Value(0), output_field=BigIntegerField())


def by_competent_agency(where: Scope, period: Period, made: Plan | None = None) -> dict[int, dict[str, int]]:
    """The columns per competent agency (the rows by level and by agency are sums of these)."""
    return grouped(where.match(), period, id_key(), id_key(), made)


def _by_level(per_agency: dict[int, dict[str, int]]) -> list[Row]:
    levels = dict(Agency.objects.filter(pk__in=list(per_agency)).values_list("pk", "level"))
    found: dict[str, dict[str, int]] = {}
    for pk, values in per_agency.items():
        sums = found.setdefault(levels[pk], dict.fromkeys(KEYS, 0))
        for key in KEYS:
            sums[key] += values[key]
    return [
        Row(str(level), str(Level(level).label), LEVEL_LABELS_VI[level], found[level])
        for level in LEVEL_ORDER
        if level in found
    ]


def _agency_row(agency: Agency, values: dict[str, int]) -> Row:
    return Row(str(agency.pk), agency.name, agency.name, values, code=agency.code or "")


def agency_layout(where: Scope, period: Period, view: str = "then") -> AgencyRows:
    """Which row of the report by agency each agency of the scope falls in (see ``agency_rows``)."""
    return agency_rows(where.roots, list(where.agencies().values_list("pk", flat=True)), period.end, view)


def _by_agency(where: Scope, period: Period, view: str, found: dict[int, dict[str, int]]) -> list[Row]:
    """One row per agency directly under each of the viewer's top agencies (as they were at the end of
    the period, or mapped onto today's agencies), and one for the top's own dossiers; ``found``: the
    columns per competent agency."""
    layout = agency_layout(where, period, view)
    rows: list[Row] = []
    for agency, kind in layout.order:
        members = [pk for pk in layout.members.get(agency.pk, ()) if pk in found]
        values = {key: sum(found[pk][key] for pk in members) for key in KEYS}
        if kind == "own":
            if members:
                label = _("%(agency)s (its own dossiers)") % {"agency": agency.name}
                rows.append(Row(str(agency.pk), label, f"{agency.name} (trực tiếp)", values, code=agency.code or ""))
        elif members or kind == "child":
            rows.append(_agency_row(agency, values))
    return rows


def _by_unit(qs: QuerySet[Dossier], period: Period) -> list[Row]:
    found = {row["key"]: row_values(row) for row in aggregate(qs, period, unit_key(period))}
    units = Agency.objects.filter(pk__in=list(found)).order_by("path")
    return [_agency_row(unit, found[unit.pk]) for unit in units]


def _by_sector(where: Scope, period: Period, made: Plan) -> list[Row]:
    found = grouped(where.match(), period, "version__sector_id", "sector_id", made)
    sectors = Sector.objects.filter(pk__in=list(found)).order_by("name", "code")
    return [Row(sector.code, sector.name, sector.name, found[sector.pk], code=sector.code) for sector in sectors]


def total(rows: list[Row]) -> Row:
    """The total row (Tổng cộng) of ``rows``."""
    found = Row("total", _("Total"), "Tổng cộng")
    for row in rows:
        for key in KEYS:
            found.values[key] += row.values[key]
    return found


def report(user, period: Period, group_by: str = "level", request=None, agencies: str = "then") -> Report:
    """Form 06 for ``period`` within the viewer's jurisdiction, one row per level, agency, unit or sector.

    ``agencies`` (rows by agency): ``then`` — the agencies as they were at the end of the period;
    ``today`` — mapped onto today's agencies (see ``agency_rows``)."""
    if group_by not in GROUP_BY:
        raise ValueError(f"unknown grouping {group_by!r}")
    where = scope(user, request)
    made = plan(period)
    if group_by == "level":
        rows = _by_level(by_competent_agency(where, period, made))
    elif group_by == "agency":
        rows = _by_agency(where, period, agencies, by_competent_agency(where, period, made))
    elif group_by == "sector":
        rows = _by_sector(where, period, made)
    else:  # a dossier changes unit within a period: not kept in the monthly summaries
        rows = _by_unit(where.dossiers(), period)
    closed = [] if group_by == "unit" else [piece for piece, is_closed in made.pieces if is_closed]
    return Report(period, group_by, rows, total(rows), reporting_unit(where), closed)


def reporting_unit(where: Scope) -> str:
    return ", ".join(root.name for root in where.roots)


def level_and_agency(user, period: Period, request=None, agencies: str = "then") -> tuple[Report, Report]:
    """The reports by level and by agency from one computation per competent agency (the dashboard)."""
    where = scope(user, request)
    made = plan(period)
    per_agency = by_competent_agency(where, period, made)
    closed = [piece for piece, is_closed in made.pieces if is_closed]
    level_rows = _by_level(per_agency)
    agency_rows_ = _by_agency(where, period, agencies, per_agency)
    return (
        Report(period, "level", level_rows, total(level_rows), reporting_unit(where), closed),
        Report(period, "agency", agency_rows_, total(agency_rows_), reporting_unit(where), closed),
    )


def check_identities(values: dict[str, int]) -> list[str]:
    """The checks of the form that fail for ``values`` (empty when all hold)."""
    v = values
    checks = {
        "3 = 4+5+6": v["c3"] == v["c4"] + v["c5"] + v["c6"],
        "7 = 8+9+10": v["c7"] == v["c8"] + v["c9"] + v["c10"],
        "11 = 12+13": v["c11"] == v["c12"] + v["c13"],
        "3 = 7+11": v["c3"] == v["c7"] + v["c11"],
    }
    return [name for name, ok in checks.items() if not ok]
