"""Public status lookup by dossier code: no login, no personal data, rate-limited per address."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.core import ratelimit
from motcua.dossiers import selectors

LOOKUPS_PER_MINUTE = 60


def rate_limited(request) -> bool:
    return ratelimit.exceeded(request, "lookup", LOOKUPS_PER_MINUTE)


class PublicDossierView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

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
            )
        },
    )
    def get(self, request, code: str):
        if rate_limited(request):
            return Response(
                {"error": {"code": "throttled", "message": _("Too many lookups; wait a minute."), "fields": {}}},
                status=status.HTTP_429_TOO_MANY_REQUESTS,
            )
        dossier = selectors.by_code(code)
        if dossier is None:
            return Response(
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
                status=status.HTTP_404_NOT_FOUND,
            )
        return Response(selectors.public_status(dossier))
