"""Form 06 of a period before the reform of 1 July 2025 (issue 17, item 2): rows by agency as the agencies
were at the period's end, or mapped onto today's agencies — each row of the mapped report is the sum of
the old agencies' rows, and every drill-down lists as many dossiers as its cell counts."""

import datetime as dt

import pytest
from django.urls import reverse

from motcua.dossiers.models import Dossier
from motcua.orgs import services as orgs
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role
from motcua.reports import drilldown, form06
from motcua.reports.columns import KEYS

from ..conftest import make_staff
from .conftest import at, procedure, row  # noqa: F401 — procedure is a fixture

Q1 = form06.Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
JUNE_30, JULY_1 = dt.date(2025, 6, 30), dt.date(2025, 7, 1)


@pytest.fixture
def reform(tree):
    """Districts D1 (communes A, B) and D2 (C) under the province, and province Q with a department;
    on 1 July 2025 A and B merge into X, C moves under the province, the districts end, Q merges in."""
    make = orgs.create_agency
    p = tree.province
    d1 = make(name="UBND huyện Mường Khương", code="H15.60", level="district", kind="committee", parent=p)
    d2 = make(name="UBND huyện Si Ma Cai", code="H15.61", level="district", kind="committee", parent=p)
    a = make(name="UBND xã Bản Lầu", code="H15.60.01", level="commune", kind="committee", parent=d1)
    b = make(name="UBND xã Bản Xen", code="H15.60.02", level="commune", kind="committee", parent=d1)
    c = make(name="UBND xã Sín Chéng", code="H15.61.01", level="commune", kind="committee", parent=d2)
    q = make(name="UBND tỉnh Yên Bái", code="H13", level="province", kind="committee")
    qj = make(name="Sở Tư pháp Yên Bái", code="H13.03", level="province", kind="department", parent=q)
    x = make(name="UBND xã Bản Lầu mới", code="H15.70", level="commune", kind="committee", parent=p, valid_from=JULY_1)
    for old in (a, b):
        orgs.end_agency(old, last_day=JUNE_30, successor=x)
    orgs.update_agency(c, parent=p, moved_on=JULY_1)
    for old in (d1, d2):
        orgs.end_agency(old, last_day=JUNE_30)
    for old in (q, qj):
        orgs.end_agency(old, last_day=JUNE_30, successor=p)
    return {
        k: Agency.objects.get(pk=v.pk)
        for k, v in {"D1": d1, "D2": d2, "A": a, "B": b, "C": c, "Q": q, "QJ": qj, "X": x}.items()
    }


def _dossiers(procedure, reform):  # noqa: F811
    """Q1 2025 dossiers of the old agencies: some resolved (on time, late), some still open at the end."""
    for code, n in (("A", 3), ("B", 2), ("C", 4), ("QJ", 2)):
        for i in range(n):
            received = at(2025, 1, 6 + i, 9, 0)
            due = at(2025, 1, 10 + i, 17, 0)
            finished = at(2025, 1, 9 + 2 * i, 10, 0) if i % 3 != 2 else None
            verdict = "" if finished is None else ("on_time" if finished <= due else "late")
            row(
                procedure,
                reform[code],
                status="done" if finished else "processing",
                channel=1,
                received_at=received,
                due_at=due,
                original_due_at=due,
                finished_at=finished,
                verdict=verdict,
            )


def _rows(report) -> dict[str, dict[str, int]]:
    return {r.label_vi: dict(r.values) for r in report.rows}


def test_old_agencies_as_they_were_and_mapped_onto_today(officials, tree, procedure, reform):  # noqa: F811
    _dossiers(procedure, reform)
    admin = officials[Role.PROVINCE_ADMIN]
    then = form06.report(admin, Q1, "agency", agencies="then")
    today = form06.report(admin, Q1, "agency", agencies="today")
    old, new = _rows(then), _rows(today)
    # as they were: the districts, and former Yên Bái as a row of its own
    assert old["UBND huyện Mường Khương"]["c3"] == 5 and old["UBND huyện Si Ma Cai"]["c3"] == 4
    assert old["UBND tỉnh Yên Bái"]["c3"] == 2
    assert "UBND xã Bản Lầu mới" not in old
    # mapped onto today: X is A + B, C stands under the province, Yên Bái's work went to the province
    assert new["UBND xã Bản Lầu mới"] == _sum(reform["A"], reform["B"])
    assert new["UBND xã Sín Chéng"] == _sum(reform["C"])
    assert new[f"{tree.province.name} (trực tiếp)"] == _sum(reform["QJ"])
    assert "UBND huyện Mường Khương" not in new and "UBND tỉnh Yên Bái" not in new
    assert then.total.values == today.total.values == form06.report(admin, Q1, "level").total.values
    assert then.total.values["c3"] == 11
    for report, view in ((then, "then"), (today, "today")):
        where = form06.scope(admin)
        for r in [*report.rows, report.total]:
            assert not form06.check_identities(r.values)
            for column, count in r.values.items():
                key = r.key if r is not report.total else drilldown.TOTAL
                listed = drilldown.cell_dossiers(where, Q1, "agency", key, column, view)
                assert listed.count() == count, (view, r.label_vi, column)


def _sum(*agencies) -> dict[str, int]:
    total = dict.fromkeys(KEYS, 0)
    for agency in agencies:
        found = next(iter(form06.aggregate(Dossier.objects.filter(lead_agency=agency), Q1)), None)
        for key in KEYS:
            total[key] += int(found[key]) if found else 0
    return total


def test_todays_commune_sees_the_dossiers_of_the_communes_merged_into_it(officials, tree, procedure, reform):  # noqa: F811
    _dossiers(procedure, reform)
    leader = make_staff("x.leader", reform["X"], Role.AGENCY_LEADER)
    report = form06.report(leader, Q1, "level")
    assert report.total.values == _sum(reform["A"], reform["B"])
    other = make_staff("c.leader", reform["C"], Role.AGENCY_LEADER)
    assert form06.report(other, Q1, "level").total.values == _sum(reform["C"])


def test_the_api_takes_the_view(client, officials, tree, procedure, reform):  # noqa: F811
    _dossiers(procedure, reform)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    url = reverse("api:reports-form06")
    query = {"from": "2025-01-01", "to": "2025-03-31", "group_by": "agency"}
    then = client.get(url, query).json()
    today = client.get(url, {**query, "agencies": "today"}).json()
    assert {r["label"] for r in then["rows"]} >= {"UBND huyện Mường Khương", "UBND tỉnh Yên Bái"}
    assert "UBND xã Bản Lầu mới" in {r["label"] for r in today["rows"]}
    assert then["total"] == today["total"]
    bad = client.get(url, {**query, "agencies": "yesterday"})
    assert bad.status_code == 400 and "agencies" in bad.json()["error"]["fields"]
    x = next(r for r in today["rows"] if r["label"] == "UBND xã Bản Lầu mới")
    cell = client.get(
        reverse("api:reports-form06-dossiers"), {**query, "agencies": "today", "key": x["key"], "column": "c3"}
    ).json()
    assert cell["count"] == x["c3"] == 5
