"""core.moments: the one place a moment becomes a Vietnamese date or a normalised moment (issue 16)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua.core import moments

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def test_local_date_of_a_utc_moment_is_the_vietnamese_date():
    assert moments.local_date(dt.datetime(2025, 2, 16, 17, 0, tzinfo=dt.UTC)) == dt.date(2025, 2, 17)
    assert moments.local_date(dt.datetime(2025, 2, 16, 16, 59, 59, tzinfo=dt.UTC)) == dt.date(2025, 2, 16)
    assert moments.local_date(dt.datetime(2025, 2, 17, 0, 30, tzinfo=VN)) == dt.date(2025, 2, 17)
    new_york = ZoneInfo("America/New_York")
    assert moments.local_date(dt.datetime(2025, 2, 16, 12, 0, tzinfo=new_york)) == dt.date(2025, 2, 17)


def test_local_date_refuses_a_naive_moment():
    with pytest.raises(ValueError):
        moments.local_date(dt.datetime(2025, 2, 16, 17, 0))


def test_local_date_keeps_a_date():
    assert moments.local_date(dt.date(2025, 2, 16)) == dt.date(2025, 2, 16)


def test_local_is_in_vietnam_time():
    moment = moments.local(dt.datetime(2025, 2, 16, 17, 0, tzinfo=dt.UTC))
    assert moment == dt.datetime(2025, 2, 17, 0, 0, tzinfo=VN)
    assert moment.tzinfo is moments.TZ
    assert moment.isoformat() == "2025-02-17T00:00:00+07:00"


@pytest.mark.parametrize(
    "text",
    [
        "2025-02-16T17:00:00Z",
        "2025-02-16T17:00:00+00:00",
        "2025-02-17T00:00:00+07:00",
        "2025-02-17T00:00:00",
        "2025-02-16T12:00:00-05:00",
        "2025-02-17 00:00",
    ],
)
def test_parse_normalises_every_form_of_one_moment(text):
    moment = moments.parse(text)
    assert moment.isoformat() == "2025-02-17T00:00:00+07:00"
    assert moment.tzinfo is moments.TZ


@pytest.mark.parametrize("text", ["", "17/02/2025", "2025-02-30T08:00:00", "soon"])
def test_parse_refuses_what_is_not_an_iso_moment(text):
    with pytest.raises(ValueError):
        moments.parse(text)


@given(st.datetimes(min_value=dt.datetime(1976, 1, 1), max_value=dt.datetime(2100, 1, 1)))
def test_naive_utc_and_offset_forms_agree(naive):
    """Vietnam has kept +07:00 since 1975, so a naive local time is exactly one moment."""
    aware = naive.replace(tzinfo=VN)
    forms = [naive.isoformat(), aware.isoformat(), aware.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")]
    parsed = [moments.parse(text) for text in forms]
    assert parsed[0] == parsed[1] == parsed[2] == aware
    assert {p.isoformat() for p in parsed} == {aware.isoformat()}
    assert moments.local_date(aware.astimezone(dt.UTC)) == naive.date()
