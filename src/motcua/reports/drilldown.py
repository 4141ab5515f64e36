"""Form 06 drill-down: the dossiers behind one cell of the report, each with the rule that put it there.

A cell is (grouping, row key as the report gives it or ``total``, column c3 … c13). Its dossiers are
``form06.annotated`` (the counted dossiers with the ``f06_*`` aliases) of the viewer's scope, narrowed
to the row exactly as the report groups them, then filtered by the column's own condition taken from
``form06._counts`` — the very ``FILTER`` of the report's ``COUNT`` — so the list has as many dossiers
as the cell says. The rule (lý do) is the branch of ``form06._split`` (or of the intake columns) that
the dossier meets, as a short Vietnamese sentence.
"""

from __future__ import annotations

import datetime as dt
import io

from django.db.models import Case, CharField, F, Q, QuerySet, Value, When
from openpyxl import Workbook
from openpyxl.styles import Font

from motcua.catalogue.models import Sector
from motcua.core import exports
from motcua.dossiers.models import Channel, Dossier, Verdict

from . import form06
from .columns import KEYS

TOTAL = "total"


class BadCell(ValueError):
    """A cell that is not one of the report's: ``field`` names the parameter at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


# --- the row ---------------------------------------------------------------------------------


def _pk(key: str) -> int:
    if not (key.isascii() and key.isdigit()) or len(key) > 18:
        raise BadCell("key", "Give a row key of this grouping, or total.")
    return int(key)


def row_dossiers(
    where: form06.Scope, period: form06.Period, group_by: str, key: str, agencies: str = "then"
) -> QuerySet[Dossier]:
    """The counted dossiers (``form06.annotated``) of one row of the report, or of its total
    (``agencies``: rows by agency as they were at the end of the period, or mapped onto today's)."""
    if group_by not in form06.GROUP_BY:
        raise BadCell("group_by", "Give one of: " + ", ".join(form06.GROUP_BY) + ".")
    if group_by == "agency":
        return _agency_row(where, period, key, agencies)
    qs = form06.annotated(where.dossiers(), period)
    if group_by == "level":
        if key == TOTAL:
            return qs.filter(lead_agency__level__in=form06.LEVEL_ORDER)
        if key not in form06.LEVEL_ORDER:
            raise BadCell("key", "Give a level (" + ", ".join(form06.LEVEL_ORDER) + ") or total.")
        return qs.filter(lead_agency__level=key)
    if group_by == "unit":
        qs = qs.alias(f06_unit=form06.unit_key(period))
        # every unit key is an agency (the last started step's unit, else the competent agency)
        return qs if key == TOTAL else qs.filter(f06_unit=_pk(key))
    # sector: dossiers without a sector are in no row, so in no total either
    if key == TOTAL:
        return qs.filter(version__sector__isnull=False)
    sector = Sector.objects.filter(code=key).first()
    if sector is None:
        raise BadCell("key", "Give a sector code or total.")
    return qs.filter(version__sector=sector)


def _agency_row(where: form06.Scope, period: form06.Period, key: str, agencies: str) -> QuerySet[Dossier]:
    qs = form06.annotated(where.dossiers(), period)
    if key == TOTAL:
        return qs
    pk = _pk(key)
    members = form06.agency_layout(where, period, agencies).members.get(pk)
    if members is None:
        raise BadCell("key", "This agency is not a row of your report.")
    return qs.filter(lead_agency_id__in=members)


# --- the column and the rule -----------------------------------------------------------------


def _branches(period: form06.Period, column: str) -> list[tuple[str, Q]]:
    """The branches of the column's condition, each named by a rule code (same comparisons as ``_split``)."""
    if column in ("c3", "c4", "c5", "c6"):
        received_in = Q(received_at__gte=period.begins)
        online = Q(channel=Channel.ONLINE)
        return [
            ("in_online", received_in & online),
            ("in_desk", received_in & ~online),
            ("carried", Q(received_at__lt=period.begins)),
        ]
    due, no_due = Q(original_due_at__isnull=False), Q(original_due_at__isnull=True)
    paused, not_paused = Q(paused_since__isnull=False), Q(paused_since__isnull=True)
    stalled, not_stalled = Q(original_due_at__lt=F("paused_since")), Q(original_due_at__gte=F("paused_since"))
    if column in ("c7", "c8", "c9", "c10"):
        no_verdict = Q(verdict="")
        return [
            ("early", Q(verdict=Verdict.EARLY)),
            ("on_time", Q(verdict=Verdict.ON_TIME)),
            ("late", Q(verdict=Verdict.LATE)),
            ("ended_no_due", no_verdict & no_due),
            ("ended_paused_within", no_verdict & due & paused & not_stalled),
            ("ended_paused_late", no_verdict & due & paused & stalled),
            ("ended_within", no_verdict & due & not_paused & Q(f06_finished_day__lte=F("f06_due_day"))),
            ("ended_late", no_verdict & due & not_paused & Q(f06_finished_day__gt=F("f06_due_day"))),
        ]
    # in progress at the end: the appointment and the pause as they stood then (``form06.as_of_end``)
    due, no_due = Q(f06_due_at__isnull=False), Q(f06_due_at__isnull=True)
    stalled, not_stalled = Q(f06_due_at__lt=F("f06_paused_since")), Q(f06_due_at__gte=F("f06_paused_since"))
    paused_at_end = Q(f06_paused_since__lt=period.ends)
    running_at_end = Q(f06_paused_since__isnull=True) | Q(f06_paused_since__gte=period.ends)
    return [
        ("open_no_due", no_due),
        ("waiting_within", due & paused_at_end & not_stalled),
        ("waiting_overdue", due & paused_at_end & stalled),
        ("open_within", due & running_at_end & Q(f06_due_at__gte=period.last_day)),
        ("open_overdue", due & running_at_end & Q(f06_due_at__lt=period.last_day)),
    ]


# Sums of columns that the dashboard shows as one figure (received = 4 + 5, on time = 8 + 9, overdue
# by agency or procedure = 10 + 13): their dossiers are those of either column, which never overlap.
SUMS = {"c4+c5": ("c4", "c5"), "c8+c9": ("c8", "c9"), "c10+c13": ("c10", "c13")}


def parts(column: str) -> tuple[str, ...]:
    """The Form 06 columns of ``column`` (one, or those of a sum of :data:`SUMS`)."""
    if column in KEYS:
        return (column,)
    if column in SUMS:
        return SUMS[column]
    raise BadCell("column", "Give a column c3 … c13.")


def column_condition(period: form06.Period, column: str) -> Q:
    """The condition of ``column`` among the counted dossiers: the report's own ``COUNT`` filter (for a
    sum, either column's)."""
    counts = form06._counts(period)
    condition = Q(pk__in=[])
    for part in parts(column):
        if counts[part].filter is None:
            return Q()
        condition |= counts[part].filter
    return condition


def cell_dossiers(
    where: form06.Scope,
    period: form06.Period,
    group_by: str,
    key: str,
    column: str,
    agencies: str = "then",
    procedure: str = "",
) -> QuerySet[Dossier]:
    """The dossiers counted in one cell, oldest receipt first, each with ``f06_rule`` (a rule code);
    with ``procedure`` (a procedure code), only that procedure's dossiers of the cell."""
    condition = column_condition(period, column)
    qs = row_dossiers(where, period, group_by, key, agencies).filter(condition)
    if procedure:
        qs = qs.filter(procedure__code=procedure)
    # a sum (c4+c5…): each branch within its own column (a resolved rule must not name an open dossier)
    qs = with_rule(qs, period, *parts(column))
    return qs.select_related("procedure", "version", "lead_agency").order_by("received_at", "pk")


def with_rule(qs: QuerySet[Dossier], period: form06.Period, *columns: str) -> QuerySet[Dossier]:
    """``qs`` (from ``form06.annotated``) with ``f06_rule``, the rule code each dossier meets in ``columns``
    (e.g. c7 resolved, c11 in progress at the end, c3 received), and ``f06_due_then``, the appointment in
    force at the end of the period (the one the rule judged); :func:`explain` turns them into a sentence.
    With several columns each branch also needs its column's condition (the first column met wins)."""
    whens = []
    for column in columns:
        condition = column_condition(period, column) if len(columns) > 1 else Q()
        whens += [When(condition & branch, then=Value(code)) for code, branch in _branches(period, column)]
    rule = Case(*whens, default=Value(""), output_field=CharField())
    return qs.annotate(f06_rule=rule, f06_due_then=F("f06_due_at"))


def search(qs: QuerySet[Dossier], text: str) -> QuerySet[Dossier]:
    """Narrow by dossier code or procedure (code or name); never by the applicant's data."""
    text = (text or "").strip()
    if not text:
        return qs
    return qs.filter(Q(code__icontains=text) | Q(procedure__code__icontains=text) | Q(version__name__icontains=text))


def _day(moment: dt.datetime | None) -> str:
    return moment.astimezone(form06.TZ).strftime("%d/%m/%Y") if moment else "—"


RULES = {
    "in_online": "Tiếp nhận trong kỳ ({received}), trực tuyến",
    "in_desk": "Tiếp nhận trong kỳ ({received}), trực tiếp hoặc qua bưu chính",
    "carried": "Tiếp nhận từ kỳ trước ({received}), chưa giải quyết xong khi kỳ bắt đầu",
    "early": "Đã giải quyết trước hạn: xong {finished}, hẹn {due}",
    "on_time": "Đã giải quyết đúng hạn: xong {finished}, hẹn {due}",
    "late": "Đã giải quyết quá hạn: xong {finished}, hẹn {due}",
    "ended_no_due": "{ended} ngày {finished}, không có ngày hẹn: tính đúng hạn",
    "ended_paused_within": "{ended} khi đang chờ bổ sung, lúc dừng chưa quá hẹn {due}: tính đúng hạn",
    "ended_paused_late": "{ended} khi đang chờ bổ sung, lúc dừng đã quá hẹn {due}: tính quá hạn",
    "ended_within": "{ended} ngày {finished}, không sau ngày hẹn {due}: tính đúng hạn",
    "ended_late": "{ended} ngày {finished}, sau ngày hẹn {due}: tính quá hạn",
    "open_no_due": "Đang giải quyết tại cuối kỳ, không có ngày hẹn: trong hạn",
    "waiting_within": "Chờ bổ sung tại cuối kỳ, trong hạn (hẹn {due})",
    "waiting_overdue": "Chờ bổ sung tại cuối kỳ, đã quá hẹn {due} trước khi dừng: quá hạn",
    "open_within": "Đang giải quyết tại cuối kỳ, trong hạn: hẹn {due}",
    "open_overdue": "Quá hạn tại cuối kỳ: hẹn {due}",
}
ENDED = {"withdrawn": "Rút hồ sơ", "stopped": "Dừng xử lý"}


def _due_then(dossier: Dossier):
    return getattr(dossier, "f06_due_then", dossier.original_due_at)


def explain(dossier: Dossier) -> str:
    """The rule sentence of a dossier from :func:`cell_dossiers` (empty if no branch applies)."""
    template = RULES.get(getattr(dossier, "f06_rule", ""), "")
    return template.format(
        received=_day(dossier.received_at),
        finished=_day(dossier.finished_at),
        due=_day(_due_then(dossier)),
        ended=ENDED.get(dossier.status, "Kết thúc không có kết quả"),
    )


def describe(dossier: Dossier) -> dict:
    """One row of the drill-down (no applicant data: the report's users see numbers, not people)."""
    return {
        "code": dossier.code or f"#{dossier.pk}",
        "procedure": dossier.version.name,
        "procedure_code": dossier.procedure.code,
        "agency": dossier.lead_agency.name,
        "channel": str(Channel(dossier.channel).label) if dossier.channel in Channel.values else str(dossier.channel),
        "status": dossier.status,
        "received_at": dossier.received_at,
        "due_at": _due_then(dossier),
        "finished_at": dossier.finished_at,
        "rule": explain(dossier),
    }


# --- Excel -----------------------------------------------------------------------------------

XLSX_HEADINGS = (
    "STT",
    "Mã hồ sơ",
    "Thủ tục",
    "Mã thủ tục",
    "Cơ quan có thẩm quyền",
    "Hình thức nộp",
    "Tiếp nhận",
    "Hẹn trả",
    "Kết thúc xử lý",
    "Lý do có trong cột",
)


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.astimezone(form06.TZ).replace(tzinfo=None) if moment else None


def to_xlsx(
    rows: list[dict],
    period: form06.Period,
    heading: dict | str,
    title: str = "Biểu số 06/VPCP/KSTT",
    reason: str = "Lý do có trong cột",
) -> bytes:
    """The drill-down as a workbook: a title, the number it explains, one line per dossier.

    ``heading``: the Form 06 cell (row, column, cell), or the line saying which number the list explains
    (an index score, a QĐ 766 indicator: ``title`` names the report, ``reason`` heads the last column).
    Every text cell goes through ``core.exports.xlsx_cell`` (a code or name starting with "=" stays text)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Hồ sơ"
    sheet.append([f"{title} — từ {period.start:%d/%m/%Y} đến {period.end:%d/%m/%Y}"])
    if isinstance(heading, dict):
        procedure = f" — Thủ tục: {heading['procedure']}" if heading.get("procedure") else ""
        heading = f"Dòng: {heading['row']}{procedure} — Cột: {heading['column']} — Số trên biểu: {heading['cell']}"
    sheet.append([heading])
    sheet.append([])
    sheet.append([*XLSX_HEADINGS[:-1], reason])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=1):
        sheet.append(
            [
                number,
                row["code"],
                row["procedure"],
                row["procedure_code"],
                row["agency"],
                row.get("channel", ""),
                _local(row["received_at"]),
                _local(row["due_at"]),
                _local(row["finished_at"]),
                row["rule"],
            ]
        )
    for line in sheet.iter_rows():
        for cell in line:
            exports.xlsx_cell(cell)
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
    for letter, width in zip("ABCDEFGHIJ", (6, 24, 50, 12, 32, 16, 17, 17, 17, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
