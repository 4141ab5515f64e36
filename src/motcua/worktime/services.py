"""The only write path of the calendar: the override table and per-agency office hours.

Each function runs in one transaction: it validates, saves (the audit registry writes the audit
row), forgets the cached calendars and then calls every registered *deadline recomputer* with the
change, in the same transaction (a new holiday must move open deadlines: the dossier app queues that
work for its workers, see dossiers/recompute.py). A recomputer that raises rolls the whole change back.

The dossier app registers itself once, e.g. in its ``AppConfig.ready()``::

    from motcua.worktime import services
    services.register_recomputer("dossiers", recompute_open_deadlines)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.orgs.models import Agency

from . import selectors
from .models import AgencyCalendar, HolidayOverride
from .office_calendar import OfficeCalendar, Override, OverrideKind


@dataclass(frozen=True)
class CalendarChange:
    """What changed: the days whose status changed, and for whom (``None`` = the whole province)."""

    dates: frozenset[dt.date]
    agency: Agency | None = None
    reason: str = ""

    @property
    def earliest(self) -> dt.date | None:
        """Deadlines computed before this day cannot have moved (useful to narrow a recomputation)."""
        return min(self.dates) if self.dates else None


Recomputer = Callable[[CalendarChange], object]
_recomputers: dict[str, Recomputer] = {}


def register_recomputer(name: str, recompute: Recomputer) -> None:
    """Call ``recompute(change)`` after every calendar change (registering a name again replaces it)."""
    _recomputers[name] = recompute


def unregister_recomputer(name: str) -> None:
    _recomputers.pop(name, None)


def recomputers() -> dict[str, Recomputer]:
    return dict(_recomputers)


def _changed(change: CalendarChange) -> None:
    selectors.invalidate()
    for recompute in list(_recomputers.values()):
        recompute(change)
    transaction.on_commit(selectors.invalidate)


# --- Override table ----------------------------------------------------------------------------


def _check_effect(override: HolidayOverride) -> None:
    """Refuse an override that changes nothing (the day already has that status)."""
    others = tuple(
        Override(row.date, OverrideKind(row.kind), row.name)
        for row in HolidayOverride.objects.exclude(pk=override.pk).exclude(date=override.date)
    )
    working = OfficeCalendar(overrides=others).is_working_day(override.date)
    if override.kind == OverrideKind.DAY_OFF and not working:
        raise ValidationError({"date": _("This day is already a day off.")})
    if override.kind == OverrideKind.MAKE_UP_WORKDAY and working:
        raise ValidationError({"date": _("This day is already a working day.")})


def _validate(override: HolidayOverride) -> None:
    override.name = (override.name or "").strip()
    override.legal_reference = (override.legal_reference or "").strip()
    override.full_clean()
    _check_effect(override)


@transaction.atomic
def add_override(*, date: dt.date, kind: str, name: str, legal_reference: str = "") -> HolidayOverride:
    """Add a day off or a make-up working day for the whole province."""
    override = HolidayOverride(date=date, kind=kind, name=name, legal_reference=legal_reference)
    _validate(override)
    override.save()
    _changed(CalendarChange(frozenset({override.date}), reason="override added"))
    return override


@transaction.atomic
def update_override(override: HolidayOverride, **fields) -> HolidayOverride:
    """Change an override; both the old and the new date are reported as changed."""
    override = HolidayOverride.objects.select_for_update().get(pk=override.pk)
    old_date = override.date
    for field_name, value in fields.items():
        if field_name not in {"date", "kind", "name", "legal_reference"}:
            raise ValidationError({field_name: _("This field cannot be changed.")})
        setattr(override, field_name, value)
    _validate(override)
    override.save()
    _changed(CalendarChange(frozenset({old_date, override.date}), reason="override changed"))
    return override


@transaction.atomic
def delete_override(override: HolidayOverride) -> None:
    override = HolidayOverride.objects.select_for_update().get(pk=override.pk)
    day = override.date
    override.delete()
    _changed(CalendarChange(frozenset({day}), reason="override deleted"))


# --- Agency office hours -------------------------------------------------------------------------

CALENDAR_FIELDS = ("morning_start", "morning_end", "afternoon_start", "afternoon_end", "saturday_morning")


@transaction.atomic
def set_agency_calendar(agency: Agency, **fields) -> AgencyCalendar:
    """Give ``agency`` (and its units) its own office hours."""
    row = AgencyCalendar.objects.select_for_update().filter(agency=agency).first() or AgencyCalendar(agency=agency)
    for field_name, value in fields.items():
        if field_name not in CALENDAR_FIELDS:
            raise ValidationError({field_name: _("This field cannot be changed.")})
        setattr(row, field_name, value)
    row.full_clean()
    row.save()
    _changed(CalendarChange(frozenset(), agency=agency, reason="office hours changed"))
    return row


@transaction.atomic
def clear_agency_calendar(agency: Agency) -> None:
    """Return ``agency`` to the office hours of its parent (or the province's default)."""
    deleted, _rows = AgencyCalendar.objects.filter(agency=agency).delete()
    if deleted:
        _changed(CalendarChange(frozenset(), agency=agency, reason="office hours removed"))
