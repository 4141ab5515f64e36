"""Citizens' deadline calculator page: a plain GET form that works without JavaScript."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from motcua.worktime import services

URL = reverse("portal:calendar")


def test_empty_form(client, db):
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert '<form method="get"' in body
    for name in ["start_date", "start_time", "amount", "unit"]:
        assert f'name="{name}"' in body
    assert "<script" not in body
    assert response.context["due"] is None


def test_due_date_over_tet(client, db):
    response = client.get(
        URL, {"start_date": "2026-02-13", "start_time": "09:00", "amount": "3", "unit": "working_days"}
    )
    assert response.status_code == 200
    due = response.context["due"]
    assert due.due_date == dt.date(2026, 2, 25)
    body = response.content.decode()
    assert 'datetime="2026-02-25"' in body
    assert "Mùng hai Tết Nguyên Đán" in body  # the days off skipped are listed (Vietnamese by default)
    assert [day for day, _name in response.context["days_off"]] == [dt.date(2026, 2, d) for d in range(16, 21)]


def test_english_names_of_the_days_off(client, db):
    client.cookies["django_language"] = "en"
    query = {"start_date": "2026-04-24", "start_time": "09:00", "amount": "1", "unit": "working_days"}
    body = client.get(URL, query, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'datetime="2026-04-28"' in body
    assert "Hung Kings" in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"start_date": "2026-03-02", "start_time": "12:00", "amount": "4", "unit": "working_hours"}, "2026-03-02"),
        ({"start_date": "2026-03-02", "amount": "0.5", "unit": "working_days"}, "2026-03-03"),
        ({"start_date": "2026-03-31", "amount": "1", "unit": "months"}, "2026-05-04"),
        ({"start_date": "2026-02-09", "amount": "7", "unit": "days"}, "2026-02-23"),
    ],
)
def test_units(client, db, query, expected):
    response = client.get(URL, query)
    assert response.context["due"].due_date.isoformat() == expected


def test_an_override_is_taken_into_account(client, db):
    query = {"start_date": "2026-03-02", "start_time": "09:00", "amount": "1", "unit": "working_days"}
    assert client.get(URL, query).context["due"].due_date == dt.date(2026, 3, 3)
    services.add_override(date=dt.date(2026, 3, 3), kind="day_off", name="Extra day off")
    response = client.get(URL, query)
    assert response.context["due"].due_date == dt.date(2026, 3, 4)
    assert "Extra day off" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"start_date": "not a date", "amount": "1", "unit": "days"}, "start_date"),
        ({"start_date": "1999-01-01", "amount": "1", "unit": "days"}, "start_date"),
        ({"start_date": "2026-03-02", "start_time": "25:99", "amount": "1", "unit": "days"}, "start_time"),
        ({"start_date": "2026-03-02", "amount": "-1", "unit": "days"}, "amount"),
        ({"start_date": "2026-03-02", "amount": "1.25", "unit": "working_days"}, "amount"),
        ({"start_date": "2026-03-02", "amount": "5000", "unit": "months"}, "amount"),
        ({"start_date": "2026-03-02", "amount": "1", "unit": "fortnights"}, "unit"),
        ({"start_date": "", "amount": "", "unit": ""}, "start_date"),
    ],
)
def test_bad_input_shows_errors_not_a_500(client, db, query, field):
    response = client.get(URL, query)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert response.context["due"] is None
    assert 'class="error-summary"' in response.content.decode()
