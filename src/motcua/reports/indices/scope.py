"""The viewer's reporting scope: which dossiers a report covers and whose petitions count."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from motcua.dossiers.models import Dossier
from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm

from .. import form06

# --- the viewer's scope -----------------------------------------------------------------------


@dataclass
class Where:
    """What a report covers: the dossiers, a label, and the agencies whose petitions count (None: all)."""

    dossiers: QuerySet[Dossier]
    label: str
    petition_agencies: list[int] | None
    agency: Agency | None = None


def where(user, agency: Agency | None = None, request=None) -> Where:
    """The viewer's reporting scope (Perm.VIEW_REPORTS), narrowed to ``agency``'s subtree when given.

    ``PermissionDenied`` (audited) for viewers without the permission, or when ``agency`` lies outside
    their jurisdiction.
    """
    scope = form06.scope(user, request)
    if agency is not None:
        permissions.require(user, Perm.VIEW_REPORTS, agency, request=request)
        subtree = Agency.objects.filter(path__startswith=agency.path)
        return Where(
            Dossier.objects.filter(lead_agency__path__startswith=agency.path),
            agency.name,
            list(subtree.values_list("pk", flat=True)),
            agency,
        )
    label = ", ".join(root.name for root in scope.roots)
    if scope.whole_province:
        return Where(scope.dossiers(), label, None)
    match = Q(pk__in=[])
    for root in scope.roots:
        match |= Q(path__startswith=root.path)
    return Where(scope.dossiers(), label, list(Agency.objects.filter(match).values_list("pk", flat=True)))
