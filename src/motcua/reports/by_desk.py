"""Form 06 by receiving desk (ND 118/2025 Art 14(2)): the same 13 columns, rows by the desk that received
each dossier (``Dossier.agency``) instead of the competent agency (``lead_agency``, what Form 06 counts). A
dossier of commune A received at commune B's centre counts at A in Form 06 and at B's centre here.

The viewer sees the desks inside their reporting scope (``form06.scope``: Perm.VIEW_REPORTS). Live
aggregate only (the monthly summaries are kept by competent agency); docs/reports.md.
"""

from __future__ import annotations

from motcua.dossiers.models import Dossier
from motcua.orgs.models import Agency

from . import form06


def report(user, period: form06.Period, request=None) -> form06.Report:
    """The 13 columns per receiving desk for ``period``; ``PermissionDenied`` (audited) without reports."""
    where = form06.scope(user, request)
    match = where.match("agency")
    qs = Dossier.objects.all() if match is None else Dossier.objects.filter(match)
    found = {row["key"]: form06.row_values(row) for row in form06.aggregate(qs, period, form06.id_key("agency_id"))}
    desks = Agency.objects.filter(pk__in=list(found)).order_by("path")
    rows = [form06.Row(str(desk.pk), desk.name, desk.name, found[desk.pk], code=desk.code or "") for desk in desks]
    return form06.Report(period, "desk", rows, form06.total(rows), form06.reporting_unit(where))
