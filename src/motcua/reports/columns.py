"""The fixed legal text of Biểu số 06/VPCP/KSTT (TT 01/2020/TT-VPCP): title, headings, column numbers.

The Vietnamese strings are the headings of the form and are printed as they are in every language;
the English meaning stands beside each one for maintainers and for the API's ``label_en``.
"""

from __future__ import annotations

from dataclasses import dataclass

FORM_NUMBER = "Biểu số 06/VPCP/KSTT"
CIRCULAR = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020"
# "Situation and results of handling administrative procedures at the agencies and units that resolve them directly"
TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
UNIT_NOTE = "Đơn vị tính: Số hồ sơ TTHC"  # unit: number of dossiers
NUMBER_HEADING = "STT"  # row number
ROW_HEADING = "Lĩnh vực, công việc giải quyết theo cấp"  # sector or work, by level
TOTAL_LABEL = "Tổng cộng"  # total


@dataclass(frozen=True)
class Group:
    label_vi: str
    label_en: str
    first: int  # first column number under the heading
    last: int

    @property
    def span(self) -> int:
        return self.last - self.first + 1


GROUPS = (
    Group("Số hồ sơ nhận giải quyết", "Dossiers received for resolution", 3, 6),
    Group("Số hồ sơ đã giải quyết", "Dossiers resolved", 7, 10),
    Group("Số hồ sơ đang giải quyết", "Dossiers in progress", 11, 13),
)
OF_WHICH = "Trong đó"  # "of which", over columns 4 and 5


@dataclass(frozen=True)
class Column:
    number: int
    name: str  # stable English key
    label_vi: str
    label_en: str

    @property
    def key(self) -> str:
        return f"c{self.number}"


COLUMNS = (
    Column(3, "received_total", "Tổng số", "Received: total"),
    Column(4, "received_online", "Trực tuyến", "Received online in the period"),
    Column(
        5, "received_direct_postal", "Trực tiếp, dịch vụ bưu chính", "Received at the desk or by post in the period"
    ),
    Column(6, "carried_over", "Từ kỳ trước", "Carried over from the previous period"),
    Column(7, "resolved_total", "Tổng số", "Resolved: total"),
    Column(8, "resolved_early", "Trả trước hạn", "Resolved early"),
    Column(9, "resolved_on_time", "Trả đúng thời hạn", "Resolved on time"),
    Column(10, "resolved_late", "Trả quá hạn", "Resolved late"),
    Column(11, "pending_total", "Tổng số", "In progress at the end: total"),
    Column(12, "pending_within_time", "Trong hạn", "In progress, within time"),
    Column(13, "pending_overdue", "Quá hạn", "In progress, overdue"),
)
KEYS = tuple(column.key for column in COLUMNS)

# Row labels of the level grouping, as the form writes them.
LEVEL_LABELS_VI = {"province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã"}


def period_line(start, end) -> str:
    """“(Từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy)” — from … to …"""
    return f"(Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y})"
