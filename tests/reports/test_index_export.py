"""The service indices as files: TT 01/2018 and QĐ 766 in Excel (read back with openpyxl) and PDF (pdftotext)."""

import datetime as dt
import io
import shutil
import subprocess
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role
from motcua.reports import index766, index_export, indices

from .conftest import MARCH, procedure  # noqa: F401
from .conftest_indices import decided_on, rate

MADE = timezone.make_aware(dt.datetime(2026, 4, 2, 9, 30))
GROUPS_VI = [
    ("1", "Công khai, minh bạch"),
    ("2", "Tiến độ, kết quả giải quyết"),
    ("3", "Cung cấp dịch vụ công trực tuyến"),
    ("4", "Số hóa hồ sơ, kết quả giải quyết"),
    ("5", "Mức độ hài lòng"),
]
HEADER = 7  # the title block takes rows 1–5, a blank row, then the header row


def _number(value):
    """A figure as the workbook must hold it: a number (int or float), None for none."""
    return None if value is None else float(value) if isinstance(value, Decimal) else value


def pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to check the PDF")
    assert data.startswith(b"%PDF")
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


@pytest.fixture
def decided(officials, tree, procedure):  # noqa: F811
    dossiers = [decided_on(officials, tree, procedure, day) for day in (3, 5, 9)]
    rate(officials, dossiers[-1], attitude="not_polite", bodies="one")
    return dossiers


@pytest.fixture
def report(officials, decided):
    scope = indices.where(officials[Role.PROVINCE_ADMIN])
    return indices.report(scope.dossiers, MARCH, scope.label)


@pytest.fixture
def index(officials, decided):
    scope = indices.where(officials[Role.PROVINCE_ADMIN])
    return index766.compute(scope.dossiers, MARCH, scope.petition_agencies, scope.label)


def test_indices_workbook_holds_the_reports_figures_as_numbers(report):
    wb = load_workbook(io.BytesIO(index_export.indices_xlsx(report, MADE)))
    assert wb.sheetnames == list(index_export.INDICES_SHEETS)
    ws = wb[index_export.INDICES_SHEETS[0]]
    assert ws["A1"].value == index_export.INDICES_TITLE and "01/2018/TT-VPCP" in ws["A2"].value
    assert ws["A3"].value == "(Từ ngày 01/03/2026 đến ngày 31/03/2026)"
    assert ws["A4"].value == "Phạm vi: UBND tỉnh Lào Cai"
    assert ws["A5"].value == "Thời điểm lập: 09:30 ngày 02/04/2026"
    headings = [ws.cell(HEADER, c).value for c in range(1, 16)]
    assert headings[:4] == ["STT", "Cơ quan, đơn vị", "Mã định danh", "Số hồ sơ đã giải quyết"]
    assert headings[4:13] == [f"Chỉ số {n}" for n in range(1, 10)] and headings[13:] == ["Tổng điểm", "Xếp loại"]
    [unit] = report.units
    line = [ws.cell(HEADER + 1, c).value for c in range(1, 16)]
    assert line[:4] == [1, "Sở Tư pháp", "H15.03", 3]
    assert line[4:14] == [_number(score) for _n, score in unit.scores] + [float(unit.total)]
    assert all(isinstance(value, (int, float)) for value in line[3:14])
    assert (
        line[14]
        == {"excellent": "Xuất sắc", "good": "Tốt", "fair": "Khá", "average": "Trung bình", "weak": "Yếu"}[
            unit.grade[0]
        ]
    )
    assert ws.cell(HEADER + 1, 5).number_format == "0.0" and ws.cell(HEADER + 2, 1).value is None
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == f"${HEADER}:${HEADER}"

    officers = wb[index_export.INDICES_SHEETS[1]]
    assert [officers.cell(HEADER, c).value for c in range(4, 9)] == [f"Chỉ số {n}" for n in (1, 2, 3, 4, 7)]
    found = {
        officers.cell(r, 2).value: [officers.cell(r, c).value for c in range(3, 10)]
        for r in range(HEADER + 1, HEADER + 1 + len(report.officers))
    }
    assert found == {
        row.name: [row.dossiers, *[_number(row.tallies[n].score) for n in indices.STAFF_INDICES], float(row.total)]
        for row in report.officers
    }
    legend = wb[index_export.INDICES_SHEETS[2]]
    assert (
        legend.cell(HEADER - 2, 2).value == "Tổng thời gian giải quyết thủ tục hành chính so với quy định của pháp luật"
    )


