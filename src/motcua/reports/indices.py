"""The nine scoring indices of Circular 01/2018/TT-VPCP (Art 13–15), per dossier, officer and unit.

Each index gives 0, 1 or 2 points. Indices 1, 2, 3, 4, 6 and 7 are scored per dossier; an agency's
(or officer's) score for one of them is the sum of its dossiers' points divided by the number of its
dossiers, to one decimal (Art 15(2)). Indices 5, 8 and 9 are scored once per agency (Art 14).

Which dossiers count: those *decided* in the period (``figures.resolved``: ``finished_at`` in the
period and a verdict) within the viewer's scope; a dossier still in progress has no final time.
The unit of a dossier is its competent agency (``lead_agency``); the officers of a dossier are the
handlers of its counted or inter-agency steps. Every rule and choice is written in docs/indices.md.

The report is computed with grouped SQL: one query scores every dossier (a ``CASE`` per index) and
an outer query groups those scores by agency or officer, so a province-year of a million dossiers is
one scan. :func:`dossier_breakdown` applies the same rules in Python to a single dossier, for the
page that explains a score; the tests check that both agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db import connections, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from motcua.catalogue import selectors as catalogue
from motcua.catalogue.models import OnlineService, ProcedureVersion
from motcua.dossiers.models import Channel, Dossier, DossierEvent, DossierStep, Verdict
from motcua.dossiers.workflow import Action
from motcua.orgs import permissions
from motcua.orgs.models import Agency, AgencyKind, Level
from motcua.orgs.permissions import Perm
from motcua.petitions.models import Petition, PetitionKind, PetitionStatus
from motcua.petitions.selectors import HandlingSummary, handling_summary

from . import figures, form06

TENTH = Decimal("0.1")
DOSSIER_INDICES = (1, 2, 3, 4, 6, 7)
UNIT_INDICES = (5, 8, 9)
STAFF_INDICES = (1, 2, 3, 4, 7)
ALL_INDICES = tuple(range(1, 10))

NAMES = {
    1: _("Total time to resolve the procedure compared with the law"),
    2: _("Time taken by each participating agency or unit"),
    3: _("Number of contacts with the desk to complete the dossier"),
    4: _("Number of bodies contacted to complete the dossier"),
    5: _("Receiving, resolving and returning at the one-stop desk"),
    6: _("Publication of the procedure"),
    7: _("Attitude of the officials"),
    8: _("Handling of feedback and petitions"),
    9: _("Online public services"),
}

# Index 5: share of the listed procedures fully handled at the desk (“4 tại chỗ”) for 2 points.
DESK_TARGET = {Level.PROVINCE: Decimal(20), Level.DISTRICT: Decimal(50), Level.COMMUNE: Decimal(100)}
# Index 8: on-time share of petitions for 1 point (100 % and none prolonged: 2 points).
PETITION_ONE_POINT = Decimal(90)
# Index 9: online services among the listed procedures, online dossiers among those received.
ONLINE_SERVICES_TARGET = Decimal(20)
ONLINE_DOSSIERS_TARGET = Decimal(30)
ONLINE_DOSSIERS_ONE_POINT = Decimal(15)
COMPLAINT_STATUSES = (PetitionStatus.ANSWERED, PetitionStatus.PUBLISHED)

# Grade bands (Art 15(3)).
UNIT_GRADES = [
    (Decimal(15), "excellent", _("Excellent")),
    (Decimal(12), "good", _("Good")),
    (Decimal(9), "fair", _("Fair")),
    (Decimal(6), "average", _("Average")),
    (Decimal(0), "weak", _("Weak")),
]
STAFF_BANDS = [
    (Decimal(5), "full", _("100 % of tasks done")),
    (Decimal("3.5"), "most", _("70 % to under 100 % of tasks done")),
    (Decimal(0), "under_70", _("Under 70 % of tasks done")),
]


def round1(value: Decimal) -> Decimal:
    """One decimal, half up (Art 15(2))."""
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


def unit_grade(total: Decimal) -> tuple[str, str]:
    """(code, label) of the unit's grade for the sum of its nine index scores."""
    for floor, code, label in UNIT_GRADES:
        if total >= floor:
            return code, str(label)
    return UNIT_GRADES[-1][1], str(UNIT_GRADES[-1][2])


