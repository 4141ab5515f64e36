"""Reading one NDJSON line of the historical import into a checked record (format: docs/import.md).

This step checks only what the line says by itself: JSON, required fields, known event types,
timestamps (normalised to Asia/Ho_Chi_Minh: a naive one is Vietnam time), dates that never go
back. What needs the database — the procedure in force, the agencies, the legal order of the
events — is checked by ``build``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from motcua.core import moments

CHANNELS = {"counter": 1, "online": 2, "post": 3}
# event type of the file → the workflow action it replays
EVENTS = {
    "submitted": "submit",
    "received": "receive",
    "step": "forward",
    "supplement_requested": "request_supplement",
    "resubmitted": "resubmit",
    "apology": "apologise",
    "decided": "decide",
    "returned": "return",
    "withdrawn": "withdraw",
    "stopped": "stop",
}
APPLICANT_FIELDS = ("name", "kind", "id_number", "phone", "email", "address")
UNKNOWN_APPLICANT = "Không rõ tên"  # the source did not keep the applicant (dữ liệu cũ)


class LineError(Exception):
    """A bad line: ``field`` names what is wrong, ``message`` says why."""

    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


@dataclass
class Event:
    kind: str  # the file's type (received, step, …)
    at: dt.datetime
    data: dict
    index: int  # position in the line's "events"


@dataclass
class Record:
    """One dossier as the source described it."""

    line: int
    source: str
    external_id: str
    procedure: str
    agency: str
    channel: int
    events: list[Event]
    code: str = ""
    lead_agency: str = ""
    case: str = ""
    return_method: str = "counter"
    applicant: dict = field(default_factory=dict)


def _text(obj: dict, name: str, *, required: bool = False, limit: int = 300) -> str:
    value = obj.get(name)
    if value is None or value == "":
        if required:
            raise LineError(name, _("This field is required."))
        return ""
    if not isinstance(value, str | int):
        raise LineError(name, _("Give a text value."))
    value = str(value).strip()
    if required and not value:
        raise LineError(name, _("This field is required."))
    if len(value) > limit:
        raise LineError(name, _("At most %(n)d characters.") % {"n": limit})
    return value


def parse_moment(value, name: str) -> dt.datetime:
    """An ISO 8601 timestamp in Vietnam time (``core.moments.parse``): ``…Z`` or any offset is converted,
    a time without an offset is Vietnam time. Normalised here, so that the dates derived from it (the
    code's day, the verdict) and the moments written back (the events' data) never depend on how the
    source spelt the moment."""
    if not isinstance(value, str):
        raise LineError(name, _("Give an ISO 8601 timestamp, e.g. 2019-01-02T08:15:00+07:00."))
    try:
        return moments.parse(value)
    except ValueError:
        raise LineError(name, _("Not an ISO 8601 timestamp: %(value)s.") % {"value": value[:40]}) from None


def _events(raw) -> list[Event]:
    if not isinstance(raw, list) or not raw:
        raise LineError("events", _("Give the dossier's dated events as a non-empty list."))
    events, previous = [], None
    for index, item in enumerate(raw):
        name = f"events[{index}]"
        if not isinstance(item, dict):
            raise LineError(name, _("Each event is a JSON object."))
        kind = item.get("type")
        if kind not in EVENTS:
            raise LineError(
                f"{name}.type",
                _("Unknown event type %(type)s; use one of %(types)s.") % {"type": kind, "types": ", ".join(EVENTS)},
            )
        if "at" not in item:
            raise LineError(f"{name}.at", _("This field is required."))
        at = parse_moment(item["at"], f"{name}.at")
        if previous is not None and at < previous:
            raise LineError(f"{name}.at", _("The events must be in date order: this one is earlier than the last."))
        previous = at
        events.append(Event(kind, at, {k: v for k, v in item.items() if k not in ("type", "at")}, index))
    return events


def _applicant(raw) -> dict:
    if raw is None:
        return {"name": UNKNOWN_APPLICANT}
    if not isinstance(raw, dict):
        raise LineError("applicant", _("Give the applicant as a JSON object."))
    applicant = {key: _text(raw, key) for key in APPLICANT_FIELDS if raw.get(key) not in (None, "")}
    applicant.setdefault("name", UNKNOWN_APPLICANT)
    return applicant


def parse_line(text: str, number: int, default_source: str = "") -> Record:
    """The record of line ``number``; raises ``LineError`` naming the bad field."""
    try:
        obj = json.loads(text)
    except ValueError as exc:
        raise LineError("line", _("Not valid JSON (%(error)s).") % {"error": exc}) from None
    if not isinstance(obj, dict):
        raise LineError("line", _("Each line must be one JSON object."))
    source = _text(obj, "source", limit=60) or default_source
    if not source:
        raise LineError("source", _("Give the source system's name (in the line or with --source)."))
    channel = obj.get("channel")
    if channel is None:
        raise LineError("channel", _("This field is required."))
    if channel not in CHANNELS:
        raise LineError("channel", _("Use counter, online or post."))
    return_method = _text(obj, "return_method") or "counter"
    if return_method not in ("counter", "post", "online"):
        raise LineError("return_method", _("Use counter, post or online."))
    return Record(
        line=number,
        source=source,
        external_id=_text(obj, "external_id", required=True, limit=100),
        code=_text(obj, "code", limit=60),
        procedure=_text(obj, "procedure", required=True, limit=10),
        agency=_text(obj, "agency", required=True, limit=40).upper(),
        lead_agency=_text(obj, "lead_agency", limit=40).upper(),
        channel=CHANNELS[channel],
        case=_text(obj, "case", limit=40),
        return_method=return_method,
        applicant=_applicant(obj.get("applicant")),
        events=_events(obj.get("events")),
    )
