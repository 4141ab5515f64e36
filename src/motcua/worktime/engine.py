"""The deadline engine: pure functions over an office calendar, no database.

Every date motcua promises (the appointment on the receipt slip — ngày hẹn trả kết quả — the budget
of each processing step, the early / on-time / late verdict) is computed here. The rules, with
examples, are in ``docs/calendar.md``; in short:

* **Receipt moment** (thời điểm tiếp nhận): a start outside working time counts from the next working
  moment; with a cut-off hour (commonly 15:00) a start at or after it counts from the start of the
  next working day.
* ``working_days`` (ngày làm việc), N whole or N + ½: day 1 is the first working day after the
  receipt date (Civil Code Art 147: a period in days starts on the next day).
* ``working_hours`` (giờ làm việc): receipt moment + H hours of working time.
* ``days`` (ngày) and ``months`` (tháng): calendar arithmetic, then moved to the next working day
  (Civil Code Art 148).
* Pauses (tạm dừng) move the due moment by the working time paused; a restart (tính lại từ đầu,
  after a supplement request) computes a new appointment from the re-submission.

Moments are aware datetimes; results are in Asia/Ho_Chi_Minh and kept to the second (a fractional
second of a start rounds up). Internally a moment on the working-time axis is a *position*: the
number of working seconds since the first loaded working day, so adding working time or measuring
it between two moments is one subtraction.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from motcua.core.moments import TZ, local_date
from motcua.core.moments import local as _local

from .office_calendar import MAX_YEAR, MIN_YEAR, OfficeCalendar, YearIndex

_DAY_UNITS = frozenset({"working_days", "days", "months"})


class Unit(StrEnum):
    """Unit of a legal time limit (đơn vị thời hạn giải quyết)."""

    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    DAYS = "days"
    MONTHS = "months"


class Verdict(StrEnum):
    """Result of a finished dossier or step against its limit (trước hạn / đúng hạn / quá hạn)."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


@dataclass(frozen=True, slots=True)
class Due:
    """A computed deadline: when the clock started and when the limit runs out."""

    receipt_at: dt.datetime
    due_at: dt.datetime
    unit: Unit

    @property
    def due_date(self) -> dt.date:
        """The appointment's date in Vietnam, whatever offset ``due_at`` carries (issue 16)."""
        return local_date(self.due_at)

    @property
    def day_based(self) -> bool:
        return self.unit in _DAY_UNITS


@dataclass(frozen=True, slots=True)
class Interval:
    """A stretch of time on a dossier's clock, e.g. a pause (tạm dừng) waiting for the citizen.

    ``end`` is ``None`` while the interval is still open.
    """

    start: dt.datetime
    end: dt.datetime | None = None
    reason: str = ""


# --- Moments and positions -----------------------------------------------------------------


def _split(moment: dt.datetime) -> tuple[int, int]:
    """(day ordinal, seconds since midnight) of ``moment`` in local time, a fraction rounded up."""
    t = _local(moment)
    seconds = t.hour * 3600 + t.minute * 60 + t.second + (1 if t.microsecond else 0)
    return t.toordinal(), seconds


