"""Issue 16: a due moment given in another time zone is judged by its date in Vietnam."""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.dossiers import clock
from motcua.worktime.engine import TZ, Due, Unit, Verdict, verdict

# 2026-03-10T17:00:00Z is 00:00 on 11 March in Vietnam
DUE_UTC = dt.datetime(2026, 3, 10, 17, 0, tzinfo=dt.UTC)
RECEIPT = dt.datetime(2026, 3, 6, 10, 0, tzinfo=TZ)


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TZ)


def test_due_date_is_the_vietnamese_date():
    assert Due(RECEIPT, DUE_UTC, Unit.WORKING_DAYS).due_date == dt.date(2026, 3, 11)
    late_evening = dt.datetime(2026, 3, 11, 16, 59, 59, tzinfo=dt.UTC)  # 23:59:59 on 11 March
    assert Due(RECEIPT, late_evening, Unit.WORKING_DAYS).due_date == dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("finished", "expected"),
    [
        (local(2026, 3, 10, 16, 0), Verdict.EARLY),
        (local(2026, 3, 11, 15, 0), Verdict.ON_TIME),
        (dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC), Verdict.ON_TIME),  # 15:00 in Vietnam
        (dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC), Verdict.ON_TIME),  # 01:00 on 11 March in Vietnam
        (local(2026, 3, 12, 8, 0), Verdict.LATE),
        (dt.datetime(2026, 3, 11, 17, 0, tzinfo=dt.UTC), Verdict.LATE),  # 00:00 on 12 March in Vietnam
    ],
)
def test_day_based_verdict_against_a_utc_due_moment(finished, expected):
    assert verdict(finished, Due(RECEIPT, DUE_UTC, Unit.WORKING_DAYS)) is expected
    assert clock.verdict(finished, DUE_UTC, "working_days") == expected.value


def test_hour_based_verdict_early_is_judged_by_the_vietnamese_date():
    due = Due(RECEIPT, dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC), Unit.WORKING_HOURS)  # 01:00 on 11 March
    assert verdict(local(2026, 3, 11, 0, 30), due) is Verdict.ON_TIME  # the same Vietnamese day, before it
    assert verdict(local(2026, 3, 10, 23, 0), due) is Verdict.EARLY
