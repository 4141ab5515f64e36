"""Reports API: Biểu số 06/VPCP/KSTT as JSON, Excel or PDF, within the caller's jurisdiction.

Session authentication (the office page links here) and Perm.VIEW_REPORTS; the column rules are in
docs/reports.md.
"""

from __future__ import annotations

import re

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.audit import services as audit
from motcua.reports import columns, drilldown, export, form06
from motcua.reports.agency_rows import VIEWS as AGENCY_VIEWS

from .calendar import ErrorSerializer
from .query import QuerySerializer, check_year

FORMATS = ("json", "xlsx", "pdf")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DayField(serializers.DateField):
    """A calendar date written exactly as YYYY-MM-DD."""

    default_error_messages = {"invalid": "Give a date as YYYY-MM-DD, e.g. 2026-03-31."}

    def __init__(self, **kwargs):
        super().__init__(input_formats=["%Y-%m-%d"], **kwargs)

    def to_internal_value(self, value):
        if not ISO_DAY.fullmatch(str(value)):
            self.fail("invalid")
        return check_year(super().to_internal_value(value))


class PeriodQuerySerializer(QuerySerializer):
    """A reporting period ``from`` … ``to`` (both included, not ending before it starts)."""

    # "from" is a Python keyword: the field is declared below under its query name
    to = DayField(help_text="Last day of the period (YYYY-MM-DD), included.")

    def get_fields(self):
        fields = super().get_fields()
        fields["from"] = DayField(help_text="First day of the period (YYYY-MM-DD), included.")
        return fields

    def validate(self, attrs: dict) -> dict:
        if attrs["from"] > attrs["to"]:
            raise serializers.ValidationError({"to": ["The period must not end before it starts."]})
        return attrs


PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
MAX_PAGE = 1_000_000


class PageQuerySerializer(serializers.Serializer):
    """A page of a list of dossiers behind a number, narrowed by ``q``."""

    q = serializers.CharField(
        required=False, allow_blank=True, max_length=200, help_text="Dossier code or procedure (code, name)."
    )
    page = serializers.IntegerField(min_value=1, max_value=MAX_PAGE, default=1, required=False)
    page_size = serializers.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, default=PAGE_SIZE, required=False)


def paged(request: Request, qs, data: dict, describe, serializer_class) -> Response:
    """``{"count", "results", "next", "previous"}`` for the page ``data`` asks of ``qs`` (already searched),
    each row made by ``describe`` and shaped by ``serializer_class``."""
    count = qs.count()
    page, size = data["page"], data["page_size"]
    rows = [describe(item) for item in qs[(page - 1) * size : page * size]]

    def link(number: int) -> str:
        params = request.query_params.copy()
        params["page"] = str(number)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return Response(
        {
            "count": count,
            "results": serializer_class(rows, many=True).data,
            "next": link(page + 1) if page * size < count else None,
            "previous": link(page - 1) if page > 1 and (page - 2) * size < count else None,
        }
    )


class Form06QuerySerializer(PeriodQuerySerializer):
    group_by = serializers.ChoiceField(choices=form06.GROUP_BY, default="level", required=False)
    agencies = serializers.ChoiceField(choices=AGENCY_VIEWS, default="then", required=False)
    format = serializers.ChoiceField(choices=FORMATS, default="json", required=False)


class Form06ColumnSerializer(serializers.Serializer):
    number = serializers.IntegerField(help_text="Column number of the form, 3–13.")
    key = serializers.CharField(help_text="Key of the column in the rows: c3 … c13.")
    name = serializers.CharField(help_text="Stable English name, e.g. resolved_on_time.")
    label_vi = serializers.CharField()
    label_en = serializers.CharField()
    group_vi = serializers.CharField(help_text="The heading above the column.")


def _row_serializer(name: str) -> type[serializers.Serializer]:
    fields = {key: serializers.IntegerField() for key in columns.KEYS}
    fields["key"] = serializers.CharField(help_text="level, agency pk, unit pk or sector code")
    fields["label"] = serializers.CharField()
    fields["code"] = serializers.CharField(required=False, help_text="e-ID code of the agency or sector code")
    return type(name, (serializers.Serializer,), fields)


Form06RowSerializer = _row_serializer("Form06RowSerializer")


class Form06PeriodSerializer(serializers.Serializer):
    def get_fields(self):
        return {"from": serializers.DateField(), "to": serializers.DateField()}


class Form06Serializer(serializers.Serializer):
    form = serializers.CharField()
    title = serializers.CharField()
    period = Form06PeriodSerializer()
    group_by = serializers.ChoiceField(choices=form06.GROUP_BY)
    reporting_unit = serializers.CharField()
    columns = Form06ColumnSerializer(many=True)
    rows = Form06RowSerializer(many=True)
    total = Form06RowSerializer()
    closed_months = Form06PeriodSerializer(
        many=True,
        help_text="Runs of whole closed months read from the monthly summaries kept at each month's end; "
        "the other days were counted from the dossiers (rows by unit: always from the dossiers).",
    )


