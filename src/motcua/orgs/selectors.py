"""Read queries of the organisation tree."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from motcua.core.text import fold

from .models import Agency, StaffRole


def top_agency() -> Agency | None:
    """The province (root of the tree)."""
    return Agency.objects.filter(parent__isnull=True).order_by("path").first()


def search(agencies: QuerySet[Agency], q: str) -> QuerySet[Agency]:
    """Filter by code or name; the name match ignores case (accent folding comes with the catalogue)."""
    q = (q or "").strip()
    if not q:
        return agencies
    return agencies.filter(Q(code__istartswith=q) | Q(name__icontains=q) | Q(name__icontains=fold(q)))


def children(agency: Agency) -> QuerySet[Agency]:
    return agency.children.order_by("kind", "name")


def staff_roles_in(agencies: QuerySet[Agency]) -> QuerySet[StaffRole]:
    return (
        StaffRole.objects.filter(agency__in=agencies)
        .select_related("user", "agency")
        .order_by("agency__path", "user__username", "role")
    )
