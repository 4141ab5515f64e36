"""Per-dossier scores in SQL (indices 1, 2, 3, 4, 6, 7) and their tallies per competent agency and per officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import connections, transaction
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce

from motcua.catalogue.models import ProcedureVersion
from motcua.dossiers.models import Dossier, DossierEvent, DossierStep, Verdict
from motcua.dossiers.workflow import Action
from motcua.petitions.models import Petition, PetitionKind

from .. import form06
from .rules import COMPLAINT_STATUSES, DOSSIER_INDICES, NAMES, STAFF_INDICES, round1

# --- per-dossier scores in SQL ------------------------------------------------------------------


def answer(name: str, value: str, ends: dt.datetime | None = None) -> Q:
    """The citizen's evaluation answered ``name`` = ``value`` — given before ``ends`` (E) when it is set:
    an evaluation given after the period does not rewrite it (issue 16)."""
    found = Q(**{f"evaluation__{name}": value})
    return found & Q(evaluation__created_at__lt=ends) if ends is not None else found


def complaint_petitions(ends: dt.datetime | None = None, dossier=None) -> QuerySet[Petition]:
    """Verified complaints about the staff of the dossier: petitions of kind staff conduct linked to it and
    answered — before ``ends`` (E) when it is set (``handled_at`` is the moment of the answer)."""
    found = Petition.objects.filter(
        dossier=dossier if dossier is not None else OuterRef("pk"),
        kind=PetitionKind.STAFF_CONDUCT,
        status__in=COMPLAINT_STATUSES,
    )
    return found.filter(handled_at__lt=ends) if ends is not None else found


def _complaint(ends: dt.datetime | None = None) -> Q:
    """A verified complaint about the officials: the citizen rated the attitude “not polite”, or a
    petition about staff conduct linked to the dossier was answered (both by ``ends`` when set)."""
    return answer("attitude", "not_polite", ends) | Q(Exists(complaint_petitions(ends)))


def score_expressions(index2: bool = True, ends: dt.datetime | None = None) -> dict[str, object]:
    """One SQL expression per dossier index on the ``Dossier`` queryset: 0, 1 or 2 points.

    Index 2 is a correlated ``MIN`` over the dossier's steps (an index probe per dossier, cheaper than
    joining every step of the table); leave it out with ``index2=False`` when it is not needed.
    ``ends``: read the dossier as it stood then (the period's E): the evaluation and the complaints
    given later are left out. The dossier's own fields (verdict, supplement requests, steps) no longer
    change once it is decided, and only decided dossiers are scored.
    """
    index1 = Case(
        When(verdict=Verdict.EARLY, then=Value(2)),
        When(verdict=Verdict.ON_TIME, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    index3 = Case(
        When(Q(supplement_requests__gt=1) | answer("contacts", "more", ends), then=Value(0)),
        When(Q(supplement_requests=1) | answer("contacts", "twice", ends), then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    index4 = Case(
        When(answer("bodies", "more", ends), then=Value(0)),
        When(answer("bodies", "one", ends), then=Value(1)),
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
        When(_complaint(ends), then=Value(0)),
        When(verdict=Verdict.EARLY, then=Value(2)),
        When(verdict=Verdict.ON_TIME, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    found = {"i1": index1, "i3": index3, "i4": index4, "i6": index6, "i7": index7}
    if index2:
        found["i2"] = Coalesce(worst_step_points(), index1)
    return found


def worst_step_points() -> Subquery:
    """The points of the dossier's worst judged step (counted or inter-agency, with a verdict), or NULL."""
    worst_step = (
        DossierStep.objects.filter(Q(counted=True) | Q(interagency=True), dossier=OuterRef("pk"))
        .exclude(verdict="")
        .annotate(points=_verdict_points())
        .order_by("points")
        .values("points")[:1]
    )
    return Subquery(worst_step, output_field=IntegerField())


def _verdict_points() -> Case:
    return Case(
        When(verdict=Verdict.EARLY, then=Value(2)),
        When(verdict=Verdict.ON_TIME, then=Value(1)),
        When(verdict=Verdict.LATE, then=Value(0)),
        default=None,
        output_field=IntegerField(),
    )


def scored(dossiers: QuerySet[Dossier], index2: bool = True, period: form06.Period | None = None) -> QuerySet:
    """``{"ref", "grp", "i1", ["i2",] "i3", "i4", "i6", "i7"}`` per dossier (grp: the competent agency),
    as the dossiers stood at the end of ``period`` when it is given."""
    expressions = score_expressions(index2, period.ends if period is not None else None)
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

    * ``d(ref, grp, i1, i2, i3, i4, i6, i7)``: the points of every dossier of ``dossiers`` as it stood at
      the end of ``period`` (Django's SQL for :func:`scored`; without ``i2`` for officers, whose index 2
      comes from their own steps).
      ``MATERIALIZED`` on PostgreSQL: otherwise the planner may copy each ``CASE`` (and its correlated
      subqueries) into every ``SUM`` that reads it;
    * with ``officers``, ``h(officer, ref, own)``: each officer's worst step per dossier (see
      :func:`officer_tallies`).
    """
    inner, params = _sql(scored(dossiers, index2=not officers, period=period))
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


def lowest(
    dossiers: QuerySet[Dossier], limit: int = 50, period: form06.Period | None = None
) -> list[tuple[int, dict[int, int]]]:
    """The ``limit`` dossiers with the fewest points over the six per-dossier indices, in SQL (as they
    stood at the end of ``period`` when given)."""
    ctes, params = _ctes(dossiers, period=period)
    sql = (
        f"{ctes} SELECT d.ref, d.i1, d.i2, d.i3, d.i4, d.i6, d.i7 FROM d "  # noqa: S608 — fixed SQL
        "ORDER BY d.i1 + d.i2 + d.i3 + d.i4 + d.i6 + d.i7, d.ref LIMIT %s"
    )
    rows = _run(sql, (*params, int(limit)), dossiers.db)
    return [(row[0], dict(zip(DOSSIER_INDICES, row[1:], strict=True))) for row in rows]


def dossier_scores(dossiers: QuerySet[Dossier], period: form06.Period | None = None) -> dict[int, dict[int, int]]:
    """{dossier pk: {index: points}} from the SQL rules (for tests and short lists), as of ``period``'s end."""
    ctes, params = _ctes(dossiers, period=period)
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


def unit_tallies(
    dossiers: QuerySet[Dossier], period: form06.Period | None = None
) -> dict[int, tuple[int, dict[int, Tally]]]:
    """{agency pk: (dossiers, {index: Tally})} for indices 1, 2, 3, 4, 6, 7, grouped by competent agency,
    the dossiers read as they stood at the end of ``period`` when given."""
    ctes, params = _ctes(dossiers, period=period)
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
