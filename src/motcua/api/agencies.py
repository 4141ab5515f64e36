"""Public directory of agencies: names, e-ID codes, levels and addresses (no personal data)."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.permissions import AllowAny

from motcua.orgs import selectors
from motcua.orgs.models import Agency, Level

from .calendar import ErrorSerializer
from .query import QuerySerializer, validated


class AgencySerializer(serializers.ModelSerializer):
    parent_code = serializers.CharField(source="parent.code", allow_null=True, read_only=True)
    active = serializers.BooleanField(source="is_active", read_only=True)

    class Meta:
        model = Agency
        fields = [
            "code",
            "name",
            "short_name",
            "level",
            "kind",
            "parent_code",
            "address",
            "phone",
            "email",
            "valid_from",
            "valid_to",
            "active",
        ]


class AgencyQuerySerializer(QuerySerializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=200, help_text="name or e-ID code prefix")
    level = serializers.ChoiceField(choices=Level.values, required=False)


@extend_schema(
    summary="Public directory of agencies",
    parameters=[AgencyQuerySerializer],
    responses={200: AgencySerializer(many=True), 400: ErrorSerializer},
)
class AgencyListView(generics.ListAPIView):
    serializer_class = AgencySerializer
    permission_classes = [AllowAny]
    authentication_classes: list = []

    def get_queryset(self):
        query = validated(AgencyQuerySerializer, self.request)
        agencies = Agency.objects.exclude(code=None).select_related("parent").order_by("path")
        if query.get("level"):
            agencies = agencies.filter(level=query["level"])
        return selectors.search(agencies, query.get("q", ""))[:500]
