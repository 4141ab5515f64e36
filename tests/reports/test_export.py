"""Form 06 as Excel (read back with openpyxl) and as PDF (read back with pdftotext)."""

import io
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from motcua.orgs.permissions import Role
from motcua.reports import export, form06
from motcua.reports.columns import TITLE

from .conftest import MARCH, at, decide, receive


@pytest.fixture
def report(officials, tree, procedure):
    early = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    decide(officials, early, at(2026, 3, 9, 10, 0))
    receive(officials, tree, procedure, at(2026, 2, 20, 10, 0))  # carried over, overdue
    return form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "level")


def test_xlsx_has_the_legal_headers_merged_and_the_numbers(report):
    wb = load_workbook(io.BytesIO(export.to_xlsx(report)))
    ws = wb["Biểu 06"]
    assert ws["A1"].value == "Biểu số 06/VPCP/KSTT" and ws["A2"].value == TITLE
    assert ws["A3"].value == "(Từ ngày 01/03/2026 đến ngày 31/03/2026)"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A6:A8", "B6:B8", "C6:F6", "G6:J6", "K6:M6", "C7:C8", "D7:E7", "F7:F8", "G7:G8", "M7:M8"} <= merged
    assert [ws.cell(6, c).value for c in (3, 7, 11)] == [
        "Số hồ sơ nhận giải quyết",
        "Số hồ sơ đã giải quyết",
        "Số hồ sơ đang giải quyết",
    ]
    assert [ws.cell(8, c).value for c in (4, 5)] == ["Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]
    assert [ws.cell(7, c).value for c in (6, 8, 9, 10, 12, 13)] == [
        "Từ kỳ trước",
        "Trả trước hạn",
        "Trả đúng thời hạn",
        "Trả quá hạn",
        "Trong hạn",
        "Quá hạn",
    ]
    assert [ws.cell(9, c).value for c in range(1, 14)] == [f"({n})" for n in range(1, 14)]
    assert ws["B10"].value == "Cấp tỉnh" and ws["B11"].value == "Tổng cộng"
    assert [ws.cell(10, c).value for c in range(3, 14)] == list(report.rows[0].values.values())
    assert [ws.cell(11, c).value for c in range(3, 14)] == list(report.total.values.values())
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$6:$9"


def test_pdf_shows_the_title_and_the_numbers(report):
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to check the PDF")
    data = export.to_pdf(report)
    assert data.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout
    text = text.decode()
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC" in text and "Biểu số 06/VPCP/KSTT" in text
    assert "Từ ngày 01/03/2026 đến ngày 31/03/2026" in text and "Cấp tỉnh" in text and "Tổng cộng" in text
