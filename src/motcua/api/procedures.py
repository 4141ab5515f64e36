"""Public procedures API: the catalogue in force, a procedure's content and history, the sectors.

No login, no personal data: versions carry neither their authors nor the decisions' signers.
Lists use keyset pagination by national code (``after``), never OFFSET.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.catalogue import selectors
from motcua.catalogue.models import PROCEDURE_CODE, FormTemplate, ProcedureVersion, Sector
from motcua.orgs.models import Agency, Level

from .calendar import ErrorSerializer
from .query import QuerySerializer

MAX_LIMIT = 200
DEFAULT_LIMIT = 50


def _number(value) -> str:
    return f"{Decimal(str(value)).normalize():f}"


# --- Query parameters -------------------------------------------------------------------------


class CodeField(serializers.CharField):
    default_error_messages = {"code": "Give a national procedure code of the form d.dddddd, e.g. 1.001234."}

    def to_internal_value(self, data) -> str:
        value = super().to_internal_value(data)
        if value and not PROCEDURE_CODE.fullmatch(value):
            self.fail("code")
        return value


class OnQuerySerializer(QuerySerializer):
    on = serializers.DateField(
        required=False, input_formats=["iso-8601"], help_text="Day (YYYY-MM-DD); today by default."
    )


class ListQuerySerializer(OnQuerySerializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=200)
    sector = serializers.CharField(required=False, allow_blank=True, max_length=30)
    level = serializers.ChoiceField(choices=Level.values, required=False)
    agency = serializers.CharField(required=False, allow_blank=True, max_length=35)
    time_cut = serializers.BooleanField(required=False, default=False)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_LIMIT, default=DEFAULT_LIMIT)
    after = CodeField(required=False, allow_blank=True, max_length=10)

    def validate_sector(self, value: str) -> str:
        if value and not Sector.objects.filter(code=value).exists():
            raise serializers.ValidationError("Unknown sector code; see /api/v1/sectors.")
        return value

    def validate_agency(self, value: str) -> str:
        if value and not Agency.objects.filter(code=value).exists():
            raise serializers.ValidationError("No agency has this e-ID code; see /api/v1/agencies.")
        return value


# --- Response shapes --------------------------------------------------------------------------


class LimitOutSerializer(serializers.Serializer):
    amount = serializers.CharField(help_text="Decimal as a string, e.g. 10.5.")
    unit = serializers.CharField(help_text="working_days, working_hours, days or months.")


class NamedCodeSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class PublicDecisionSerializer(serializers.Serializer):
    number = serializers.CharField()
    title = serializers.CharField()
    signed_on = serializers.DateField()
    effective_from = serializers.DateField()
    issuing_agency = NamedCodeSerializer(allow_null=True)


class ProcedureSummarySerializer(serializers.Serializer):
    code = serializers.CharField(help_text="National procedure code d.dddddd.")
    name = serializers.CharField()
    sector = NamedCodeSerializer()
    level = serializers.ChoiceField(choices=Level.choices)
    implementing_agency = NamedCodeSerializer(allow_null=True)
    statutory = LimitOutSerializer(help_text="Time limit set by law.")
    committed = LimitOutSerializer(help_text="Time limit the province committed to (equal to or shorter than the law).")
    time_cut = serializers.BooleanField(help_text="The committed time is shorter than the statutory time.")
    saved = LimitOutSerializer(allow_null=True, help_text="Time saved per dossier when time_cut, else null.")
    online_service = serializers.CharField(help_text="none, partial or full (Decree 42/2022).")
    at_desk = serializers.BooleanField(help_text="Received at the one-stop desk.")
    on_the_spot = serializers.BooleanField(help_text="“4 on the spot”: decided at the desk.")
    has_fees = serializers.BooleanField()
    version = serializers.IntegerField()
    valid_from = serializers.DateField()
    valid_to = serializers.DateField(allow_null=True)
    url = serializers.URLField(help_text="This procedure in the API.")


class ProcedurePageSerializer(serializers.Serializer):
    results = ProcedureSummarySerializer(many=True)
    next = serializers.URLField(allow_null=True, help_text="The next page, or null on the last page.")


class PublicFormSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The `form` value in content.components[].")
    name = serializers.CharField()
    url = serializers.URLField(help_text="Download (the portal serves forms of versions in force only).")


class ProcedureDetailSerializer(ProcedureSummarySerializer):
    status = serializers.CharField(help_text="active or abolished.")
    decision = PublicDecisionSerializer(allow_null=True, help_text="The publication decision of this version.")
    content = serializers.JSONField(
        help_text=(
            "Everything the law requires of a procedure (components, cases, time limits, fees, result, "
            "conditions, legal basis, channels, internal processes), as validated by catalogue/schema.py."
        )
    )
    forms = PublicFormSerializer(many=True)


class VersionEntrySerializer(serializers.Serializer):
    version = serializers.IntegerField()
    name = serializers.CharField()
    valid_from = serializers.DateField()
    valid_to = serializers.DateField(allow_null=True)
    action = serializers.CharField(allow_null=True, help_text="new, amend or replace: what the decision did.")
    decision = PublicDecisionSerializer(allow_null=True)
    url = serializers.URLField(help_text="This version in the API (`?on=` its first day).")


class VersionHistorySerializer(serializers.Serializer):
    code = serializers.CharField()
    status = serializers.CharField(help_text="active or abolished.")
    versions = VersionEntrySerializer(many=True, help_text="Published versions, oldest first.")
    abolished_by = PublicDecisionSerializer(allow_null=True)


class PublicSectorSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    procedures_in_force = serializers.IntegerField()


# --- Builders ---------------------------------------------------------------------------------


def _limit(amount, unit: str) -> dict:
    return {"amount": _number(amount), "unit": unit}


def _named(obj) -> dict | None:
    return {"code": obj.code, "name": obj.name} if obj is not None else None


def _decision(decision) -> dict | None:
    if decision is None:
        return None
    return {
        "number": decision.number,
        "title": decision.title,
        "signed_on": decision.signed_on,
        "effective_from": decision.effective_from,
        "issuing_agency": _named(decision.issuing_agency),
    }


def _detail_url(request: Request, code: str, day: dt.date | None = None) -> str:
    url = reverse("api:procedure", args=[code])
    if day is not None:
        url += f"?on={day.isoformat()}"
    return request.build_absolute_uri(url)


def _summary(request: Request, version: ProcedureVersion) -> dict:
    saved = None
    if version.time_cut:
        saved = _limit(version.statutory_amount - version.committed_amount, version.statutory_unit)
    return {
        "code": version.procedure.code,
        "name": version.name,
        "sector": _named(version.sector),
        "level": version.level,
        "implementing_agency": _named(version.implementing_agency),
        "statutory": _limit(version.statutory_amount, version.statutory_unit),
        "committed": _limit(version.committed_amount, version.committed_unit),
        "time_cut": version.time_cut,
        "saved": saved,
        "online_service": version.online_service,
        "at_desk": version.at_desk,
        "on_the_spot": version.on_the_spot,
        "has_fees": version.has_fees,
        "version": version.number,
        "valid_from": version.valid_from,
        "valid_to": version.valid_to,
        "url": _detail_url(request, version.procedure.code),
    }


def _day(request: Request) -> dt.date | None:
    query = OnQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    return query.validated_data.get("on")


def _check_code(code: str) -> None:
    if not PROCEDURE_CODE.fullmatch(code):
        raise NotFound("No procedure has this code: national codes have the form d.dddddd.")


def _not_in_force(code: str, day: dt.date | None) -> NotFound:
    procedure = selectors.published_procedure(code)
    on = (day or timezone.localdate()).isoformat()
    if procedure is None:
        return NotFound(f"No published procedure has the code {code}.")
    abolished = selectors.abolition(procedure)
    if abolished is not None:
        return NotFound(
            f"Procedure {code} has no version in force on {on}; it was abolished by decision "
            f"{abolished.decision.number} effective {abolished.decision.effective_from.isoformat()}. "
            f"See /api/v1/procedures/{code}/versions."
        )
    return NotFound(f"Procedure {code} has no version in force on {on}. See /api/v1/procedures/{code}/versions.")


CODE_PARAMETER = OpenApiParameter(
    "code", OpenApiTypes.STR, OpenApiParameter.PATH, description="National procedure code, e.g. 1.001193."
)
ON_PARAMETER = OpenApiParameter("on", OpenApiTypes.DATE, description="Day the version was in force; today by default.")


# --- Views ------------------------------------------------------------------------------------


class PublicView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]


class ProcedureListView(PublicView):
    """The catalogue of procedures in force (danh mục thủ tục hành chính)."""

    @extend_schema(
        operation_id="procedures_list",
        summary="Search the procedures in force",
        description=(
            "Procedures in force on a day. Without `q`, in national-code order; with `q`, best match first: the "
            "exact name or code, then names starting with the words, names holding them as a phrase (shorter names "
            "first), names whose words start with them, then the rest; ties by level (province, district, commune) "
            "and code. `q` is accent-insensitive: every word must "
            "appear in the name, code or sector (`cap giay phep xay dung` finds `Cấp giấy phép xây dựng`). "
            "Pages are keyset pages: follow `next` (it carries `after=<last code>`); a procedure added "
            "meanwhile never shifts or repeats rows."
        ),
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, description="Words of the name, the code or the sector."),
            OpenApiParameter("sector", OpenApiTypes.STR, description="Sector code (see /api/v1/sectors)."),
            OpenApiParameter("level", OpenApiTypes.STR, enum=Level.values),
            OpenApiParameter("agency", OpenApiTypes.STR, description="e-ID code of the implementing or owning agency."),
            OpenApiParameter("time_cut", OpenApiTypes.BOOL, description="Only procedures with a shortened time."),
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                description=f"Page size, 1–{MAX_LIMIT} (default {DEFAULT_LIMIT}).",
            ),
            OpenApiParameter(
                "after",
                {"type": "string", "pattern": r"^([0-9]\.[0-9]{6})?$"},
                description="Return the procedures that follow the one with this code in the list's order.",
            ),
            ON_PARAMETER,
        ],
        responses={200: ProcedurePageSerializer, 400: ErrorSerializer},
        examples=[
            OpenApiExample(
                "Bad limit",
                value={
                    "error": {
                        "code": "invalid",
                        "message": "limit: Ensure this value is less than or equal to 200.",
                        "fields": {"limit": ["Ensure this value is less than or equal to 200."]},
                    }
                },
                response_only=True,
                status_codes=["400"],
            )
        ],
        auth=[],
    )
    def get(self, request: Request) -> Response:
        query = ListQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        limit = data["limit"]
        rows, more = selectors.search_page(
            after=data.get("after", ""),
            limit=limit,
            q=data.get("q", ""),
            sector=data.get("sector", ""),
            level=data.get("level", ""),
            agency=data.get("agency", ""),
            time_cut=data["time_cut"],
            day=data.get("on"),
        )
        next_url = None
        if more and rows:
            params = request.query_params.copy()
            params["after"] = rows[-1].procedure.code
            next_url = request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
        return Response({"results": [_summary(request, v) for v in rows], "next": next_url})


class ProcedureDetailView(PublicView):
    """One procedure: the version in force with its full content."""

    @extend_schema(
        operation_id="procedures_retrieve",
        summary="A procedure's version in force",
        description="The version in force today, or on `on`, with its full content, decision and validity.",
        parameters=[CODE_PARAMETER, ON_PARAMETER],
        responses={200: ProcedureDetailSerializer, 400: ErrorSerializer, 404: ErrorSerializer},
        auth=[],
    )
    def get(self, request: Request, code: str) -> Response:
        _check_code(code)
        day = _day(request)
        version = selectors.procedure_in_force(code, day)
        if version is None:
            raise _not_in_force(code, day)
        form_ids = {c.get("form") for c in version.content.get("components", []) if c.get("form")}
        forms = FormTemplate.objects.filter(pk__in=form_ids).order_by("pk") if form_ids else []
        body = _summary(request, version)
        body["url"] = _detail_url(request, code, day)
        body.update(
            status=version.procedure.status,
            decision=_decision(version.decision),
            content=version.content,
            forms=[
                {
                    "id": form.pk,
                    "name": form.name,
                    "url": request.build_absolute_uri(reverse("portal:procedure-form", args=[form.pk])),
                }
                for form in forms
            ],
        )
        return Response(body)


class ProcedureVersionsView(PublicView):
    """The published versions of a procedure, with their validity and decisions."""

    @extend_schema(
        operation_id="procedures_versions",
        summary="A procedure's published versions",
        parameters=[CODE_PARAMETER],
        responses={200: VersionHistorySerializer, 404: ErrorSerializer},
        auth=[],
    )
    def get(self, request: Request, code: str) -> Response:
        _check_code(code)
        procedure = selectors.published_procedure(code)
        if procedure is None:
            raise NotFound(f"No published procedure has the code {code}.")
        actions = selectors.decision_actions(procedure)
        abolished = selectors.abolition(procedure)
        versions = [
            {
                "version": v.number,
                "name": v.name,
                "valid_from": v.valid_from,
                "valid_to": v.valid_to,
                "action": actions.get(v.decision_id),
                "decision": _decision(v.decision),
                "url": _detail_url(request, code, v.valid_from),
            }
            for v in selectors.published_versions(procedure)
        ]
        return Response(
            {
                "code": code,
                "status": procedure.status,
                "versions": versions,
                "abolished_by": _decision(abolished.decision) if abolished else None,
            }
        )


class SectorListView(PublicView):
    """Sectors (lĩnh vực) with the number of procedures in force in each."""

    @extend_schema(
        operation_id="sectors_list",
        summary="Sectors",
        description="Every sector, with the number of procedures in force today (or on `on`).",
        parameters=[ON_PARAMETER],
        responses={200: PublicSectorSerializer(many=True), 400: ErrorSerializer},
        auth=[],
    )
    def get(self, request: Request) -> Response:
        day = _day(request)
        counts = {s.pk: s.in_force for s in selectors.sectors_in_force(day)}
        return Response(
            [
                {"code": s.code, "name": s.name, "procedures_in_force": counts.get(s.pk, 0)}
                for s in Sector.objects.order_by("code")
            ]
        )