def _group_of(number: int) -> str:
    return next(group.label_vi for group in columns.GROUPS if group.first <= number <= group.last)


def as_json(report: form06.Report) -> dict:
    return {
        "form": columns.FORM_NUMBER,
        "title": columns.TITLE,
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "group_by": report.group_by,
        "reporting_unit": report.reporting_unit,
        "columns": [
            {
                "number": column.number,
                "key": column.key,
                "name": column.name,
                "label_vi": column.label_vi,
                "label_en": column.label_en,
                "group_vi": _group_of(column.number),
            }
            for column in columns.COLUMNS
        ],
        "rows": [row.as_dict() for row in report.rows],
        "total": report.total.as_dict(),
        "closed_months": [{"from": p.start.isoformat(), "to": p.end.isoformat()} for p in report.closed_months],
    }


def _file(report: form06.Report, fmt: str) -> HttpResponse:
    data, content_type = (
        (export.to_xlsx(report), export.XLSX_TYPE) if fmt == "xlsx" else (export.to_pdf(report), "application/pdf")
    )
    response = HttpResponse(data, content_type=content_type)
    disposition = "attachment" if fmt == "xlsx" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{export.file_name(report, fmt)}"'
    response["Cache-Control"] = "private, no-store"
    return response


EXAMPLE = {
    "form": "Biểu số 06/VPCP/KSTT",
    "period": {"from": "2019-01-01", "to": "2019-04-30"},
    "group_by": "level",
    "reporting_unit": "UBND tỉnh Lào Cai",
    "columns": [{"number": 3, "key": "c3", "name": "received_total", "label_vi": "Tổng số", "label_en": "…"}],
    "rows": [
        {
            "key": "province",
            "label": "Cấp tỉnh",
            "c3": 57813,
            "c4": 20000,
            "c5": 30000,
            "c6": 7813,
            "c7": 56356,
            "c8": 0,
            "c9": 55697,
            "c10": 659,
            "c11": 1457,
            "c12": 1400,
            "c13": 57,
        }
    ],
    "total": {"key": "total", "label": "Tổng cộng", "c3": 57813},
}


class Form06View(APIView):
    """Biểu số 06/VPCP/KSTT: dossiers received, resolved and in progress in a period."""

    def perform_content_negotiation(self, request, force=False):
        # ``format`` is this endpoint's own parameter (json, xlsx or pdf); errors are always JSON
        renderer = JSONRenderer()
        return renderer, renderer.media_type

    @extend_schema(
        operation_id="reports_form06",
        summary="Form 06/VPCP/KSTT: results of dossier handling in a period",
        description=(
            "The 13 columns of Biểu số 06/VPCP/KSTT (TT 01/2020/TT-VPCP) for the period [from, to] "
            "(Vietnam dates, both included), one row per level of the competent agency, agency directly "
            "under the caller's jurisdiction (with its subtree), handling unit or sector, plus the total. "
            "Identities: c3 = c4+c5+c6, c7 = c8+c9+c10, c11 = c12+c13, c3 = c7+c11. Only dossiers whose "
            "competent agency lies in the caller's jurisdiction count (permission report.view). "
            "`format=xlsx` returns the Excel file, `format=pdf` the printable PDF. Rules: docs/reports.md."
        ),
        parameters=[
            OpenApiParameter("from", OpenApiTypes.DATE, required=True, description="First day, YYYY-MM-DD."),
            OpenApiParameter("to", OpenApiTypes.DATE, required=True, description="Last day, YYYY-MM-DD."),
            OpenApiParameter("group_by", OpenApiTypes.STR, enum=list(form06.GROUP_BY), default="level"),
            OpenApiParameter(
                "agencies",
                OpenApiTypes.STR,
                enum=list(AGENCY_VIEWS),
                default="then",
                description="Rows by agency: `then` as the agencies were at the end of the period (e.g. the "
                "districts before 1 July 2025), `today` mapped onto today's agencies (merged and dissolved "
                "agencies counted in the agency that does their work today).",
            ),
            OpenApiParameter("format", OpenApiTypes.STR, enum=list(FORMATS), default="json"),
        ],
        responses={
            (200, "application/json"): Form06Serializer,
            (200, export.XLSX_TYPE): OpenApiResponse(OpenApiTypes.BINARY, description="Excel workbook"),
            (200, "application/pdf"): OpenApiResponse(OpenApiTypes.BINARY, description="PDF, A4 landscape"),
            400: ErrorSerializer,
            403: ErrorSerializer,
        },
        examples=[OpenApiExample("By level", value=EXAMPLE, response_only=True)],
    )
    def get(self, request: Request) -> Response | HttpResponse:
        query = Form06QuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        period = form06.Period(data["from"], data["to"])
        report = form06.report(request.user, period, data["group_by"], request=request, agencies=data["agencies"])
        if data["format"] == "json":
            return Response(as_json(report))
        audit.record_export(
            "form06",
            request=request,
            filters={"from": str(period.start), "to": str(period.end), "group_by": report.group_by},
            count=len(report.rows),
        )
        return _file(report, data["format"])


