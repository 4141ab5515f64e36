"""Read side of the calendar: the office calendar of an agency, built once and cached.

A built :class:`OfficeCalendar` keeps its per-year tables (holidays, working days) in memory, so a
process computes each year once. The cache is keyed by a fingerprint of the override and agency
calendar tables (row count, last change, highest id): any change, made by this process or another
one, gives a new fingerprint and the next lookup rebuilds. ``services`` also clears it directly.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db import connection

from motcua.orgs.models import Agency

from .models import AgencyCalendar, HolidayOverride
from .office_calendar import DEFAULT_SESSIONS, NamedDay, OfficeCalendar, Override, OverrideKind

_lock = threading.Lock()
_cache: dict = {"fingerprint": None, "calendars": {}, "agencies": {}, "overrides": ()}


def _fingerprint() -> tuple:
    """Count, last change and highest id of both calendar tables, in one query."""
    parts = []
    for model in (HolidayOverride, AgencyCalendar):  # table names from the models, never from input
        table = connection.ops.quote_name(model._meta.db_table)
        parts += [f"(SELECT {column} FROM {table})" for column in ("COUNT(*)", "MAX(updated_at)", "MAX(id)")]  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}")
        return tuple(cursor.fetchone())


def invalidate() -> None:
    """Forget every built calendar (called by ``services`` after each change)."""
    with _lock:
        _cache.update(fingerprint=None, calendars={}, agencies={})


def overrides() -> tuple[Override, ...]:
    return tuple(
        Override(row.date, OverrideKind(row.kind), row.name) for row in HolidayOverride.objects.order_by("date")
    )


def _current(fingerprint: tuple) -> dict:
    with _lock:
        if _cache["fingerprint"] != fingerprint:
            _cache.update(fingerprint=fingerprint, calendars={}, agencies={}, overrides=overrides())
        return _cache


def _build(cache: dict, sessions: tuple, saturday_morning: bool) -> OfficeCalendar:
    key = (sessions, saturday_morning)
    calendar = cache["calendars"].get(key)
    if calendar is None:
        calendar = OfficeCalendar(sessions=sessions, saturday_morning=saturday_morning, overrides=cache["overrides"])
        cache["calendars"][key] = calendar
    return calendar


def default_calendar() -> OfficeCalendar:
    """The province's calendar: default office hours, ``holidays.VN`` and the override table."""
    return _build(_current(_fingerprint()), DEFAULT_SESSIONS, False)


def agency_calendar_row(agency: Agency) -> AgencyCalendar | None:
    """The office hours of ``agency`` or of its nearest ancestor that has its own."""
    ids = [int(part) for part in agency.path.strip("/").split("/") if part] or [agency.pk]
    rows = {row.agency_id: row for row in AgencyCalendar.objects.filter(agency_id__in=ids)}
    for pk in reversed(ids):
        if pk in rows:
            return rows[pk]
    return None


def calendar_for(agency: Agency | None = None) -> OfficeCalendar:
    """The office calendar that applies to ``agency`` (the default one when it has none)."""
    cache = _current(_fingerprint())
    if agency is None:
        return _build(cache, DEFAULT_SESSIONS, False)
    calendar = cache["agencies"].get(agency.pk)
    if calendar is None:
        row = agency_calendar_row(agency)
        sessions, saturday = (row.sessions, row.saturday_morning) if row else (DEFAULT_SESSIONS, False)
        calendar = _build(cache, sessions, saturday)
        cache["agencies"][agency.pk] = calendar
    return calendar


def agency_by_code(code: str) -> Agency | None:
    """The agency with e-ID code ``code`` (case-insensitive), or ``None``."""
    code = (code or "").strip().upper()
    return Agency.objects.filter(code=code).first() if code else None


@dataclass(frozen=True)
class YearSummary:
    year: int
    days_off: list[NamedDay]  # weekdays that are not working days
    make_up_workdays: list[NamedDay]  # days worked although they would be off


def year_summary(year: int, calendar: OfficeCalendar | None = None, language: str = "vi") -> YearSummary:
    """The effective days off and make-up working days of ``year``."""
    calendar = calendar or default_calendar()
    off, make_up = calendar.year_days(year)
    names = calendar.holidays_in(year, language)
    days_off = [
        NamedDay(day, names.get(day, named.name), named.source)
        for day, named in sorted(off.items())
        if day.weekday() < 5 and not calendar.is_working_day(day)
    ]
    return YearSummary(year, days_off, [named for _day, named in sorted(make_up.items())])


def overrides_in_year(year: int):
    return HolidayOverride.objects.filter(date__year=year).order_by("date")
