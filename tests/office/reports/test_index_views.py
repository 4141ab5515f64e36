"""The index pages in the back office: tables, breakdowns, who may open them, same numbers as the API."""

import html
import io
import subprocess

from django.urls import reverse
from openpyxl import load_workbook

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role
from motcua.reports import index_export

from ...conftest import make_staff
from ...portal.test_accessibility import problems
from ...reports.conftest import procedure  # noqa: F401
from ...reports.conftest_indices import decided_on, rate

URL = reverse("office:indices")
URL_766 = reverse("office:index766")
MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


def vi(number) -> str:
    """A number as the Vietnamese pages show it (decimal comma)."""
    return str(number).replace(".", ",")


def _dossiers(officials, tree, procedure):  # noqa: F811
    early = decided_on(officials, tree, procedure, 3)
    decided_on(officials, tree, procedure, 5)
    late = decided_on(officials, tree, procedure, 9)
    rate(officials, late, attitude="not_polite", bodies="one")
    return early, late


def test_the_indices_page_shows_agencies_officers_and_links(client, officials, tree, procedure):  # noqa: F811
    _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(URL, MARCH)
    assert response.status_code == 200
    body = response.content.decode()
    report = response.context["report"]
    [row] = report.units
    assert row.agency == tree.justice and row.dossiers == 3
    assert 'scope="row"' in body and 'scope="col"' in body and "<caption>" in body
    assert reverse("office:indices-unit", args=[tree.justice.pk]) in body
    assert vi(row.total) in body
    assert "desk" in body and "specialist" in body  # the officers' rows
    assert problems(body) == []


def test_unit_and_dossier_breakdowns(client, officials, tree, procedure):  # noqa: F811
    _early, late = _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(reverse("office:indices-unit", args=[tree.justice.pk]), MARCH)
    assert response.status_code == 200
    body = response.content.decode()
    row = response.context["row"]
    assert row.tallies[1].points == 3 and "3 / 3 = 1,0000" in body
    assert "2 × 1 + 1 = 3" in body
    assert reverse("office:indices-dossier", args=[late.pk]) in body
    assert problems(body) == []
    response = client.get(reverse("office:indices-dossier", args=[late.pk]))
    assert response.status_code == 200
    points = {item.number: item.points for item in response.context["breakdown"]}
    assert points == {1: 0, 2: 0, 3: 2, 4: 1, 6: 2, 7: 0}
    body = response.content.decode()
    assert late.applicant_name not in body and late.applicant_phone not in body  # no personal data needed
    assert problems(body) == []


def test_the_766_page(client, officials, tree, procedure):  # noqa: F811
    _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(URL_766, MARCH)
    assert response.status_code == 200
    index = response.context["index"]
    assert [g.max_points for g in index.groups] == [18, 20, 22, 22, 18]
    body = response.content.decode()
    assert vi(index.total) in body and str(index.computed_out_of) in body
    assert problems(body) == []


def test_bad_input_is_an_error_on_the_field(client, officials, db):
    client.force_login(officials[Role.AGENCY_LEADER])
    for url in (URL, URL_766):
        response = client.get(url, {"from": "2026-03-31", "to": "2026-03-01"})
        assert response.status_code == 400 and "to" in response.context["form"].errors
        assert client.get(url, {**MARCH, "agency": "abc"}).status_code == 400


def test_refusals(client, officials, other_official, citizen, tree, procedure):  # noqa: F811
    early, _late = _dossiers(officials, tree, procedure)
    pages = [
        URL,
        URL_766,
        reverse("office:indices-unit", args=[tree.justice.pk]),
        reverse("office:indices-dossier", args=[early.pk]),
    ]
    for url in pages:
        response = client.get(url, MARCH)
        assert response.status_code == 302 and "login" in response["Location"]
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        for url in pages:
            assert client.get(url, MARCH).status_code == 403
    outsider = make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)
    client.force_login(outsider)
    assert client.get(URL, MARCH).context["report"].units == []  # only Sở Xây dựng, with nothing decided
    assert client.get(reverse("office:indices-unit", args=[tree.justice.pk]), MARCH).status_code == 403
    assert client.get(reverse("office:indices-dossier", args=[early.pk])).status_code == 403
    assert client.get(URL, {**MARCH, "agency": tree.justice.pk}).status_code == 403
    assert client.get(URL_766, {**MARCH, "agency": tree.justice.pk}).status_code == 403


