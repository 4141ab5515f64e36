"""NDJSON lines for the import tests (procedure 2.000488 of Sở Tư pháp H15.03, tests/dossiers/conftest)."""

from __future__ import annotations

import datetime as dt
import json

from ..dossiers.conftest import TZ


def iso(*args) -> str:
    return dt.datetime(*args, tzinfo=TZ).isoformat()


def line(external_id: str = "A-1", events=None, **fields) -> str:
    obj = {
        "source": "motcua-cu",
        "external_id": external_id,
        "procedure": "2.000488",
        "agency": "H15.03",
        "channel": "counter",
        "applicant": {"name": "Nguyễn Văn An", "id_number": "010203004005", "phone": "0912345678"},
        "events": events
        if events is not None
        else [
            {"type": "received", "at": iso(2026, 3, 6, 10, 0)},
            {"type": "step", "at": iso(2026, 3, 6, 14, 0)},
            {"type": "decided", "at": iso(2026, 3, 9, 15, 0), "outcome": "approved"},
            {"type": "returned", "at": iso(2026, 3, 10, 8, 0)},
        ],
    }
    obj.update(fields)
    return json.dumps({k: v for k, v in obj.items() if v is not None}, ensure_ascii=False)