def _moment(ordinal: int, seconds: int) -> dt.datetime:
    d = dt.date.fromordinal(ordinal)
    hours, rest = divmod(seconds, 3600)
    return dt.datetime(d.year, d.month, d.day, hours, rest // 60, rest % 60, tzinfo=TZ)


def position(moment: dt.datetime, calendar: OfficeCalendar) -> int:
    """Working seconds from the calendar's origin up to ``moment`` (time off counts for nothing)."""
    ordinal, seconds = _split(moment)
    return _position(calendar.index_for(ordinal), ordinal, seconds)


def _position(ix: YearIndex, ordinal: int, seconds: int) -> int:
    offset = ordinal - ix.lo
    if ix.is_working[offset]:
        return ix.next_working[offset] * ix.day_seconds + ix.worked(seconds)
    return ix.next_working[offset] * ix.day_seconds


def moment_at(pos: int, calendar: OfficeCalendar, ix: YearIndex | None = None) -> dt.datetime:
    """The moment at working position ``pos`` (> 0); a session boundary gives the earlier session end."""
    ix = ix or calendar.index_for(dt.date(MIN_YEAR, 1, 1).toordinal())
    day, rest = divmod(pos, ix.day_seconds)
    ix = calendar.index_with_working(day, ix)
    if rest == 0:
        return _moment(ix.working[day - 1], ix.closing)
    return _moment(ix.working[day], ix.clock(rest))


# --- Receipt moment --------------------------------------------------------------------------


def receipt_moment(start: dt.datetime, calendar: OfficeCalendar, cutoff: dt.time | None = None) -> dt.datetime:
    """The moment the clock starts (thời điểm tiếp nhận) for a dossier arriving at ``start``."""
    ordinal, seconds = _receipt(calendar, *_split(start), cutoff)
    return _moment(ordinal, seconds)


def _receipt(calendar: OfficeCalendar, ordinal: int, seconds: int, cutoff: dt.time | None) -> tuple[int, int]:
    ix = calendar.index_for(ordinal)
    ordinal, seconds = ix.next_open(ordinal, seconds)
    if cutoff is not None and seconds >= cutoff.hour * 3600 + cutoff.minute * 60 + cutoff.second:
        ordinal = ix.working[ix.next_working[ordinal + 1 - ix.lo]]
        seconds = ix.opening
    return ordinal, seconds


# --- Due moments -------------------------------------------------------------------------------


def compute_due(
    start: dt.datetime,
    amount: Decimal | int,
    unit: Unit | str,
    calendar: OfficeCalendar,
    cutoff: dt.time | None = None,
) -> Due:
    """Due moment of a limit of ``amount`` ``unit`` for a dossier arriving at ``start``.

    Raises ``ValueError`` for an unknown unit, a negative amount, a fraction the unit does not
    allow, a naive datetime or a date outside the calendar's years.
    """
    unit = _unit(unit)
    amount = _amount(amount)
    try:
        r_ord, r_sec = _receipt(calendar, *_split(start), cutoff)
        receipt_at = _moment(r_ord, r_sec)
        if unit is Unit.WORKING_DAYS:
            due_at = _add_working_days(calendar, r_ord, amount)
        elif unit is Unit.WORKING_HOURS:
            due_at = _add_hours(calendar, r_ord, r_sec, amount, receipt_at)
        elif unit is Unit.DAYS:
            due_at = _end_of_working_day_from(calendar, r_ord + _whole(amount))
        else:
            months = _add_months(dt.date.fromordinal(r_ord), _whole(amount))
            due_at = _end_of_working_day_from(calendar, months.toordinal())
    except (IndexError, OverflowError) as exc:
        raise ValueError("The date is outside the calendar's years.") from exc
    return Due(receipt_at, due_at, unit)


_UNITS = {**{u.value: u for u in Unit}, **{u: u for u in Unit}}

# A start must leave room for the longest accepted limit inside the calendar's years.
LAST_START_YEAR = MAX_YEAR - 11
# Largest limits accepted from users (the longest real limits are months, not years).
MAX_AMOUNT = {
    Unit.WORKING_DAYS: Decimal(1000),
    Unit.WORKING_HOURS: Decimal(8000),
    Unit.DAYS: Decimal(3660),
    Unit.MONTHS: Decimal(120),
}


def check_limit(amount: Decimal | int, unit: Unit | str) -> tuple[Decimal | int, Unit]:
    """Validate a limit given by a user: ``ValueError`` with a readable message when it is absurd."""
    unit, amount = _unit(unit), _amount(amount)
    if amount > MAX_AMOUNT[unit]:
        raise ValueError(f"At most {MAX_AMOUNT[unit]} {unit.value}.")
    if unit is Unit.WORKING_DAYS and (amount * 2) % 1:
        raise ValueError("Working days must be whole or half days (e.g. 10.5).")
    if unit in (Unit.DAYS, Unit.MONTHS) and amount % 1:
        raise ValueError(f"{unit.value} must be a whole number.")
    return amount, unit


def _unit(unit: Unit | str) -> Unit:
    try:
        return _UNITS[unit]
    except (KeyError, TypeError):
        raise ValueError(f"Unknown unit {unit!r}; use one of {', '.join(Unit)}.") from None


def _amount(amount: Decimal | int) -> Decimal | int:
    if type(amount) is int:
        if amount < 0:
            raise ValueError("The amount must not be negative.")
        return amount
    if isinstance(amount, bool) or not isinstance(amount, (Decimal, int, float, str)):
        raise ValueError("The amount must be a number.")
    try:
        value = Decimal(str(amount))
    except ArithmeticError:
        raise ValueError("The amount must be a number.") from None
    if not value.is_finite() or value < 0:
        raise ValueError("The amount must be a non-negative number.")
    return value


def _whole(amount: Decimal | int) -> int:
    if type(amount) is not int and amount != amount.to_integral_value():
        raise ValueError("Calendar days and months must be whole numbers.")
    return int(amount)


def _add_hours(
    calendar: OfficeCalendar, ordinal: int, seconds: int, hours: Decimal | int, receipt_at: dt.datetime
) -> dt.datetime:
    extra = hours * 3600 if type(hours) is int else int((hours * 3600).to_integral_value(rounding=ROUND_CEILING))
    if extra == 0:
        return receipt_at
    ix = calendar.index_for(ordinal)
    return moment_at(_position(ix, ordinal, seconds) + extra, calendar, ix)


def _add_working_days(calendar: OfficeCalendar, ordinal: int, days: Decimal | int) -> dt.datetime:
    if type(days) is int:
        whole, half = days, 0
    else:
        doubled = days * 2
        if doubled != doubled.to_integral_value():
            raise ValueError("Working days must be whole or half days (e.g. 10 or 10.5).")
        whole, half = divmod(int(doubled), 2)
    if whole == 0 and not half:
        return _end_of_receipt_day(calendar, ordinal)
    ix = calendar.index_for(ordinal)
    i = ix.next_working[ordinal + 1 - ix.lo] + whole - 1 + half  # day 1 = first working day after receipt
    ix = calendar.index_with_working(i, ix)
    return _moment(ix.working[i], ix.half_day_end if half else ix.closing)


def _end_of_receipt_day(calendar: OfficeCalendar, ordinal: int) -> dt.datetime:
    ix = calendar.index_for(ordinal)
    if ix.is_working[ordinal - ix.lo]:
        return _moment(ordinal, ix.closing)
    return _moment(ordinal, ix.reception_closing)  # a Saturday-morning reception day


def _end_of_working_day_from(calendar: OfficeCalendar, ordinal: int) -> dt.datetime:
    """End of working time of ``ordinal``, or of the next working day when it is a day off."""
    ix = calendar.index_for(ordinal)
    return _moment(ix.working[ix.next_working[ordinal - ix.lo]], ix.closing)


def end_of_working_day(moment: dt.datetime, calendar: OfficeCalendar) -> dt.datetime:
    """End of working time of ``moment``'s day, or of the next working day when that day is off."""
    return _end_of_working_day_from(calendar, _split(moment)[0])


def _add_months(day: dt.date, months: int) -> dt.date:
    """Same day of the month ``months`` later, or that month's last day when the day does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = _stdlib_calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


# --- Working time between moments, pauses and restarts -------------------------------------------


def working_time_between(start: dt.datetime, end: dt.datetime, calendar: OfficeCalendar) -> dt.timedelta:
    """Working time from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return dt.timedelta(seconds=position(end, calendar) - position(start, calendar))


def add_working_time(moment: dt.datetime, amount: dt.timedelta, calendar: OfficeCalendar) -> dt.datetime:
    """``moment`` moved forward by ``amount`` of working time (unchanged when ``amount`` is zero)."""
    seconds = int(amount.total_seconds())
    if seconds <= 0:
        return _local(moment)
    return moment_at(position(moment, calendar) + seconds, calendar)


def merge_intervals(
    intervals: Iterable[Interval], as_of: dt.datetime | None = None
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Sorted, non-overlapping (start, end) pairs; an open interval runs until ``as_of``."""
    spans = []
    for item in intervals:
        end = item.end if item.end is not None else as_of
        if end is not None and end > item.start:
            spans.append((item.start, end))
    spans.sort()
    merged: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def paused_time(
    intervals: Iterable[Interval],
    calendar: OfficeCalendar,
    *,
    after: dt.datetime | None = None,
    as_of: dt.datetime | None = None,
) -> dt.timedelta:
    """Working time covered by the pauses (overlaps counted once), ignoring anything before ``after``."""
    total = 0
    after_pos = position(after, calendar) if after is not None else None
    for start, end in merge_intervals(intervals, as_of):
        a, b = position(start, calendar), position(end, calendar)
        if after_pos is not None:
            a = max(a, after_pos)
        total += max(0, b - a)
    return dt.timedelta(seconds=total)


def extend_for_pauses(
    due: Due, intervals: Iterable[Interval], calendar: OfficeCalendar, as_of: dt.datetime | None = None
) -> Due:
    """The due moment moved by the working time paused after the receipt moment."""
    paused = paused_time(intervals, calendar, after=due.receipt_at, as_of=as_of)
    return replace(due, due_at=add_working_time(due.due_at, paused, calendar))


@dataclass(frozen=True, slots=True)
class Clock:
    """A dossier's or a step's clock: its limit and every pause and restart, as recorded intervals.

    Methods return a new clock; nothing recorded is ever rewritten except closing the open pause.
    A restart (the default after a supplement request, ND 61 Art 19(4)) counts the full limit again
    from the complete re-submission; pauses before the latest restart no longer count.
    """

    start: dt.datetime
    amount: Decimal
    unit: Unit
    cutoff: dt.time | None = None
    pauses: tuple[Interval, ...] = ()
    restarts: tuple[dt.datetime, ...] = field(default=())

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1].end is None

    def pause(self, at: dt.datetime, reason: str = "") -> Clock:
        if self.paused:
            raise ValueError("The clock is already paused.")
        return replace(self, pauses=(*self.pauses, Interval(at, None, reason)))

    def resume(self, at: dt.datetime) -> Clock:
        if not self.paused:
            raise ValueError("The clock is not paused.")
        last = self.pauses[-1]
        if at < last.start:
            raise ValueError("A pause cannot end before it starts.")
        return replace(self, pauses=(*self.pauses[:-1], replace(last, end=at)))

    def restart(self, at: dt.datetime) -> Clock:
        if self.paused:
            self = self.resume(at)
        return replace(self, restarts=(*self.restarts, at))

    def due(self, calendar: OfficeCalendar, as_of: dt.datetime | None = None) -> Due:
        """The current due moment; an open pause counts until ``as_of``."""
        start = max(self.restarts) if self.restarts else self.start
        base = compute_due(start, self.amount, self.unit, calendar, self.cutoff)
        return extend_for_pauses(base, self.pauses, calendar, as_of=as_of)


# --- Verdict -----------------------------------------------------------------------------------


def verdict(finished_at: dt.datetime, due: Due) -> Verdict:
    """Early / on time / late (TT 01/2018 Art 13). Day limits compare dates, hour limits moments.

    Dates are Vietnamese dates (``core.moments.local_date``) of both moments, whatever their offsets."""
    finished = _local(finished_at)
    if due.day_based:
        day = finished.date()
        if day < due.due_date:
            return Verdict.EARLY
        return Verdict.ON_TIME if day == due.due_date else Verdict.LATE
    if finished > due.due_at:
        return Verdict.LATE
    return Verdict.EARLY if finished.date() < due.due_date else Verdict.ON_TIME
