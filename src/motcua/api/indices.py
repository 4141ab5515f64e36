"""Service indices API: TT 01/2018 (nine indices) and QĐ 766 (100 points), within the caller's jurisdiction.

Perm.VIEW_REPORTS; the numbers are those of the office pages (``/office/reports/indices/`` and
``/office/reports/index-766/``); every rule is written in docs/indices.md.
"""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.orgs.models import Agency
from motcua.reports import form06, index766, indices

from .calendar import ErrorSerializer
from .query import QuerySerializer
from .reports import DayField


class IndexQuerySerializer(QuerySerializer):
    to = DayField(help_text="Last day of the period (YYYY-MM-DD), included.")
    agency = serializers.IntegerField(
        required=False, min_value=1, help_text="Narrow the report to this agency's subtree (its id)."
    )

    def get_fields(self):
        fields = super().get_fields()
        fields["from"] = DayField(help_text="First day of the period (YYYY-MM-DD), included.")
        return fields

    def validate_agency(self, value: int) -> Agency:
        agency = Agency.objects.filter(pk=value).first()
        if agency is None:
            raise serializers.ValidationError("Unknown agency.")
        return agency

    def validate(self, attrs: dict) -> dict:
        if attrs["from"] > attrs["to"]:
            raise serializers.ValidationError({"to": ["The period must not end before it starts."]})
        return attrs


PARAMETERS = [
    OpenApiParameter("from", OpenApiTypes.DATE, required=True, description="First day, YYYY-MM-DD."),
    OpenApiParameter("to", OpenApiTypes.DATE, required=True, description="Last day, YYYY-MM-DD."),
    OpenApiParameter(
        "agency", {"type": "integer", "minimum": 1}, required=False, description="Agency id: its subtree only."
    ),
]


def _query(request: Request):
    form06.scope(request.user, request._request)  # refuse (403) before looking at the parameters
    query = IndexQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    data = query.validated_data
    period = form06.Period(data["from"], data["to"])
    return period, indices.where(request.user, data.get("agency"), request=request._request)


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


class IndicesView(APIView):
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
            "indices 1, 2, 3, 4, 7, their total and band (≥5, 3.5–<5, <3.5). Rules: docs/indices.md."
        ),
        parameters=PARAMETERS,
        responses={
            200: OpenApiResponse(OpenApiTypes.OBJECT, description="units and officers"),
            400: ErrorSerializer,
            403: ErrorSerializer,
        },
        examples=[OpenApiExample("A quarter", value=INDICES_EXAMPLE, response_only=True)],
    )
    def get(self, request: Request) -> Response:
        period, scope = _query(request)
        return Response(indices.report(scope.dossiers, period, scope.label).as_dict())


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


class Index766View(APIView):
    """The service index of Decision 766/QĐ-TTg: five groups, 100 points, as far as the data allows."""

    @extend_schema(
        operation_id="reports_index766",
        summary="QĐ 766 service index",
        description=(
            "Five groups (publicity 18, progress 20, online provision 22, digitisation 22, satisfaction 18). "
            "Each indicator: numerator, denominator, rate (per cent, 2 decimals, null when the denominator "
            "is 0), target, points = max × min(rate / target, 1). Indicators the data cannot support have "
            "available=false and a note; `computed_out_of` is the sum of the maxima of the indicators that "
            "were computed. Permission report.view; dossiers of the caller's jurisdiction. Rules: docs/indices.md."
        ),
        parameters=PARAMETERS,
        responses={
            200: OpenApiResponse(OpenApiTypes.OBJECT, description="groups and indicators"),
            400: ErrorSerializer,
            403: ErrorSerializer,
        },
        examples=[OpenApiExample("A quarter", value=INDEX766_EXAMPLE, response_only=True)],
    )
    def get(self, request: Request) -> Response:
        period, scope = _query(request)
        result = index766.compute(scope.dossiers, period, scope.petition_agencies, scope.label)
        return Response(result.as_dict())
