"""The service indices as files to file: TT 01/2018 (nine indices) and QĐ 766 (100 points), Excel and PDF.

The headings are Vietnamese whatever the viewer's language (the names of the indices and indicators are
read through the ``vi`` translation); each file says its period, its scope (the agency or the viewer's
area) and the moment it was made. In Excel the figures are numbers (scores to one decimal, QĐ 766 rates
and points to two), and every text cell goes through ``core.exports.xlsx_cell``, so an agency or officer
name starting with ``=`` stays text. The PDFs are A4 landscape, rendered with WeasyPrint like Form 06.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from django.utils import timezone, translation
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from motcua.core import exports
from motcua.documents import pdf

from . import indices
from .index766 import ALLOCATION, GROUPS, NOT_AVAILABLE, Index766

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = "Times New Roman"

# Circular 01/2018/TT-VPCP Art 13–15: "results of the assessment of administrative procedure handling by index"
INDICES_TITLE = "KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CÁC CHỈ SỐ"
INDICES_BASIS = "Theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ (Điều 13–15)"
# Decision 766/QĐ-TTg: "the index of service to citizens and businesses in procedures and public services"
INDEX766_TITLE = "BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN THỦ TỤC HÀNH CHÍNH, DỊCH VỤ CÔNG"
INDEX766_BASIS = "Theo Quyết định số 766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ"

UNIT_HEADINGS = ["STT", "Cơ quan, đơn vị", "Mã định danh", "Số hồ sơ đã giải quyết"]
UNIT_TAIL = ["Tổng điểm", "Xếp loại"]
OFFICER_HEADINGS = ["STT", "Cán bộ, công chức", "Số hồ sơ"]
OFFICER_TAIL = ["Tổng điểm", "Mức độ hoàn thành nhiệm vụ"]
INDEX766_HEADINGS = [
    "Mã",
    "Nhóm, chỉ tiêu",
    "Tử số",
    "Mẫu số",
    "Tỷ lệ (%)",
    "Mục tiêu (%)",
    "Điểm",
    "Điểm tối đa",
    "Ghi chú",
]
NOT_AVAILABLE_VI = "Không có dữ liệu"  # not available
NOT_APPLICABLE_VI = "Không áp dụng (mẫu số bằng 0)"  # N/A: the denominator is 0
TOTAL_VI = "Tổng cộng"


def index_label(number: int) -> str:
    return f"Chỉ số {number}"


def period_line(start: dt.date, end: dt.date) -> str:
    """“(Từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy)” — from … to …"""
    return f"(Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y})"


def scope_line(label: str) -> str:
    return f"Phạm vi: {label}"


def generated_line(moment: dt.datetime) -> str:
    """“Thời điểm lập: HH:MM ngày dd/mm/yyyy” in Vietnam time."""
    local = timezone.localtime(moment)
    return f"Thời điểm lập: {local:%H:%M} ngày {local:%d/%m/%Y}"


def file_name(kind: str, period, extension: str) -> str:
    """``chi-so-tt01-2018-20260301-20260331.xlsx`` or ``chi-so-qd766-….pdf``."""
    stem = "chi-so-tt01-2018" if kind == "indices" else "chi-so-qd766"
    return f"{stem}-{period.start:%Y%m%d}-{period.end:%Y%m%d}.{extension}"


# --- the rows, shared by Excel and PDF --------------------------------------------------------------


def indices_tables(report: indices.Report) -> dict:
    """Headings and rows of the two tables (agencies, officers) and the list of the nine indices, in Vietnamese."""
    with translation.override("vi"):
        units = [
            [
                number,
                row.agency.name,
                row.agency.code or "",
                row.dossiers,
                *[score for _n, score in row.scores],
                row.total,
                row.grade[1],
            ]
            for number, row in enumerate(report.units, start=1)
        ]
        officers = [
            [
                number,
                row.name,
                row.dossiers,
                *[row.tallies[n].score for n in indices.STAFF_INDICES],
                row.total,
                row.band[1],
            ]
            for number, row in enumerate(report.officers, start=1)
        ]
        names = [(n, str(indices.NAMES[n])) for n in indices.ALL_INDICES]
    return {
        "unit_headings": [*UNIT_HEADINGS, *[index_label(n) for n in indices.ALL_INDICES], *UNIT_TAIL],
        "units": units,
        "officer_headings": [*OFFICER_HEADINGS, *[index_label(n) for n in indices.STAFF_INDICES], *OFFICER_TAIL],
        "officers": officers,
        "names": names,
    }


def index766_rows(index: Index766) -> list[tuple[str, list]]:
    """(kind, cells) per line: ``group`` rows, ``indicator`` rows and the ``total``, in Vietnamese."""
    lines: list[tuple[str, list]] = []
    with translation.override("vi"):
        group_names = {gid: str(name) for gid, name, _maximum in GROUPS}
        for group in index.groups:
            note = f"Tính trên {group.computed_out_of}/{group.max_points} điểm"  # computed out of …
            lines.append(
                (
                    "group",
                    [group.id, group_names[group.id], None, None, None, None, group.points, group.max_points, note],
                )
            )
            for item in group.indicators:
                name = str(ALLOCATION[item.id][0])
                if not item.available:
                    note = f"{NOT_AVAILABLE_VI}: {NOT_AVAILABLE[item.id]}"
                    cells = [item.id, name, None, None, None, item.target, None, item.max_points, note]
                else:
                    note = (
                        item.note if item.rate is not None else "; ".join(filter(None, [NOT_APPLICABLE_VI, item.note]))
                    )
                    cells = [
                        item.id,
                        name,
                        item.numerator,
                        item.denominator,
                        item.rate,
                        item.target,
                        item.points,
                        item.max_points,
                        note,
                    ]
                lines.append(("indicator", cells))
    total_note = f"Tính trên {index.computed_out_of}/{index.max_points} điểm có dữ liệu"
    lines.append(("total", ["", TOTAL_VI, None, None, None, None, index.total, index.max_points, total_note]))
    return lines


# --- Excel -----------------------------------------------------------------------------------------


def _cell(ws: Worksheet, row: int, column: int, value, *, bold=False, number_format: str | None = None, boxed=True):
    cell = ws.cell(row=row, column=column, value=value)
    exports.xlsx_cell(cell)
    cell.font = Font(name=FONT, size=11, bold=bold)
    if boxed:
        cell.border = BOX
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) and number_format:
        cell.number_format = number_format
    text = isinstance(value, str)
    cell.alignment = Alignment(horizontal="left" if text else "center", vertical="center", wrap_text=text)
    return cell


def _heading_lines(ws: Worksheet, lines: list[tuple[str, str]], width: int) -> int:
    """The title block (one merged row per line); returns the next free row."""
    last = get_column_letter(width)
    styles = {
        "title": (Font(name=FONT, bold=True, size=13), "center"),
        "basis": (Font(name=FONT, italic=True, size=11), "center"),
        "period": (Font(name=FONT, italic=True, size=12), "center"),
        "plain": (Font(name=FONT, size=12), "left"),
    }
    for row, (style, text) in enumerate(lines, start=1):
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1, value=text)
        exports.xlsx_cell(cell)
        font, align = styles[style]
        cell.font, cell.alignment = font, Alignment(horizontal=align, vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 36
    return len(lines) + 2


def _header_row(ws: Worksheet, row: int, headings: list[str]) -> None:
    for column, text in enumerate(headings, start=1):
        cell = _cell(ws, row, column, text, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 45


def _print_setup(ws: Worksheet, header_row: int) -> None:
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def _title_block(title: str, basis: str, period, scope_label: str, generated: dt.datetime) -> list[tuple[str, str]]:
    return [
        ("title", title),
        ("basis", basis),
        ("period", period_line(period.start, period.end)),
        ("plain", scope_line(scope_label)),
        ("plain", generated_line(generated)),
    ]


def _table_sheet(ws, title_lines, headings, rows, formats: dict[int, str], widths: dict[int, float]) -> int:
    """A title block, a header row and the rows; ``formats`` maps a 1-based column to its number format.
    Returns the header row."""
    top = _heading_lines(ws, title_lines, len(headings))
    _header_row(ws, top, headings)
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            _cell(ws, top + offset, column, value, number_format=formats.get(column, "#,##0"))
    for column in range(1, len(headings) + 1):
        ws.column_dimensions[get_column_letter(column)].width = widths.get(column, 10)
    _print_setup(ws, top)
    return top


INDICES_SHEETS = ("Cơ quan, đơn vị", "Cán bộ, công chức", "Các chỉ số")
INDEX766_SHEET = "Chỉ số QĐ 766"


def indices_xlsx(report: indices.Report, generated: dt.datetime | None = None) -> bytes:
    """Three sheets: per agency (nine indices, total, grade), per officer (indices 1, 2, 3, 4, 7, band),
    and the names of the nine indices."""
    generated = generated or timezone.now()
    tables = indices_tables(report)
    lines = _title_block(INDICES_TITLE, INDICES_BASIS, report.period, report.scope_label, generated)
    wb = Workbook()
    units = wb.active
    units.title = INDICES_SHEETS[0]
    width = len(tables["unit_headings"])
    formats = dict.fromkeys(range(5, width), "0.0")  # the nine scores and the total
    _table_sheet(units, lines, tables["unit_headings"], tables["units"], formats, {1: 6, 2: 36, 3: 14, width: 14})
    officers = wb.create_sheet(INDICES_SHEETS[1])
    width = len(tables["officer_headings"])
    formats = dict.fromkeys(range(4, width), "0.0")
    _table_sheet(officers, lines, tables["officer_headings"], tables["officers"], formats, {1: 6, 2: 30, width: 30})
    legend = wb.create_sheet(INDICES_SHEETS[2])
    rows = [[index_label(n), name] for n, name in tables["names"]]
    _table_sheet(legend, lines[:2], ["Chỉ số", "Nội dung"], rows, {}, {1: 12, 2: 80})
    return _save(wb)


def index766_xlsx(index: Index766, generated: dt.datetime | None = None) -> bytes:
    """One sheet: each group, then its indicators (numerator, denominator, rate, target, points), the total."""
    generated = generated or timezone.now()
    wb = Workbook()
    ws = wb.active
    ws.title = INDEX766_SHEET
    lines = _title_block(INDEX766_TITLE, INDEX766_BASIS, index.period, index.scope_label, generated)
    formats = {3: "#,##0.##", 4: "#,##0.##", 5: "0.00", 6: "0", 7: "0.00", 8: "0"}
    rows = index766_rows(index)
    top = _table_sheet(ws, lines, INDEX766_HEADINGS, [cells for _kind, cells in rows], formats, {1: 7, 2: 48, 9: 60})
    for offset, (kind, _cells) in enumerate(rows, start=1):
        if kind != "indicator":
            for column in range(1, len(INDEX766_HEADINGS) + 1):
                ws.cell(row=top + offset, column=column).font = Font(name=FONT, size=11, bold=True)
    return _save(wb)


def _save(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# --- PDF -------------------------------------------------------------------------------------------


def vn_number(value) -> str:
    """A figure as Vietnamese print writes it: 12.345 (thousands), 1,5 (decimal comma); “—” for none."""
    if value is None:
        return "—"
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return str(value)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _printed(rows: list[list], blank: str = "—") -> list[list[str]]:
    """Each cell as printed: text as it is, figures with :func:`vn_number`, ``blank`` for none."""
    return [
        [value if isinstance(value, str) else blank if value is None else vn_number(value) for value in row]
        for row in rows
    ]


def _pdf_head(title: str, basis: str, period, scope_label: str, generated: dt.datetime) -> dict:
    return {
        "title": title,
        "basis": basis,
        "period": period_line(period.start, period.end),
        "scope": scope_line(scope_label),
        "generated": generated_line(generated),
        "paper": "a4-landscape",
    }


def indices_pdf(report: indices.Report, generated: dt.datetime | None = None) -> bytes:
    tables = indices_tables(report)
    context = _pdf_head(INDICES_TITLE, INDICES_BASIS, report.period, report.scope_label, generated or timezone.now())
    context |= {
        "unit_headings": tables["unit_headings"],
        "units": _printed(tables["units"]),
        "officer_headings": tables["officer_headings"],
        "officers": _printed(tables["officers"]),
        "names": tables["names"],
        "staff": indices.STAFF_INDICES,
    }
    return pdf.render("reports/indices_pdf.html", context)


def index766_pdf(index: Index766, generated: dt.datetime | None = None) -> bytes:
    context = _pdf_head(INDEX766_TITLE, INDEX766_BASIS, index.period, index.scope_label, generated or timezone.now())
    context |= {
        "headings": INDEX766_HEADINGS,
        "lines": [
            (kind, _printed([cells], "—" if kind == "indicator" else "")[0]) for kind, cells in index766_rows(index)
        ],
    }
    return pdf.render("reports/index766_pdf.html", context)
