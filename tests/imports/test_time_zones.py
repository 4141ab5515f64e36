"""Issue 16: imported moments are normalised to Asia/Ho_Chi_Minh, and dates are Vietnamese dates.

The same history written with UTC (``Z``), ``+07:00`` and naive local moments gives identical
dossiers, steps, events and pauses; an appointment given in UTC is judged by its Vietnamese date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from motcua.dossiers.models import Dossier
from motcua.imports.models import ImportedDossier
from motcua.imports.parse import LineError, parse_moment
from motcua.imports.services import import_lines

from ..dossiers.conftest import TZ, at, procedure  # noqa: F401
from .helpers import line
from .test_equivalence import _dossier, _events, _steps

FORMS = {
    "utc": lambda m: m.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
    "offset": lambda m: m.astimezone(TZ).isoformat(),
    "naive": lambda m: m.astimezone(TZ).replace(tzinfo=None).isoformat(),
}

ITEMS = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]
# Received at 06:30 on 6 March in Vietnam (23:30 on 5 March in UTC): the code's day is 6 March.
FULL = [
    {"type": "received", "at": at(2026, 3, 6, 6, 30)},
    {"type": "step", "at": at(2026, 3, 6, 14, 0)},
    {"type": "step", "at": at(2026, 3, 9, 8, 0)},
    {"type": "supplement_requested", "at": at(2026, 3, 12, 9, 0), "items": ITEMS},
    {"type": "resubmitted", "at": at(2026, 3, 16, 6, 0)},
    {"type": "apology", "at": at(2026, 3, 18, 17, 0), "new_due": "2026-03-25", "reason": "Cần xác minh"},
    {"type": "step", "at": at(2026, 3, 24, 6, 59)},
    {"type": "decided", "at": at(2026, 3, 24, 10, 0), "outcome": "approved"},
    {"type": "returned", "at": at(2026, 3, 25, 0, 30), "received_by": "Nguyễn Văn An"},
]
# The source's appointment is 2026-03-10T17:00:00Z: 00:00 on 11 March in Vietnam.
GIVEN_APPOINTMENT = [
    {"type": "received", "at": at(2026, 3, 6, 10, 0), "appointment": at(2026, 3, 11, 0, 0)},
    {"type": "step", "at": at(2026, 3, 6, 14, 0)},
    {"type": "step", "at": at(2026, 3, 9, 8, 0)},
    {"type": "step", "at": at(2026, 3, 10, 16, 0)},
    {"type": "decided", "at": at(2026, 3, 11, 15, 0)},
]
HISTORIES = {"full": FULL, "given_appointment": GIVEN_APPOINTMENT}


def _written(events: list[dict], form: str) -> list[dict]:
    write = FORMS[form]
    return [{k: write(v) if isinstance(v, dt.datetime) else v for k, v in event.items()} for event in events]


def _pauses(d: Dossier) -> list[tuple]:
    return list(d.pauses.order_by("started_at").values_list("reason", "started_at", "ended_at", "restart"))


def _import(external_id: str, events: list[dict]) -> Dossier:
    result = import_lines([line(external_id, events=events)])
    assert result.imported == 1, result.errors
    return ImportedDossier.objects.get(external_id=external_id).dossier


@pytest.mark.parametrize("history", HISTORIES)
def test_utc_offset_and_naive_moments_give_identical_dossiers(history, procedure):  # noqa: F811
    dossiers = {form: _import(f"{history}-{form}", _written(HISTORIES[history], form)) for form in FORMS}
    assert json.dumps(_written(HISTORIES[history], "utc")) != json.dumps(_written(HISTORIES[history], "offset"))
    reference = dossiers["offset"]
    for form, dossier in dossiers.items():
        assert _dossier(dossier) == _dossier(reference), form
        assert _steps(dossier) == _steps(reference), form
        assert _events(dossier) == _events(reference), form
        assert _pauses(dossier) == _pauses(reference), form
        assert dossier.code.rsplit("-", 1)[0] == reference.code.rsplit("-", 1)[0] == "H15.03-260306", form


def test_stored_appointments_are_written_in_vietnam_time(procedure):  # noqa: F811
    d = _import("given-utc", _written(GIVEN_APPOINTMENT, "utc"))
    receipt = d.events.get(action="receive")
    assert receipt.data["appointment"] == "2026-03-11T00:00:00+07:00"


def test_the_issues_example_a_utc_appointment_decided_on_its_vietnamese_day_is_on_time(procedure):  # noqa: F811
    """``2026-03-10T17:00:00Z`` is 11 March in Vietnam: decided on 11 March (local) is on time, not late."""
    events = [
        {"type": "received", "at": "2026-03-06T10:00:00+07:00", "appointment": "2026-03-10T17:00:00Z"},
        {"type": "step", "at": "2026-03-06T14:00:00+07:00"},
        {"type": "step", "at": "2026-03-09T08:00:00+07:00"},
        {"type": "step", "at": "2026-03-10T16:00:00+07:00"},
        {"type": "decided", "at": "2026-03-11T15:00:00+07:00", "outcome": "approved"},
    ]
    on_time = _import("on-time", events)
    assert on_time.verdict == "on_time"
    assert on_time.due_at == at(2026, 3, 11, 0, 0)
    last = on_time.steps.exclude(finished_at=None).order_by("seq").last()
    assert last.verdict == "on_time"
    # the decision's moment in UTC (08:00Z = 15:00 in Vietnam) is the same decision
    utc_decision = [*events[:-1], {"type": "decided", "at": "2026-03-11T08:00:00Z"}]
    assert _import("on-time-utc", utc_decision).verdict == "on_time"
    # and one Vietnamese day later is late
    next_day = [*events[:-1], {"type": "decided", "at": "2026-03-12T08:00:00+07:00"}]
    assert _import("late", next_day).verdict == "late"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-10T17:00:00Z", "2026-03-11T00:00:00+07:00"),
        ("2026-03-11T00:00:00+07:00", "2026-03-11T00:00:00+07:00"),
        ("2026-03-11T00:00:00", "2026-03-11T00:00:00+07:00"),
        ("2026-03-10T12:00:00-05:00", "2026-03-11T00:00:00+07:00"),
    ],
)
def test_parse_moment_gives_vietnam_time(text, expected):
    moment = parse_moment(text, "at")
    assert moment.isoformat() == expected
    assert moment.tzinfo is TZ


@pytest.mark.parametrize("value", ["11/03/2026 08:00", "2026-13-01T08:00:00", 20260311, None])
def test_parse_moment_still_refuses_what_is_not_a_timestamp(value):
    with pytest.raises(LineError):
        parse_moment(value, "at")
