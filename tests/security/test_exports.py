"""Issue 14, Medium 8: exported text cells never become live spreadsheet formulas (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from motcua.core import exports
from motcua.orgs import transfer
from motcua.orgs.permissions import Role
from motcua.reports import export, form06

from ..reports.conftest import MARCH, at, procedure, receive  # noqa: F401

PAYLOAD = '=HYPERLINK("http://x","y")'


def _csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize("value", [PAYLOAD, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\0=1"])
def test_every_formula_trigger_gets_an_apostrophe(value):
    assert exports.csv_cell(value) == "'" + value
    assert exports.from_csv_cell(exports.csv_cell(value)) == value


def test_numbers_and_plain_text_stay_as_they_are():
    assert exports.csv_row([12, -3, 1.5, None, "Sở Tư pháp", ""]) == [12, -3, 1.5, None, "Sở Tư pháp", ""]


def test_a_failed_login_name_is_inert_in_the_audit_export(client, officials):
    client.post(reverse("login"), {"username": PAYLOAD, "password": "wrong"})
    client.force_login(officials[Role.PROVINCE_ADMIN])
    rows = _csv(client.get(reverse("office:audit-export")))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + PAYLOAD in cells
    assert not any(cell.startswith(exports.FORMULA_TRIGGERS) for cell in cells)


def test_an_agency_name_is_inert_in_the_agency_csv(officials, tree, login):
    tree.justice_unit.name = PAYLOAD
    tree.justice_unit.save()
    rows = _csv(login(officials[Role.DESK_OFFICER]).get(reverse("office:agency-export", args=["csv"])))
    names = [row[rows[0].index("name")] for row in rows[1:]]
    assert "'" + PAYLOAD in names and PAYLOAD not in names


def test_the_agency_csv_reads_back_the_original_name(tree):
    tree.justice.name = PAYLOAD
    tree.justice.save()
    text = transfer.to_csv(transfer.export_rows(type(tree.justice).objects.all()))
    assert PAYLOAD in {row["name"] for row in transfer.parse(text, "csv")}


def test_a_form06_row_label_is_a_string_cell_in_excel(officials, tree, procedure):  # noqa: F811
    tree.justice.name = PAYLOAD
    tree.justice.save()
    receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    report = form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "agency")
    data = export.to_xlsx(report)
    ws = load_workbook(io.BytesIO(data))["Biểu 06"]
    labels = [ws.cell(row, 2) for row in range(10, ws.max_row + 1)]
    payload = [cell for cell in labels if cell.value == PAYLOAD]
    assert payload and all(cell.data_type == "s" and cell.quotePrefix for cell in payload)
    assert all(cell.data_type != "f" for row in ws.iter_rows() for cell in row)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    numbers = [ws.cell(10, column).value for column in range(3, 14)]
    assert all(isinstance(value, int) for value in numbers)