# --- drill-down: the dossiers behind one cell ------------------------------------------------


class Form06CellQuerySerializer(Form06QuerySerializer, PageQuerySerializer):
    key = serializers.CharField(max_length=40, help_text="A row's key as the report gives it, or total.")
    column = serializers.ChoiceField(choices=columns.KEYS, help_text="c3 … c13")
    procedure = serializers.CharField(
        required=False, allow_blank=True, max_length=10, help_text="Only this procedure's dossiers (its code)."
    )

    def get_fields(self):
        fields = super().get_fields()
        fields.pop("format", None)
        return fields


class Form06CellDossierSerializer(serializers.Serializer):
    code = serializers.CharField(help_text='Dossier code, or "#<id>" when it has none.')
    procedure = serializers.CharField(help_text="Procedure name (of the dossier's version).")
    procedure_code = serializers.CharField()
    agency = serializers.CharField(help_text="Competent agency.")
    channel = serializers.CharField()
    status = serializers.CharField()
    received_at = serializers.DateTimeField()
    due_at = serializers.DateTimeField(allow_null=True, help_text="Appointment (ngày hẹn trả) the report judges by.")
    finished_at = serializers.DateTimeField(allow_null=True)
    rule = serializers.CharField(help_text="Why the dossier is in this column (Vietnamese).")


class Form06CellSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Dossiers in the cell: the number the report shows.")
    results = Form06CellDossierSerializer(many=True)
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)


class Form06CellView(APIView):
    """The dossiers behind one cell of Biểu số 06, each with the rule that put it there."""

    @extend_schema(
        operation_id="reports_form06_dossiers",
        summary="Form 06 drill-down: the dossiers counted in one cell",
        description=(
            "The dossiers behind the cell (row `key` of the grouping `group_by`, or `total`; column `column`) "
            "of the Form 06 report for [from, to]: `count` equals the number in the report's cell. Same scope "
            "as the report (permission report.view, the caller's jurisdiction). Paged (`page`, `page_size` ≤ "
            f"{MAX_PAGE_SIZE}), oldest receipt first; `q` narrows by dossier code or procedure. Each row says in "
            "`rule` why it is in the column. No applicant data. Rules: docs/reports.md."
        ),
        parameters=[
            OpenApiParameter("from", OpenApiTypes.DATE, required=True, description="First day, YYYY-MM-DD."),
            OpenApiParameter("to", OpenApiTypes.DATE, required=True, description="Last day, YYYY-MM-DD."),
            OpenApiParameter("group_by", OpenApiTypes.STR, enum=list(form06.GROUP_BY), default="level"),
            OpenApiParameter(
                "agencies",
                OpenApiTypes.STR,
                enum=list(AGENCY_VIEWS),
                default="then",
                description="Rows by agency: `then` as the agencies were at the end of the period (e.g. the "
                "districts before 1 July 2025), `today` mapped onto today's agencies (merged and dissolved "
                "agencies counted in the agency that does their work today).",
            ),
            OpenApiParameter(
                "key",
                {"type": "string", "minLength": 1, "maxLength": 40},
                required=True,
                description="A row's key as the report gives it (level, agency pk, unit pk, sector code), or total.",
            ),
            OpenApiParameter("column", OpenApiTypes.STR, required=True, enum=list(columns.KEYS)),
            OpenApiParameter(
                "q", {"type": "string", "maxLength": 200}, description="Dossier code or procedure code or name."
            ),
            OpenApiParameter(
                "procedure",
                {"type": "string", "maxLength": 10},
                description="Optional: only the dossiers of the cell whose procedure has this code (e.g. 2.000488); "
                "`count` is then that procedure's share of the cell.",
            ),
            OpenApiParameter("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}, default=1),
            OpenApiParameter(
                "page_size", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}, default=PAGE_SIZE
            ),
        ],
        responses={200: Form06CellSerializer, 400: ErrorSerializer, 403: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        where = form06.scope(request.user, request._request)  # refuse (403) before reading the parameters
        query = Form06CellQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        period = form06.Period(data["from"], data["to"])
        try:
            qs = drilldown.cell_dossiers(
                where,
                period,
                data["group_by"],
                data["key"],
                data["column"],
                data["agencies"],
                procedure=data.get("procedure", ""),
            )
        except drilldown.BadCell as error:
            raise serializers.ValidationError({error.field: [error.message]}) from error
        return paged(
            request, drilldown.search(qs, data.get("q", "")), data, drilldown.describe, Form06CellDossierSerializer
        )
