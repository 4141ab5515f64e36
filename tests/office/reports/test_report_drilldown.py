"""The Form 06 page links every number to the dossiers behind it: paged, filterable, Excel, in scope."""

import html
import io
import re

from django.urls import reverse
from openpyxl import load_workbook

from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Channel
from motcua.orgs.permissions import Role

from ...conftest import make_staff
from ...portal.test_accessibility import problems
from ...reports.conftest import at, procedure, row  # noqa: F401

REPORT = reverse("office:report-form06")
URL = reverse("office:report-form06-cell")
MARCH = {"date_from": "2026-03-01", "date_to": "2026-03-31"}


def _dossier(procedure, lead, code, due_day=31):  # noqa: F811
    return row(
        procedure,
        lead,
        code=code,
        status="processing",
        channel=Channel.COUNTER,
        received_at=at(2026, 3, 2, 9, 0),
        due_at=at(2026, 3, due_day, 17, 0),
        original_due_at=at(2026, 3, due_day, 17, 0),
    )


def test_every_number_links_to_as_many_dossiers(client, officials, tree, procedure):  # noqa: F811
    _dossier(procedure, tree.justice, "A-1")
    _dossier(procedure, tree.justice, "A-2", due_day=10)
    _dossier(procedure, tree.commune, "=cmd|' /C calc'!A0", due_day=10)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    for group_by in ("level", "agency", "unit", "sector"):
        response = client.get(REPORT, {**MARCH, "group_by": group_by})
        body = response.content.decode()
        links = re.findall(r'<a href="([^"]*/reports/form06/dossiers/[^"]*)"[^>]*>(\d+)</a>', body)
        report = response.context["report"]
        expected = sum(1 for r in [*report.rows, report.total] for v in r.values.values() if v)
        assert len(links) == expected > 0
        for href, number in links:
            page = client.get(html.unescape(href))
            assert page.status_code == 200, href
            assert page.context["page"].paginator.count == int(number) == page.context["heading"]["cell"]
            assert all(r["rule"] for r in page.context["rows"])


def test_the_list_says_why_filters_and_exports(client, officials, tree, procedure):  # noqa: F811
    _dossier(procedure, tree.justice, "A-1")
    _dossier(procedure, tree.justice, "A-2", due_day=10)
    _dossier(procedure, tree.commune, "=cmd|' /C calc'!A0", due_day=10)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    cell = {**MARCH, "group_by": "level", "key": "total", "column": "c13"}
    response = client.get(URL, cell)
    body = response.content.decode()
    assert response.status_code == 200 and "Quá hạn tại cuối kỳ: hẹn 10/03/2026" in body
    assert "A-2" in body and "A-1" not in body and "Nguyễn" not in body
    assert problems(body) == []
    assert client.get(URL, {**cell, "q": "A-2"}).context["page"].paginator.count == 1
    assert client.get(URL, {**cell, "q": "nothing-like-it"}).context["page"].paginator.count == 0
    assert client.get(URL, {**cell, "q": procedure.code}).context["page"].paginator.count == 2
    export = client.get(URL, {**cell, "format": "xlsx"})
    assert export.status_code == 200 and export["Content-Disposition"].startswith("attachment")
    sheet = load_workbook(io.BytesIO(export.content)).active
    codes = [sheet.cell(row=r, column=2) for r in range(5, sheet.max_row + 1)]
    assert sorted(c.value for c in codes) == sorted(["A-2", "=cmd|' /C calc'!A0"])
    formula = next(c for c in codes if c.value.startswith("="))
    assert formula.data_type == "s" and formula.quotePrefix
    assert sheet.cell(row=5, column=10).value.startswith("Quá hạn tại cuối kỳ")
    assert AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT, object_type="form06-dossiers").exists()


def test_pages_of_fifty(client, officials, tree, procedure):  # noqa: F811
    for n in range(53):
        _dossier(procedure, tree.justice, f"P-{n:03}")
    client.force_login(officials[Role.PROVINCE_ADMIN])
    cell = {**MARCH, "group_by": "level", "key": "province", "column": "c3"}
    first = client.get(URL, cell)
    assert len(first.context["rows"]) == 50 and first.context["page"].has_next()
    assert len(client.get(URL, {**cell, "page": 2}).context["rows"]) == 3


def test_scope_and_refusals(client, officials, citizen, tree, procedure):  # noqa: F811
    _dossier(procedure, tree.justice, "A-1")
    _dossier(procedure, tree.construction, "X-1")
    cell = {**MARCH, "group_by": "level", "key": "total", "column": "c3"}
    assert client.get(URL, cell).status_code == 302  # anonymous: the login page
    client.force_login(make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER))
    body = client.get(URL, cell).content.decode()
    assert "X-1" in body and "A-1" not in body
    refused = client.get(URL, {**cell, "group_by": "agency", "key": str(tree.justice.pk)})
    assert refused.status_code == 400 and "A-1" not in refused.content.decode()
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        assert client.get(URL, cell).status_code in (403, 404)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    assert client.get(URL, {**cell, "column": "c99"}).status_code == 400
    assert client.get(URL, {**MARCH, "column": "c3"}).status_code == 400