def test_index766_workbook_holds_every_indicator(index):
    wb = load_workbook(io.BytesIO(index_export.index766_xlsx(index, MADE)))
    ws = wb[index_export.INDEX766_SHEET]
    assert ws["A1"].value == index_export.INDEX766_TITLE and "766/QĐ-TTg" in ws["A2"].value
    assert (
        ws["A3"].value == "(Từ ngày 01/03/2026 đến ngày 31/03/2026)" and ws["A4"].value == "Phạm vi: UBND tỉnh Lào Cai"
    )
    assert [ws.cell(HEADER, c).value for c in range(1, 10)] == index_export.INDEX766_HEADINGS
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, 10)] for r in range(HEADER + 1, ws.max_row + 1)}
    for group in index.groups:
        assert rows[group.id][0] == str(dict(GROUPS_VI)[group.id])
        assert rows[group.id][5:7] == [float(group.points), group.max_points]
        for item in group.indicators:
            cells = rows[item.id]
            expected = [_number(item.numerator), _number(item.denominator), _number(item.rate)]
            assert cells[1:4] == (expected if item.available else [None, None, None]), item.id
            assert cells[4:7] == [_number(item.target), _number(item.points), item.max_points], item.id
            if not item.available:
                assert cells[7].startswith("Không có dữ liệu: ")
    assert rows["2.1"][:4] == ["Hồ sơ giải quyết trước hạn hoặc đúng hạn", 2, 3, 66.67]
    total_row = HEADER + 1 + sum(1 + len(g.indicators) for g in index.groups)
    assert ws.cell(total_row, 2).value == "Tổng cộng" and total_row == ws.max_row
    assert ws.cell(total_row, 7).value == float(index.total) and ws.cell(total_row, 8).value == 100


def test_the_files_are_vietnamese_whatever_the_language(report, index):
    from django.utils import translation

    with translation.override("en"):
        wb = load_workbook(io.BytesIO(index_export.index766_xlsx(index, MADE)))
        legend = load_workbook(io.BytesIO(index_export.indices_xlsx(report, MADE)))[index_export.INDICES_SHEETS[2]]
    names = [wb.active.cell(r, 2).value for r in range(HEADER + 1, wb.active.max_row + 1)]
    assert "Công khai, minh bạch" in names and "Publicity and transparency" not in names
    assert legend.cell(HEADER + 4, 2).value == "Thái độ của cán bộ, công chức"


def test_a_name_that_looks_like_a_formula_stays_text(officials, tree, decided):
    Agency.objects.filter(pk=tree.justice.pk).update(name='=HYPERLINK("http://evil.example","x")')
    Agency.objects.filter(pk=tree.province.pk).update(name="@SUM(1+1)")
    scope = indices.where(officials[Role.PROVINCE_ADMIN])
    report = indices.report(scope.dossiers, MARCH, scope.label)
    wb = load_workbook(io.BytesIO(index_export.indices_xlsx(report, MADE)))
    cell = wb[index_export.INDICES_SHEETS[0]].cell(HEADER + 1, 2)
    assert cell.value == '=HYPERLINK("http://evil.example","x")'
    assert cell.data_type == "s" and cell.quotePrefix
    assert wb[index_export.INDICES_SHEETS[0]]["A4"].value == "Phạm vi: @SUM(1+1)"
    index = index766.compute(scope.dossiers, MARCH, scope.petition_agencies, "=cmd|' /C calc'!A0")
    ws = load_workbook(io.BytesIO(index_export.index766_xlsx(index, MADE))).active
    assert ws["A4"].value == "Phạm vi: =cmd|' /C calc'!A0" and ws["A4"].data_type == "s"
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


def test_indices_pdf_shows_the_title_the_scope_and_the_numbers(report):
    text = pdf_text(index_export.indices_pdf(report, MADE))
    flat = " ".join(text.split())
    assert "KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in flat
    assert "Từ ngày 01/03/2026 đến ngày 31/03/2026" in flat and "Phạm vi: UBND tỉnh Lào Cai" in flat
    assert "Thời điểm lập: 09:30 ngày 02/04/2026" in flat and "Tổng điểm" in flat and "Xếp loại" in flat
    [unit] = report.units
    line = next(row for row in text.splitlines() if "Sở Tư pháp" in row)
    figures = [index_export.vn_number(score) for _n, score in unit.scores] + [index_export.vn_number(unit.total)]
    assert line.split()[-len(figures) - 1 : -1] == figures  # the nine scores and the total, before the grade
    assert "," in index_export.vn_number(unit.total)  # decimal comma
    for row in report.officers:
        assert row.name in text


def test_index766_pdf_shows_the_title_and_the_points(index):
    text = pdf_text(index_export.index766_pdf(index, MADE))
    flat = " ".join(text.split())
    assert "BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP" in flat and "766/QĐ-TTg" in flat
    assert "Phạm vi: UBND tỉnh Lào Cai" in flat and "Thời điểm lập: 09:30 ngày 02/04/2026" in flat
    line = next(row for row in text.splitlines() if "Hồ sơ giải quyết trước hạn hoặc đúng hạn" in row)
    assert "66,67" in line and "6,67" in line
    total = next(row for row in text.splitlines() if "Tổng cộng" in row)
    assert index_export.vn_number(index.total) in total


def test_vietnamese_number_format():
    assert index_export.vn_number(12345) == "12.345"
    assert index_export.vn_number(Decimal("1234.50")) == "1.234,50"
    assert index_export.vn_number(Decimal("1.0")) == "1,0" and index_export.vn_number(None) == "—"
