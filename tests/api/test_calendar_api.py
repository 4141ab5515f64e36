"""Public calendar API: /api/v1/calendar/due and /api/v1/calendar/holidays."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from django.test import Client

from motcua.worktime import services

DUE = "/api/v1/calendar/due"
HOLIDAYS = "/api/v1/calendar/holidays"


@pytest.fixture
def anonymous(db) -> Client:
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            {"start": "2026-02-13T09:00:00+07:00", "amount": "3", "unit": "working_days"},
            {
                "due_date": "2026-02-25",
                "due_at": "2026-02-25T17:00:00+07:00",
                "receipt_at": "2026-02-13T09:00:00+07:00",
            },
        ),
        (
            {"start": "2026-02-13T09:00", "amount": "2.5", "unit": "working_days"},
            {
                "due_date": "2026-02-25",
                "due_at": "2026-02-25T11:30:00+07:00",
                "receipt_at": "2026-02-13T09:00:00+07:00",
            },
        ),
        (
            {"start": "2026-02-13T02:00:00Z", "amount": "10", "unit": "working_hours"},
            {
                "due_date": "2026-02-23",
                "due_at": "2026-02-23T11:00:00+07:00",
                "receipt_at": "2026-02-13T09:00:00+07:00",
            },
        ),
        (
            {"start": "2026-02-13T15:30", "amount": "1", "unit": "working_days", "cutoff": "15:00"},
            {
                "due_date": "2026-02-24",
                "due_at": "2026-02-24T17:00:00+07:00",
                "receipt_at": "2026-02-23T07:30:00+07:00",
            },
        ),
        (
            {"start": "2026-02-09", "amount": "7", "unit": "days"},
            {
                "due_date": "2026-02-23",
                "due_at": "2026-02-23T17:00:00+07:00",
                "receipt_at": "2026-02-09T07:30:00+07:00",
            },
        ),
        (
            {"start": "2026-03-31T10:00", "amount": "1", "unit": "months"},
            {
                "due_date": "2026-05-04",
                "due_at": "2026-05-04T17:00:00+07:00",
                "receipt_at": "2026-03-31T10:00:00+07:00",
            },
        ),
    ],
)
def test_due(anonymous, query, expected):
    response = anonymous.get(DUE, query)
    assert response.status_code == 200
    assert response.json() == expected


@pytest.mark.parametrize(
    "start",
    ["2026-03-05T23:00:00Z", "2026-03-06T06:00:00+07:00", "2026-03-06T06:00:00", "2026-03-05T18:00:00-05:00"],
)
def test_a_start_in_any_offset_counts_from_its_vietnamese_date(anonymous, start):
    """06:00 on Friday 6 March in Vietnam is still Thursday in UTC: the Vietnamese date counts (issue 16)."""
    response = anonymous.get(DUE, {"start": start, "amount": "1", "unit": "working_days"})
    assert response.status_code == 200
    assert response.json() == {
        "due_date": "2026-03-09",
        "due_at": "2026-03-09T17:00:00+07:00",
        "receipt_at": "2026-03-06T07:30:00+07:00",
    }


def test_unencoded_plus_of_the_offset_is_understood(anonymous):
    response = anonymous.get(DUE + "?start=2026-04-24T09:00:00+07:00&amount=1&unit=working_days")
    assert response.status_code == 200
    assert response.json()["due_date"] == "2026-04-28"  # Monday 27/04/2026 is the Hùng Kings day off


def test_agency_calendar_is_used(anonymous, tree):
    services.set_agency_calendar(tree.justice, saturday_morning=True)
    query = {"start": "2026-03-07T09:00", "amount": "0", "unit": "working_hours"}
    assert anonymous.get(DUE, query).json()["receipt_at"] == "2026-03-09T07:30:00+07:00"
    own = anonymous.get(DUE, {**query, "agency": "h15.03.02"})
    assert own.status_code == 200
    assert own.json()["receipt_at"] == "2026-03-07T09:00:00+07:00"


def test_an_override_moves_the_answer(anonymous):
    query = {"start": "2026-03-02T09:00", "amount": "1", "unit": "working_days"}
    assert anonymous.get(DUE, query).json()["due_date"] == "2026-03-03"
    services.add_override(date=dt.date(2026, 3, 3), kind="day_off", name="Extra day off")
    assert anonymous.get(DUE, query).json()["due_date"] == "2026-03-04"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"amount": "1", "unit": "days"}, "start"),
        ({"start": "yesterday", "amount": "1", "unit": "days"}, "start"),
        ({"start": "2026-02-30T09:00", "amount": "1", "unit": "days"}, "start"),
        ({"start": "1999-12-31T09:00", "amount": "1", "unit": "days"}, "start"),
        ({"start": "2095-01-01T09:00", "amount": "1", "unit": "days"}, "start"),
        ({"start": "2026-03-02", "unit": "days"}, "amount"),
        ({"start": "2026-03-02", "amount": "-1", "unit": "days"}, "amount"),
        ({"start": "2026-03-02", "amount": "abc", "unit": "days"}, "amount"),
        ({"start": "2026-03-02", "amount": "NaN", "unit": "days"}, "amount"),
        ({"start": "2026-03-02", "amount": "Infinity", "unit": "working_hours"}, "amount"),
        ({"start": "2026-03-02", "amount": "1e9", "unit": "working_days"}, "amount"),
        ({"start": "2026-03-02", "amount": "1001", "unit": "working_days"}, "amount"),
        ({"start": "2026-03-02", "amount": "1.25", "unit": "working_days"}, "amount"),
        ({"start": "2026-03-02", "amount": "1.5", "unit": "months"}, "amount"),
        ({"start": "2026-03-02", "amount": "1"}, "unit"),
        ({"start": "2026-03-02", "amount": "1", "unit": "weeks"}, "unit"),
        ({"start": "2026-03-02", "amount": "1", "unit": "days", "cutoff": "25:00"}, "cutoff"),
        ({"start": "2026-03-02", "amount": "1", "unit": "days", "cutoff": "3pm"}, "cutoff"),
        ({"start": "2026-03-02", "amount": "1", "unit": "days", "agency": "H99.99"}, "agency"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(anonymous, query, field):
    response = anonymous.get(DUE, query)
    assert response.status_code == 400
    error = response.json()["error"]
    assert field in error["fields"]
    assert error["fields"][field] and all(error["fields"][field])
    assert error["message"]


def test_holidays_of_a_year(anonymous):
    services.add_override(date=dt.date(2026, 3, 3), kind="day_off", name="Extra day off")
    response = anonymous.get(HOLIDAYS, {"year": "2026"})
    assert response.status_code == 200
    body = response.json()
    assert body["year"] == 2026
    days_off = {d["date"]: d for d in body["days_off"]}
    for day in ["2026-01-01", "2026-02-16", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01"]:
        assert days_off[day]["source"] == "law"
    assert {"2026-08-31", "2026-09-01", "2026-09-02", "2026-11-24"} <= set(days_off)
    assert "2026-04-26" not in days_off  # a Sunday
    assert days_off["2026-03-03"] == {"date": "2026-03-03", "name": "Extra day off", "source": "override"}
    assert [d["date"] for d in body["make_up_workdays"]] == ["2026-08-22"]
    assert body["make_up_workdays"][0]["name"]


def test_holidays_of_2019_include_the_make_up_saturdays(anonymous):
    body = anonymous.get(HOLIDAYS, {"year": "2019"}).json()
    assert [d["date"] for d in body["make_up_workdays"]] == ["2019-01-05", "2019-05-04"]
    assert "2019-04-29" in {d["date"] for d in body["days_off"]}


@pytest.mark.parametrize("query", [{}, {"year": "abc"}, {"year": "1990"}, {"year": "2026", "agency": "X"}])
def test_holidays_bad_input(anonymous, query):
    response = anonymous.get(HOLIDAYS, query)
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) <= {"year", "agency"}
    assert response.json()["error"]["fields"]


def test_calendar_endpoints_need_no_login_even_with_a_bad_session(anonymous):
    anonymous.cookies["sessionid"] = "garbage"
    assert anonymous.get(DUE, {"start": "2026-03-02", "amount": "1", "unit": "days"}).status_code == 200
    assert anonymous.get(HOLIDAYS, {"year": "2026"}).status_code == 200


def test_schema_documents_the_parameters(anonymous):
    schema = yaml.safe_load(anonymous.get("/api/v1/schema").content)
    due = schema["paths"]["/api/v1/calendar/due"]["get"]
    assert {p["name"] for p in due["parameters"]} == {"start", "amount", "unit", "cutoff", "agency"}
    assert {p["name"] for p in due["parameters"] if p.get("required")} == {"start", "amount", "unit"}
    assert set(due["responses"]) == {"200", "400"}
    holidays = schema["paths"]["/api/v1/calendar/holidays"]["get"]
    assert {p["name"] for p in holidays["parameters"]} == {"year", "agency"}
