"""Form 06 by receiving desk (ND 118/2025 Art 14(2)): the same 13 columns, rows by the desk that received
each dossier (``Dossier.agency``) instead of the competent agency (``lead_agency``, what Form 06 counts). A
dossier of commune A received at commune B's centre counts at A in Form 06 and at B's centre here.

The viewer sees the desks inside their reporting scope (``form06.scope``: Perm.VIEW_REPORTS). Live
aggregate only (the monthly summaries are kept by competent agency); docs/reports.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q

from motcua.dossiers.models import Dossier
from motcua.orgs.models import Agency

from . import form06
from .columns import KEYS


@dataclass
class DeskRow:
    key: str
    label: str
    code: str = ""
    values: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KEYS, 0))


@dataclass
class DeskReport:
    period: form06.Period
    rows: list[DeskRow]
    total: DeskRow


def _desks_of(scope: form06.Scope) -> Q | None:
    if scope.whole_province:
        return None
    match = Q(agency_id__in=scope.predecessors) if scope.predecessors else Q(pk__in=[])
    for root in scope.roots:
        match |= Q(agency__path__startswith=root.path)
    return match


def report(user, period: form06.Period, request=None) -> DeskReport:
    """The 13 columns per receiving desk for ``period``; ``PermissionDenied`` (audited) without reports."""
    scope = form06.scope(user, request)
    qs = Dossier.objects.all()
    match = _desks_of(scope)
    if match is not None:
        qs = qs.filter(match)
    found = {row["key"]: row for row in form06.aggregate(qs, period, "agency_id")}
    agencies = Agency.objects.in_bulk([key for key in found if key is not None])
    rows, total = [], DeskRow("total", "")
    for key, counts in sorted(found.items(), key=lambda item: agencies[item[0]].path):
        values = {name: counts[name] for name in KEYS}
        if not values["c3"]:
            continue
        desk = agencies[key]
        rows.append(DeskRow(str(key), desk.name, desk.code or "", values))
        for name in KEYS:
            total.values[name] += values[name]
    return DeskReport(period, rows, total)
