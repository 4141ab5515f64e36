"""The share of digitised dossiers and results per agency (ND 118 Art 17(1)(c); QĐ 766 group 4).

Dossiers are the receiving desk's work: per desk (``Dossier.agency``), the dossiers received in the
period, those filed online (already electronic), those received on paper whose e-copies the desk
confirmed (``digitised_at``), and the share digitised = (online + confirmed) / received — the rule of
indicator 4.2 (``index766._digitised``). Results are the competent agency's work: per competent agency
(``lead_agency``), the approved dossiers decided in the period whose result is a document, and those
whose result is kept as an e-copy (the electronic result, or the scan of a paper one) — indicator 4.1.
Two aggregations in SQL, merged by agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, QuerySet

from motcua.dossiers.models import Channel, Dossier
from motcua.orgs.models import Agency

from . import form06, index766


@dataclass
class Row:
    agency: Agency
    received: int = 0
    online: int = 0
    confirmed: int = 0
    results: int = 0
    results_digitised: int = 0

    @property
    def paper(self) -> int:
        return self.received - self.online

    @property
    def digitised(self) -> int:
        return self.online + self.confirmed

    @property
    def share(self) -> Decimal | None:
        return index766.rate(self.digitised, self.received)

    @property
    def results_share(self) -> Decimal | None:
        return index766.rate(self.results_digitised, self.results)


def by_agency(dossiers: QuerySet[Dossier], period: form06.Period) -> list[Row]:
    """One row per agency with dossiers received or results decided in the period, in tree order."""
    received = (
        dossiers.filter(received_at__gte=period.begins, received_at__lt=period.ends)
        .values("agency")
        .annotate(
            n=Count("pk"),
            online=Count("pk", filter=Q(channel=Channel.ONLINE)),
            confirmed=Count("pk", filter=~Q(channel=Channel.ONLINE) & Q(digitised_at__isnull=False)),
        )
        .order_by()
    )
    sets = index766.dossier_sets(dossiers, period)
    results_qs, has_ecopy = sets["4.1"]
    results = (
        results_qs.values("lead_agency").annotate(n=Count("pk"), digitised=Count("pk", filter=has_ecopy)).order_by()
    )
    rows: dict[int, Row] = {}
    received, results = list(received), list(results)
    agencies = Agency.objects.in_bulk({r["agency"] for r in received} | {r["lead_agency"] for r in results})
    for r in received:
        row = rows.setdefault(r["agency"], Row(agencies[r["agency"]]))
        row.received, row.online, row.confirmed = r["n"], r["online"], r["confirmed"]
    for r in results:
        row = rows.setdefault(r["lead_agency"], Row(agencies[r["lead_agency"]]))
        row.results, row.results_digitised = r["n"], r["digitised"]
    return sorted(rows.values(), key=lambda row: row.agency.path)


def total(rows: list[Row]) -> Row:
    """The sum of the rows (the agency is None)."""
    out = Row(None)
    for row in rows:
        out.received += row.received
        out.online += row.online
        out.confirmed += row.confirmed
        out.results += row.results
        out.results_digitised += row.results_digitised
    return out
