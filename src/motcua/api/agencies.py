"""Public directory of agencies: names, e-ID codes, levels and addresses (no personal data)."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.permissions import AllowAny

from motcua.orgs import selectors
from motcua.orgs.models import Agency


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


@extend_schema(
    summary="Public directory of agencies",
    parameters=[
        OpenApiParameter("q", str, description="name or e-ID code prefix"),
        OpenApiParameter("level", str, enum=["province", "district", "commune"]),
    ],
)
class AgencyListView(generics.ListAPIView):
    serializer_class = AgencySerializer
    permission_classes = [AllowAny]
    authentication_classes: list = []

    def get_queryset(self):
        agencies = Agency.objects.exclude(code=None).select_related("parent").order_by("path")
        level = self.request.query_params.get("level")
        if level:
            agencies = agencies.filter(level=level)
        return selectors.search(agencies, self.request.query_params.get("q", ""))[:500]
