"""Public status lookup by dossier code: no login, no personal data, rate-limited per address.

The busiest public endpoint (every citizen's QR code and SMS link lands here) answers a GET without
DRF's request wrapping, authentication and content negotiation: one rate-limit count, one prepared
query, one JSON document. DRF still describes it for the OpenAPI schema and answers other methods.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.core import ratelimit
from motcua.dossiers import selectors

from .calendar import ErrorSerializer

LOOKUPS_PER_MINUTE = 60


def rate_limited(request) -> bool:
    return ratelimit.exceeded(request, "lookup", LOOKUPS_PER_MINUTE)


class PublicDossierView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    def dispatch(self, request, *args, **kwargs):
        if request.method == "GET":
            return _json(*lookup(request, kwargs["code"]))
        return super().dispatch(request, *args, **kwargs)

    @extend_schema(
        summary="Public status of a dossier by its code",
        responses={
            200: inline_serializer(
                "PublicDossier",
                {
                    "code": serializers.CharField(),
                    "procedure": serializers.DictField(),
                    "agency": serializers.DictField(),
                    "status": serializers.CharField(),
                    "status_label": serializers.CharField(),
                    "national_status": serializers.IntegerField(),
                    "received_on": serializers.DateField(allow_null=True),
                    "appointment_on": serializers.DateField(allow_null=True),
                    "finished_on": serializers.DateField(allow_null=True),
                    "returned_on": serializers.DateField(allow_null=True),
                    "verdict": serializers.CharField(allow_null=True),
                    "progress": serializers.ChoiceField(
                        choices=["within_time", "overdue", "waiting_citizen"], allow_null=True
                    ),
                },
            ),
            404: ErrorSerializer,
            429: OpenApiResponse(ErrorSerializer, description="More than 60 lookups from this address in a minute."),
        },
    )
    def get(self, request, code: str):  # what the schema describes; GET itself is answered by dispatch
        return Response(*lookup(request, code))


def _json(data: dict, status_code: int) -> HttpResponse:
    """The same bytes DRF's JSONRenderer writes (compact, UTF-8, ISO dates)."""
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return HttpResponse(body.encode(), status=status_code, content_type="application/json")


def lookup(request, code: str) -> tuple[dict, int]:
    """The public status of ``code`` and the HTTP status: 200, 404 (unknown code) or 429 (too many)."""
    if rate_limited(request):
        return (
            {"error": {"code": "throttled", "message": _("Too many lookups; wait a minute."), "fields": {}}},
            status.HTTP_429_TOO_MANY_REQUESTS,
        )
    dossier = selectors.by_code(code) if "\x00" not in code else None  # PostgreSQL text holds no NUL
    if dossier is None:
        return (
            {
                "error": {
                    "code": "not_found",
                    "message": _(
                        "No dossier has this code. Check the code printed on your receipt slip, "
                        "e.g. H15.03-260306-0001."
                    ),
                    "fields": {"code": [_("Unknown dossier code.")]},
                }
            },
            status.HTTP_404_NOT_FOUND,
        )
    return selectors.public_status(dossier), status.HTTP_200_OK
