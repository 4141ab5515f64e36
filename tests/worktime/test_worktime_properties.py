"""Property tests of the engine (hypothesis) over starts from 2019 to 2027."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from motcua.worktime import engine
from motcua.worktime.engine import TZ, Interval, Unit, compute_due
from motcua.worktime.office_calendar import OfficeCalendar, Override, OverrideKind

CAL = OfficeCalendar()
SATURDAY_CAL = OfficeCalendar(
    sessions=((dt.time(7, 0), dt.time(11, 30)), (dt.time(13, 30), dt.time(17, 0))), saturday_morning=True
)

starts = st.datetimes(
    min_value=dt.datetime(2019, 1, 1),
    max_value=dt.datetime(2027, 12, 31, 23, 59, 59),
    timezones=st.just(TZ),
)
units = st.sampled_from(list(Unit))
calendars = st.sampled_from([CAL, SATURDAY_CAL])
cutoffs = st.one_of(st.none(), st.sampled_from([dt.time(15, 0), dt.time(10, 0), dt.time(16, 30)]))


def amounts(unit: Unit):
    if unit is Unit.WORKING_DAYS:
        return st.integers(0, 200).map(lambda halves: Decimal(halves) / 2)
    if unit is Unit.WORKING_HOURS:
        return st.integers(0, 4000).map(lambda quarters: Decimal(quarters) / 4)
    if unit is Unit.DAYS:
        return st.integers(0, 400).map(Decimal)
    return st.integers(0, 24).map(Decimal)


@st.composite
def limits(draw):
    unit = draw(units)
    return draw(amounts(unit)), unit


def inside_working_time(moment: dt.datetime, calendar: OfficeCalendar) -> bool:
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    if calendar.is_working_day(moment.date()):
        return any(a <= seconds <= b for a, b in calendar.session_seconds)
    a, b = calendar.session_seconds[0]
    return calendar.is_reception_day(moment.date()) and a <= seconds <= b


@settings(max_examples=300, deadline=None)
@given(start=starts, limit=limits(), calendar=calendars, cutoff=cutoffs)
def test_due_is_never_before_the_start_and_is_inside_working_time(start, limit, calendar, cutoff):
    amount, unit = limit
    due = compute_due(start, amount, unit, calendar, cutoff)
    assert start <= due.receipt_at <= due.due_at
    assert inside_working_time(due.receipt_at, calendar)
    assert inside_working_time(due.due_at, calendar)
    if amount > 0:
        assert calendar.is_working_day(due.due_date)


@settings(max_examples=300, deadline=None)
@given(start=starts, unit=units, data=st.data(), calendar=calendars)
def test_due_grows_monotonically_with_the_amount(start, unit, data, calendar):
    a = data.draw(amounts(unit))
    b = data.draw(amounts(unit))
    small, large = sorted((a, b))
    assert compute_due(start, small, unit, calendar).due_at <= compute_due(start, large, unit, calendar).due_at


@settings(max_examples=100, deadline=None)
@given(
    start=starts,
    limit=limits(),
    day_off=st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_adding_a_day_off_never_makes_a_due_date_earlier(start, limit, day_off):
    assume(CAL.is_working_day(day_off))
    amount, unit = limit
    with_day_off = OfficeCalendar(overrides=(Override(day_off, OverrideKind.DAY_OFF, "extra"),))
    before = compute_due(start, amount, unit, CAL)
    after = compute_due(start, amount, unit, with_day_off)
    assert after.due_at >= before.due_at
    assert after.receipt_at >= before.receipt_at


@settings(max_examples=300, deadline=None)
@given(
    start=starts,
    limit=limits(),
    offset=st.integers(0, 60 * 24 * 60),
    length=st.integers(0, 60 * 24 * 30),
    calendar=calendars,
)
def test_pausing_for_working_time_t_moves_the_due_moment_by_exactly_t(start, limit, offset, length, calendar):
    amount, unit = limit
    due = compute_due(start, amount, unit, calendar)
    pause_start = due.receipt_at + dt.timedelta(minutes=offset)
    pause = Interval(pause_start, pause_start + dt.timedelta(minutes=length))
    paused = engine.working_time_between(pause.start, pause.end, calendar)
    moved = engine.extend_for_pauses(due, [pause], calendar)
    assert moved.due_at >= due.due_at
    assert engine.working_time_between(due.due_at, moved.due_at, calendar) == paused
    if paused:
        assert inside_working_time(moved.due_at, calendar)


@settings(max_examples=300, deadline=None)
@given(start=starts, quarters=st.integers(1, 4000), calendar=calendars)
def test_working_hours_are_exactly_the_working_time_from_receipt(start, quarters, calendar):
    hours = Decimal(quarters) / 4
    due = compute_due(start, hours, "working_hours", calendar)
    assert engine.working_time_between(due.receipt_at, due.due_at, calendar) == dt.timedelta(hours=float(hours))


@settings(max_examples=300, deadline=None)
@given(start=starts, halves=st.integers(1, 200))
def test_working_days_count_the_working_days_after_the_receipt_date(start, halves):
    amount = Decimal(halves) / 2
    due = compute_due(start, amount, "working_days", CAL)
    counted = CAL.working_days_between(due.receipt_at.date(), due.due_date)
    assert counted == -(-halves // 2)  # N, or N + 1 for N + ½
    assert due.due_at.time() == (dt.time(11, 30) if halves % 2 else dt.time(17, 0))


@settings(max_examples=200, deadline=None)
@given(a=starts, b=starts, c=starts)
def test_working_time_between_adds_up(a, b, c):
    total = engine.working_time_between(a, c, CAL)
    assert total == engine.working_time_between(a, b, CAL) + engine.working_time_between(b, c, CAL)
    assert (total >= dt.timedelta(0)) == (a <= c or total == dt.timedelta(0))
