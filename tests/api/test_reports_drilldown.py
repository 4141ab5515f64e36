"""GET /api/v1/reports/form06/dossiers: the dossiers of one Form 06 cell, paged, in the report's scope."""

import pytest

from motcua.dossiers.models import Channel
from motcua.orgs.permissions import Role

from ..conftest import make_staff
from ..reports.conftest import at, procedure, row  # noqa: F401

URL = "/api/v1/reports/form06/dossiers"
REPORT = "/api/v1/reports/form06"
MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


@pytest.fixture
def dossiers(tree, procedure):  # noqa: F811
    def add(lead, finished=None, verdict="", code=None):
        return row(
            procedure,
            lead,
            code=code,
            status="done" if finished else "processing",
            channel=Channel.ONLINE,
            received_at=at(2026, 3, 2, 9, 0),
            due_at=at(2026, 3, 5, 17, 0),
            original_due_at=at(2026, 3, 5, 17, 0),
            finished_at=finished,
            verdict=verdict,
        )

    add(tree.justice, at(2026, 3, 4, 9, 0), "early", code="H15.03-260302-0001")
    add(tree.justice_unit)  # overdue at the end of March, no code
    add(tree.construction, at(2026, 3, 5, 9, 0), "on_time", code="H15.07-260302-0001")
    add(tree.commune, at(2026, 3, 9, 9, 0), "late", code="=HYPERLINK(1)")
    return tree


def test_every_cell_of_the_report_is_listed_with_its_rules(client, officials, dossiers):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    for group_by in ("level", "agency", "unit", "sector"):
        report = client.get(REPORT, {**MARCH, "group_by": group_by}).json()
        for line in [*report["rows"], report["total"]]:
            for column in ("c3", "c4", "c7", "c8", "c9", "c10", "c11", "c13"):
                params = {**MARCH, "group_by": group_by, "key": line["key"], "column": column}
                body = client.get(URL, params).json()
                assert body["count"] == line[column] == len(body["results"]), (group_by, line["key"], column)
                assert all(r["rule"] for r in body["results"]) and body["next"] is None


def test_the_rows_say_why(client, officials, dossiers):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    body = client.get(URL, {**MARCH, "key": "province", "column": "c13"}).json()
    [late] = body["results"]
    assert late["code"].startswith("#") and late["rule"] == "Quá hạn tại cuối kỳ: hẹn 05/03/2026"
    assert late["agency"] == "Phòng Hành chính tư pháp" and late["finished_at"] is None
    assert late["received_at"].startswith("2026-03-02T09:00:00")
    assert "applicant" not in str(body) and "Nguyễn" not in str(body)
    [online] = client.get(URL, {**MARCH, "key": "commune", "column": "c4"}).json()["results"]
    assert online["rule"] == "Tiếp nhận trong kỳ (02/03/2026), trực tuyến"


def test_paged_and_searchable(client, officials, dossiers):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    first = client.get(URL, {**MARCH, "key": "total", "column": "c3", "page_size": 3}).json()
    assert first["count"] == 4 and len(first["results"]) == 3 and first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None and second["previous"]
    codes = {r["code"] for r in first["results"] + second["results"]}
    assert len(codes) == 4
    found = client.get(URL, {**MARCH, "key": "total", "column": "c3", "q": "H15.07"}).json()
    assert [r["code"] for r in found["results"]] == ["H15.07-260302-0001"]


def test_same_scope_as_the_report(client, officials, other_official, dossiers):
    client.force_login(make_staff("xd.leader", dossiers.construction, Role.AGENCY_LEADER))
    body = client.get(URL, {**MARCH, "key": "total", "column": "c3"}).json()
    assert [r["code"] for r in body["results"]] == ["H15.07-260302-0001"]
    client.force_login(officials[Role.AGENCY_LEADER])  # Sở Tư pháp
    refused = client.get(URL, {**MARCH, "group_by": "agency", "key": str(dossiers.construction.pk), "column": "c3"})
    assert refused.status_code == 400 and "key" in refused.json()["error"]["fields"]
    unit = client.get(URL, {**MARCH, "group_by": "unit", "key": str(dossiers.construction.pk), "column": "c3"})
    assert unit.json()["count"] == 0
    level = client.get(URL, {**MARCH, "key": "province", "column": "c3"}).json()
    assert level["count"] == 2


def test_citizens_anonymous_and_officials_without_the_permission_are_refused(client, officials, citizen, dossiers):
    params = {**MARCH, "key": "total", "column": "c3"}
    assert client.get(URL, params).status_code in (401, 403)
    for user in (citizen, officials[Role.DESK_OFFICER], officials[Role.SPECIALIST]):
        client.force_login(user)
        response = client.get(URL, params)
        assert response.status_code == 403 and "error" in response.json()
        assert "results" not in response.json()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"to": "2026-03-31", "key": "total", "column": "c3"}, "from"),
        ({**MARCH, "column": "c3"}, "key"),
        ({**MARCH, "key": "", "column": "c3"}, "key"),
        ({**MARCH, "key": "total"}, "column"),
        ({**MARCH, "key": "total", "column": "c14"}, "column"),
        ({**MARCH, "key": "total", "column": "c3", "group_by": "officer"}, "group_by"),
        ({**MARCH, "key": "moon", "column": "c3"}, "key"),
        ({**MARCH, "key": "x", "column": "c3", "group_by": "unit"}, "key"),
        ({**MARCH, "key": "NOPE", "column": "c3", "group_by": "sector"}, "key"),
        ({**MARCH, "key": "9" * 30, "column": "c3", "group_by": "unit"}, "key"),
        ({**MARCH, "key": "²", "column": "c3", "group_by": "agency"}, "key"),
        ({"from": "2026-03-02", "to": "2026-03-01", "key": "total", "column": "c3"}, "to"),
        ({**MARCH, "key": "total", "column": "c3", "page": "0"}, "page"),
        ({**MARCH, "key": "total", "column": "c3", "page_size": "501"}, "page_size"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(client, officials, dossiers, params, field):
    client.force_login(officials[Role.PROVINCE_ADMIN])
    response = client.get(URL, params)
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert field in response.json()["error"]["fields"]


def test_an_optional_procedure_narrows_the_cell(client, officials, dossiers, procedure):  # noqa: F811
    client.force_login(officials[Role.PROVINCE_ADMIN])
    cell = {**MARCH, "key": "total", "column": "c3"}
    assert client.get(URL, {**cell, "procedure": procedure.code}).json()["count"] == 4
    assert client.get(URL, {**cell, "procedure": "1.000001"}).json()["count"] == 0
    assert client.get(URL, {**cell, "procedure": ""}).json()["count"] == 4
    client.force_login(make_staff("xd.leader", dossiers.construction, Role.AGENCY_LEADER))
    assert client.get(URL, {**cell, "procedure": procedure.code}).json()["count"] == 1  # still its scope
