"""Form 06 as an Excel workbook and as a PDF: the legal Vietnamese title, merged two-level headers,
the column numbers (1)…(13), A4 landscape."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from motcua.core import exports
from motcua.documents import pdf

from . import columns as form
from .form06 import Report

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER_TOP = 6  # first header row; the headers take rows 6–8 and the column numbers row 9
FIRST_DATA = HEADER_TOP + 4
LAST_COLUMN = 13
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
FONT = "Times New Roman"


def file_name(report: Report, extension: str) -> str:
    return f"bieu-06-{report.group_by}-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}.{extension}"


def header_cells() -> list[tuple[int, int, int, int, str]]:
    """(first row, first column, last row, last column, text) of each header cell, rows counted from 0."""
    cells = [(0, 1, 2, 1, form.NUMBER_HEADING), (0, 2, 2, 2, form.ROW_HEADING)]
    for group in form.GROUPS:
        cells.append((0, group.first, 0, group.last, group.label_vi))
    by_number = {column.number: column.label_vi for column in form.COLUMNS}
    cells += [(1, 3, 2, 3, by_number[3]), (1, 4, 1, 5, form.OF_WHICH), (2, 4, 2, 4, by_number[4])]
    cells += [(2, 5, 2, 5, by_number[5]), (1, 6, 2, 6, by_number[6])]
    cells += [(1, number, 2, number, by_number[number]) for number in range(7, 14)]
    return cells


def _title(ws: Worksheet, report: Report) -> None:
    last = get_column_letter(LAST_COLUMN)
    lines = [
        (1, f"{form.FORM_NUMBER}", Font(name=FONT, bold=True, size=11), "left"),
        (2, form.TITLE, Font(name=FONT, bold=True, size=13), "center"),
        (3, form.period_line(report.period.start, report.period.end), Font(name=FONT, italic=True, size=12), "center"),
        (4, f"Đơn vị báo cáo: {report.reporting_unit}", Font(name=FONT, size=12), "left"),
    ]
    for row, text, font, align in lines:
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1, value=text)
        cell.font, cell.alignment = font, Alignment(horizontal=align, vertical="center", wrap_text=True)
    ws.row_dimensions[2].height = 36
    note = ws.cell(row=5, column=LAST_COLUMN, value=form.UNIT_NOTE)
    note.font, note.alignment = Font(name=FONT, italic=True, size=11), Alignment(horizontal="right")


def _headers(ws: Worksheet) -> None:
    for row in range(HEADER_TOP, HEADER_TOP + 4):
        for column in range(1, LAST_COLUMN + 1):
            cell = ws.cell(row=row, column=column)
            cell.border, cell.alignment, cell.font = BOX, CENTRE, Font(name=FONT, bold=True, size=11)
    for top, left, bottom, right, text in header_cells():
        ws.cell(row=HEADER_TOP + top, column=left, value=text)
        if (top, left) != (bottom, right):
            ws.merge_cells(start_row=HEADER_TOP + top, start_column=left, end_row=HEADER_TOP + bottom, end_column=right)
    for column in range(1, LAST_COLUMN + 1):
        cell = ws.cell(row=HEADER_TOP + 3, column=column, value=f"({column})")
        cell.font = Font(name=FONT, italic=True, size=10)
    ws.row_dimensions[HEADER_TOP + 2].height = 45


def _data(ws: Worksheet, report: Report) -> None:
    line = FIRST_DATA
    for number, row in enumerate([*report.rows, None], start=1):
        is_total = row is None
        row = report.total if is_total else row
        values = ["" if is_total else number, row.label_vi, *row.values.values()]
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=line, column=column, value=value)
            exports.xlsx_cell(cell)
            cell.border = BOX
            cell.font = Font(name=FONT, size=11, bold=is_total)
            if column > 2:
                cell.number_format = "#,##0"
            cell.alignment = Alignment(
                horizontal="left" if column == 2 else "center", vertical="center", wrap_text=column == 2
            )
        line += 1


def to_xlsx(report: Report) -> bytes:
    """The workbook: one sheet “Biểu 06”, printable on A4 landscape, one page wide, headers on every page."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 06"
    _title(ws, report)
    _headers(ws)
    _data(ws, report)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 42
    for column in range(3, LAST_COLUMN + 1):
        ws.column_dimensions[get_column_letter(column)].width = 12
    ws.freeze_panes = ws.cell(row=FIRST_DATA, column=3)
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{HEADER_TOP}:{HEADER_TOP + 3}"
    ws.print_options.horizontalCentered = True
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def to_pdf(report: Report) -> bytes:
    """The same table on A4 landscape (WeasyPrint, committed fonts)."""
    return pdf.render("reports/form06_pdf.html", pdf_context(report))


def pdf_context(report: Report) -> dict:
    return {
        "title": form.TITLE,
        "form_number": form.FORM_NUMBER,
        "circular": form.CIRCULAR,
        "period": form.period_line(report.period.start, report.period.end),
        "unit_note": form.UNIT_NOTE,
        "number_heading": form.NUMBER_HEADING,
        "row_heading": form.ROW_HEADING,
        "groups": form.GROUPS,
        "of_which": form.OF_WHICH,
        "columns": {column.number: column.label_vi for column in form.COLUMNS},
        "numbers": range(1, LAST_COLUMN + 1),
        "report": report,
        "lines": [(row.label_vi, [_vn(value) for value in row.values.values()]) for row in report.rows],
        "total": _vn_all(report.total.values.values()),
        "paper": "a4-landscape",
    }


def _vn(value: int) -> str:
    """12345 → “12.345” (Vietnamese digit grouping)."""
    return f"{value:,}".replace(",", ".")


def _vn_all(values) -> list[str]:
    return [_vn(value) for value in values]