def test_the_pages_show_the_numbers_of_the_api(client, officials, tree, procedure):  # noqa: F811
    _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    page = client.get(URL, {**MARCH, "agency": tree.justice.pk}).context["report"].as_dict()
    api = client.get("/api/v1/reports/indices", {**MARCH, "agency": tree.justice.pk}).json()
    assert page == api and api["units"][0]["dossiers"] == 3
    page = client.get(URL_766, MARCH).context["index"].as_dict()
    api = client.get("/api/v1/reports/index766", MARCH).json()
    assert page == api


def _file(client, link: str):
    """Follow a download link of a page (the href, HTML-unescaped)."""
    return client.get(html.unescape(link))


def test_the_pages_offer_excel_and_pdf_of_the_same_figures(client, officials, tree, procedure):  # noqa: F811
    _dossiers(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    before = AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT).count()
    for url, name, sheet in (
        (URL, "chi-so-tt01-2018-20260301-20260331", index_export.INDICES_SHEETS[0]),
        (URL_766, "chi-so-qd766-20260301-20260331", index_export.INDEX766_SHEET),
    ):
        page = client.get(url, {**MARCH, "agency": tree.justice.pk})
        links = page.context["downloads"]
        body = page.content.decode()
        assert html.escape(links["xlsx"]) in body and html.escape(links["pdf"]) in body
        assert "format=xlsx" in links["xlsx"] and f"agency={tree.justice.pk}" in links["xlsx"]
        response = _file(client, links["xlsx"])
        assert response.status_code == 200 and response["Content-Type"] == index_export.XLSX_TYPE
        assert response["Content-Disposition"] == f'attachment; filename="{name}.xlsx"'
        assert response["Cache-Control"] == "private, no-store"
        ws = load_workbook(io.BytesIO(response.content))[sheet]
        assert ws["A4"].value == "Phạm vi: Sở Tư pháp"
        if url == URL:
            [row] = page.context["report"].units
            line = [ws.cell(8, c).value for c in range(4, 15)]
            assert line == [row.dossiers, *[float(score) for _n, score in row.scores], float(row.total)]
        else:
            total = next(r for r in ws.iter_rows(min_row=8, values_only=True) if r[1] == "Tổng cộng")
            assert total[6] == float(page.context["index"].total)
        response = _file(client, links["pdf"])
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF") and f'filename="{name}.pdf"' in response["Content-Disposition"]
    exports = AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT).order_by("pk")[before:]
    assert [(e.object_type, e.changes["filters"]["format"]) for e in exports] == [
        ("reports.indices", "xlsx"),
        ("reports.indices", "pdf"),
        ("reports.index766", "xlsx"),
        ("reports.index766", "pdf"),
    ]
    assert {e.changes["filters"]["agency"] for e in exports} == {tree.justice.pk}
    assert {e.actor_id for e in exports} == {officials[Role.AGENCY_LEADER].pk}


def test_the_files_keep_the_pages_scope(client, officials, other_official, citizen, tree, procedure):  # noqa: F811
    _dossiers(officials, tree, procedure)
    files = [("/api/v1/reports/indices", {**MARCH, "format": fmt}) for fmt in ("xlsx", "pdf")] + [
        ("/api/v1/reports/index766", {**MARCH, "format": fmt}) for fmt in ("xlsx", "pdf")
    ]
    for url, params in files:
        assert client.get(url, params).status_code == 403  # anonymous
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        for url, params in files:
            assert client.get(url, params).status_code == 403
    outsider = make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)
    client.force_login(outsider)
    for url, params in files:
        assert client.get(url, {**params, "agency": tree.justice.pk}).status_code == 403
    response = client.get("/api/v1/reports/indices", {**MARCH, "format": "xlsx"})
    assert response.status_code == 200  # their own area only: Sở Xây dựng, nothing decided
    ws = load_workbook(io.BytesIO(response.content))[index_export.INDICES_SHEETS[0]]
    assert ws["A4"].value == "Phạm vi: Sở Xây dựng" and ws.max_row == 7  # the header row, no agency
    text = subprocess.run(
        ["pdftotext", "-", "-"],
        input=client.get("/api/v1/reports/indices", {**MARCH, "format": "pdf"}).content,
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "Sở Tư pháp" not in text and "Sở Xây dựng" in text
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT, actor=citizen).exists()
    assert client.get("/api/v1/reports/index766", {**MARCH, "format": "docx"}).status_code == 400
