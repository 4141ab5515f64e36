"""Feedback and petitions (phản ánh, kiến nghị) in the API.

* ``GET /api/v1/public/petitions`` — published answers, newest first, keyset pages: no personal
  data, never the petition's own text (only the published subject and answer).
* ``POST /api/v1/petitions`` — send a petition, logged in (session, CSRF) or anonymously
  (rate-limited per client address, shared with the portal form).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.core import moments, ratelimit
from motcua.orgs.models import Agency
from motcua.petitions import selectors, services
from motcua.petitions.models import Petition, PetitionKind
from motcua.petitions.selectors import cursor, parse_cursor
from motcua.petitions.services import ACCOUNT_PER_MINUTE, ANONYMOUS_PER_MINUTE, PetitionInput

from . import public_dossiers
from .calendar import ErrorSerializer

MAX_LIMIT = 100
TEXT_FIELDS = ("title", "content", "name", "address", "phone", "email", "kind", "procedure", "dossier")


def public_row(petition: Petition) -> dict:
    return {
        "code": petition.code,
        "title": petition.public_title,
        "answer": petition.public_answer,
        "agency": {"code": petition.agency.code, "name": petition.agency.name},
        "received_on": moments.local_date(petition.received_at).isoformat(),
        "answered_on": moments.local_date(petition.handled_at).isoformat() if petition.handled_at else None,
        "published_at": timezone.localtime(petition.published_at).isoformat(),
    }


PUBLIC_ROW = inline_serializer(
    "PublicPetition",
    {
        "code": serializers.CharField(),
        "title": serializers.CharField(),
        "answer": serializers.CharField(),
        "agency": inline_serializer(
            "PublicPetitionAgency", {"code": serializers.CharField(), "name": serializers.CharField()}
        ),
        "received_on": serializers.DateField(),
        "answered_on": serializers.DateField(),
        "published_at": serializers.DateTimeField(),
    },
)


class PublicPetitionListView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        summary="Published answers to feedback and petitions (no personal data)",
        parameters=[
            OpenApiParameter("agency", str, description="e-ID code of the handling agency; blank for all"),
            OpenApiParameter("after", str, description="the `next` value of the previous page"),
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                description=f"rows per page, 1–{MAX_LIMIT}, default 20",
            ),
        ],
        responses={
            200: inline_serializer(
                "PublicPetitionPage",
                {"results": serializers.ListField(child=PUBLIC_ROW), "next": serializers.CharField(allow_null=True)},
            ),
            400: ErrorSerializer,
        },
    )
    def get(self, request):
        params = request.query_params
        errors: dict[str, list[str]] = {}
        agency = None
        if code := (params.get("agency") or "").strip():
            agency = Agency.objects.filter(code=code).first()
            if agency is None:
                errors["agency"] = [_("No agency has this code.")]
        after = None
        if params.get("after"):
            after = parse_cursor(params["after"])
            if after is None:
                errors["after"] = [_("Use the `next` value of the previous page.")]
        try:
            limit = int(params.get("limit") or 20)
            if not 1 <= limit <= MAX_LIMIT:
                raise ValueError
        except ValueError:
            errors["limit"] = [_("Give a whole number from 1 to %(n)s.") % {"n": MAX_LIMIT}]
            limit = 20
        if errors:
            raise ValidationError(errors)
        rows = selectors.published_page(agency=agency, after=after, limit=limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        return Response({"results": [public_row(p) for p in rows], "next": cursor(rows[-1]) if more else None})


class PetitionSubmitView(APIView):
    permission_classes = [AllowAny]
    authentication_classes = [SessionAuthentication]  # a logged-in petitioner's session (CSRF checked)

    @extend_schema(
        summary="Send feedback or a petition (ND 20/2008): name, address and phone are required",
        request=inline_serializer(
            "PetitionSubmit",
            {
                "agency": serializers.CharField(help_text="e-ID code of the agency addressed"),
                "kind": serializers.ChoiceField(choices=PetitionKind.values, required=False),
                "title": serializers.CharField(max_length=300),
                "content": serializers.CharField(max_length=10000),
                "procedure": serializers.CharField(required=False, help_text="national procedure code"),
                "dossier": serializers.CharField(required=False, help_text="dossier code"),
                "name": serializers.CharField(max_length=200),
                "address": serializers.CharField(max_length=500),
                "phone": serializers.CharField(max_length=20),
                "email": serializers.EmailField(required=False),
            },
        ),
        responses={
            201: inline_serializer(
                "PetitionReceived",
                {
                    "code": serializers.CharField(),
                    "status": serializers.CharField(),
                    "agency": serializers.CharField(),
                    "received_at": serializers.DateTimeField(),
                    "due_at": serializers.DateTimeField(),
                },
            ),
            400: inline_serializer(
                "PetitionError",
                {
                    "error": inline_serializer(
                        "PetitionErrorBody",
                        {
                            "code": serializers.CharField(),
                            "message": serializers.CharField(),
                            "fields": serializers.DictField(child=serializers.ListField(child=serializers.CharField())),
                        },
                    )
                },
            ),
            403: OpenApiResponse(ErrorSerializer, description="Logged in without the CSRF token."),
            415: OpenApiResponse(ErrorSerializer, description="A body that is not JSON, a form or multipart."),
            429: OpenApiResponse(
                ErrorSerializer,
                description="Too many petitions, or dossier codes looked up, from this address in a minute.",
            ),
        },
    )
    def post(self, request):
        data = request.data if isinstance(request.data, dict) else None
        if data is None:
            raise ValidationError({"non_field_errors": [_("Send a JSON object.")]})
        errors: dict[str, list[str]] = {}
        values = {}
        for name in TEXT_FIELDS:
            value = data.get(name, "")
            if value is None:
                value = ""
            if not isinstance(value, str):
                errors[name] = [_("Give a text value.")]
                value = ""
            elif "\x00" in value:
                errors[name] = [_("Remove the NUL character (0x00).")]
                value = ""
            values[name] = value
        agency = None
        code = data.get("agency")
        if not isinstance(code, str) or not code.strip():
            errors["agency"] = [_("Give the e-ID code of the agency addressed.")]
        elif "\x00" in code:
            errors["agency"] = [_("Remove the NUL character (0x00).")]
        else:
            agency = services.receiving_agencies().filter(code=code.strip()).first()
            if agency is None:
                errors["agency"] = [_("No agency receiving petitions has this code.")]
        unknown = set(data) - {*TEXT_FIELDS, "agency"}
        if unknown:
            errors["non_field_errors"] = [_("Unknown fields: %(names)s.") % {"names": ", ".join(sorted(unknown))}]
        if errors:
            raise ValidationError(errors)
        user = request.user
        logged_in = getattr(user, "is_authenticated", False)
        scope, per_minute = (
            ("petition-account", ACCOUNT_PER_MINUTE) if logged_in else ("petition", ANONYMOUS_PER_MINUTE)
        )
        if values["dossier"].strip() and public_dossiers.rate_limited(request):
            # The answer says whether a dossier code exists: one allowance with the public lookup.
            return Response(
                {"error": {"code": "throttled", "message": _("Too many lookups; wait a minute."), "fields": {}}},
                status=status.HTTP_429_TOO_MANY_REQUESTS,
            )
        try:
            PetitionInput(agency=agency, **values).clean()  # validate before counting against the rate limit
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict) from exc
        if ratelimit.exceeded(request, scope, per_minute):
            return Response(
                {"error": {"code": "throttled", "message": _("Too many petitions; wait a minute."), "fields": {}}},
                status=status.HTTP_429_TOO_MANY_REQUESTS,
            )
        try:
            petition = services.submit(PetitionInput(agency=agency, **values), account=user if logged_in else None)
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict) from exc
        return Response(
            {
                "code": petition.code,
                "status": petition.status,
                "agency": agency.code,
                "received_at": timezone.localtime(petition.received_at).isoformat(),
                "due_at": timezone.localtime(petition.due_at).isoformat(),
            },
            status=status.HTTP_201_CREATED,
        )
