"""The office calendar (lịch làm việc): which days are working days and which hours are working time.

An :class:`OfficeCalendar` is an immutable value: office sessions, an optional Saturday-morning
reception, and the overrides the province administrator entered. Public holidays come from
``holidays.VN`` (Labour Code 2019 Art 112: Tết Dương lịch, Tết Nguyên Đán, Giỗ Tổ Hùng Vương,
30/4, 1/5, Quốc khánh and, from 2026, Ngày Văn hóa Việt Nam 24/11; with the government's swapped
days off and make-up working Saturdays). The calendar builds, once per year and lazily, a
:class:`YearIndex`: the sorted working days as ordinals and, for every day, whether it is a working
day and the index of the next working day — so the engine adds working days by indexing a list.
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

import holidays

MIN_YEAR = 2000
MAX_YEAR = 2099
_MARGIN_DAYS = 400  # an index always reaches at least this far beyond the day asked for
_LANGUAGES = {"vi": "vi", "en": "en_US"}


class OverrideKind(StrEnum):
    DAY_OFF = "day_off"  # ngày nghỉ
    MAKE_UP_WORKDAY = "make_up_workday"  # ngày làm bù


@dataclass(frozen=True, slots=True)
class Override:
    """One entry of the override table, applied on top of ``holidays.VN``."""

    date: dt.date
    kind: OverrideKind
    name: str = ""


@dataclass(frozen=True, slots=True)
class NamedDay:
    date: dt.date
    name: str
    source: str  # "law" (holidays.VN) or "override"


def _seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


DEFAULT_SESSIONS: tuple[tuple[dt.time, dt.time], ...] = (
    (dt.time(7, 30), dt.time(11, 30)),
    (dt.time(13, 0), dt.time(17, 0)),
)


class YearIndex:
    """Lookup tables for the days from ``MIN_YEAR`` to the last loaded year (immutable once built)."""

    __slots__ = (
        "closing",
        "cumulative",
        "day_seconds",
        "half_day_end",
        "hi",
        "is_open",
        "is_working",
        "lo",
        "next_working",
        "opening",
        "reception_closing",
        "sessions",
        "working",
    )

    def __init__(self, calendar: OfficeCalendar, lo: int, hi: int, working: list[int], reception: set[int]):
        self.lo, self.hi = lo, hi
        self.working = working
        self.sessions = calendar.session_seconds
        self.day_seconds = calendar.day_seconds
        self.opening = self.sessions[0][0]
        self.closing = self.sessions[-1][1]
        self.reception_closing = self.sessions[0][1]
        self.half_day_end = calendar.half_day_end
        size = hi - lo + 1
        self.is_working = bytearray(size)
        self.is_open = bytearray(size)
        self.next_working = [0] * size
        for o in working:
            self.is_working[o - lo] = 1
            self.is_open[o - lo] = 1
        for o in reception:
            self.is_open[o - lo] = 1
        following = len(working)
        for offset in range(size - 1, -1, -1):
            if self.is_working[offset]:
                following -= 1
            self.next_working[offset] = following
        start, self.cumulative = 0, []
        for a, b in self.sessions:
            self.cumulative.append(start)
            start += b - a

    def worked(self, seconds: int) -> int:
        """Working seconds of a working day elapsed at ``seconds`` after midnight."""
        total = 0
        for a, b in self.sessions:
            if seconds <= a:
                break
            total += (seconds if seconds < b else b) - a
        return total

    def clock(self, rest: int) -> int:
        """Seconds after midnight when ``rest`` (0 < rest ≤ day) working seconds have elapsed."""
        for (a, b), before in zip(self.sessions, self.cumulative, strict=True):
            if rest <= before + b - a:
                return a + rest - before
        return self.closing

    def next_open(self, ordinal: int, seconds: int) -> tuple[int, int]:
        """The first moment at or after (``ordinal``, ``seconds``) when the office is open."""
        offset = ordinal - self.lo
        if self.is_working[offset]:
            for a, b in self.sessions:
                if seconds < a:
                    return ordinal, a
                if seconds < b:
                    return ordinal, seconds
        elif self.is_open[offset]:  # Saturday-morning reception
            a, b = self.sessions[0]
            if seconds < a:
                return ordinal, a
            if seconds < b:
                return ordinal, seconds
        offset += 1
        while not self.is_open[offset]:
            offset += 1
        return self.lo + offset, self.opening


@dataclass(frozen=True)
class OfficeCalendar:
    """Sessions, Saturday-morning reception and overrides; holidays from ``holidays.VN``.

    Working days are Monday to Friday and make-up working days, minus public holidays and days off.
    A Saturday-morning reception (tiếp nhận sáng thứ Bảy) only opens the desk: a dossier received
    then is received that day, but processing time counts working days and working hours only.
    """

    sessions: tuple[tuple[dt.time, dt.time], ...] = DEFAULT_SESSIONS
    saturday_morning: bool = False
    overrides: tuple[Override, ...] = ()
    name: str = ""
    _state: _State = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.sessions:
            raise ValueError("An office calendar needs at least one session.")
        previous_end = -1
        for start, end in self.sessions:
            if not start < end or _seconds(start) < previous_end:
                raise ValueError("Sessions must be in order and must not overlap.")
            previous_end = _seconds(end)
        object.__setattr__(self, "overrides", tuple(sorted(set(self.overrides), key=lambda o: o.date)))
        object.__setattr__(self, "_state", _State())

    # --- derived constants ---

    @property
    def session_seconds(self) -> tuple[tuple[int, int], ...]:
        return tuple((_seconds(a), _seconds(b)) for a, b in self.sessions)

    @property
    def day_seconds(self) -> int:
        return sum(b - a for a, b in self.session_seconds)

    @property
    def half_day_end(self) -> int:
        """End of the morning session: where a half working day (½ ngày làm việc) ends."""
        secs = self.session_seconds
        if len(secs) > 1:
            return secs[0][1]
        return secs[0][0] + (secs[0][1] - secs[0][0]) // 2

    # --- days ---

    def year_days(self, year: int) -> tuple[dict[dt.date, NamedDay], dict[dt.date, NamedDay]]:
        """(days off, make-up working days) of ``year`` after overrides, cached per year."""
        cached = self._state.years.get(year)
        if cached is None:
            cached = self._build_year(year)
            self._state.years[year] = cached
        return cached

    def _build_year(self, year: int) -> tuple[dict[dt.date, NamedDay], dict[dt.date, NamedDay]]:
        names, weekend_workdays = law_year(year, "vi")
        off = {d: NamedDay(d, name, "law") for d, name in names.items()}
        make_up = {d: NamedDay(d, "", "law") for d in weekend_workdays}
        for item in self.overrides:
            if item.date.year != year:
                continue
            named = NamedDay(item.date, item.name, "override")
            if item.kind == OverrideKind.DAY_OFF:
                make_up.pop(item.date, None)
                off[item.date] = named
            else:
                off.pop(item.date, None)
                make_up[item.date] = named
        return off, make_up

    def is_working_day(self, day: dt.date) -> bool:
        off, make_up = self.year_days(day.year)
        return day in make_up or (day.weekday() < 5 and day not in off)

    def is_reception_day(self, day: dt.date) -> bool:
        """A Saturday when the desk receives dossiers in the morning (not a working day)."""
        if not self.saturday_morning or day.weekday() != 5:
            return False
        off, make_up = self.year_days(day.year)
        return day not in off and day not in make_up

    def holidays_in(self, year: int, language: str = "vi") -> dict[dt.date, str]:
        """Named public holidays of ``year`` (weekends included) in ``language``, with overrides."""
        names = dict(law_year(year, _LANGUAGES.get(language, "vi"))[0])
        off, make_up = self.year_days(year)
        for day, named in off.items():
            if named.source == "override":
                names[day] = named.name
        for day in make_up:
            names.pop(day, None)
        return dict(sorted(names.items()))

    # --- index for the engine ---

    def index_for(self, ordinal: int) -> YearIndex:
        """An index that covers ``ordinal`` and, below ``MAX_YEAR``, more than a year after it."""
        ix = self._state.index
        if ix is not None and ix.lo <= ordinal and ordinal + _MARGIN_DAYS <= ix.hi:
            return ix
        if ordinal < dt.date(MIN_YEAR, 1, 1).toordinal():
            raise ValueError(f"Dates before {MIN_YEAR} are outside the calendar.")
        wanted = dt.date.fromordinal(ordinal + _MARGIN_DAYS).year
        ix = self._load_until(min(MAX_YEAR, max(wanted, dt.date.today().year + 2)))
        if ordinal > ix.hi:
            raise ValueError(f"Dates after {MAX_YEAR} are outside the calendar.")
        return ix

    def index_with_working(self, i: int, ix: YearIndex) -> YearIndex:
        """An index whose list of working days has an entry ``i``."""
        while i >= len(ix.working):
            loaded = dt.date.fromordinal(ix.hi).year
            if loaded >= MAX_YEAR:
                raise ValueError(f"Dates after {MAX_YEAR} are outside the calendar.")
            ix = self._load_until(min(MAX_YEAR, loaded + 10))
        return ix

    def _load_until(self, year: int) -> YearIndex:
        with self._state.lock:
            ix = self._state.index
            if ix is None or dt.date.fromordinal(ix.hi).year < year:
                ix = self._build_index(year)
                self._state.index = ix
            return ix

    def _build_index(self, last_year: int) -> YearIndex:
        lo = dt.date(MIN_YEAR, 1, 1).toordinal()
        hi = dt.date(last_year, 12, 31).toordinal()
        working: list[int] = []
        reception: set[int] = set()
        for ordinal in range(lo, hi + 1):
            day = dt.date.fromordinal(ordinal)
            if self.is_working_day(day):
                working.append(ordinal)
            elif self.is_reception_day(day):
                reception.add(ordinal)
        return YearIndex(self, lo, hi, working, reception)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Number of working days d with start < d ≤ end."""
        self.index_for(min(start, end).toordinal())  # checks the lower bound
        ix = self.index_for(max(start, end).toordinal())
        return bisect_right(ix.working, end.toordinal()) - bisect_right(ix.working, start.toordinal())


class _State:
    """Mutable caches behind the immutable calendar (per-year tables and the engine index)."""

    __slots__ = ("index", "lock", "years")

    def __init__(self) -> None:
        self.years: dict[int, tuple[dict[dt.date, NamedDay], dict[dt.date, NamedDay]]] = {}
        self.index: YearIndex | None = None
        self.lock = threading.Lock()


@lru_cache(maxsize=512)
def law_year(year: int, language: str = "vi") -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    """Public holidays (with names) and make-up working Saturdays of ``year`` from ``holidays.VN``.

    Treat the result as read-only: it is shared by every calendar.
    """
    _check_year(year)
    vn = holidays.VN(years=year, language=language)
    return dict(sorted(vn.items())), frozenset(d for d in vn.weekend_workdays if d.year == year)


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"The calendar covers the years {MIN_YEAR} to {MAX_YEAR}.")
