"""``POST /api/v1/dossiers/import``: the historical import for the province administrator.

The body is NDJSON (one dossier per line, format in docs/import.md); the answer counts the lines
imported, skipped (already imported) and bad, with each bad line's number, field and reason.
Only an administrator of the top agency (Perm.MANAGE_ORG on the province) may import.
"""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import UnsupportedMediaType
from rest_framework.parsers import BaseParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from motcua.audit import services as audit
from motcua.audit.models import AuditEntry
from motcua.imports.services import import_lines
from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm

from .calendar import ErrorSerializer
from .query import QuerySerializer, validated


class NDJSONParser(BaseParser):
    """Accepts the NDJSON body; the view reads the stream itself, line by line."""

    media_type = "application/x-ndjson"

    def parse(self, stream, media_type=None, parser_context=None):
        return stream


class ImportQuerySerializer(QuerySerializer):
    source = serializers.CharField(
        required=False, allow_blank=True, max_length=60, help_text="Source name for lines that give none."
    )
    dry_run = serializers.BooleanField(required=False, default=False, help_text="Validate only, write nothing.")


EXAMPLE_LINE = (
    '{"source": "motcua-v1", "external_id": "HS-2019-000123", "procedure": "1.001612", '
    '"agency": "000.00.09.H15", "channel": "counter", '
    '"applicant": {"name": "Nguyễn Văn An", "kind": "person"}, '
    '"events": [{"type": "received", "at": "2019-01-14T08:20:00+07:00"}, '
    '{"type": "decided", "at": "2019-01-22T15:00:00+07:00", "outcome": "approved"}, '
    '{"type": "returned", "at": "2019-01-23T08:30:00+07:00"}]}\n'
)


class ImportErrorSerializer(serializers.Serializer):
    line = serializers.IntegerField(help_text="Line number in the body, from 1.")
    field = serializers.CharField(help_text="The field that is wrong, e.g. procedure or events[2].at.")
    message = serializers.CharField()
    external_id = serializers.CharField(required=False)


class ImportResultSerializer(serializers.Serializer):
    lines = serializers.IntegerField(help_text="Non-empty lines read.")
    imported = serializers.IntegerField()
    skipped = serializers.IntegerField(help_text="Already imported from the same source: left as they are.")
    failed = serializers.IntegerField()
    dry_run = serializers.BooleanField()
    errors = ImportErrorSerializer(many=True, help_text="The bad lines (the first 1,000).")


def _require_province_admin(request: Request) -> None:
    top = Agency.objects.filter(parent=None).order_by("path").first()
    permissions.require(request.user, Perm.MANAGE_ORG, top, request=request)


def _lines(request: Request):
    """The body's lines, read from the stream (an import may exceed the in-memory body limit)."""
    for raw in iter(request._request.readline, b""):
        yield raw.decode("utf-8", errors="replace")


class DossierImportView(APIView):
    """Historical import of dossiers handled in another system."""

    parser_classes = [NDJSONParser]

    @extend_schema(
        operation_id="dossiers_import",
        summary="Import dossiers handled in another system (NDJSON)",
        description=(
            "Body: NDJSON, one dossier per line with its source, external_id, procedure, agencies, channel, "
            "applicant and dated events (docs/import.md). Every line is validated; good lines are loaded, bad "
            "ones listed with their line number and the field at fault. Idempotent: a (source, external_id) "
            "already imported is skipped. Moments are ISO 8601 with any offset (Z, +07:00, …) or none (Vietnam "
            "time); each is converted to Asia/Ho_Chi_Minh as it is read, and every date is taken in Vietnam. "
            "Province administrators only."
        ),
        parameters=[ImportQuerySerializer],
        request={"application/x-ndjson": OpenApiTypes.STR},
        examples=[OpenApiExample("One dossier", value=EXAMPLE_LINE, request_only=True)],
        responses={
            200: ImportResultSerializer,
            400: OpenApiResponse(ErrorSerializer, description="A bad query parameter (the lines are reported in 200)."),
            403: OpenApiResponse(ErrorSerializer, description="Not a province administrator, or no CSRF token."),
            415: OpenApiResponse(ErrorSerializer, description="A body that is not application/x-ndjson."),
        },
    )
    def post(self, request: Request) -> Response:
        _require_province_admin(request)
        query = validated(ImportQuerySerializer, request)
        if request.content_type.split(";")[0].strip().lower() != NDJSONParser.media_type:
            raise UnsupportedMediaType(request.content_type)
        dry_run = query["dry_run"]
        result = import_lines(_lines(request), source=query.get("source", ""), dry_run=dry_run)
        if not dry_run:
            audit.record(
                AuditEntry.Action.CREATE,
                object_type="imports.importeddossier",
                object_repr=f"import: {result.imported} dossiers",
                changes={"imported": result.imported, "skipped": result.skipped, "failed": result.failed},
                request=request,
            )
        return Response(result.as_dict())
