"""The catalogue as an Excel workbook an official can read, edit and import again.

One row per procedure in the sheet "Thủ tục" (the procedure's open draft, else the version in
force, else its latest version) and its lists in sheets joined by the procedure code: components,
cases, fees and the steps of the internal processes. "Phiên bản" and "Quyết định công bố" list the
history for reading only, as do the grey columns. Headers are Vietnamese, found by their text
(case and accents ignored) so columns may be moved; a missing column keeps what the procedure
already says.

Importing the workbook creates procedures and saves draft versions (never publishes): every row
is checked first and every problem is reported with its sheet, row and column; nothing is written
unless all rows are valid. See ``docs/catalogue-transfer.md``.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import math
import re
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from motcua.core import exports, uploads
from motcua.core.text import fold, nfc
from motcua.orgs.models import Agency

from . import services
from .models import (
    DecisionItem,
    FormTemplate,
    Procedure,
    ProcedureVersion,
    PublicationDecision,
    Sector,
    validate_procedure_code,
)
from .transfer import Importer, Result, _tokens, map_code, same_content

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # a 20 MB upload may not unpack into more than this

# --- Vietnamese values ----------------------------------------------------------------------

YES, NO = "Có", "Không"
LABELS: dict[str, dict[str, str]] = {
    "level": {"province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã"},
    "unit": {
        "working_days": "Ngày làm việc",
        "working_hours": "Giờ làm việc",
        "days": "Ngày",
        "months": "Tháng",
    },
    "online": {"none": "Không", "partial": "Một phần", "full": "Toàn trình"},
    "channel": {"counter": "Trực tiếp", "postal": "Bưu chính công ích", "online": "Trực tuyến"},
    "copy": {
        "original": "Bản chính",
        "copy": "Bản sao",
        "certified_copy": "Bản sao chứng thực",
        "original_or_certified_copy": "Bản chính hoặc bản sao chứng thực",
        "shown": "Xuất trình để đối chiếu",
    },
    "fee": {"fee": "Phí", "charge": "Lệ phí"},
    "role": {
        "desk_officer": "Cán bộ một cửa",
        "specialist": "Chuyên viên",
        "unit_head": "Trưởng phòng",
        "agency_leader": "Lãnh đạo cơ quan",
        "agency_admin": "Quản trị cơ quan",
        "province_admin": "Quản trị tỉnh",
        "inspector": "Thanh tra",
    },
    "version_state": {"draft": "Dự thảo", "published": "Đã công bố"},
    "status": {"draft": "Chưa công bố", "active": "Đang có hiệu lực", "abolished": "Đã bãi bỏ"},
    "action": {"new": "Mới", "amend": "Sửa đổi, bổ sung", "replace": "Thay thế", "abolish": "Bãi bỏ"},
}


@dataclass(frozen=True)
class Col:
    key: str  # field of the content (``statutory.amount``) or of the row
    header: str
    width: int
    kind: str = "text"  # text lines int decimal bool time code enum:<labels> multi:<labels> keys
    info: bool = False  # exported for reading, ignored by the import


@dataclass(frozen=True)
class Sheet:
    name: str
    cols: tuple[Col, ...]
    freeze: str = "B2"
    imported: bool = True


CODE = Col("code", "Mã TTHC", 11, "code")
PROCEDURES = Sheet(
    "Thủ tục",
    (
        CODE,
        Col("name", "Tên thủ tục hành chính", 48),
        Col("sector", "Mã lĩnh vực", 11),
        Col("sector_name", "Lĩnh vực", 22, info=True),
        Col("level", "Cấp thực hiện", 11, "enum:level"),
        Col("owner", "Cơ quan quản lý (mã định danh)", 15),
        Col("owner_name", "Tên cơ quan quản lý", 26, info=True),
        Col("implementing_agency", "Cơ quan thực hiện (mã định danh)", 15),
        Col("receiving_agency", "Cơ quan tiếp nhận (mã định danh)", 15),
        Col("subjects", "Đối tượng thực hiện", 28),
        Col("sequence", "Trình tự thực hiện", 60),
        Col("channels", "Cách thức thực hiện", 22, "multi:channel"),
        Col("sets", "Số bộ hồ sơ", 8, "int"),
        Col("statutory.amount", "Thời hạn giải quyết theo quy định", 12, "decimal"),
        Col("statutory.unit", "Đơn vị thời hạn theo quy định", 14, "enum:unit"),
        Col("committed.amount", "Thời hạn cam kết của tỉnh", 12, "decimal"),
        Col("committed.unit", "Đơn vị thời hạn cam kết", 14, "enum:unit"),
        Col("fees_summary", "Phí, lệ phí (tóm tắt)", 30, info=True),
        Col("result", "Kết quả thực hiện", 30),
        Col("result_is_document", "Kết quả là văn bản", 10, "bool"),
        Col("conditions", "Yêu cầu, điều kiện", 40),
        Col("legal_basis", "Căn cứ pháp lý (mỗi dòng một văn bản)", 50, "lines"),
        Col("online_service", "Dịch vụ công trực tuyến", 13, "enum:online"),
        Col("legacy_online_level", "Mức độ DVC cũ (1–4)", 10, "int"),
        Col("at_desk", "Tiếp nhận tại Bộ phận Một cửa", 12, "bool"),
        Col("on_the_spot", "4 tại chỗ", 9, "bool"),
        Col("any_desk", "Phi địa giới", 9, "bool"),
        Col("cutoff", "Giờ tiếp nhận cuối ngày", 10, "time"),
        Col("version", "Phiên bản", 9, info=True),
        Col("version_state", "Trạng thái phiên bản", 13, info=True),
        Col("valid_from", "Hiệu lực từ ngày", 12, info=True),
        Col("decision", "Quyết định công bố", 18, info=True),
        Col("status", "Tình trạng thủ tục", 15, info=True),
    ),
    freeze="C2",
)
COMPONENTS = Sheet(
    "Thành phần hồ sơ",
    (
        CODE,
        Col("order", "STT", 6, info=True),
        Col("key", "Mã thành phần", 16),
        Col("name", "Tên thành phần hồ sơ", 50),
        Col("copy_type", "Loại bản", 20, "enum:copy"),
        Col("quantity", "Số lượng", 8, "int"),
        Col("form", "Mẫu đơn, tờ khai (số hiệu)", 11, "int"),
        Col("form_name", "Tên mẫu đơn, tờ khai", 30, info=True),
        Col("must_digitise", "Phải số hóa", 10, "bool"),
        Col("from_data_store", "Khai thác từ kho dữ liệu", 12, "bool"),
        Col("cases", "Áp dụng cho trường hợp (mã)", 18, "keys"),
    ),
)
CASES = Sheet(
    "Trường hợp",
    (
        CODE,
        Col("key", "Mã trường hợp", 16),
        Col("name", "Tên trường hợp", 50),
        Col("statutory.amount", "Thời hạn theo quy định", 12, "decimal"),
        Col("statutory.unit", "Đơn vị thời hạn theo quy định", 14, "enum:unit"),
        Col("committed.amount", "Thời hạn cam kết", 12, "decimal"),
        Col("committed.unit", "Đơn vị thời hạn cam kết", 14, "enum:unit"),
    ),
)
FEES = Sheet(
    "Phí, lệ phí",
    (
        CODE,
        Col("order", "STT", 6, info=True),
        Col("name", "Tên phí, lệ phí", 45),
        Col("kind", "Loại", 9, "enum:fee"),
        Col("amount", "Mức thu (đồng)", 14, "int"),
        Col("exemptions", "Đối tượng miễn, giảm", 45),
    ),
)
STEPS = Sheet(
    "Quy trình nội bộ",
    (
        CODE,
        Col("case", "Trường hợp (mã; trống = chung)", 16),
        Col("order", "Bước", 6, info=True),
        Col("name", "Tên bước", 45),
        Col("actor", "Vai trò thực hiện", 18, "enum:role"),
        Col("unit", "Đơn vị thực hiện", 28),
        Col("budget", "Thời gian (ngày làm việc)", 11, "decimal"),
        Col("counted", "Tính vào thời hạn", 10, "bool"),
        Col("may_branch", "Liên thông", 10, "bool"),
    ),
)
SECTORS = Sheet("Lĩnh vực", (Col("code", "Mã lĩnh vực", 14), Col("name", "Tên lĩnh vực", 50)), freeze="A2")
VERSIONS = Sheet(
    "Phiên bản",
    (
        CODE,
        Col("name", "Tên thủ tục hành chính", 48),
        Col("number", "Phiên bản", 9),
        Col("state", "Trạng thái", 12),
        Col("valid_from", "Hiệu lực từ ngày", 12),
        Col("valid_to", "Hiệu lực đến ngày", 12),
        Col("decision", "Quyết định công bố", 18),
    ),
    imported=False,
)
DECISIONS = Sheet(
    "Quyết định công bố",
    (
        Col("number", "Số quyết định", 18),
        Col("title", "Trích yếu", 50),
        Col("signed_on", "Ngày ký", 12),
        Col("signer", "Người ký", 24),
        Col("effective_from", "Ngày có hiệu lực", 12),
        Col("issuing_agency", "Cơ quan ban hành", 14),
        Col("state", "Trạng thái", 12),
        Col("new", "TTHC mới", 9),
        Col("amend", "TTHC sửa đổi, bổ sung", 11),
        Col("replace", "TTHC thay thế", 10),
        Col("abolish", "TTHC bãi bỏ", 10),
    ),
    imported=False,
)
SHEETS = (PROCEDURES, COMPONENTS, CASES, FEES, STEPS, SECTORS, VERSIONS, DECISIONS)
GUIDE = "Hướng dẫn"

GUIDE_LINES = [
    "DANH MỤC THỦ TỤC HÀNH CHÍNH",
    "",
    "Sheet «Thủ tục»: mỗi dòng là một thủ tục (bản dự thảo nếu có, nếu không là phiên bản đang có hiệu lực).",
    "Các sheet «Thành phần hồ sơ», «Trường hợp», «Phí, lệ phí», «Quy trình nội bộ» nối với thủ tục qua cột «Mã TTHC»;",
    "thứ tự các dòng của cùng một thủ tục là thứ tự trong thủ tục.",
    "Cột có tiêu đề màu xám và các sheet «Phiên bản», «Quyết định công bố» chỉ để xem, không được nhập lại.",
    "",
    "Khi nhập lại tệp này: thủ tục mới được tạo, thủ tục đã có được lưu thành bản dự thảo mới;",
    "không có gì được công bố — việc công bố làm bằng quyết định công bố trong hệ thống.",
    "Mọi dòng được kiểm tra trước; nếu có một dòng sai thì không dòng nào được ghi,",
    "và danh sách lỗi chỉ rõ sheet, dòng và cột.",
    "",
    "Giá trị Có / Không; nhiều giá trị trong một ô cách nhau bằng dấu chấm phẩy (;);",
    "căn cứ pháp lý: mỗi văn bản một dòng trong ô (Alt+Enter).",
    "Cấp thực hiện: " + "; ".join(LABELS["level"].values()),
    "Đơn vị thời hạn: " + "; ".join(LABELS["unit"].values()),
    "Dịch vụ công trực tuyến: " + "; ".join(LABELS["online"].values()),
    "Cách thức thực hiện: " + "; ".join(LABELS["channel"].values()),
    "Loại bản: " + "; ".join(LABELS["copy"].values()),
    "Vai trò thực hiện: " + "; ".join(LABELS["role"].values()),
]

# --- Writing ----------------------------------------------------------------------------------

_THIN = Side(style="thin", color="9BA7B4")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DCE6F1")
_INFO_FILL = PatternFill("solid", fgColor="E7E7E7")
_HEAD_FONT = Font(name="Times New Roman", bold=True, size=11)
_INFO_FONT = Font(name="Times New Roman", bold=True, italic=True, size=11, color="555555")
_CELL_FONT = Font(name="Times New Roman", size=11)
_HEAD_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
HEADER_HEIGHT = 48  # pt: three lines of 11 pt with stacked Vietnamese diacritics
LINE_HEIGHT = 15.75


def _number(value) -> int | float | Decimal | str:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return int(number) if number == number.to_integral_value() else number


def _label(kind: str, value) -> str:
    return LABELS[kind].get(value, value) if value not in (None, "") else ""


def _bool(value) -> str:
    return YES if value else NO


def _limit(limit: dict | None) -> tuple:
    return (_number(limit.get("amount")), _label("unit", limit.get("unit"))) if limit else (None, "")


def _clean(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _text_lines(value, width: int) -> int:
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(int(width * 1.15), 1)
    return sum(max(1, math.ceil(len(line) / per_line)) for line in value.split("\n"))


_DATES = ("valid_from", "valid_to", "signed_on", "effective_from")
_TEXT_KEYS = ("sector", "key", "case")


def _named_styles() -> list[NamedStyle]:
    styles = []
    for wrap in (True, False):
        for number_format in ("General", "@", "DD/MM/YYYY"):
            style = NamedStyle(name=f"tthc-{'wrap' if wrap else 'top'}-{number_format}")
            style.font = copy.copy(_CELL_FONT)
            style.border = copy.copy(_BORDER)
            style.alignment = copy.copy(_WRAP if wrap else _TOP)
            style.number_format = number_format
            styles.append(style)
    return styles


def _style_of(col: Col) -> str:
    if col.kind == "code" or col.key in _TEXT_KEYS:
        number_format = "@"
    elif col.key in _DATES:
        number_format = "DD/MM/YYYY"
    else:
        number_format = "General"
    return f"tthc-{'wrap' if col.width >= 18 else 'top'}-{number_format}"


class _SheetWriter:
    """One sheet: header styled once, then rows written cell by cell with their own height."""

    def __init__(self, wb: Workbook, spec: Sheet):
        self.spec = spec
        self.ws = ws = wb.create_sheet(spec.name)
        self.row = 1
        for index, col in enumerate(spec.cols, start=1):
            cell = ws.cell(row=1, column=index, value=col.header)
            cell.font = _INFO_FONT if col.info else _HEAD_FONT
            cell.fill = _INFO_FILL if col.info or not spec.imported else _HEAD_FILL
            cell.alignment = _HEAD_ALIGN
            cell.border = _BORDER
            ws.column_dimensions[get_column_letter(index)].width = col.width
        ws.row_dimensions[1].height = HEADER_HEIGHT
        ws.freeze_panes = spec.freeze
        ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.print_options.gridLines = True

    def append(self, values: list) -> None:
        self.row += 1
        lines = 1
        for index, (col, value) in enumerate(zip(self.spec.cols, values, strict=True), start=1):
            value = _clean(value)
            cell = self.ws.cell(row=self.row, column=index, value=value)
            cell.style = _style_of(col)  # one named style per kind of cell: fast and small
            if isinstance(value, str):
                exports.xlsx_cell(cell)  # text, never a formula
                lines = max(lines, _text_lines(value, col.width))
        self.ws.row_dimensions[self.row].height = min(lines, 20) * LINE_HEIGHT + 2

    def finish(self) -> None:
        spec, ws = self.spec, self.ws
        last_row = max(self.row, 2)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.cols))}{last_row}"
        if not spec.imported:
            return
        for index, col in enumerate(spec.cols, start=1):
            if col.info or not (col.kind == "bool" or col.kind.startswith("enum:")):
                continue
            options = [YES, NO] if col.kind == "bool" else list(LABELS[col.kind[5:]].values())
            validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
            validation.showErrorMessage = False  # an official may also type the code
            ws.add_data_validation(validation)
            letter = get_column_letter(index)
            validation.add(f"{letter}2:{letter}{last_row + 500}")


def _chosen_versions(procedures: QuerySet[Procedure]) -> tuple[dict[int, ProcedureVersion], list[ProcedureVersion]]:
    """The version shown for each procedure (draft, else in force, else latest) and all versions."""
    today = timezone.localdate()
    everything = list(
        ProcedureVersion.objects.filter(procedure__in=procedures)
        .select_related("decision", "sector", "procedure")
        .order_by("procedure__code", "number")
    )
    by_procedure = defaultdict(list)
    for version in everything:
        by_procedure[version.procedure_id].append(version)
    chosen = {}
    for procedure_id, versions in by_procedure.items():
        drafts = [v for v in versions if v.state == ProcedureVersion.State.DRAFT]
        in_force = [
            v
            for v in versions
            if v.state == ProcedureVersion.State.PUBLISHED
            and v.valid_from
            and v.valid_from <= today
            and (v.valid_to is None or v.valid_to >= today)
        ]
        chosen[procedure_id] = (drafts or in_force or versions)[-1]
    return chosen, everything


def _fees_summary(fees: list[dict]) -> str:
    if not fees:
        return "Không"
    return "; ".join(f"{fee.get('name', '')}: {int(fee.get('amount') or 0):,} đ".replace(",", ".") for fee in fees)


def build_workbook(owners: QuerySet[Agency] | None = None) -> bytes:
    """The workbook of every procedure (or of those ``owners`` own)."""
    procedures = Procedure.objects.select_related("owner").order_by("code")
    if owners is not None:
        procedures = procedures.filter(owner__in=owners)
    chosen, everything = _chosen_versions(procedures)
    sectors = dict(Sector.objects.values_list("code", "name"))
    form_names = dict(FormTemplate.objects.values_list("pk", "name"))

    wb = Workbook()
    for style in _named_styles():
        wb.add_named_style(style)
    guide = wb.active
    guide.title = GUIDE
    guide.column_dimensions["A"].width = 125
    for row, line in enumerate(GUIDE_LINES, start=1):
        guide.cell(row=row, column=1, value=line).font = _CELL_FONT
        guide.row_dimensions[row].height = LINE_HEIGHT + 3
    guide["A1"].font = Font(name="Times New Roman", bold=True, size=14)
    guide.row_dimensions[1].height = 24
    guide.page_setup.orientation = guide.ORIENTATION_LANDSCAPE

    sheets = {spec.name: _SheetWriter(wb, spec) for spec in SHEETS}
    for procedure in procedures:
        version = chosen.get(procedure.pk)
        if version is None:
            continue
        content = version.content
        code = procedure.code
        sheets[PROCEDURES.name].append(
            [
                code,
                content.get("name"),
                content.get("sector"),
                sectors.get(content.get("sector"), ""),
                _label("level", content.get("level")),
                procedure.owner.code,
                procedure.owner.name,
                content.get("implementing_agency", ""),
                content.get("receiving_agency", ""),
                content.get("subjects", ""),
                content.get("sequence", ""),
                "; ".join(_label("channel", c) for c in content.get("channels", [])),
                content.get("sets"),
                *_limit(content.get("statutory")),
                *_limit(content.get("committed")),
                _fees_summary(content.get("fees", [])),
                content.get("result", ""),
                _bool(content.get("result_is_document", True)),
                content.get("conditions", ""),
                "\n".join(content.get("legal_basis", [])),
                _label("online", content.get("online_service")),
                content.get("legacy_online_level"),
                _bool(content.get("at_desk", True)),
                _bool(content.get("on_the_spot", False)),
                _bool(content.get("any_desk", False)),
                content.get("cutoff") or "",
                version.number,
                _label("version_state", version.state),
                version.valid_from,
                version.decision.number if version.decision else "",
                _label("status", procedure.status),
            ],
        )
        for order, component in enumerate(content.get("components", []), start=1):
            sheets[COMPONENTS.name].append(
                [
                    code,
                    order,
                    component.get("key"),
                    component.get("name"),
                    _label("copy", component.get("copy_type")),
                    component.get("quantity"),
                    component.get("form"),
                    form_names.get(component.get("form"), ""),
                    _bool(component.get("must_digitise", True)),
                    _bool(component.get("from_data_store", False)),
                    "; ".join(component.get("cases", [])),
                ],
            )
        for case in content.get("cases", []):
            sheets[CASES.name].append(
                [
                    code,
                    case.get("key"),
                    case.get("name"),
                    *_limit(case.get("statutory")),
                    *_limit(case.get("committed")),
                ],
            )
        for order, fee in enumerate(content.get("fees", []), start=1):
            sheets[FEES.name].append(
                [
                    code,
                    order,
                    fee.get("name"),
                    _label("fee", fee.get("kind")),
                    fee.get("amount"),
                    fee.get("exemptions", ""),
                ],
            )
        for process in content.get("processes", []):
            for order, step in enumerate(process.get("steps", []), start=1):
                sheets[STEPS.name].append(
                    [
                        code,
                        process.get("case") or "",
                        order,
                        step.get("name"),
                        _label("role", step.get("actor")),
                        step.get("unit", ""),
                        _number(step.get("budget")),
                        _bool(step.get("counted", True)),
                        _bool(step.get("may_branch", False)),
                    ],
                )
    used_sectors = {v.content.get("sector") for v in chosen.values()}
    for code, name in sorted(sectors.items()):
        if owners is None or code in used_sectors:
            sheets[SECTORS.name].append([code, name])
    for version in everything:
        sheets[VERSIONS.name].append(
            [
                version.procedure.code,
                version.name,
                version.number,
                _label("version_state", version.state),
                version.valid_from,
                version.valid_to,
                version.decision.number if version.decision else "",
            ],
        )
    items = DecisionItem.objects.filter(procedure__in=procedures)
    decisions = PublicationDecision.objects.select_related("issuing_agency").order_by("effective_from", "number")
    if owners is not None:
        decisions = decisions.filter(pk__in=items.values("decision_id"))
    counts = Counter(items.values_list("decision_id", "action"))
    for decision in decisions:
        sheets[DECISIONS.name].append(
            [
                decision.number,
                decision.title,
                decision.signed_on,
                decision.signer,
                decision.effective_from,
                decision.issuing_agency.code,
                _label("version_state", decision.state),
                *(counts[(decision.pk, action)] for action in DecisionItem.Action.values),
            ],
        )
    for writer in sheets.values():
        writer.finish()
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# --- Reading ----------------------------------------------------------------------------------


class WorkbookError(ValueError):
    """The file is not a readable workbook of this layout."""


def check_zip(raw: bytes) -> None:
    """Refuse archives that are not workbooks or that unpack into something huge."""
    try:
        with uploads.open_archive(io.BytesIO(raw), max_members=5000, max_unpacked=MAX_UNCOMPRESSED) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise WorkbookError(_("The file is not an Excel workbook (.xlsx)."))
    except uploads.UnsafeArchive as exc:
        raise WorkbookError(_("The workbook is too large once unpacked.")) from exc
    except zipfile.BadZipFile as exc:
        raise WorkbookError(_("The file is not an Excel workbook (.xlsx).")) from exc


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _choice(kind: str, value):
    """A label or a code → the code; anything else is returned as written (the schema refuses it)."""
    text = nfc(str(value)).strip()
    folded = fold(text)
    for code, label in LABELS[kind].items():
        if folded in (fold(label), fold(code)):
            return code
    return text


def _split(value) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]+", nfc(str(value))) if part.strip()]


def _as_int(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,3}([.,]\d{3})+\s*", value):
        return int(re.sub(r"[.,\s]", "", value))  # 1.000.000 đ
    return value


def _as_decimal(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format(Decimal(str(value)).normalize(), "f")
    text = str(value).strip().replace(",", ".")
    try:
        return format(Decimal(text).normalize(), "f")
    except InvalidOperation:
        return text


def _as_bool(value):
    if isinstance(value, bool):
        return value
    folded = fold(str(value)).strip()
    if folded in ("co", "x", "1", "true", "yes", "c"):
        return True
    if folded in ("khong", "0", "false", "no", "k"):
        return False
    return str(value)


def _as_time(value):
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return str(value).strip()


def _as_code(value) -> str:
    if isinstance(value, float):
        return f"{value:.6f}"
    return nfc(str(value)).strip() if value is not None else ""


def convert(col: Col, value):
    """A cell → its content value; ``None`` means "not set" (the schema's default applies)."""
    kind = col.kind
    if kind == "lines":
        return [] if _empty(value) else [line.strip() for line in nfc(str(value)).split("\n") if line.strip()]
    if kind == "keys":
        return [] if _empty(value) else [k for k in re.split(r"[;,\s]+", str(value).strip()) if k]
    if kind.startswith("multi:"):
        return [] if _empty(value) else [_choice(kind[6:], part) for part in _split(value)]
    if kind in ("text", "code"):
        if _empty(value):
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return _as_code(value) if kind == "code" else nfc(str(value)).strip()
    if _empty(value):
        return None
    if kind == "int":
        return _as_int(value)
    if kind == "decimal":
        return _as_decimal(value)
    if kind == "bool":
        return _as_bool(value)
    if kind == "time":
        return _as_time(value)
    if kind.startswith("enum:"):
        return _choice(kind[5:], value)
    return value


@dataclass
class _Table:
    """One sheet as read: which column holds which field, and the data rows with their numbers."""

    spec: Sheet
    columns: dict[str, int]  # key → 0-based index
    rows: list[tuple[int, tuple]]

    def get(self, values: tuple, key: str, default=...):
        index = self.columns.get(key)
        if index is None:
            return default
        return values[index] if index < len(values) else None

    def column(self, key: str) -> str:
        col = next((c for c in self.spec.cols if c.key == key), None)
        index = self.columns.get(key)
        header = col.header if col else key
        if index is None:
            return _("column «%(header)s» (missing)") % {"header": header}
        return _("column %(letter)s (%(header)s)") % {"letter": get_column_letter(index + 1), "header": header}


def _read_table(wb, spec: Sheet) -> _Table | None:
    if spec.name not in wb.sheetnames:
        folded = {fold(name): name for name in wb.sheetnames}
        if fold(spec.name) not in folded:
            return None
        ws = wb[folded[fold(spec.name)]]
    else:
        ws = wb[spec.name]
    rows = ws.iter_rows(values_only=True)
    header = next(rows, ())
    wanted = {}
    for col in spec.cols:
        wanted[fold(col.header)] = col.key
        wanted[fold(col.key)] = col.key
    columns = {}
    for index, title in enumerate(header):
        key = wanted.get(fold(nfc(str(title or "")).strip()))
        if key and key not in columns:
            columns[key] = index
    data = [(number, values) for number, values in enumerate(rows, start=2) if not all(_empty(v) for v in values)]
    return _Table(spec, columns, data)


@dataclass
class _Row:
    """A procedure of the workbook: its row, the rows of its lists and the content they make."""

    code: str
    row: int
    content: dict
    owner: Agency | None = None
    existing: Procedure | None = None
    reference: ProcedureVersion | None = None
    data: dict | None = None
    lists: dict[str, list[int]] = field(default_factory=dict)
    processes: list[list[int]] = field(default_factory=list)


_LISTS = {"components": COMPONENTS, "cases": CASES, "fees": FEES}


def _key(tokens: list) -> str:
    """``["statutory", "amount"]`` → ``statutory.amount``; list indexes inside a cell are dropped."""
    return ".".join(t for t in tokens if isinstance(t, str))


class XlsxImport(Importer):
    """Check every row of a workbook, then create procedures and save drafts."""

    def __init__(self, raw: bytes, **kwargs):
        super().__init__(**kwargs)
        self.raw = raw
        self.tables: dict[str, _Table | None] = {}
        self.rows: dict[str, _Row] = {}

    def execute(self) -> Result:
        try:
            check_zip(self.raw)
            wb = load_workbook(io.BytesIO(self.raw), read_only=True, data_only=True)
        except WorkbookError as exc:
            self.problem(_("file"), "", str(exc))
            return self.result
        except Exception as exc:  # noqa: BLE001 — openpyxl raises many kinds on a broken file
            self.problem(_("file"), "", _("The workbook could not be read (%(error)s).") % {"error": exc})
            return self.result
        try:
            self.tables = {spec.name: _read_table(wb, spec) for spec in SHEETS if spec.imported}
        finally:
            wb.close()
        if self.tables[PROCEDURES.name] is None or "code" not in self.tables[PROCEDURES.name].columns:
            self.problem(
                PROCEDURES.name,
                "",
                _("The workbook needs the sheet «%(sheet)s» with the column «Mã TTHC».") % {"sheet": PROCEDURES.name},
            )
            return self.result
        return self.run(self.check, self.replay)

    def where(self, sheet: str, row: int) -> str:
        return f"{sheet}, " + _("row %(row)s") % {"row": row}

    def cell_problem(self, table: _Table, row: int, key: str, message: str) -> None:
        self.problem(self.where(table.spec.name, row), table.column(key), message)

    # checking ----------------------------------------------------------------------------------
    def check(self) -> None:
        sectors = self.tables.get(SECTORS.name)
        if sectors is not None:
            for row, values in sectors.rows:
                self.add_sector(
                    sectors.get(values, "code", ""),
                    sectors.get(values, "name", ""),
                    self.where(SECTORS.name, row),
                    code_field=sectors.column("code"),
                    name_field=sectors.column("name"),
                )
        self._read_procedures()
        self._read_lists()
        forms = set(FormTemplate.objects.values_list("pk", flat=True))
        for item in self.rows.values():
            for index, component in enumerate(item.content.get("components", [])):
                form = component.get("form")
                if isinstance(form, int) and form not in forms:
                    self._content_problem(
                        item, f"components[{index}].form", _("No form template has the number %(n)s.") % {"n": form}
                    )
            try:
                item.data = services.check_content(self.map_content(item.content))
            except ValidationError as exc:
                self.content_problems(exc, lambda path, message, item=item: self._content_problem(item, path, message))
                continue
            abolished = item.existing and item.existing.status == Procedure.Status.ABOLISHED
            if abolished and not same_content(item.reference.content if item.reference else None, item.data):
                self.problem(
                    self.where(PROCEDURES.name, item.row),
                    self.tables[PROCEDURES.name].column("code"),
                    _("Procedure %(code)s is abolished and cannot get a new version.") % {"code": item.code},
                )

    def _read_procedures(self) -> None:
        table = self.tables[PROCEDURES.name]
        codes = [_as_code(table.get(values, "code")) for _row, values in table.rows]
        known = Procedure.objects.filter(code__in=codes).select_related("owner")
        existing = {p.code: p for p in known}
        references, _all = _chosen_versions(known)  # what the export shows is what the row is compared with
        for row, values in table.rows:
            code = convert(CODE, table.get(values, "code"))
            where = self.where(PROCEDURES.name, row)
            try:
                validate_procedure_code(code)
            except ValidationError as exc:
                self.problem(where, table.column("code"), " ".join(exc.messages))
                continue
            if code in self.rows:
                self.problem(
                    where,
                    table.column("code"),
                    _("Procedure %(code)s is already on row %(row)s.") % {"code": code, "row": self.rows[code].row},
                )
                continue
            here = existing.get(code)
            reference = references.get(here.pk) if here else None
            base = copy.deepcopy(reference.content) if reference else {}
            item = _Row(code, row, self._apply(table, values, base), existing=here, reference=reference)
            self.rows[code] = item
            owner_code = table.get(values, "owner", None)
            if here is not None:
                if not self.may_own_existing(here, where, table):
                    continue
                item.owner = here.owner
                if not _empty(owner_code):
                    owner = self.agency(owner_code)
                    if owner is None:
                        mapped = map_code(str(owner_code).strip().upper(), self.mapping)
                        self.cell_problem(
                            table, row, "owner", _("No agency has the e-ID code %(code)s.") % {"code": mapped}
                        )
                    elif owner.pk != here.owner_id:
                        self.cell_problem(
                            table,
                            row,
                            "owner",
                            _("Procedure %(code)s belongs to %(here)s here.") % {"code": code, "here": here.owner.code},
                        )
            else:
                item.owner = self.owner(None if _empty(owner_code) else str(owner_code), where, table.column("owner"))

    def may_own_existing(self, procedure: Procedure, where: str, table: _Table) -> bool:
        if self.may_own is None or self.may_own(procedure.owner):
            return True
        self.result.denied = True
        self.problem(
            where, table.column("code"), _("You may not manage procedure %(code)s.") % {"code": procedure.code}
        )
        return False

    def _apply(self, table: _Table, values: tuple, content: dict) -> dict:
        """Write the row's cells into ``content`` (columns absent from the sheet leave it as it is)."""
        limits: dict[str, dict] = {}
        for col in table.spec.cols:
            if col.info or col.key in ("code", "owner") or col.key not in table.columns:
                continue
            value = convert(col, table.get(values, col.key))
            if "." in col.key:
                group, part = col.key.split(".", 1)
                limits.setdefault(group, {})[part] = value
            elif value is None:
                content.pop(col.key, None)
            else:
                content[col.key] = value
        for group, limit in limits.items():
            present = {key: value for key, value in limit.items() if value is not None}
            if present:
                content[group] = present
            elif group == "committed":
                content[group] = None
            else:
                content.pop(group, None)
        return content

    def _read_lists(self) -> None:
        for key, spec in _LISTS.items():
            table = self.tables.get(spec.name)
            if table is None:
                continue
            for item in self.rows.values():
                item.content[key] = []
                item.lists[key] = []
            for row, values in self._child_rows(table):
                item = self.rows[_as_code(table.get(values, "code"))]
                item.content[key].append(self._apply(table, values, {}))
                item.lists[key].append(row)
        table = self.tables.get(STEPS.name)
        if table is None:
            return
        for item in self.rows.values():
            item.content["processes"] = []
        groups: dict[tuple[str, str], tuple[_Row, dict, list[int]]] = {}
        for row, values in self._child_rows(table):
            item = self.rows[_as_code(table.get(values, "code"))]
            step = self._apply(table, values, {})
            case = step.pop("case", "") or None
            if (item.code, case) not in groups:
                process = {"case": case, "steps": []}
                item.content["processes"].append(process)
                item.processes.append([])
                groups[(item.code, case)] = (item, process, item.processes[-1])
            _item, process, rows = groups[(item.code, case)]
            process["steps"].append(step)
            rows.append(row)

    def _child_rows(self, table: _Table):
        for row, values in table.rows:
            code = _as_code(table.get(values, "code"))
            if not code:
                self.cell_problem(table, row, "code", _("The procedure code is missing."))
            elif code not in self.rows:
                self.cell_problem(
                    table,
                    row,
                    "code",
                    _("No procedure %(code)s in the sheet «%(sheet)s».") % {"code": code, "sheet": PROCEDURES.name},
                )
            else:
                yield row, values

    def _content_problem(self, item: _Row, path: str, message: str) -> None:
        """Report a content error at the sheet, row and column it comes from."""
        tokens = _tokens(path)
        head = tokens[0] if tokens else ""
        table, row, key = self.tables[PROCEDURES.name], item.row, _key(tokens) or "code"
        if head in _LISTS and self.tables.get(_LISTS[head].name):
            rows = item.lists.get(head, [])
            table = self.tables[_LISTS[head].name]
            if len(tokens) > 1 and isinstance(tokens[1], int) and tokens[1] < len(rows):
                row, key = rows[tokens[1]], _key(tokens[2:]) or "key"
            elif rows:
                row, key = rows[0], "key" if head != "fees" else "name"
            else:
                table, key = self.tables[PROCEDURES.name], "code"
                message = _("%(message)s (no rows in «%(sheet)s»)") % {"message": message, "sheet": _LISTS[head].name}
        elif (
            head == "processes"
            and self.tables.get(STEPS.name)
            and len(tokens) > 1
            and isinstance(tokens[1], int)
            and tokens[1] < len(item.processes)
        ):
            table, rows = self.tables[STEPS.name], item.processes[tokens[1]]
            rest = tokens[2:]
            row, key = rows[0], "budget"
            if rest[:1] == ["case"]:
                key = "case"
            elif len(rest) > 1 and rest[0] == "steps" and isinstance(rest[1], int) and rest[1] < len(rows):
                row, key = rows[rest[1]], _key(rest[2:]) or "name"
        if key in ("statutory", "committed"):
            key += ".amount"
        self.problem(self.where(table.spec.name, row), table.column(key), message)

    # replaying -------------------------------------------------------------------------------
    def replay(self) -> None:
        for item in self.rows.values():
            if item.reference is not None and same_content(item.reference.content, item.data):
                self.result.counts["versions_unchanged"] += 1
                continue
            self.upsert_draft(
                item.existing,
                item.code,
                item.owner,
                self.map_content(item.content),
                self.where(PROCEDURES.name, item.row),
            )


def import_workbook(raw: bytes, **kwargs) -> Result:
    """Check and import a workbook in the layout of ``build_workbook`` (options as ``Importer``)."""
    return XlsxImport(raw, **kwargs).execute()
