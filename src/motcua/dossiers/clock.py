"""Deadlines of a dossier and its steps, all computed by the worktime engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from motcua.catalogue import schema
from motcua.worktime import engine
from motcua.worktime.selectors import calendar_for

from .models import Dossier, Pause

HUNDREDTH = Decimal("0.01")


def limit(dossier: Dossier) -> tuple[Decimal, str]:
    """The committed limit of the dossier's procedure version and case."""
    chosen = schema.limit_for(dossier.version.content, dossier.case or None)
    return Decimal(chosen["amount"]), chosen["unit"]


def cutoff(dossier: Dossier) -> dt.time | None:
    value = dossier.version.content.get("cutoff")
    return dt.time.fromisoformat(value) if value else None


def calendar(dossier: Dossier):
    """The receiving desk's office calendar, looked up once per dossier object (one action)."""
    cached = getattr(dossier, "_office_calendar", None)
    if cached is None or cached[0] != dossier.agency_id:
        cached = dossier._office_calendar = (dossier.agency_id, calendar_for(dossier.agency))
    return cached[1]


def dossier_due(dossier: Dossier, start: dt.datetime, *, apply_cutoff: bool = True) -> engine.Due:
    amount, unit = limit(dossier)
    return engine.compute_due(start, amount, unit, calendar(dossier), cutoff(dossier) if apply_cutoff else None)


def appointment(version, case: str, desk, start: dt.datetime) -> engine.Due:
    """The appointment a dossier of ``version`` and ``case`` received at ``desk`` at ``start`` gets: the same
    computation as at receipt, shown to the desk before it confirms."""
    return dossier_due(Dossier(version=version, case=case or "", agency=desk), start)


def intake_due(dossier: Dossier) -> dt.datetime | None:
    """By when the desk accepts (and gives the code) or returns an online dossier: the end of the working
    day it arrived in, or of the next working day when it arrived after working hours (ND 61 Art 17(2);
    QĐ 3142/QĐ-BGDĐT Art 11). None for a dossier that was not submitted online."""
    if dossier.submitted_at is None:
        return None
    cal = calendar(dossier)
    return engine.end_of_working_day(engine.receipt_moment(dossier.submitted_at, cal), cal)


def verdict(finished_at: dt.datetime, due_at: dt.datetime, unit: str) -> str:
    due = engine.Due(receipt_at=due_at, due_at=due_at, unit=engine.Unit(unit))
    return str(engine.verdict(finished_at, due))


def due_within_one_working_day(dossier: Dossier, now: dt.datetime) -> bool:
    """True from the working day before the appointment on (when an apology must be sent)."""
    next_day_end = engine.compute_due(now, 1, engine.Unit.WORKING_DAYS, calendar(dossier)).due_at
    return dossier.due_at <= next_day_end


def working_days_between(
    start: dt.datetime, finished_at: dt.datetime, cal, pauses: Iterable[engine.Interval] = ()
) -> Decimal:
    """Working days from ``start`` to ``finished_at`` on ``cal`` minus the working time of the pauses after
    ``start`` (waiting for the citizen or for fees), to the hundredth; a day is the calendar's working day."""
    work = max(0, engine.position(finished_at, cal) - engine.position(start, cal))
    spans = [engine.Interval(p.start, min(p.end or finished_at, finished_at)) for p in pauses if p.start < finished_at]
    paused = engine.paused_time(spans, cal, after=start).total_seconds() if spans else 0
    seconds = max(0, work - int(paused))
    return (Decimal(seconds) / Decimal(cal.day_seconds)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def days_taken_of(dossiers) -> dict[int, Decimal]:
    """``days_taken`` computed for every finished dossier of the queryset ``dossiers`` (their pauses in one
    query, one calendar per receiving desk): for dossiers decided before the column existed."""
    from collections import defaultdict

    finished = dossiers.filter(finished_at__isnull=False)
    rows = list(finished.values_list("pk", "agency_id", "clock_start", "received_at", "finished_at"))
    if not rows:
        return {}
    pauses: dict[int, list[engine.Interval]] = defaultdict(list)
    for dossier_id, started, ended in Pause.objects.filter(dossier_id__in=finished.values("pk")).values_list(
        "dossier_id", "started_at", "ended_at"
    ):
        pauses[dossier_id].append(engine.Interval(started, ended))
    from motcua.orgs.models import Agency

    calendars = {pk: calendar_for(agency) for pk, agency in Agency.objects.in_bulk({row[1] for row in rows}).items()}
    return {
        pk: working_days_between(
            clock_start or received_at or finished_at, finished_at, calendars[agency_id], pauses[pk]
        )
        for pk, agency_id, clock_start, received_at, finished_at in rows
    }
