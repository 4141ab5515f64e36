"""GET /api/v1/reports/form06: JSON, Excel and PDF; parameters checked; jurisdiction enforced."""

import io

import pytest
from openpyxl import load_workbook

from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Channel
from motcua.orgs.permissions import Role

from ..conftest import make_staff
from ..reports.conftest import at, procedure, row  # noqa: F401

URL = "/api/v1/reports/form06"
MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


@pytest.fixture
def dossiers(tree, procedure):  # noqa: F811
    def add(lead, finished=None, verdict=""):
        return row(
            procedure,
            lead,
            status="done" if finished else "processing",
            channel=Channel.ONLINE,
            received_at=at(2026, 3, 2, 9, 0),
            due_at=at(2026, 3, 5, 17, 0),
            original_due_at=at(2026, 3, 5, 17, 0),
            finished_at=finished,
            verdict=verdict,
        )

    add(tree.justice, at(2026, 3, 4, 9, 0), "early")
    add(tree.justice_unit)  # overdue at the end of March
    add(tree.construction, at(2026, 3, 5, 9, 0), "on_time")
    add(tree.commune, at(2026, 3, 9, 9, 0), "late")
    return tree


def test_json_by_level_with_columns_rows_and_total(client, officials, dossiers):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    response = client.get(URL, {**MARCH, "group_by": "level"})
    assert response.status_code == 200
    body = response.json()
    assert body["period"] == {"from": "2026-03-01", "to": "2026-03-31"} and body["group_by"] == "level"
    assert [c["number"] for c in body["columns"]] == list(range(3, 14))
    assert body["columns"][5]["label_vi"] == "Trả trước hạn" and body["columns"][5]["key"] == "c8"
    rows = {r["key"]: r for r in body["rows"]}
    assert list(rows) == ["province", "commune"]
    assert {k: v for k, v in rows["province"].items() if k.startswith("c") and v} == {
        "c3": 3,
        "c4": 3,
        "c7": 2,
        "c8": 1,
        "c9": 1,
        "c11": 1,
        "c13": 1,
    }
    assert body["total"]["c3"] == 4 and body["total"]["c10"] == 1
    assert body["reporting_unit"] == "UBND tỉnh Lào Cai"


def test_default_grouping_is_level_and_each_grouping_answers(client, officials, dossiers):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    assert client.get(URL, MARCH).json()["group_by"] == "level"
    for group_by in ("agency", "unit", "sector"):
        body = client.get(URL, {**MARCH, "group_by": group_by}).json()
        assert body["total"]["c3"] == 4 and sum(r["c3"] for r in body["rows"]) == 4
    agencies = client.get(URL, {**MARCH, "group_by": "agency"}).json()["rows"]
    assert {r["code"]: r["c3"] for r in agencies} == {"H15.03": 2, "H15.07": 1, "H15.52": 1}


def test_xlsx_numbers_equal_the_json(client, officials, dossiers):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    body = client.get(URL, {**MARCH, "group_by": "agency"}).json()
    response = client.get(URL, {**MARCH, "group_by": "agency", "format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "bieu-06-agency-20260301-20260331.xlsx" in response["Content-Disposition"]
    ws = load_workbook(io.BytesIO(response.content)).active
    assert "A6:A8" in {str(r) for r in ws.merged_cells.ranges}
    for offset, expected in enumerate([*body["rows"], body["total"]]):
        line = 10 + offset
        assert [ws.cell(line, c).value for c in range(3, 14)] == [expected[f"c{n}"] for n in range(3, 14)]
    assert AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT, object_type="form06").exists()


def test_pdf(client, officials, dossiers):
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(URL, {**MARCH, "format": "pdf"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"to": "2026-03-31"}, "from"),
        ({"from": "2026-03-01"}, "to"),
        ({"from": "2026-3-1", "to": "2026-03-31"}, "from"),
        ({"from": "2026-02-30", "to": "2026-03-31"}, "from"),
        ({"from": "2026-03-02", "to": "2026-03-01"}, "to"),
        ({**MARCH, "group_by": "officer"}, "group_by"),
        ({**MARCH, "format": "csv"}, "format"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(client, officials, params, field):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    response = client.get(URL, params)
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert field in error["fields"] and error["code"] == "invalid"


def test_each_official_sees_only_their_subtree(client, officials, dossiers):
    client.force_login(make_staff("xd.leader", dossiers.construction, Role.AGENCY_LEADER))
    assert client.get(URL, MARCH).json()["total"]["c3"] == 1
    client.force_login(officials[Role.AGENCY_LEADER])  # Sở Tư pháp with its unit
    body = client.get(URL, {**MARCH, "group_by": "agency"}).json()
    assert body["total"]["c3"] == 2 and body["reporting_unit"] == "Sở Tư pháp"
    client.force_login(officials[Role.INSPECTOR])
    assert client.get(URL, MARCH).json()["total"]["c3"] == 4


def test_citizens_anonymous_and_officials_without_the_permission_are_refused(client, officials, citizen, db):
    assert client.get(URL, MARCH).status_code in (401, 403)
    for user in (citizen, officials[Role.DESK_OFFICER], officials[Role.SPECIALIST]):
        client.force_login(user)
        for fmt in ("json", "xlsx", "pdf"):
            response = client.get(URL, {**MARCH, "format": fmt})
            assert response.status_code == 403 and "error" in response.json()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DENIED).exists()