def staff_band(total: Decimal) -> tuple[str, str]:
    """(code, label) of an officer's band for the sum of indices 1, 2, 3, 4 and 7."""
    for floor, code, label in STAFF_BANDS:
        if total >= floor:
            return code, str(label)
    return STAFF_BANDS[-1][1], str(STAFF_BANDS[-1][2])


# --- per-dossier scores in SQL ------------------------------------------------------------------


def _complaint() -> Q:
    """A verified complaint about the officials: the citizen rated the attitude “not polite”, or a
    petition about staff conduct linked to the dossier was answered."""
    petition = Petition.objects.filter(
        dossier=OuterRef("pk"), kind=PetitionKind.STAFF_CONDUCT, status__in=COMPLAINT_STATUSES
    )
    return Q(evaluation__attitude="not_polite") | Q(Exists(petition))


def score_expressions(index2: bool = True) -> dict[str, object]:
    """One SQL expression per dossier index on the ``Dossier`` queryset: 0, 1 or 2 points.

    Index 2 is a correlated ``MIN`` over the dossier's steps (an index probe per dossier, cheaper than
    joining every step of the table); leave it out with ``index2=False`` when it is not needed.
    """
    index1 = Case(
        When(verdict=Verdict.EARLY, then=Value(2)),
        When(verdict=Verdict.ON_TIME, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    index3 = Case(
        When(Q(supplement_requests__gt=1) | Q(evaluation__contacts="more"), then=Value(0)),
        When(Q(supplement_requests=1) | Q(evaluation__contacts="twice"), then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    index4 = Case(
        When(evaluation__bodies="more", then=Value(0)),
        When(evaluation__bodies="one", then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    published = Q(version__state=ProcedureVersion.State.PUBLISHED)
    index6 = Case(
        When(published & Q(version__at_desk=True), then=Value(2)),
        When(published | Q(version__at_desk=True), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    index7 = Case(
        When(_complaint(), then=Value(0)),
        When(verdict=Verdict.EARLY, then=Value(2)),
        When(verdict=Verdict.ON_TIME, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    found = {"i1": index1, "i3": index3, "i4": index4, "i6": index6, "i7": index7}
    if index2:
        worst_step = (
            DossierStep.objects.filter(Q(counted=True) | Q(interagency=True), dossier=OuterRef("pk"))
            .exclude(verdict="")
            .annotate(points=_verdict_points())
            .order_by("points")
            .values("points")[:1]
        )
        found["i2"] = Coalesce(Subquery(worst_step, output_field=IntegerField()), index1)
    return found


def _verdict_points() -> Case:
    return Case(
        When(verdict=Verdict.EARLY, then=Value(2)),
        When(verdict=Verdict.ON_TIME, then=Value(1)),
        When(verdict=Verdict.LATE, then=Value(0)),
        default=None,
        output_field=IntegerField(),
    )


def scored(dossiers: QuerySet[Dossier], index2: bool = True) -> QuerySet:
    """``{"ref", "grp", "i1", ["i2",] "i3", "i4", "i6", "i7"}`` per dossier (grp: the competent agency)."""
    expressions = score_expressions(index2)
    return (
        dossiers.annotate(ref=F("pk"), grp=F("lead_agency_id"), **expressions)
        .values("ref", "grp", *sorted(expressions))
        .order_by()
    )


def _sql(qs: QuerySet) -> tuple[str, tuple]:
    sql, params = qs.query.sql_with_params()
    return sql, tuple(params)


_STEP = DossierStep._meta.db_table
_EVENT = DossierEvent._meta.db_table
_POINTS = "CASE st.verdict WHEN %s THEN 2 WHEN %s THEN 1 WHEN %s THEN 0 END"
_POINT_PARAMS = (Verdict.EARLY.value, Verdict.ON_TIME.value, Verdict.LATE.value)
_JUDGED = "(st.counted OR st.interagency) AND st.verdict <> ''"


def _ctes(dossiers: QuerySet[Dossier], officers: bool = False, period: form06.Period | None = None):
    """``WITH`` clauses shared by the report queries, and their parameters.

    * ``d(ref, grp, i1, i2, i3, i4, i6, i7)``: the points of every dossier of ``dossiers`` (Django's SQL
      for :func:`scored`; without ``i2`` for officers, whose index 2 comes from their own steps).
      ``MATERIALIZED`` on PostgreSQL: otherwise the planner may copy each ``CASE`` (and its correlated
      subqueries) into every ``SUM`` that reads it;
    * with ``officers``, ``h(officer, ref, own)``: each officer's worst step per dossier (see
      :func:`officer_tallies`).
    """
    inner, params = _sql(scored(dossiers, index2=not officers))
    materialized = "MATERIALIZED " if connections[dossiers.db].vendor == "postgresql" else ""
    sql = f"WITH d AS {materialized}({inner})"
    if officers:
        at, at_params = "", ()
        if period is not None:
            adapt = connections[dossiers.db].ops.adapt_datetimefield_value  # as the ORM would pass them
            at, at_params = " AND e.at >= %s AND e.at < %s", (adapt(period.begins), adapt(period.ends))
        from_step = (
            "CAST(e.data ->> 'from_step' AS INTEGER)"
            if connections[dossiers.db].vendor == "postgresql"
            else "CAST(json_extract(e.data, '$.from_step') AS INTEGER)"
        )
        sql += (
            ", h AS (SELECT u.officer, u.ref, MIN(u.points) AS own FROM ("  # noqa: S608
            # steps with a handler
            f"SELECT st.handler_id AS officer, st.dossier_id AS ref, {_POINTS} AS points FROM {_STEP} st "
            "JOIN d ON d.ref = st.dossier_id WHERE st.handler_id IS NOT NULL AND (st.counted OR st.interagency) "
            # a deciding step without one: who recorded the decision
            f"UNION ALL SELECT e.actor_id, e.dossier_id, {_POINTS} FROM {_EVENT} e "
            f"JOIN d ON d.ref = e.dossier_id JOIN {_STEP} st ON st.id = e.step_id "
            "WHERE e.action = %s AND e.actor_id IS NOT NULL AND st.handler_id IS NULL "
            f"AND (st.counted OR st.interagency){at} "
            # any other step without one: who handed the dossier on from it (data.from_step)
            f"UNION ALL SELECT e.actor_id, e.dossier_id, {_POINTS} FROM {_EVENT} e "
            f"JOIN d ON d.ref = e.dossier_id JOIN {_STEP} st ON st.dossier_id = e.dossier_id "
            f"AND st.seq = {from_step} "
            f"WHERE e.action = %s AND e.actor_id IS NOT NULL AND st.handler_id IS NULL AND {_JUDGED}"
            ") u GROUP BY u.officer, u.ref)"
        )
        params = (
            params
            + _POINT_PARAMS  # steps with a handler
            + _POINT_PARAMS  # deciding steps
            + (Action.DECIDE.value,)
            + at_params
            + _POINT_PARAMS
            + (Action.FORWARD.value,)
        )
    return sql, params


def lowest(dossiers: QuerySet[Dossier], limit: int = 50) -> list[tuple[int, dict[int, int]]]:
    """The ``limit`` dossiers with the fewest points over the six per-dossier indices, in SQL."""
    ctes, params = _ctes(dossiers)
    sql = (
        f"{ctes} SELECT d.ref, d.i1, d.i2, d.i3, d.i4, d.i6, d.i7 FROM d "  # noqa: S608 — fixed SQL
        "ORDER BY d.i1 + d.i2 + d.i3 + d.i4 + d.i6 + d.i7, d.ref LIMIT %s"
    )
    rows = _run(sql, (*params, int(limit)), dossiers.db)
    return [(row[0], dict(zip(DOSSIER_INDICES, row[1:], strict=True))) for row in rows]


def dossier_scores(dossiers: QuerySet[Dossier]) -> dict[int, dict[int, int]]:
    """{dossier pk: {index: points}} from the SQL rules (for tests and short lists)."""
    ctes, params = _ctes(dossiers)
    sql = f"{ctes} SELECT d.ref, d.i1, d.i2, d.i3, d.i4, d.i6, d.i7 FROM d"  # noqa: S608 — fixed SQL
    return {row[0]: dict(zip(DOSSIER_INDICES, row[1:], strict=True)) for row in _run(sql, params, dossiers.db)}


def _tally_columns(prefix: str, numbers: tuple[int, ...], index2: str | None = None) -> list[str]:
    columns = []
    for n in numbers:
        expr = index2 if (n == 2 and index2) else f"{prefix}.i{n}"
        columns.append(f"SUM(CASE WHEN {expr} = 2 THEN 1 ELSE 0 END)")
        columns.append(f"SUM(CASE WHEN {expr} = 1 THEN 1 ELSE 0 END)")
    return columns


def _run(sql: str, params: tuple, using: str) -> list[tuple]:
    """Run a report query. On PostgreSQL without JIT compilation: the planner's cost estimates for these
    nested derived tables are high enough to trigger it, and compiling cost more than it saved (0.7 s
    of 2 s on the benchmark's officer query)."""
    connection = connections[using]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, params)
        return cursor.fetchall()


@dataclass
class Tally:
    """How one per-dossier index was scored over a set of dossiers."""

    number: int
    dossiers: int
    at2: int
    at1: int

    @property
    def at0(self) -> int:
        return self.dossiers - self.at2 - self.at1

    @property
    def points(self) -> int:
        """Σ points of the dossiers."""
        return 2 * self.at2 + self.at1

    @property
    def exact(self) -> Decimal | None:
        return Decimal(self.points) / Decimal(self.dossiers) if self.dossiers else None

    @property
    def score(self) -> Decimal | None:
        """Σ points / number of dossiers, one decimal half up."""
        exact = self.exact
        return round1(exact) if exact is not None else None

    @property
    def name(self) -> str:
        return str(NAMES[self.number])

    def as_dict(self) -> dict:
        return {
            "score": _num(self.score),
            "dossiers": self.dossiers,
            "at_2": self.at2,
            "at_1": self.at1,
            "at_0": self.at0,
            "points": self.points,
        }


def _num(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _tallies(row: tuple, numbers: tuple[int, ...]) -> tuple[int, dict[int, Tally]]:
    count = int(row[0])
    values = [int(v or 0) for v in row[1:]]
    return count, {n: Tally(n, count, values[2 * i], values[2 * i + 1]) for i, n in enumerate(numbers)}


def unit_tallies(dossiers: QuerySet[Dossier]) -> dict[int, tuple[int, dict[int, Tally]]]:
    """{agency pk: (dossiers, {index: Tally})} for indices 1, 2, 3, 4, 6, 7, grouped by competent agency."""
    ctes, params = _ctes(dossiers)
    columns = ", ".join(["COUNT(*)", *_tally_columns("d", DOSSIER_INDICES)])
    sql = f"{ctes} SELECT d.grp, {columns} FROM d GROUP BY d.grp"  # noqa: S608 — the inner SQL is Django's
    return {row[0]: _tallies(row[1:], DOSSIER_INDICES) for row in _run(sql, params, dossiers.db)}


def officer_tallies(
    dossiers: QuerySet[Dossier], period: form06.Period | None = None
) -> dict[int, tuple[int, dict[int, Tally]]]:
    """{user pk: (dossiers, {index: Tally})} for indices 1, 2, 3, 4, 7; index 2 from the officer's own steps.

    A step's officer is its handler. A step left without one is the official's who finished it: for the
    deciding step (a leader's approval) the actor of its ``decide`` event, found among the events of the
    period when ``period`` is given (the decision of a dossier decided in the period lies in it); for any
    other step the actor of the ``forward`` event that handed the dossier on from it (an inter-agency
    step answered by the other agency, a unit head's assignment). An officer's index 2 is their worst
    own step, or the dossier's index 1 when none of their steps has a verdict.
    """
    ctes, params = _ctes(dossiers, officers=True, period=period)
    columns = ", ".join(["COUNT(*)", *_tally_columns("d", STAFF_INDICES, index2="COALESCE(h.own, d.i1)")])
    sql = f"{ctes} SELECT h.officer, {columns} FROM d JOIN h ON h.ref = d.ref GROUP BY h.officer"  # noqa: S608
    return {row[0]: _tallies(row[1:], STAFF_INDICES) for row in _run(sql, params, dossiers.db)}


# --- per-unit indices 5, 8, 9 -------------------------------------------------------------------


@dataclass
class Listed:
    """Procedures listed for an agency (in force on the period's last day)."""

    total: int = 0
    on_the_spot: int = 0
    at_desk: int = 0
    online: int = 0  # with a partial or full online service (≈ former level 3–4)

    def add(self, other: Listed) -> None:
        self.total += other.total
        self.on_the_spot += other.on_the_spot
        self.at_desk += other.at_desk
        self.online += other.online


def listed_counts(day: dt.date) -> dict[tuple[int | None, str], Listed]:
    """{(implementing agency pk or None, level): Listed} over the procedures in force on ``day``."""
    rows = (
        catalogue.in_force(day)
        .values_list("implementing_agency_id", "level")
        .annotate(
            n=Count("id"),
            spot=Count("id", filter=Q(on_the_spot=True)),
            desk=Count("id", filter=Q(at_desk=True)),
            online=Count("id", filter=~Q(online_service=OnlineService.NONE)),
        )
        .order_by()
    )
    return {(agency, level): Listed(n, spot, desk, online) for agency, level, n, spot, desk, online in rows}


def listed_for(agency: Agency, counts: dict[tuple[int | None, str], Listed]) -> Listed:
    """The agency's listed procedures: those it implements, plus those of its level with no named agency."""
    found = Listed()
    for (implementing, level), row in counts.items():
        if implementing == agency.pk or (implementing is None and level == agency.level):
            found.add(row)
    return found


def share(part: int, whole: int) -> Decimal | None:
    """part / whole in per cent, 2 decimals; None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class UnitPoint:
    """An index scored once per agency: the points, the rule that gave them and the facts used."""

    number: int
    points: int
    rule: str
    facts: dict[str, object]

    @property
    def score(self) -> Decimal:
        return Decimal(self.points)

    @property
    def name(self) -> str:
        return str(NAMES[self.number])

    def as_dict(self) -> dict:
        return {
            "score": str(self.score),
            "points": self.points,
            "rule": self.rule,
            "facts": {k: (str(v) if isinstance(v, Decimal) else v) for k, v in self.facts.items()},
        }


def index5(agency: Agency, listed: Listed) -> UnitPoint:
    target = DESK_TARGET.get(agency.level, Decimal(20))
    spot = share(listed.on_the_spot, listed.total)
    facts = {
        "level": agency.level,
        "listed": listed.total,
        "on_the_spot": listed.on_the_spot,
        "on_the_spot_share": spot,
        "target": target,
        "at_desk": listed.at_desk,
    }
    if not listed.total:
        return UnitPoint(5, 0, str(_("no procedure is listed for the agency: 0 points")), facts)
    if spot >= target:
        return UnitPoint(5, 2, str(_("fully handled at the desk for at least the target share: 2 points")), facts)
    if listed.at_desk == listed.total:
        return UnitPoint(5, 1, str(_("every listed procedure is received at the desk: 1 point")), facts)
    return UnitPoint(5, 0, str(_("some listed procedures are not received at the desk: 0 points")), facts)


def index8(summary: HandlingSummary) -> UnitPoint:
    due = summary.handled + summary.open_overdue
    rate = share(summary.handled_on_time, due)
    facts = {
        "received": summary.received,
        "handled": summary.handled,
        "handled_on_time": summary.handled_on_time,
        "open_overdue": summary.open_overdue,
        "on_time_share": rate,
    }
    if not due:
        return UnitPoint(8, 2, str(_("no petition was handled or overdue in the period: 2 points")), facts)
    if summary.handled_on_time == due:
        return UnitPoint(8, 2, str(_("every petition handled on time, none prolonged: 2 points")), facts)
    if rate >= PETITION_ONE_POINT:
        return UnitPoint(8, 1, str(_("at least 90 % handled on time: 1 point")), facts)
    return UnitPoint(8, 0, str(_("under 90 % handled on time: 0 points")), facts)


@dataclass
class OnlineDossiers:
    received: int = 0
    online: int = 0
    online_late: int = 0  # online dossiers resolved late in the period
    online_overdue: int = 0  # online dossiers in progress and overdue at the end of the period


def index9(listed: Listed, dossiers: OnlineDossiers) -> UnitPoint:
    services = share(listed.online, listed.total)
    online = share(dossiers.online, dossiers.received)
    facts = {
        "listed": listed.total,
        "online_services": listed.online,
        "online_services_share": services,
        "received": dossiers.received,
        "online_dossiers": dossiers.online,
        "online_share": online,
        "online_late": dossiers.online_late,
        "online_overdue": dossiers.online_overdue,
    }
    if online is None:
        return UnitPoint(9, 0, str(_("no dossier was received in the period: 0 points")), facts)
    timely = not dossiers.online_late and not dossiers.online_overdue
    if services is not None and services >= ONLINE_SERVICES_TARGET and online >= ONLINE_DOSSIERS_TARGET and timely:
        return UnitPoint(
            9,
            2,
            str(_("≥ 20 % online services, ≥ 30 % online dossiers, none late or overdue: 2 points")),
            facts,
        )
    if online >= ONLINE_DOSSIERS_ONE_POINT:
        return UnitPoint(9, 1, str(_("at least 15 % online dossiers: 1 point")), facts)
    return UnitPoint(9, 0, str(_("under 15 % online dossiers: 0 points")), facts)


def online_dossiers(dossiers: QuerySet[Dossier], period: form06.Period) -> dict[int, OnlineDossiers]:
    """{agency pk: OnlineDossiers} from Form 06 grouped by competent agency (columns 4, 5, 10, 13)."""
    found: dict[int, OnlineDossiers] = {}
    for row in form06.aggregate(dossiers, period, "lead_agency_id"):
        found[row["key"]] = OnlineDossiers(received=int(row["c4"]) + int(row["c5"]), online=int(row["c4"]))
    for row in form06.aggregate(dossiers.filter(channel=Channel.ONLINE), period, "lead_agency_id"):
        entry = found.setdefault(row["key"], OnlineDossiers())
        entry.online_late, entry.online_overdue = int(row["c10"]), int(row["c13"])
    return found


def petition_agencies(agency: Agency, units: list[tuple[int, str]] | None = None) -> list[int]:
    """The agency and its internal units (kind “unit”) — whose petitions count for index 8.

    ``units``: (pk, path) of every internal unit, when the caller has them (one query for all agencies).
    """
    if units is None:
        units = list(
            Agency.objects.filter(path__startswith=agency.path, kind=AgencyKind.UNIT).values_list("pk", "path")
        )
    return [agency.pk, *(pk for pk, path in units if pk != agency.pk and path.startswith(agency.path))]


# --- the report ---------------------------------------------------------------------------------


@dataclass
class UnitRow:
    agency: Agency
    dossiers: int
    tallies: dict[int, Tally]
    unit_points: dict[int, UnitPoint]

    def score(self, number: int) -> Decimal | None:
        if number in self.unit_points:
            return self.unit_points[number].score
        return self.tallies[number].score

    @property
    def scores(self) -> list[tuple[int, Decimal | None]]:
        return [(n, self.score(n)) for n in ALL_INDICES]

    @property
    def total(self) -> Decimal:
        """Σ of the nine index scores (each already rounded to one decimal)."""
        return sum((self.score(n) or Decimal(0) for n in ALL_INDICES), Decimal(0))

    @property
    def grade(self) -> tuple[str, str]:
        return unit_grade(self.total)

    def as_dict(self) -> dict:
        indices = {str(n): self.tallies[n].as_dict() for n in DOSSIER_INDICES}
        indices |= {str(n): self.unit_points[n].as_dict() for n in UNIT_INDICES}
        code, label = self.grade
        return {
            "agency": {
                "id": self.agency.pk,
                "name": self.agency.name,
                "code": self.agency.code or "",
                "level": self.agency.level,
            },
            "dossiers": self.dossiers,
            "indices": dict(sorted(indices.items(), key=lambda kv: int(kv[0]))),
            "total": str(self.total),
            "grade": code,
            "grade_label": label,
        }


@dataclass
class OfficerRow:
    officer_id: int
    name: str
    dossiers: int
    tallies: dict[int, Tally]

    @property
    def total(self) -> Decimal:
        return sum((self.tallies[n].score or Decimal(0) for n in STAFF_INDICES), Decimal(0))

    @property
    def band(self) -> tuple[str, str]:
        return staff_band(self.total)

    def as_dict(self) -> dict:
        code, label = self.band
        return {
            "officer": {"id": self.officer_id, "name": self.name},
            "dossiers": self.dossiers,
            "indices": {str(n): self.tallies[n].as_dict() for n in STAFF_INDICES},
            "total": str(self.total),
            "band": code,
            "band_label": label,
        }


@dataclass
class Report:
    period: form06.Period
    scope_label: str
    units: list[UnitRow] = field(default_factory=list)
    officers: list[OfficerRow] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "scope": self.scope_label,
            "units": [row.as_dict() for row in self.units],
            "officers": [row.as_dict() for row in self.officers],
        }


def decided(dossiers: QuerySet[Dossier], period: form06.Period) -> QuerySet[Dossier]:
    """The dossiers that count: decided in the period (``figures.resolved``)."""
    return figures.resolved(dossiers, period)


def unit_rows(dossiers: QuerySet[Dossier], period: form06.Period) -> list[UnitRow]:
    """One row per competent agency with at least one dossier decided in the period."""
    tallies = unit_tallies(decided(dossiers, period))
    if not tallies:
        return []
    agencies = Agency.objects.in_bulk(list(tallies))
    counts = listed_counts(period.end)
    online = online_dossiers(dossiers.filter(lead_agency_id__in=list(tallies)), period)
    units = list(Agency.objects.filter(kind=AgencyKind.UNIT).values_list("pk", "path"))
    rows = []
    for pk, (count, found) in tallies.items():
        agency = agencies[pk]
        listed = listed_for(agency, counts)
        points = {
            5: index5(agency, listed),
            8: index8(handling_summary(petition_agencies(agency, units), period.start, period.end)),
            9: index9(listed, online.get(pk, OnlineDossiers())),
        }
        rows.append(UnitRow(agency, count, found, points))
    return sorted(rows, key=lambda row: row.agency.path)


def officer_rows(dossiers: QuerySet[Dossier], period: form06.Period) -> list[OfficerRow]:
    from django.contrib.auth import get_user_model

    tallies = officer_tallies(decided(dossiers, period), period)
    users = get_user_model().objects.in_bulk(list(tallies))
    rows = [
        OfficerRow(pk, (users[pk].get_full_name() or users[pk].get_username()) if pk in users else "", count, found)
        for pk, (count, found) in tallies.items()
    ]
    return sorted(rows, key=lambda row: (row.name, row.officer_id))


def report(dossiers: QuerySet[Dossier], period: form06.Period, scope_label: str = "") -> Report:
    """The nine indices per agency and indices 1, 2, 3, 4, 7 per officer, for the dossiers given."""
    return Report(period, scope_label, unit_rows(dossiers, period), officer_rows(dossiers, period))


def unit_report(agency: Agency, dossiers: QuerySet[Dossier], period: form06.Period) -> UnitRow | None:
    """The row of one agency (its own dossiers: competent agency = ``agency``), or None without dossiers."""
    rows = unit_rows(dossiers.filter(lead_agency=agency), period)
    return rows[0] if rows else None


# --- the viewer's scope -----------------------------------------------------------------------


@dataclass
class Where:
    """What a report covers: the dossiers, a label, and the agencies whose petitions count (None: all)."""

    dossiers: QuerySet[Dossier]
    label: str
    petition_agencies: list[int] | None
    agency: Agency | None = None


def where(user, agency: Agency | None = None, request=None) -> Where:
    """The viewer's reporting scope (Perm.VIEW_REPORTS), narrowed to ``agency``'s subtree when given.

    ``PermissionDenied`` (audited) for viewers without the permission, or when ``agency`` lies outside
    their jurisdiction.
    """
    scope = form06.scope(user, request)
    if agency is not None:
        permissions.require(user, Perm.VIEW_REPORTS, agency, request=request)
        subtree = Agency.objects.filter(path__startswith=agency.path)
        return Where(
            Dossier.objects.filter(lead_agency__path__startswith=agency.path),
            agency.name,
            list(subtree.values_list("pk", flat=True)),
            agency,
        )
    label = ", ".join(root.name for root in scope.roots)
    if scope.whole_province:
        return Where(scope.dossiers(), label, None)
    match = Q(pk__in=[])
    for root in scope.roots:
        match |= Q(path__startswith=root.path)
    return Where(scope.dossiers(), label, list(Agency.objects.filter(match).values_list("pk", flat=True)))


# --- one dossier, in Python -------------------------------------------------------------------


@dataclass
class DossierIndex:
    number: int
    points: int
    rule: str
    data: list[tuple[str, object]]

    @property
    def name(self) -> str:
        return str(NAMES[self.number])


VERDICT_POINTS = {Verdict.EARLY: 2, Verdict.ON_TIME: 1, Verdict.LATE: 0}


def dossier_breakdown(dossier: Dossier) -> list[DossierIndex]:
    """Indices 1, 2, 3, 4, 6 and 7 of one dossier: the data used, the rule applied, the points."""
    from motcua.evaluations.models import Evaluation

    evaluation = Evaluation.objects.filter(dossier=dossier).first()
    verdict = dossier.verdict
    i1 = VERDICT_POINTS.get(verdict, 0)
    result = [
        DossierIndex(
            1,
            i1,
            str(_("early: 2, on time: 1, late: 0 (the dossier's verdict against its appointment)")),
            [
                (str(_("verdict")), dossier.get_verdict_display() or "—"),
                (str(_("appointment")), dossier.original_due_at),
                (str(_("decided at")), dossier.finished_at),
            ],
        )
    ]
    steps = list(dossier.steps.select_related("unit").order_by("seq"))
    judged = [s for s in steps if (s.counted or s.interagency) and s.verdict]
    if judged:
        i2 = min(VERDICT_POINTS[s.verdict] for s in judged)
        rule2 = str(_("the lowest of the steps' points (early 2, on time 1, late 0)"))
    else:
        i2, rule2 = i1, str(_("no step has a verdict: the points of index 1"))
    result.append(
        DossierIndex(
            2,
            i2,
            rule2,
            [
                (
                    f"{s.seq}. {s.name} — {s.unit.name}" + (" ({})".format(_("inter-agency")) if s.interagency else ""),
                    s.get_verdict_display() or "—",
                )
                for s in steps
                if s.counted or s.interagency
            ],
        )
    )
    contacts = evaluation.contacts if evaluation else ""
    requests = dossier.supplement_requests
    if requests > 1 or contacts == "more":
        i3 = 0
    elif requests == 1 or contacts == "twice":
        i3 = 1
    else:
        i3 = 2
    result.append(
        DossierIndex(
            3,
            i3,
            str(
                _(
                    "no supplement request: 2, one: 1, more: 0; the citizen's answer (once 2, twice 1, "
                    "more 0) lowers it when worse"
                )
            ),
            [
                (str(_("supplement requests")), requests),
                (str(_("citizen's answer")), evaluation.get_contacts_display() if contacts else "—"),
            ],
        )
    )
    bodies = evaluation.bodies if evaluation else ""
    i4 = {"more": 0, "one": 1}.get(bodies, 2)
    interagency = [s.unit.name for s in steps if s.interagency]
    result.append(
        DossierIndex(
            4,
            i4,
            str(
                _(
                    "the desk routes inter-agency steps itself, so the record gives 2; the citizen's answer "
                    "(none 2, one other body 1, more 0) decides when given"
                )
            ),
            [
                (str(_("channel")), dossier.get_channel_display()),
                (str(_("result returned")), dossier.get_return_method_display()),
                (str(_("inter-agency steps")), ", ".join(interagency) or "—"),
                (str(_("citizen's answer")), evaluation.get_bodies_display() if bodies else "—"),
            ],
        )
    )
    version = dossier.version
    published = version.state == ProcedureVersion.State.PUBLISHED
    i6 = 2 if (published and version.at_desk) else 1 if (published or version.at_desk) else 0
    result.append(
        DossierIndex(
            6,
            i6,
            str(_("published electronically and posted at the desk: 2; one of them: 1; neither: 0")),
            [
                (str(_("version published in the catalogue (electronic)")), published),
                (str(_("received and posted at the one-stop desk")), version.at_desk),
            ],
        )
    )
    petitions = Petition.objects.filter(
        dossier=dossier, kind=PetitionKind.STAFF_CONDUCT, status__in=COMPLAINT_STATUSES
    ).count()
    attitude = evaluation.attitude if evaluation else ""
    complaint = attitude == "not_polite" or petitions > 0
    i7 = 0 if complaint else {Verdict.EARLY: 2, Verdict.ON_TIME: 1}.get(verdict, 0)
    result.append(
        DossierIndex(
            7,
            i7,
            str(_("a verified complaint: 0; else early: 2, on time: 1, late: 0")),
            [
                (str(_("citizen's rating of the attitude")), evaluation.get_attitude_display() if attitude else "—"),
                (str(_("answered petitions about staff conduct")), petitions),
                (str(_("verdict")), dossier.get_verdict_display() or "—"),
            ],
        )
    )
    return result


__all__ = [
    "NAMES",
    "Report",
    "Tally",
    "UnitPoint",
    "dossier_breakdown",
    "dossier_scores",
    "report",
    "staff_band",
    "unit_grade",
    "unit_report",
]
