"""Public calendar API: the deadline calculator and the list of days off (no login)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.core import moments
from motcua.worktime import engine, selectors
from motcua.worktime.engine import LAST_START_YEAR, Unit
from motcua.worktime.office_calendar import MAX_YEAR, MIN_YEAR

from .query import QuerySerializer

# "+07:00" in a query string arrives as " 07:00" when the client did not encode the plus sign.
_SPACED_OFFSET = re.compile(r"^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$")


class MomentField(serializers.Field):
    """An ISO 8601 date-time (an offset is optional; without one it is Vietnam time) or a date."""

    default_error_messages = {
        "invalid": "Give an ISO 8601 date-time such as 2026-02-13T09:00+07:00, or a date such as 2026-02-13."
    }

    def to_internal_value(self, data) -> dt.datetime:
        text = _SPACED_OFFSET.sub(r"\1+\2", str(data).strip())
        try:
            moment = parse_datetime(text)
            if moment is None and (day := parse_date(text)) is not None:
                moment = dt.datetime.combine(day, dt.time())
        except ValueError:
            moment = None
        if moment is None:
            self.fail("invalid")
        return moments.normalise(moment)  # naive: Vietnam time; any offset: converted to Vietnam time

    def to_representation(self, value: dt.datetime) -> str:
        return value.isoformat()


class DueQuerySerializer(QuerySerializer):
    start = MomentField(help_text="When the dossier arrives: ISO 8601 date-time (Vietnam time without an offset).")
    amount = serializers.DecimalField(
        max_digits=12,
        decimal_places=4,
        min_value=Decimal(0),
        help_text="The limit: working days (whole or .5), working hours, calendar days or months.",
    )
    unit = serializers.ChoiceField(choices=[u.value for u in Unit])
    cutoff = serializers.TimeField(
        required=False,
        input_formats=["%H:%M", "%H:%M:%S"],
        help_text="Cut-off hour HH:MM: a start at or after it counts from the next working day.",
    )
    agency = serializers.CharField(
        required=False, max_length=64, help_text="e-ID code of the agency whose office hours apply."
    )

    def validate_start(self, value: dt.datetime) -> dt.datetime:
        if not MIN_YEAR <= value.year <= LAST_START_YEAR:
            raise serializers.ValidationError(f"The start must lie between {MIN_YEAR} and {LAST_START_YEAR}.")
        return value

    def validate_agency(self, value: str):
        agency = selectors.agency_by_code(value)
        if agency is None:
            raise serializers.ValidationError("No agency has this e-ID code.")
        return agency

    def validate(self, attrs: dict) -> dict:
        try:
            engine.check_limit(attrs["amount"], attrs["unit"])
        except ValueError as exc:
            raise serializers.ValidationError({"amount": [str(exc)]}) from exc
        return attrs


class DueSerializer(serializers.Serializer):
    due_date = serializers.DateField()
    due_at = serializers.DateTimeField(help_text="End of the limit, ISO 8601 with +07:00.")
    receipt_at = serializers.DateTimeField(help_text="When the clock started (the receipt moment).")


class ErrorBodySerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per query parameter.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorBodySerializer()


def _iso(moment: dt.datetime) -> str:
    return moments.local(moment).isoformat(timespec="seconds")


class DueView(APIView):
    """Deadline calculator (tính ngày hẹn trả kết quả) on the province's or an agency's calendar."""

    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="calendar_due",
        summary="Compute a due date",
        description=(
            "Due moment of a legal time limit for a dossier arriving at `start`, on the default provincial "
            "calendar or on the calendar of the agency given by its e-ID code. Rules: docs/calendar.md."
        ),
        parameters=[
            OpenApiParameter(
                "start",
                OpenApiTypes.DATETIME,
                required=True,
                description=(
                    "ISO 8601 date-time. Without an offset it is Vietnam time; any offset (Z, +07:00, …) is "
                    "converted to Asia/Ho_Chi_Minh, whose date counts."
                ),
            ),
            OpenApiParameter(
                "amount", {"type": "number", "minimum": 0}, required=True, description="Size of the limit."
            ),
            OpenApiParameter("unit", OpenApiTypes.STR, required=True, enum=[u.value for u in Unit]),
            OpenApiParameter(
                "cutoff",
                {"type": "string", "pattern": r"^\d{1,2}:\d{1,2}(:\d{1,2})?$"},
                description="Cut-off hour HH:MM, e.g. 15:00.",
            ),
            OpenApiParameter(
                "agency",
                {"type": "string", "minLength": 1, "maxLength": 64},
                description="Agency e-ID code, e.g. H15.03.",
            ),
        ],
        responses={200: DueSerializer, 400: ErrorSerializer},
        examples=[
            OpenApiExample(
                "Three working days across Tết 2026",
                value={
                    "due_date": "2026-02-25",
                    "due_at": "2026-02-25T17:00:00+07:00",
                    "receipt_at": "2026-02-13T09:00:00+07:00",
                },
                response_only=True,
            )
        ],
        auth=[],
    )
    def get(self, request: Request) -> Response:
        query = DueQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        calendar = selectors.calendar_for(data.get("agency"))
        try:
            due = engine.compute_due(data["start"], data["amount"], data["unit"], calendar, data.get("cutoff"))
        except ValueError as exc:
            raise serializers.ValidationError({"start": [str(exc)]}) from exc
        return Response(
            {"due_date": due.due_date.isoformat(), "due_at": _iso(due.due_at), "receipt_at": _iso(due.receipt_at)}
        )


class HolidayQuerySerializer(QuerySerializer):
    year = serializers.IntegerField(min_value=MIN_YEAR, max_value=MAX_YEAR)
    agency = serializers.CharField(required=False, max_length=64)

    validate_agency = DueQuerySerializer.validate_agency


class NamedDaySerializer(serializers.Serializer):
    date = serializers.DateField()
    name = serializers.CharField()
    source = serializers.ChoiceField(choices=["law", "override"], help_text="holidays.VN or the override table.")


class YearCalendarSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    days_off = NamedDaySerializer(many=True, help_text="Weekdays that are not working days.")
    make_up_workdays = NamedDaySerializer(many=True, help_text="Days worked although they would be off.")


class HolidaysView(APIView):
    """Effective days off (weekdays off) and make-up working days of a year."""

    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="calendar_holidays",
        summary="Days off and make-up working days of a year",
        parameters=[
            OpenApiParameter(
                "year",
                {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
                required=True,
                description=f"{MIN_YEAR}–{MAX_YEAR}",
            ),
            OpenApiParameter(
                "agency", {"type": "string", "minLength": 1, "maxLength": 64}, description="Agency e-ID code."
            ),
        ],
        responses={200: YearCalendarSerializer, 400: ErrorSerializer},
        auth=[],
    )
    def get(self, request: Request) -> Response:
        query = HolidayQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        year = query.validated_data["year"]
        calendar = selectors.calendar_for(query.validated_data.get("agency"))
        summary = selectors.year_summary(year, calendar, language=(get_language() or "vi")[:2])
        default_name = _("Make-up working day")
        return Response(
            {
                "year": year,
                "days_off": [_day(d, d.name) for d in summary.days_off],
                "make_up_workdays": [_day(d, d.name or default_name) for d in summary.make_up_workdays],
            }
        )


def _day(day, name: str) -> dict:
    return {"date": day.date.isoformat(), "name": name, "source": day.source}
