"""Service indices API: TT 01/2018 (nine indices) and QĐ 766 (100 points), within the caller's jurisdiction.

Perm.VIEW_REPORTS; the numbers are those of the office pages (``/office/reports/indices/`` and
``/office/reports/index-766/``); every rule is written in docs/indices.md. ``format=xlsx`` or ``format=pdf``
returns the file to file (``reports.index_export``, Vietnamese headings), audited as an export like Form 06.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.audit import services as audit
from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm
from motcua.reports import drilldown, form06, index766, index_export, indices
from motcua.reports.indices import explain

from .calendar import ErrorSerializer
from .reports import FORMATS, MAX_PAGE_SIZE, PAGE_SIZE, PageQuerySerializer, PeriodQuerySerializer, paged


def _known_agency(value: int) -> Agency:
    agency = Agency.objects.filter(pk=value).first()
    if agency is None:
        raise serializers.ValidationError("Unknown agency.")
    return agency


class IndexQuerySerializer(PeriodQuerySerializer):
    agency = serializers.IntegerField(
        required=False, min_value=1, help_text="Narrow the report to this agency's subtree (its id)."
    )
    format = serializers.ChoiceField(choices=FORMATS, default="json", required=False)

    def validate_agency(self, value: int) -> Agency:
        return _known_agency(value)


PARAMETERS = [
    OpenApiParameter("from", OpenApiTypes.DATE, required=True, description="First day, YYYY-MM-DD."),
    OpenApiParameter("to", OpenApiTypes.DATE, required=True, description="Last day, YYYY-MM-DD."),
    OpenApiParameter(
        "agency", {"type": "integer", "minimum": 1}, required=False, description="Agency id: its subtree only."
    ),
    OpenApiParameter(
        "format",
        OpenApiTypes.STR,
        enum=list(FORMATS),
        default="json",
        description="json, or the file: xlsx (Excel workbook) or pdf (A4 landscape), Vietnamese headings.",
    ),
]
FILE_RESPONSES = {
    (200, index_export.XLSX_TYPE): OpenApiResponse(OpenApiTypes.BINARY, description="Excel workbook"),
    (200, "application/pdf"): OpenApiResponse(OpenApiTypes.BINARY, description="PDF, A4 landscape"),
}


def _query(request: Request):
    form06.scope(request.user, request._request)  # refuse (403) before looking at the parameters
    query = IndexQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    data = query.validated_data
    period = form06.Period(data["from"], data["to"])
    return period, indices.where(request.user, data.get("agency"), request=request._request), data["format"]


def _file(request: Request, kind: str, period: form06.Period, scope, fmt: str, data: bytes, rows: int) -> HttpResponse:
    """The file as a download (Excel) or inline (PDF), never cached, its export written to the audit log."""
    audit.record_export(
        f"reports.{kind}",
        request=request,
        filters={
            "from": str(period.start),
            "to": str(period.end),
            "agency": scope.agency.pk if scope.agency else None,
            "format": fmt,
        },
        count=rows,
    )
    response = HttpResponse(data, content_type=index_export.XLSX_TYPE if fmt == "xlsx" else "application/pdf")
    disposition = "attachment" if fmt == "xlsx" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{index_export.file_name(kind, period, fmt)}"'
    response["Cache-Control"] = "private, no-store"
    return response


class _FileOrJSON(APIView):
    def perform_content_negotiation(self, request, force=False):
        # ``format`` is this endpoint's own parameter (json, xlsx or pdf); errors are always JSON
        renderer = JSONRenderer()
        return renderer, renderer.media_type


INDICES_EXAMPLE = {
    "period": {"from": "2026-01-01", "to": "2026-03-31"},
    "scope": "UBND tỉnh Lào Cai",
    "units": [
        {
            "agency": {"id": 2, "name": "Sở Tư pháp", "code": "H15.03", "level": "province"},
            "dossiers": 3,
            "indices": {
                "1": {"score": "1.0", "dossiers": 3, "at_2": 1, "at_1": 1, "at_0": 1, "points": 3},
                "5": {"score": "1", "points": 1, "rule": "every listed procedure is received at the desk: 1 point"},
            },
            "total": "12.0",
            "grade": "good",
            "grade_label": "Good",
        }
    ],
    "officers": [
        {
            "officer": {"id": 7, "name": "Nguyễn Văn B"},
            "dossiers": 3,
            "indices": {"1": {"score": "1.0"}},
            "total": "8.0",
            "band": "full",
            "band_label": "100 % of tasks done",
        }
    ],
}


class IndicesView(_FileOrJSON):
    """The nine indices of Circular 01/2018/TT-VPCP per agency, indices 1, 2, 3, 4, 7 per officer."""

    @extend_schema(
        operation_id="reports_indices",
        summary="TT 01/2018 indices per agency and officer",
        description=(
            "For the dossiers decided in [from, to] (Vietnam dates, both included) whose competent agency "
            "lies in the caller's jurisdiction (permission report.view), optionally one agency's subtree: "
            "per competent agency the nine indices of Circular 01/2018/TT-VPCP Art 13 (0–2 points; indices "
            "1, 2, 3, 4, 6, 7 = Σ dossier points / dossiers, one decimal; 5, 8, 9 scored once per agency), "
            "their total and grade (≥15 excellent, 12 good, 9 fair, 6 average, else weak); per officer "
            "indices 1, 2, 3, 4, 7, their total and band (≥5, 3.5–<5, <3.5). `format=xlsx` returns the Excel "
            "file, `format=pdf` the printable PDF (Vietnamese headings, period, scope, time made). "
            "Rules: docs/indices.md."
        ),
        parameters=PARAMETERS,
        responses={
            (200, "application/json"): OpenApiResponse(OpenApiTypes.OBJECT, description="units and officers"),
            **FILE_RESPONSES,
            400: ErrorSerializer,
            403: ErrorSerializer,
        },
        examples=[OpenApiExample("A quarter", value=INDICES_EXAMPLE, response_only=True)],
    )
    def get(self, request: Request) -> Response | HttpResponse:
        period, scope, fmt = _query(request)
        if fmt == "json":
            return Response(indices.report(scope.dossiers, period, scope.label).as_dict())
        with translation.override("vi"):
            report = indices.report(scope.dossiers, period, scope.label)
            data = index_export.indices_xlsx(report) if fmt == "xlsx" else index_export.indices_pdf(report)
        return _file(request, "indices", period, scope, fmt, data, len(report.units) + len(report.officers))


INDEX766_EXAMPLE = {
    "period": {"from": "2026-01-01", "to": "2026-03-31"},
    "scope": "UBND tỉnh Lào Cai",
    "total": "61.40",
    "computed_out_of": 74,
    "max_points": 100,
    "groups": [
        {
            "id": "2",
            "name": "Progress and results of handling",
            "max_points": 20,
            "points": "17.10",
            "computed_out_of": 20,
            "indicators": [
                {
                    "id": "2.1",
                    "name": "Dossiers handled early or on time",
                    "available": True,
                    "numerator": 95,
                    "denominator": 100,
                    "rate": "95.00",
                    "target": "100",
                    "points": "9.50",
                    "max_points": 10,
                    "note": "",
                }
            ],
        }
    ],
}


class Index766View(_FileOrJSON):
    """The service index of Decision 766/QĐ-TTg: five groups, 100 points, as far as the data allows."""

    @extend_schema(
        operation_id="reports_index766",
        summary="QĐ 766 service index",
        description=(
            "Five groups (publicity 18, progress 20, online provision 22, digitisation 22, satisfaction 18). "
            "Each indicator: numerator, denominator, rate (per cent, 2 decimals, null when the denominator "
            "is 0), target, points = max × min(rate / target, 1). Indicators the data cannot support have "
            "available=false and a note; `computed_out_of` is the sum of the maxima of the indicators that "
            "were computed. Permission report.view; dossiers of the caller's jurisdiction. `format=xlsx` returns "
            "the Excel file, `format=pdf` the printable PDF. Rules: docs/indices.md."
        ),
        parameters=PARAMETERS,
        responses={
            (200, "application/json"): OpenApiResponse(OpenApiTypes.OBJECT, description="groups and indicators"),
            **FILE_RESPONSES,
            400: ErrorSerializer,
            403: ErrorSerializer,
        },
        examples=[OpenApiExample("A quarter", value=INDEX766_EXAMPLE, response_only=True)],
    )
    def get(self, request: Request) -> Response | HttpResponse:
        period, scope, fmt = _query(request)
        if fmt == "json":
            result = index766.compute(scope.dossiers, period, scope.petition_agencies, scope.label)
            return Response(result.as_dict())
        with translation.override("vi"):  # the notes computed with the figures are written in Vietnamese too
            result = index766.compute(scope.dossiers, period, scope.petition_agencies, scope.label)
            data = index_export.index766_xlsx(result) if fmt == "xlsx" else index_export.index766_pdf(result)
        rows = sum(len(group.indicators) for group in result.groups)
        return _file(request, "index766", period, scope, fmt, data, rows)


# --- the dossiers behind an index score ------------------------------------------------------------


class IndexDossiersQuerySerializer(PeriodQuerySerializer, PageQuerySerializer):
    unit = serializers.IntegerField(min_value=1, help_text="The agency (competent agency) of the unit row.")
    index = serializers.IntegerField(min_value=1, max_value=9)
    points = serializers.IntegerField(min_value=0, max_value=2)

    def validate_unit(self, value: int) -> Agency:
        return _known_agency(value)


class IndexDossierSerializer(serializers.Serializer):
    code = serializers.CharField(help_text='Dossier code, or "#<id>" when it has none.')
    points = serializers.IntegerField(help_text="The dossier's points for the index (index 9: the agency's).")
    rule = serializers.CharField(help_text="Why the dossier has these points (the request's language).")


class IndexDossiersSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Dossiers at these points: the count the unit's page shows.")
    results = IndexDossierSerializer(many=True)
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)


class IndexDossiersView(APIView):
    """The dossiers behind one agency's index score at 2, 1 or 0 points, each with the reason."""

    @extend_schema(
        operation_id="reports_indices_dossiers",
        summary="TT 01/2018 indices: the dossiers behind a unit's score",
        description=(
            "The dossiers of the agency `unit` (its competent-agency row of the indices report) behind index "
            "`index` at `points` points for the period [from, to], read as they stood at the period's end. "
            "Indices 1, 2, 3, 4, 6, 7: the dossiers decided in the period with those points; `count` equals "
            "the count at 2/1/0 points of the unit's page and of the report's `at_2`/`at_1`/`at_0`. Index 9: "
            "the dossiers it reads (received in the period; online and late or overdue at the end) when the "
            "agency got `points` for it, else none. Indices 5 and 8 are not computed from dossiers: 400. Same "
            "scope as the report (permission report.view; a unit outside the caller's jurisdiction is 403). "
            f"Paged (`page`, `page_size` ≤ {MAX_PAGE_SIZE}); `q` narrows by dossier code or procedure. "
            "Rules: docs/indices.md."
        ),
        parameters=[
            OpenApiParameter("from", OpenApiTypes.DATE, required=True, description="First day, YYYY-MM-DD."),
            OpenApiParameter("to", OpenApiTypes.DATE, required=True, description="Last day, YYYY-MM-DD."),
            OpenApiParameter("unit", {"type": "integer", "minimum": 1}, required=True, description="Agency id."),
            OpenApiParameter("index", {"type": "integer", "minimum": 1, "maximum": 9}, required=True),
            OpenApiParameter("points", {"type": "integer", "minimum": 0, "maximum": 2}, required=True),
            OpenApiParameter(
                "q", {"type": "string", "maxLength": 200}, description="Dossier code or procedure code or name."
            ),
            OpenApiParameter("page", {"type": "integer", "minimum": 1}, default=1),
            OpenApiParameter(
                "page_size",
                {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
                default=PAGE_SIZE,
            ),
        ],
        responses={200: IndexDossiersSerializer, 400: ErrorSerializer, 403: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        form06.scope(request.user, request._request)  # refuse (403) before reading the parameters
        query = IndexDossiersQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        agency = data["unit"]
        permissions.require(request.user, Perm.VIEW_REPORTS, agency, request=request._request)
        period = form06.Period(data["from"], data["to"])
        try:
            qs = explain.index_dossiers(agency, period, data["index"], data["points"])
        except explain.NotPerDossier as error:
            message = "Indices 5 and 8 are scored from the catalogue and the petitions, not from dossiers."
            raise serializers.ValidationError({"index": [message]}) from error
        number = data["index"]

        def describe(dossier) -> dict:
            return {
                "code": dossier.code or f"#{dossier.pk}",
                "points": dossier.ix_points,
                "rule": explain.row_reason(dossier, number),
            }

        return paged(request, drilldown.search(qs, data.get("q", "")), data, describe, IndexDossierSerializer)
