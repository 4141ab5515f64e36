"""Form 06 on random dossiers: the SQL equals a plain-Python reading of the rules, and the form's checks hold."""

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role
from motcua.reports import form06
from motcua.reports.columns import KEYS

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
BASE = dt.datetime(2026, 3, 1, tzinfo=TZ)
HOUR = dt.timedelta(hours=1)


@st.composite
def dossiers(draw):
    received = BASE + draw(st.integers(-40 * 24, 40 * 24)) * HOUR
    due = (received + draw(st.integers(0, 15)) * 24 * HOUR).replace(hour=17, minute=0)
    kind = draw(st.sampled_from(["open", "paused", "done", "withdrawn", "stopped", "withdrawn_paused"]))
    finished = None if kind in ("open", "paused") else received + draw(st.integers(0, 40 * 24)) * HOUR
    paused = None
    if kind in ("paused", "withdrawn_paused"):
        paused = received + draw(st.integers(0, 30 * 24)) * HOUR
        if finished is not None and paused > finished:
            paused, finished = finished, paused
    verdict = ""
    if kind == "done":
        day, due_day = finished.astimezone(TZ).date(), due.astimezone(TZ).date()
        verdict = "early" if day < due_day else "on_time" if day == due_day else "late"
    status = {"open": "processing", "paused": "supplement", "done": "done"}.get(kind, kind.split("_")[0])
    return {
        "status": status,
        "channel": draw(st.sampled_from([1, 2, 3])),
        "received_at": received,
        "due_at": due,
        "original_due_at": due,
        "finished_at": finished,
        "paused_since": paused,
        "verdict": verdict,
        "lead": draw(st.sampled_from(["justice", "justice_unit", "construction", "district", "commune"])),
    }


def oracle(rows: list[dict], period: form06.Period) -> dict[str, int]:
    """Form 06 read straight from the rules in docs/reports.md, one dossier at a time."""
    start, end, last = period.begins, period.ends, period.last_day
    out = dict.fromkeys(KEYS, 0)
    for d in rows:
        received, finished, due, paused = d["received_at"], d["finished_at"], d["original_due_at"], d["paused_since"]
        if received >= end or (finished is not None and finished < start):
            continue
        out["c3"] += 1
        out["c6" if received < start else "c4" if d["channel"] == 2 else "c5"] += 1
        if finished is not None and finished < end:
            out["c7"] += 1
            if d["verdict"]:
                bucket = d["verdict"]
            elif paused is not None:
                bucket = "late" if due < paused else "on_time"
            else:
                bucket = "late" if finished.astimezone(TZ).date() > due.astimezone(TZ).date() else "on_time"
            out[{"early": "c8", "on_time": "c9", "late": "c10"}[bucket]] += 1
        else:
            out["c11"] += 1
            if paused is not None and paused < end:
                out["c13" if due < paused else "c12"] += 1
            else:
                out["c13" if due < last else "c12"] += 1
    return out


def write_rows(tree, procedure, rows: list[dict], start: int, length: int) -> form06.Period:
    """Replace every dossier with ``rows`` (drawn by :func:`dossiers`); the period ``start`` days after
    BASE lasting ``length`` days."""
    Dossier.objects.all().delete()
    version = procedure.versions.order_by("-number").first()
    Dossier.objects.bulk_create(
        Dossier(
            agency=tree.justice,
            lead_agency=getattr(tree, d["lead"]),
            procedure=procedure,
            version=version,
            applicant_name="X",
            **{k: v for k, v in d.items() if k != "lead"},
        )
        for d in rows
    )
    first = BASE.date() + dt.timedelta(days=start)
    period = form06.Period(first, first + dt.timedelta(days=length))
    return period


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(dossiers(), max_size=25),
    start=st.integers(-20, 20),
    length=st.integers(0, 40),
    group_by=st.sampled_from(form06.GROUP_BY),
)
def test_sql_equals_the_rules_and_the_identities_hold(officials, tree, procedure, rows, start, length, group_by):
    period = write_rows(tree, procedure, rows, start, length)
    result = form06.report(officials[Role.PROVINCE_ADMIN], period, group_by)
    assert result.total.values == oracle(rows, period)
    for row in [*result.rows, result.total]:
        assert form06.check_identities(row.values) == [], row
