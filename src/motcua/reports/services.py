"""The write path of the reports: closing a month into its monthly summary, and recomputing one.

A month is *closed* once it has ended: its Form 06 counts per competent agency, sector and channel,
each dossier read as it stood at the month's end, are stored in ``MonthSummary`` (one transaction), and
reports over whole closed months read them (``form06.grouped``). The stored numbers change only through
:func:`recompute_month`, which writes an audit row naming the reason and every changed cell.

The nightly job (:func:`nightly`, registered in ``apps.py``) closes the months that have ended and
checks the recent ones: the last closed month, and every month an event recorded since its close lies in
(an import of old history). ``manage.py report_months --check --all`` compares every closed month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max, Min
from django.utils import timezone

from motcua.audit import services as audit
from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Dossier, DossierEvent

from . import form06
from .columns import KEYS
from .models import ClosedMonth, MonthSummary

Cell = tuple[int, int, int]  # competent agency, sector, channel


class MonthNotEnded(ValueError):
    pass


class AlreadyClosed(ValueError):
    pass


@dataclass
class Outcome:
    month: dt.date
    closed: bool = False
    recomputed: bool = False
    changes: list[dict] = field(default_factory=list)


def live_counts(first: dt.date) -> dict[Cell, dict[str, int]]:
    """The month's Form 06 counts per competent agency, sector and channel, computed from the dossiers."""
    period = form06.month_period(first)
    qs = form06.annotated(Dossier.objects.all(), period)
    rows = qs.values("lead_agency_id", "version__sector_id", "channel").annotate(**form06._counts(period)).order_by()
    return {
        (row["lead_agency_id"], row["version__sector_id"], row["channel"]): {key: int(row[key]) for key in KEYS}
        for row in rows
    }


def stored_counts(first: dt.date) -> dict[Cell, dict[str, int]]:
    rows = MonthSummary.objects.filter(month=first).values("lead_agency_id", "sector_id", "channel", *KEYS)
    return {(row["lead_agency_id"], row["sector_id"], row["channel"]): {key: row[key] for key in KEYS} for row in rows}


def _totals(counts: dict[Cell, dict[str, int]]) -> dict[str, int]:
    return {key: sum(values[key] for values in counts.values()) for key in KEYS}


def _differences(before: dict[Cell, dict], after: dict[Cell, dict]) -> list[dict]:
    zero = dict.fromkeys(KEYS, 0)
    found = []
    for cell in sorted(set(before) | set(after)):
        old, new = before.get(cell, zero), after.get(cell, zero)
        for key in KEYS:
            if old[key] != new[key]:
                agency, sector, channel = cell
                found.append(
                    {
                        "agency": agency,
                        "sector": sector,
                        "channel": channel,
                        "column": key,
                        "from": old[key],
                        "to": new[key],
                    }
                )
    return found


def differences(first: dt.date) -> list[dict]:
    """The cells where the stored summary of a closed month differs from the dossiers (changes nothing)."""
    return _differences(stored_counts(first), live_counts(first))


def _last_event_id() -> int:
    return DossierEvent.objects.aggregate(last=Max("pk"))["last"] or 0


def _store(first: dt.date, counts: dict[Cell, dict[str, int]]) -> None:
    MonthSummary.objects.filter(month=first).delete()
    MonthSummary.objects.bulk_create(
        [
            MonthSummary(month=first, lead_agency_id=agency, sector_id=sector, channel=channel, **values)
            for (agency, sector, channel), values in counts.items()
        ],
        batch_size=1000,
    )


def _require_ended(first: dt.date) -> None:
    if form06.month_period(first).ends > timezone.now():
        raise MonthNotEnded(f"{first:%Y-%m} has not ended")


