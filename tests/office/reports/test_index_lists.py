"""The dossiers behind an index score and a QĐ 766 number: office pages, Excel, the API, and who may see them."""

import io

from django.urls import reverse
from openpyxl import load_workbook

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role

from ...conftest import make_staff
from ...portal.test_accessibility import problems
from ...reports.conftest import procedure  # noqa: F401
from ...reports.conftest_indices import decided_on, rate

MARCH = {"from": "2026-03-01", "to": "2026-03-31"}
API = "/api/v1/reports/indices/dossiers"


def _dossiers(officials, tree, procedure):  # noqa: F811
    early = decided_on(officials, tree, procedure, 3)
    on_time = decided_on(officials, tree, procedure, 5)
    late = decided_on(officials, tree, procedure, 9)
    rate(officials, late, attitude="not_polite", bodies="one")
    return early, on_time, late


def test_the_unit_page_links_each_count_to_its_dossiers(client, officials, tree, procedure):  # noqa: F811
    early, on_time, late = _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    unit = client.get(reverse("office:indices-unit", args=[tree.justice.pk]), MARCH)
    body = unit.content.decode()
    url = reverse("office:indices-unit-dossiers", args=[tree.justice.pk])
    assert f"{url}?from=2026-03-01&amp;to=2026-03-31&amp;index=7&amp;points=0" in body
    assert "index=9&amp;points=" in body
    # index 7 at 0 points: the late dossier (late, and the attitude rated not polite)
    response = client.get(url, {**MARCH, "index": 7, "points": 0})
    assert response.status_code == 200
    assert [row["code"] for row in response.context["rows"]] == [late.code]
    page = response.content.decode()
    assert "lịch sự" in page and "0 điểm" in page  # the reason, in Vietnamese
    assert reverse("office:indices-dossier", args=[late.pk]) + "?from=2026-03-01&amp;to=2026-03-31" in page
    assert problems(page) == []
    # index 1: one dossier at each points value; the search narrows by code
    for at, dossier in ((2, early), (1, on_time), (0, late)):
        rows = client.get(url, {**MARCH, "index": 1, "points": at}).context["rows"]
        assert [row["code"] for row in rows] == [dossier.code]
    assert client.get(url, {**MARCH, "index": 1, "points": 2, "q": late.code}).context["rows"] == []
    # Excel: the same list, audited
    xlsx = client.get(url, {**MARCH, "index": 7, "points": 0, "format": "xlsx"})
    assert xlsx.status_code == 200 and xlsx["Content-Disposition"].startswith("attachment")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["B5"].value == late.code and "điểm" in sheet["J5"].value
    assert AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT, object_type="indices-dossiers").exists()
    # indices 5 and 8 are not computed from dossiers
    assert client.get(url, {**MARCH, "index": 5, "points": 0}).status_code == 400
    assert client.get(url, {**MARCH, "index": 1, "points": 3}).status_code == 400


def test_the_index766_page_links_numerators_and_denominators(client, officials, tree, procedure):  # noqa: F811
    _early, _on_time, late = _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    body = client.get(reverse("office:index766"), MARCH).content.decode()
    url = reverse("office:index766-dossiers")
    assert f"{url}?from=2026-03-01&amp;to=2026-03-31&amp;indicator=2.1&amp;part=denominator" in body
    response = client.get(url, {**MARCH, "indicator": "5.4", "part": "complained"})
    assert response.status_code == 200
    assert [row["code"] for row in response.context["rows"]] == [late.code]
    assert len(client.get(url, {**MARCH, "indicator": "2.1", "part": "denominator"}).context["rows"]) == 3
    assert client.get(url, {**MARCH, "indicator": "1.1", "part": "numerator"}).status_code == 400
    assert client.get(url, {**MARCH, "indicator": "5.4", "part": "numerator"}).status_code == 400
    xlsx = client.get(url, {**MARCH, "indicator": "2.1", "part": "numerator", "format": "xlsx"})
    assert xlsx.status_code == 200


def test_the_api_lists_the_dossiers_behind_a_score(client, officials, tree, procedure):  # noqa: F811
    _early, _on_time, late = _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.INSPECTOR])
    params = {**MARCH, "unit": tree.justice.pk}
    data = client.get(API, {**params, "index": 3, "points": 2, "page_size": 2}).json()
    assert data["count"] == 3 and len(data["results"]) == 2 and "page=2" in data["next"]
    assert set(data["results"][0]) == {"code", "points", "rule"} and data["results"][0]["points"] == 2
    second = client.get(data["next"]).json()
    assert second["next"] is None and len(second["results"]) == 1
    found = client.get(API, {**params, "index": 4, "points": 1}).json()
    assert [row["code"] for row in found["results"]] == [late.code]
    report = client.get("/api/v1/reports/indices", MARCH).json()
    [unit] = report["units"]
    for number in ("1", "2", "3", "4", "6", "7"):
        for at in (2, 1, 0):
            count = client.get(API, {**params, "index": number, "points": at}).json()["count"]
            assert count == unit["indices"][number][f"at_{at}"], (number, at)
    assert client.get(API, {**params, "index": 8, "points": 2}).status_code == 400
    assert client.get(API, {**params, "index": 10, "points": 2}).status_code == 400
    assert client.get(API, {**MARCH, "unit": 999999, "index": 1, "points": 2}).status_code == 400


def test_refusals(client, officials, other_official, citizen, tree, procedure):  # noqa: F811
    early, _on_time, _late = _dossiers(officials, tree, procedure)
    page = reverse("office:indices-unit-dossiers", args=[tree.justice.pk])
    page766 = reverse("office:index766-dossiers")
    query = {**MARCH, "index": 1, "points": 2}
    api = {**MARCH, "unit": tree.justice.pk, "index": 1, "points": 2}
    assert client.get(API, api).status_code == 403  # anonymous
    assert client.get(page, query).status_code == 302
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        assert client.get(API, api).status_code == 403
        assert client.get(page, query).status_code == 403
        assert client.get(page766, {**MARCH, "indicator": "2.1", "part": "numerator"}).status_code == 403
    # another agency's officials: the unit is outside their jurisdiction
    for user in (other_official, make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)):
        client.force_login(user)
        assert client.get(API, api).status_code == 403
        assert client.get(page, query).status_code == 403
        assert (
            client.get(
                page766, {**MARCH, "agency": tree.justice.pk, "indicator": "2.1", "part": "numerator"}
            ).status_code
            == 403
        )
        # their own scope lists none of Sở Tư pháp's dossiers
        rows = client.get(page766, {**MARCH, "indicator": "2.1", "part": "denominator"}).context["rows"]
        assert rows == []
        own = {**api, "unit": tree.construction.pk}
        assert client.get(API, own).json()["count"] == 0
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DENIED).exists()
    client.force_login(officials[Role.AGENCY_LEADER])
    assert client.get(API, api).json()["results"][0]["code"] == early.code
