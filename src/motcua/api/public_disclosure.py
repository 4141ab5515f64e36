"""Public disclosure of dossier progress (công khai tiến độ): the portal's lists as JSON, no personal data."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.dossiers import disclosure

from .calendar import ErrorSerializer


class PublicDisclosureView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        summary="Recently received, resolved and overdue dossiers per agency (public disclosure)",
        parameters=[
            OpenApiParameter("list", str, enum=list(disclosure.LISTS), description="default: received"),
            OpenApiParameter("agency", str, description="e-ID code of an agency; blank for the whole province"),
        ],
        responses={
            200: inline_serializer(
                "PublicDisclosure",
                {
                    "list": serializers.CharField(),
                    "agency": serializers.DictField(allow_null=True),
                    "window_days": serializers.IntegerField(),
                    "counts": serializers.DictField(child=serializers.IntegerField()),
                    "as_of": serializers.DateTimeField(),
                    "results": serializers.ListField(child=serializers.DictField()),
                },
            ),
            400: ErrorSerializer,
        },
    )
    def get(self, request):
        name = request.query_params.get("list", "received")
        agency, known = disclosure.chosen_agency(request.query_params.get("agency", ""))
        errors = {}
        if name not in disclosure.LISTS:
            errors["list"] = [_("Choose one of: %(lists)s.") % {"lists": ", ".join(disclosure.LISTS)}]
        if not known:
            errors["agency"] = [_("No agency has this code.")]
        if errors:
            raise ValidationError(errors)
        data = disclosure.cached_listing(name, agency)
        return Response(
            {
                "list": name,
                "agency": {"code": agency.code, "name": agency.name} if agency else None,
                "window_days": disclosure.WINDOW_DAYS,
                "counts": data["counts"],
                "as_of": data["at"],
                "results": data["rows"],
            }
        )
