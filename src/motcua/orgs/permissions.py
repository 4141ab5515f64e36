"""The one permission module: role × jurisdiction (the agency subtree).

A staff member holds roles in agencies (``StaffRole``); a role grants a fixed set of permissions
and applies to the agency where it is held and everything below it. Citizens, businesses and
inactive accounts hold no staff permission. Every refusal made through :func:`require` is
written to the audit log.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import models

from .roles import Role

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from .models import Agency


class Perm(StrEnum):
    VIEW_ORG = "org.view"
    MANAGE_ORG = "org.manage"
    MANAGE_STAFF = "staff.manage"
    VIEW_DOSSIER = "dossier.view"
    RECEIVE_DOSSIER = "dossier.receive"
    PROCESS_DOSSIER = "dossier.process"
    ASSIGN_DOSSIER = "dossier.assign"
    APPROVE_DOSSIER = "dossier.approve"
    RETURN_RESULT = "dossier.return"
    MANAGE_CATALOGUE = "catalogue.manage"
    MANAGE_CALENDAR = "calendar.manage"
    VIEW_REPORTS = "report.view"
    VIEW_AUDIT = "audit.view"
    EXPORT_AUDIT = "audit.export"
    VIEW_PETITION = "petition.view"  # phản ánh, kiến nghị: read, with the petitioner's personal data
    HANDLE_PETITION = "petition.handle"  # record, accept, reject, forward, answer, publish


_READ = {Perm.VIEW_ORG, Perm.VIEW_DOSSIER}
_PETITIONS = {Perm.VIEW_PETITION, Perm.HANDLE_PETITION}
ROLE_PERMS: dict[str, frozenset[Perm]] = {
    Role.DESK_OFFICER: frozenset(_READ | _PETITIONS | {Perm.RECEIVE_DOSSIER, Perm.RETURN_RESULT}),
    Role.SPECIALIST: frozenset(_READ | _PETITIONS | {Perm.PROCESS_DOSSIER}),
    Role.UNIT_HEAD: frozenset(_READ | _PETITIONS | {Perm.PROCESS_DOSSIER, Perm.ASSIGN_DOSSIER, Perm.VIEW_REPORTS}),
    Role.AGENCY_LEADER: frozenset(_READ | _PETITIONS | {Perm.ASSIGN_DOSSIER, Perm.APPROVE_DOSSIER, Perm.VIEW_REPORTS}),
    Role.AGENCY_ADMIN: frozenset(
        {
            Perm.VIEW_ORG,
            Perm.MANAGE_ORG,
            Perm.MANAGE_STAFF,
            Perm.MANAGE_CATALOGUE,
            Perm.VIEW_REPORTS,
            *_PETITIONS,
        }
    ),
    # The province administrator sees everything and may reassign a step, but never does an official's
    # work in their place: receiving, processing, approving and returning belong to the named roles.
    Role.PROVINCE_ADMIN: frozenset(Perm)
    - {Perm.RECEIVE_DOSSIER, Perm.PROCESS_DOSSIER, Perm.APPROVE_DOSSIER, Perm.RETURN_RESULT},
    Role.INSPECTOR: frozenset(_READ | {Perm.VIEW_REPORTS, Perm.VIEW_AUDIT, Perm.VIEW_PETITION}),
}


def _roles(user) -> list:
    """The user's staff roles with their agencies, cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    if getattr(user, "account_type", None) != "staff":
        return []
    cached = getattr(user, "_motcua_roles", None)
    if cached is None:
        cached = list(user.staff_roles.select_related("agency"))
        user._motcua_roles = cached
    return cached


def roots(user, perm: Perm) -> list[Agency]:
    """The agencies at the top of the user's jurisdiction for ``perm``."""
    return [r.agency for r in _roles(user) if perm in ROLE_PERMS.get(r.role, ())]


def has_perm(user, perm: Perm) -> bool:
    """True when the user holds ``perm`` somewhere (or is a superuser)."""
    return bool(getattr(user, "is_superuser", False) and user.is_active) or bool(roots(user, perm))


def can(user, perm: Perm, agency: Agency | None) -> bool:
    """True when ``user`` may do ``perm`` on ``agency`` (an agency, unit or the object's owner)."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    if agency is None:
        return False
    return any(agency.is_within(root) for root in roots(user, perm))


def require(user, perm: Perm, agency: Agency | None, request=None) -> None:
    """Raise ``PermissionDenied`` (and audit the refusal) unless ``can(user, perm, agency)``."""
    if can(user, perm, agency):
        return
    from motcua.audit import services as audit

    audit.record_denial(user, perm=str(perm), target=agency, request=request)
    raise PermissionDenied(f"{perm} refused on {agency!r}")


def jurisdiction(user, perm: Perm) -> QuerySet[Agency]:
    """All agencies where ``user`` may do ``perm``: one indexed prefix query per root."""
    from .models import Agency

    if getattr(user, "is_superuser", False) and user.is_active:
        return Agency.objects.all()
    query = models.Q(pk__in=[])
    for root in roots(user, perm):
        query |= models.Q(path__startswith=root.path)
    return Agency.objects.filter(query)
