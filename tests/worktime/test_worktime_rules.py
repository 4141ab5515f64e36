"""The rules of issue 3, one by one, on the default provincial calendar (07:30–11:30, 13:00–17:00)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from motcua.worktime import engine
from motcua.worktime.engine import TZ, Clock, Due, Interval, Unit, Verdict, compute_due, verdict
from motcua.worktime.office_calendar import OfficeCalendar, Override, OverrideKind


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=TZ)


@pytest.fixture(scope="module")
def cal() -> OfficeCalendar:
    return OfficeCalendar()


# --- 1. Receipt moment -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "receipt"),
    [
        (at(2026, 3, 2, 9, 15), at(2026, 3, 2, 9, 15)),  # Monday morning: as is
        (at(2026, 3, 2, 6, 0), at(2026, 3, 2, 7, 30)),  # before opening
        (at(2026, 3, 2, 11, 30), at(2026, 3, 2, 13, 0)),  # lunch break starts at 11:30
        (at(2026, 3, 2, 12, 10), at(2026, 3, 2, 13, 0)),  # lunch break
        (at(2026, 3, 2, 16, 59, 59), at(2026, 3, 2, 16, 59, 59)),
        (at(2026, 3, 2, 17, 0), at(2026, 3, 3, 7, 30)),  # closing time
        (at(2026, 3, 6, 20, 0), at(2026, 3, 9, 7, 30)),  # Friday evening → Monday
        (at(2026, 3, 7, 10, 0), at(2026, 3, 9, 7, 30)),  # Saturday
        (at(2026, 2, 15, 10, 0), at(2026, 2, 23, 7, 30)),  # during Tết
        (at(2026, 8, 22, 10, 0), at(2026, 8, 22, 10, 0)),  # make-up Saturday is a working day
    ],
)
def test_receipt_moment(cal, start, receipt):
    assert engine.receipt_moment(start, cal) == receipt


def test_receipt_moment_converts_other_time_zones(cal):
    start = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)  # 09:00 in Hà Nội
    assert engine.receipt_moment(start, cal) == at(2026, 3, 2, 9, 0)
    assert engine.receipt_moment(start, cal).utcoffset() == dt.timedelta(hours=7)


def test_fraction_of_a_second_rounds_up(cal):
    start = at(2026, 3, 2, 9, 0).replace(microsecond=1)
    assert compute_due(start, 0, "working_hours", cal).due_at == at(2026, 3, 2, 9, 0, 1)


@pytest.mark.parametrize(
    ("start", "receipt", "due"),
    [
        (at(2026, 3, 2, 14, 59, 59), at(2026, 3, 2, 14, 59, 59), dt.date(2026, 3, 3)),
        (at(2026, 3, 2, 15, 0), at(2026, 3, 3, 7, 30), dt.date(2026, 3, 4)),  # at the cut-off
        (at(2026, 3, 2, 16, 30), at(2026, 3, 3, 7, 30), dt.date(2026, 3, 4)),
        (at(2026, 3, 6, 15, 30), at(2026, 3, 9, 7, 30), dt.date(2026, 3, 10)),  # Friday → Monday
        (at(2026, 2, 13, 15, 30), at(2026, 2, 23, 7, 30), dt.date(2026, 2, 24)),  # before Tết
        (at(2026, 3, 7, 16, 0), at(2026, 3, 9, 7, 30), dt.date(2026, 3, 10)),  # Saturday: Monday opening
    ],
)
def test_cutoff_hour(cal, start, receipt, due):
    result = compute_due(start, 1, "working_days", cal, cutoff=dt.time(15, 0))
    assert result.receipt_at == receipt
    assert result.due_date == due


def test_cutoff_applies_to_hours_too(cal):
    result = compute_due(at(2026, 3, 2, 15, 30), 2, "working_hours", cal, cutoff=dt.time(15, 0))
    assert result.due_at == at(2026, 3, 3, 9, 30)


# --- 2. Working days, whole and half -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "due_at"),
    [
        (0, at(2026, 3, 2, 17, 0)),  # on the spot: end of the day of receipt
        (Decimal("0.5"), at(2026, 3, 3, 11, 30)),
        (1, at(2026, 3, 3, 17, 0)),
        (Decimal("2.5"), at(2026, 3, 5, 11, 30)),
        (5, at(2026, 3, 9, 17, 0)),
        (Decimal("10.5"), at(2026, 3, 17, 11, 30)),
        ("10.0", at(2026, 3, 16, 17, 0)),
    ],
)
def test_working_days(cal, amount, due_at):
    due = compute_due(at(2026, 3, 2, 9, 0), amount, "working_days", cal)
    assert due.due_at == due_at
    assert due.due_date == due_at.date()


def test_day_one_is_the_next_working_day_whatever_the_hour(cal):
    early = compute_due(at(2026, 3, 2, 7, 30), 1, "working_days", cal)
    late = compute_due(at(2026, 3, 2, 16, 59), 1, "working_days", cal)
    assert early.due_at == late.due_at == at(2026, 3, 3, 17, 0)


def test_half_day_across_a_holiday(cal):
    # Received Wednesday 29/04/2026: day 1 is Monday 04/05 (30/4, 1/5 and the weekend are off),
    # so 1.5 working days end at the close of the morning of day 2, Tuesday 05/05.
    due = compute_due(at(2026, 4, 29, 10, 0), Decimal("1.5"), "working_days", cal)
    assert due.due_at == at(2026, 5, 5, 11, 30)
    assert compute_due(at(2026, 4, 29, 10, 0), Decimal("0.5"), "working_days", cal).due_at == at(2026, 5, 4, 11, 30)


# --- 3. Working hours ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "hours", "due_at"),
    [
        (at(2026, 3, 2, 9, 0), 2, at(2026, 3, 2, 11, 0)),
        (at(2026, 3, 2, 11, 0), 1, at(2026, 3, 2, 13, 30)),  # lunch break skipped
        (at(2026, 3, 2, 7, 30), 4, at(2026, 3, 2, 11, 30)),  # a boundary gives the end of the morning
        (at(2026, 3, 2, 12, 0), 4, at(2026, 3, 2, 17, 0)),  # counted from 13:00
        (at(2026, 3, 2, 16, 0), 8, at(2026, 3, 3, 16, 0)),
        (at(2026, 3, 6, 16, 0), 2, at(2026, 3, 9, 8, 30)),  # over the weekend
        (at(2026, 2, 13, 9, 0), 10, at(2026, 2, 23, 11, 0)),  # over Tết 2026
        (at(2026, 3, 2, 9, 0), Decimal("0.25"), at(2026, 3, 2, 9, 15)),
        (at(2026, 3, 2, 9, 0), 0, at(2026, 3, 2, 9, 0)),
    ],
)
def test_working_hours(cal, start, hours, due_at):
    due = compute_due(start, hours, "working_hours", cal)
    assert due.due_at == due_at
    assert due.due_date == due_at.date()


# --- 4 and 5. Calendar days and months -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "due_date"),
    [
        (at(2026, 3, 2, 9), 15, dt.date(2026, 3, 17)),
        (at(2026, 3, 2, 9), 5, dt.date(2026, 3, 9)),  # Saturday 07/03 → Monday 09/03
        (at(2026, 3, 7, 9), 2, dt.date(2026, 3, 11)),  # received Monday 09/03 (Saturday start)
        (at(2026, 8, 24, 9), 7, dt.date(2026, 9, 3)),  # Monday 31/08 off, then 1–2/9
    ],
)
def test_calendar_days(cal, start, n, due_date):
    due = compute_due(start, n, "days", cal)
    assert due.due_date == due_date
    assert due.due_at.time() == dt.time(17, 0)


@pytest.mark.parametrize(
    ("start", "n", "due_date"),
    [
        (at(2023, 1, 31, 9), 1, dt.date(2023, 2, 28)),  # no 31 February: last day of the month
        (at(2025, 1, 31, 9), 1, dt.date(2025, 3, 3)),  # received during Tết: counts from Monday 03/02
        (at(2024, 1, 31, 9), 1, dt.date(2024, 2, 29)),  # leap year
        (at(2026, 1, 30, 9), 1, dt.date(2026, 3, 2)),  # 28/02/2026 is a Saturday → Monday 02/03
        (at(2025, 10, 31, 9), 1, dt.date(2025, 12, 1)),  # 30/11/2025 Sunday → Monday 01/12
        (at(2026, 3, 16, 9), 12, dt.date(2027, 3, 16)),
        (at(2026, 12, 31, 9), 2, dt.date(2027, 3, 1)),  # 28/02/2027 is a Sunday → Monday 01/03
    ],
)
def test_months(cal, start, n, due_date):
    assert compute_due(start, n, "months", cal).due_date == due_date


# --- 6. Verdict ----------------------------------------------------------------------------------------


def test_verdict_day_based_compares_dates(cal):
    due = compute_due(at(2026, 3, 2, 9), 3, "working_days", cal)  # due Thursday 05/03
    assert verdict(at(2026, 3, 4, 16, 0), due) is Verdict.EARLY
    assert verdict(at(2026, 3, 5, 7, 0), due) is Verdict.ON_TIME
    assert verdict(at(2026, 3, 5, 23, 59), due) is Verdict.ON_TIME
    assert verdict(at(2026, 3, 6, 0, 0), due) is Verdict.LATE


def test_verdict_hour_based_compares_moments(cal):
    due = compute_due(at(2026, 3, 2, 9), 4, "working_hours", cal)  # 2.5 h + lunch + 1.5 h
    assert due.due_at == at(2026, 3, 2, 14, 30)
    assert verdict(at(2026, 3, 2, 14, 30), due) is Verdict.ON_TIME
    assert verdict(at(2026, 3, 2, 14, 30, 1), due) is Verdict.LATE
    assert verdict(at(2026, 3, 2, 10, 0), due) is Verdict.ON_TIME  # same date
    overnight = compute_due(at(2026, 3, 2, 16), 4, "working_hours", cal)  # due Tuesday 10:30
    assert verdict(at(2026, 3, 2, 16, 30), overnight) is Verdict.EARLY


# --- 7. Pauses and restarts ------------------------------------------------------------------------------


def test_pause_moves_the_due_moment_by_the_working_time_paused(cal):
    due = compute_due(at(2026, 3, 2, 8), 5, "working_days", cal)
    assert due.due_at == at(2026, 3, 9, 17, 0)
    pause = Interval(at(2026, 3, 3, 10, 0), at(2026, 3, 5, 10, 0), "waiting for the citizen")
    moved = engine.extend_for_pauses(due, [pause], cal)
    assert moved.due_at == at(2026, 3, 11, 17, 0)  # 2 working days = 16 hours later
    assert engine.working_time_between(due.due_at, moved.due_at, cal) == dt.timedelta(hours=16)


def test_pauses_on_days_off_and_overlaps_count_once(cal):
    due = compute_due(at(2026, 3, 2, 8), 5, "working_days", cal)
    weekend = Interval(at(2026, 3, 7, 8), at(2026, 3, 8, 18))
    assert engine.extend_for_pauses(due, [weekend], cal).due_at == due.due_at
    a = Interval(at(2026, 3, 3, 8, 0), at(2026, 3, 3, 10, 0))
    b = Interval(at(2026, 3, 3, 9, 0), at(2026, 3, 3, 11, 0))
    assert engine.paused_time([a, b], cal) == dt.timedelta(hours=3)


def test_clock_pause_resume_and_restart(cal):
    clock = Clock(at(2026, 3, 2, 8), Decimal(5), Unit.WORKING_DAYS)
    clock = clock.pause(at(2026, 3, 3, 13, 0), "financial obligation")
    assert clock.paused
    # While paused, the due moment moves with the time elapsed so far.
    assert clock.due(cal, as_of=at(2026, 3, 3, 17, 0)).due_at == at(2026, 3, 10, 11, 30)
    clock = clock.resume(at(2026, 3, 4, 13, 0))  # one working day paused
    assert clock.pauses == (Interval(at(2026, 3, 3, 13), at(2026, 3, 4, 13), "financial obligation"),)
    assert clock.due(cal).due_at == at(2026, 3, 10, 17, 0)
    # A supplement request restarts the full limit from the complete re-submission.
    restarted = clock.restart(at(2026, 3, 12, 9, 0))
    assert restarted.due(cal).due_at == at(2026, 3, 19, 17, 0)
    assert restarted.pauses == clock.pauses  # history is kept
    assert restarted.restarts == (at(2026, 3, 12, 9, 0),)


def test_clock_refuses_inconsistent_pauses(cal):
    clock = Clock(at(2026, 3, 2, 8), Decimal(5), Unit.WORKING_DAYS)
    with pytest.raises(ValueError, match="not paused"):
        clock.resume(at(2026, 3, 3))
    clock = clock.pause(at(2026, 3, 3))
    with pytest.raises(ValueError, match="already paused"):
        clock.pause(at(2026, 3, 4))
    with pytest.raises(ValueError, match="before it starts"):
        clock.resume(at(2026, 3, 2))


# --- 8. Working time between two moments ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        (at(2026, 3, 2, 11, 0), at(2026, 3, 2, 13, 30), 1),  # lunch break does not count
        (at(2026, 3, 6, 16, 0), at(2026, 3, 9, 8, 30), 2),  # weekend does not count
        (at(2026, 2, 13, 7, 30), at(2026, 2, 23, 17, 0), 16),  # Tết does not count
        (at(2026, 3, 2, 18, 0), at(2026, 3, 2, 22, 0), 0),
        (at(2026, 3, 3, 9, 0), at(2026, 3, 2, 9, 0), -8),
    ],
)
def test_working_time_between(cal, start, end, hours):
    assert engine.working_time_between(start, end, cal) == dt.timedelta(hours=hours)


# --- Other calendars -------------------------------------------------------------------------------------


def test_saturday_morning_reception():
    cal = OfficeCalendar(saturday_morning=True)
    assert engine.receipt_moment(at(2026, 3, 7, 9, 0), cal) == at(2026, 3, 7, 9, 0)
    assert engine.receipt_moment(at(2026, 3, 7, 11, 45), cal) == at(2026, 3, 9, 7, 30)
    assert engine.receipt_moment(at(2026, 3, 6, 17, 30), cal) == at(2026, 3, 7, 7, 30)
    # Saturday is a reception day, not a working day: processing counts from Monday.
    assert compute_due(at(2026, 3, 7, 9, 0), 1, "working_days", cal).due_at == at(2026, 3, 9, 17, 0)
    assert compute_due(at(2026, 3, 7, 9, 0), 2, "working_hours", cal).due_at == at(2026, 3, 9, 9, 30)
    # A Saturday inside Tết stays closed.
    assert engine.receipt_moment(at(2025, 2, 1, 9, 0), cal) == at(2025, 2, 3, 7, 30)
    assert not OfficeCalendar().is_reception_day(dt.date(2026, 3, 7))


def test_custom_sessions():
    cal = OfficeCalendar(sessions=((dt.time(7, 0), dt.time(11, 30)), (dt.time(13, 30), dt.time(17, 0))))
    assert compute_due(at(2026, 3, 2, 9), Decimal("0.5"), "working_days", cal).due_at == at(2026, 3, 3, 11, 30)
    assert compute_due(at(2026, 3, 2, 11), 1, "working_hours", cal).due_at == at(2026, 3, 2, 14, 0)
    assert compute_due(at(2026, 3, 2, 9), 1, "working_days", cal).due_at == at(2026, 3, 3, 17, 0)


def test_single_session_half_day_is_its_middle():
    cal = OfficeCalendar(sessions=((dt.time(8, 0), dt.time(16, 0)),))
    assert compute_due(at(2026, 3, 2, 9), Decimal("0.5"), "working_days", cal).due_at == at(2026, 3, 3, 12, 0)
    assert compute_due(at(2026, 3, 2, 15), 2, "working_hours", cal).due_at == at(2026, 3, 3, 9, 0)


def test_overrides_change_the_calendar():
    day_off = Override(dt.date(2026, 3, 3), OverrideKind.DAY_OFF, "extra day off")
    make_up = Override(dt.date(2026, 3, 7), OverrideKind.MAKE_UP_WORKDAY, "make-up Saturday")
    cal = OfficeCalendar(overrides=(day_off, make_up))
    assert not cal.is_working_day(dt.date(2026, 3, 3))
    assert cal.is_working_day(dt.date(2026, 3, 7))
    assert compute_due(at(2026, 3, 2, 9), 4, "working_days", cal).due_date == dt.date(2026, 3, 7)
    assert cal.holidays_in(2026)[dt.date(2026, 3, 3)] == "extra day off"
    # A make-up working day can also cancel a holiday of the package.
    cancel = OfficeCalendar(overrides=(Override(dt.date(2026, 11, 24), OverrideKind.MAKE_UP_WORKDAY, "worked"),))
    assert cancel.is_working_day(dt.date(2026, 11, 24))
    assert dt.date(2026, 11, 24) not in cancel.holidays_in(2026)


def test_long_limits_load_further_years(cal):
    due = compute_due(at(2026, 3, 2, 9), 1000, "working_days", cal)
    assert due.due_date.year == 2030
    assert cal.working_days_between(dt.date(2026, 3, 2), due.due_date) == 1000


# --- Bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "amount", "unit", "message"),
    [
        (at(2026, 3, 2), 1, "weeks", "Unknown unit"),
        (at(2026, 3, 2), -1, "working_days", "negative"),
        (at(2026, 3, 2), Decimal("NaN"), "working_days", "non-negative"),
        (at(2026, 3, 2), Decimal("1.25"), "working_days", "half days"),
        (at(2026, 3, 2), Decimal("1.5"), "days", "whole"),
        (at(2026, 3, 2), Decimal("1.5"), "months", "whole"),
        (dt.datetime(2026, 3, 2, 9), 1, "days", "aware"),
        (at(1999, 3, 2), 1, "days", "before 2000"),
        (at(2099, 12, 1), 5, "months", "outside"),
        (at(2026, 3, 2), True, "days", "number"),
    ],
)
def test_bad_input_raises_value_error(cal, start, amount, unit, message):
    with pytest.raises(ValueError, match=message):
        compute_due(start, amount, unit, cal)


def test_check_limit_refuses_absurd_amounts():
    assert engine.check_limit(Decimal("10.5"), "working_days") == (Decimal("10.5"), Unit.WORKING_DAYS)
    with pytest.raises(ValueError, match="At most"):
        engine.check_limit(1001, "working_days")
    with pytest.raises(ValueError, match="At most"):
        engine.check_limit(121, Unit.MONTHS)


def test_due_value_object():
    due = Due(at(2026, 3, 2, 9), at(2026, 3, 3, 17), Unit.WORKING_HOURS)
    assert not due.day_based and due.due_date == dt.date(2026, 3, 3)