@transaction.atomic
def close_month(first: dt.date, *, user=None) -> ClosedMonth:
    """Store the summary of the month starting on ``first`` (chốt số liệu tháng), with an audit row."""
    first = form06.month_start(first)
    _require_ended(first)
    if ClosedMonth.objects.filter(month=first).exists():
        raise AlreadyClosed(f"{first:%Y-%m} is closed already: recompute it")
    watermark = _last_event_id()  # before computing: an event recorded meanwhile marks the month stale
    counts = live_counts(first)
    _store(first, counts)
    now = timezone.now()
    closed = ClosedMonth.objects.create(
        month=first,
        computed_at=now,
        checked_at=now,
        computed_by=user,
        last_event_id=watermark,
        rows=len(counts),
        totals=_totals(counts),
        reason="closed",
    )
    audit.record(
        AuditEntry.Action.CREATE, obj=closed, changes={"totals": closed.totals, "rows": len(counts)}, user=user
    )
    return closed


@transaction.atomic
def recompute_month(first: dt.date, *, reason: str, user=None, keep_when_equal: bool = False) -> Outcome:
    """Compute a closed month again from the dossiers and store the result when it differs.

    A change raises the revision and writes an audit row with the reason and every changed cell (the
    old and new value of each). With ``keep_when_equal`` (the nightly check), a month found unchanged
    only records when it was checked; a person's explicit recomputation is audited either way."""
    if not reason.strip():
        raise ValueError("a recomputation needs a reason")
    closed = ClosedMonth.objects.select_for_update().get(month=form06.month_start(first))
    watermark = _last_event_id()
    before, after = stored_counts(closed.month), live_counts(closed.month)
    changes = _differences(before, after)
    now = timezone.now()
    closed.checked_at, closed.last_event_id = now, watermark
    if changes:
        _store(closed.month, after)
        old_totals = closed.totals
        closed.revision += 1
        closed.computed_at, closed.computed_by, closed.reason = now, user, reason[:300]
        closed.rows, closed.totals = len(after), _totals(after)
        totals = {
            key: [old_totals.get(key), closed.totals[key]] for key in KEYS if old_totals.get(key) != closed.totals[key]
        }
    closed.save()
    if changes or not keep_when_equal:
        audit.record(
            AuditEntry.Action.UPDATE,
            obj=closed,
            changes={
                "reason": reason[:300],
                "revision": closed.revision,
                "totals": totals if changes else {},
                "cells_changed": len(changes),
                "cells": changes[:200],
            },
            user=user,
        )
    return Outcome(closed.month, recomputed=bool(changes), changes=changes)


def months_to_close(today: dt.date | None = None) -> list[dt.date]:
    """First days of the ended months, from the first month a dossier was received in, not closed yet."""
    today = today or timezone.localdate()
    first = Dossier.objects.aggregate(first=Min("received_at"))["first"]
    if first is None:
        return []
    month = form06.month_start(timezone.localtime(first, form06.TZ).date())
    current = form06.month_start(today)
    closed = set(ClosedMonth.objects.values_list("month", flat=True))
    found = []
    while month < current:
        if month not in closed:
            found.append(month)
        month = form06.month_end(month) + dt.timedelta(days=1)
    return found


def months_to_check(check_all: bool = False) -> list[dt.date]:
    """The closed months the nightly check compares with the dossiers: the last one, and those an event
    recorded since their close lies in (or all of them)."""
    months = list(ClosedMonth.objects.order_by("month").values_list("month", flat=True))
    if check_all or not months:
        return months
    stale = form06.stale_from()
    return [m for m in months if m == months[-1] or (stale is not None and form06.month_period(m).ends > stale)]


def nightly(today: dt.date | None = None, check_all: bool = False) -> list[Outcome]:
    """Close the months that have ended, then check the recent closed ones (see the module's note)."""
    done = [Outcome(close_month(month).month, closed=True) for month in months_to_close(today)]
    closed_now = {outcome.month for outcome in done}
    for month in months_to_check(check_all):
        if month not in closed_now:
            done.append(recompute_month(month, reason="nightly check", keep_when_equal=True))
    _advance_watermarks()
    return done


def _advance_watermarks() -> None:
    """Mark every closed month as up to date with the events recorded so far, when none of them is
    stale, so that the readers' staleness check only walks the events recorded since."""
    mark = _last_event_id()
    if form06.stale_from() is None:
        ClosedMonth.objects.filter(last_event_id__lt=mark).update(last_event_id=mark)
