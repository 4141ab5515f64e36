"""Examples written from the official holiday schedules of 2019 and 2024–2026 (and 2027 by the rules).

Each case is a dossier received in the morning of ``received`` with a limit of ``n`` working days on
the default provincial calendar; ``due`` is the date the official schedule gives (day 1 is the first
working day after the day of receipt).
"""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.worktime.engine import TZ, compute_due
from motcua.worktime.office_calendar import OfficeCalendar

D = dt.date


@pytest.fixture(scope="module")
def cal() -> OfficeCalendar:
    return OfficeCalendar()


def due_date(cal: OfficeCalendar, received: dt.date, n, unit: str = "working_days") -> dt.date:
    start = dt.datetime.combine(received, dt.time(9, 0), tzinfo=TZ)
    return compute_due(start, n, unit, cal).due_date


SCHEDULES = [
    # 2019 — New Year: Mon 31/12/2018 off, Saturday 05/01/2019 worked instead.
    ("2019 new year swap", D(2018, 12, 28), 1, D(2019, 1, 2)),
    ("2019 make-up Saturday 05/01", D(2019, 1, 4), 1, D(2019, 1, 5)),
    # 2019 — Tết Kỷ Hợi: off Sat 02/02 to Sun 10/02.
    ("2019 Tết", D(2019, 2, 1), 1, D(2019, 2, 11)),
    ("2019 Tết, 5 days", D(2019, 1, 30), 5, D(2019, 2, 13)),
    # 2019 — Hùng Kings 10/3 lunar on Sunday 14/04, Monday 15/04 off instead.
    ("2019 Hùng Kings on a Sunday", D(2019, 4, 12), 1, D(2019, 4, 16)),
    # 2019 — 30/4–1/5: off Sat 27/04 to Wed 01/05 (Mon 29/04 swapped), Saturday 04/05 worked.
    ("2019 30/4-1/5", D(2019, 4, 26), 1, D(2019, 5, 2)),
    ("2019 make-up Saturday 04/05", D(2019, 5, 3), 1, D(2019, 5, 4)),
    # 2019 — National Day: one day, Monday 02/09.
    ("2019 2/9", D(2019, 8, 30), 1, D(2019, 9, 3)),
    # 2024 — Tết Giáp Thìn: off Thu 08/02 to Wed 14/02.
    ("2024 Tết", D(2024, 2, 7), 1, D(2024, 2, 15)),
    ("2024 Hùng Kings Thursday 18/04", D(2024, 4, 17), 1, D(2024, 4, 19)),
    # 2024 — 30/4–1/5: off Sat 27/04 to Wed 01/05 (Mon 29/04 swapped), Saturday 04/05 worked.
    ("2024 30/4-1/5", D(2024, 4, 26), 1, D(2024, 5, 2)),
    ("2024 make-up Saturday 04/05", D(2024, 5, 3), 1, D(2024, 5, 4)),
    # 2024 — National Day: off Sat 31/08 to Tue 03/09.
    ("2024 2/9", D(2024, 8, 30), 1, D(2024, 9, 4)),
    # 2025 — Tết Ất Tỵ: off Sat 25/01 to Sun 02/02.
    ("2025 Tết", D(2025, 1, 24), 1, D(2025, 2, 3)),
    ("2025 Hùng Kings Monday 07/04", D(2025, 4, 4), 1, D(2025, 4, 8)),
    # 2025 — 30/4–1/5: off Wed 30/04 to Sun 04/05 (Fri 02/05 swapped), Saturday 26/04 worked.
    ("2025 make-up Saturday 26/04", D(2025, 4, 25), 1, D(2025, 4, 26)),
    ("2025 30/4-1/5", D(2025, 4, 29), 1, D(2025, 5, 5)),
    # 2025 — National Day: off Sat 30/08 to Tue 02/09; 24/11 is not yet a holiday.
    ("2025 2/9", D(2025, 8, 29), 1, D(2025, 9, 3)),
    ("2025 24/11 is a working day", D(2025, 11, 21), 1, D(2025, 11, 24)),
    # 2026 — Tết Bính Ngọ: off Sat 14/02 to Sun 22/02.
    ("2026 Tết", D(2026, 2, 13), 1, D(2026, 2, 23)),
    ("2026 Tết, 3 days", D(2026, 2, 13), 3, D(2026, 2, 25)),
    # 2026 — Hùng Kings on Sunday 26/04, Monday 27/04 off; then 30/04 (Thu) and 01/05 (Fri).
    ("2026 Hùng Kings on a Sunday", D(2026, 4, 24), 1, D(2026, 4, 28)),
    ("2026 Hùng Kings and 30/4-1/5", D(2026, 4, 24), 3, D(2026, 5, 4)),
    # 2026 — National Day: Mon 31/08 off (Saturday 22/08 worked instead), Tue 01/09 and Wed 02/09.
    ("2026 make-up Saturday 22/08", D(2026, 8, 21), 1, D(2026, 8, 22)),
    ("2026 2/9", D(2026, 8, 28), 1, D(2026, 9, 3)),
    # 2026 — the new Vietnamese Culture Day, Tuesday 24/11.
    ("2026 new 24/11 holiday", D(2026, 11, 23), 1, D(2026, 11, 25)),
    # 2027 — computed from the rules (no government notice yet): Tết from Thu 04/02 to Wed 10/02.
    ("2027 Tết by the rules", D(2027, 2, 3), 1, D(2027, 2, 11)),
]


@pytest.mark.parametrize(("received", "n", "expected"), [c[1:] for c in SCHEDULES], ids=[c[0] for c in SCHEDULES])
def test_official_schedules(cal, received, n, expected):
    assert due_date(cal, received, n) == expected


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2019, 1, 5), True),  # make-up Saturday
        (D(2019, 4, 29), False),  # swapped day off
        (D(2024, 2, 14), False),  # Mùng 5 Tết
        (D(2024, 5, 4), True),
        (D(2025, 5, 2), False),
        (D(2025, 4, 26), True),
        (D(2026, 2, 16), False),  # Giao thừa
        (D(2026, 4, 26), False),  # Sunday anyway
        (D(2026, 4, 27), False),  # nghỉ bù Giỗ Tổ
        (D(2026, 8, 31), False),
        (D(2026, 8, 22), True),
        (D(2026, 11, 24), False),
        (D(2025, 11, 24), True),
        (D(2026, 11, 25), True),
    ],
)
def test_day_status(cal, day, working):
    assert cal.is_working_day(day) is working


def test_calendar_days_land_after_tet(cal):
    # Received Monday 09/02/2026, 7 calendar days → Monday 16/02 is Giao thừa, moved to Monday 23/02.
    assert due_date(cal, D(2026, 2, 9), 7, "days") == D(2026, 2, 23)


def test_months_land_after_may_holidays(cal):
    # 31/03/2026 + 1 month → 30/04 (holiday), 01/05 (holiday), weekend → Monday 04/05.
    assert due_date(cal, D(2026, 3, 31), 1, "months") == D(2026, 5, 4)
