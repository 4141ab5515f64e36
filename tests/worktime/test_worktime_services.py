"""The write path of the calendar: overrides, agency office hours, recomputers, cache and audit."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from motcua.audit.models import AuditEntry
from motcua.worktime import selectors, services
from motcua.worktime.engine import TZ, compute_due
from motcua.worktime.models import AgencyCalendar, HolidayOverride

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


class DummyDeadlines:
    """Stands in for the dossier app: keeps one open deadline and recomputes it on every change."""

    def __init__(self) -> None:
        self.changes: list[services.CalendarChange] = []
        self.due = compute_due(MONDAY, 3, "working_days", selectors.default_calendar())

    def __call__(self, change: services.CalendarChange) -> None:
        self.changes.append(change)
        self.due = compute_due(MONDAY, 3, "working_days", selectors.calendar_for(change.agency))


@pytest.fixture
def deadlines(db):
    dummy = DummyDeadlines()
    services.register_recomputer("test-dummy", dummy)
    yield dummy
    services.unregister_recomputer("test-dummy")


def test_day_off_moves_open_deadlines(deadlines):
    assert deadlines.due.due_date == dt.date(2026, 3, 5)
    override = services.add_override(
        date=dt.date(2026, 3, 4), kind="day_off", name="Extra day off", legal_reference="Notice 1/TB"
    )
    assert deadlines.due.due_date == dt.date(2026, 3, 6)
    assert [c.dates for c in deadlines.changes] == [frozenset({dt.date(2026, 3, 4)})]
    assert deadlines.changes[0].earliest == dt.date(2026, 3, 4)
    assert not selectors.default_calendar().is_working_day(dt.date(2026, 3, 4))
    services.delete_override(override)
    assert deadlines.due.due_date == dt.date(2026, 3, 5)
    assert len(deadlines.changes) == 2
    assert not HolidayOverride.objects.exists()


def test_make_up_workday_moves_deadlines_earlier(deadlines):
    start = dt.datetime(2026, 3, 6, 9, 0, tzinfo=TZ)  # Friday
    assert compute_due(start, 1, "working_days", selectors.default_calendar()).due_date == dt.date(2026, 3, 9)
    services.add_override(date=dt.date(2026, 3, 7), kind="make_up_workday", name="Make-up Saturday")
    assert compute_due(start, 1, "working_days", selectors.default_calendar()).due_date == dt.date(2026, 3, 7)


def test_update_override_reports_both_dates(deadlines):
    override = services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Extra")
    services.update_override(override, date=dt.date(2026, 3, 3))
    assert deadlines.changes[-1].dates == frozenset({dt.date(2026, 3, 3), dt.date(2026, 3, 4)})
    assert deadlines.due.due_date == dt.date(2026, 3, 6)
    with pytest.raises(ValidationError):
        services.update_override(override, created_at=None)


def test_a_failing_recomputer_rolls_the_change_back(deadlines):
    def broken(change):
        raise RuntimeError("dossier store unavailable")

    services.register_recomputer("test-broken", broken)
    try:
        with pytest.raises(RuntimeError):
            services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Extra")
    finally:
        services.unregister_recomputer("test-broken")
    assert not HolidayOverride.objects.exists()
    assert selectors.default_calendar().is_working_day(dt.date(2026, 3, 4))


def test_registry_replaces_and_lists_recomputers(db):
    calls = []
    services.register_recomputer("test-a", lambda change: calls.append("first"))
    services.register_recomputer("test-a", lambda change: calls.append("second"))
    try:
        assert "test-a" in services.recomputers()
        services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Extra")
        assert calls == ["second"]
    finally:
        services.unregister_recomputer("test-a")
    assert "test-a" not in services.recomputers()


@pytest.mark.parametrize(
    ("day", "kind", "field"),
    [
        (dt.date(2026, 3, 7), "day_off", "date"),  # a Saturday is already off
        (dt.date(2026, 2, 17), "day_off", "date"),  # Tết is already off
        (dt.date(2026, 3, 4), "make_up_workday", "date"),  # a Wednesday is already worked
        (dt.date(2026, 3, 4), "holiday", "kind"),
        (dt.date(1999, 3, 4), "day_off", "date"),
    ],
)
def test_overrides_that_change_nothing_or_are_invalid_are_refused(db, day, kind, field):
    with pytest.raises(ValidationError) as error:
        services.add_override(date=day, kind=kind, name="x")
    assert field in error.value.message_dict
    assert not HolidayOverride.objects.exists()


def test_one_override_per_date(db):
    services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Extra")
    with pytest.raises(ValidationError) as error:
        services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Again")
    assert "date" in error.value.message_dict


def test_a_name_is_required(db):
    with pytest.raises(ValidationError) as error:
        services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="   ")
    assert "name" in error.value.message_dict


def test_changes_are_audited(db):
    override = services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Extra", legal_reference="TB 1")
    services.delete_override(override)
    rows = AuditEntry.objects.filter(object_type="worktime.holidayoverride").order_by("id")
    assert [r.action for r in rows] == ["create", "delete"]
    assert rows[0].changes["date"] == [None, "2026-03-04"]
    assert rows[0].changes["legal_reference"] == [None, "TB 1"]


def test_cache_is_reused_and_sees_writes_made_elsewhere(db):
    first = selectors.default_calendar()
    assert selectors.default_calendar() is first
    # A write that bypasses the services (another process, a raw import) still shows on the next lookup.
    HolidayOverride.objects.create(date=dt.date(2026, 3, 4), kind="day_off", name="Elsewhere")
    second = selectors.default_calendar()
    assert second is not first
    assert not second.is_working_day(dt.date(2026, 3, 4))
    HolidayOverride.objects.filter(date=dt.date(2026, 3, 4)).delete()
    assert selectors.default_calendar().is_working_day(dt.date(2026, 3, 4))


def test_year_summary_lists_effective_days(db):
    services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Extra")
    summary = selectors.year_summary(2026)
    off = {d.date: d for d in summary.days_off}
    assert off[dt.date(2026, 3, 4)].source == "override"
    assert off[dt.date(2026, 4, 27)].source == "law"
    assert dt.date(2026, 4, 26) not in off  # a Sunday is not an extra day off
    assert [d.date for d in summary.make_up_workdays] == [dt.date(2026, 8, 22)]
    assert selectors.year_summary(2026, language="en").days_off[0].name == "New Year's Day"


def test_agency_office_hours_apply_to_its_subtree(tree, deadlines):
    services.set_agency_calendar(tree.justice, saturday_morning=True)
    assert deadlines.changes[-1].agency == tree.justice
    assert selectors.calendar_for(tree.justice_unit).saturday_morning
    assert selectors.calendar_for(tree.justice).saturday_morning
    assert not selectors.calendar_for(tree.construction).saturday_morning
    assert not selectors.calendar_for(None).saturday_morning
    row = services.set_agency_calendar(
        tree.justice_unit, morning_start=dt.time(7, 0), afternoon_start=None, afternoon_end=None
    )
    assert row.sessions == ((dt.time(7, 0), dt.time(11, 30)),)
    with pytest.raises(ValidationError):
        services.set_agency_calendar(tree.justice_unit, afternoon_start=None, afternoon_end=dt.time(17, 0))
    unit_calendar = selectors.calendar_for(tree.justice_unit)
    assert not unit_calendar.saturday_morning  # its own row wins over its parent's
    assert unit_calendar.sessions == ((dt.time(7, 0), dt.time(11, 30)),)
    services.clear_agency_calendar(tree.justice_unit)
    assert selectors.calendar_for(tree.justice_unit).saturday_morning
    assert AgencyCalendar.objects.count() == 1
    with pytest.raises(ValidationError):
        services.set_agency_calendar(tree.justice, morning_end=dt.time(14, 0))


def test_agency_by_code(tree):
    assert selectors.agency_by_code(" h15.03 ") == tree.justice
    assert selectors.agency_by_code("H99") is None
    assert selectors.agency_by_code("") is None
