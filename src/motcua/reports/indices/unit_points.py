"""Indices 5, 8 and 9, scored once per agency: listed procedures, petitions handled, online services and dossiers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from motcua.catalogue import selectors as catalogue
from motcua.catalogue.models import OnlineService
from motcua.dossiers.models import Channel, Dossier
from motcua.orgs.models import Agency, AgencyKind
from motcua.petitions.selectors import HandlingSummary

from .. import form06
from .rules import (
    DESK_TARGET,
    NAMES,
    ONLINE_DOSSIERS_ONE_POINT,
    ONLINE_DOSSIERS_TARGET,
    ONLINE_SERVICES_TARGET,
    PETITION_ONE_POINT,
)

# --- per-unit indices 5, 8, 9 -------------------------------------------------------------------


@dataclass
class Listed:
    """Procedures listed for an agency (in force on the period's last day)."""

    total: int = 0
    on_the_spot: int = 0
    at_desk: int = 0
    online: int = 0  # with a partial or full online service (≈ former level 3–4)

    def add(self, other: Listed) -> None:
        self.total += other.total
        self.on_the_spot += other.on_the_spot
        self.at_desk += other.at_desk
        self.online += other.online


def listed_counts(day: dt.date) -> dict[tuple[int | None, str], Listed]:
    """{(implementing agency pk or None, level): Listed} over the procedures in force on ``day``."""
    rows = (
        catalogue.in_force(day)
        .values_list("implementing_agency_id", "level")
        .annotate(
            n=Count("id"),
            spot=Count("id", filter=Q(on_the_spot=True)),
            desk=Count("id", filter=Q(at_desk=True)),
            online=Count("id", filter=~Q(online_service=OnlineService.NONE)),
        )
        .order_by()
    )
    return {(agency, level): Listed(n, spot, desk, online) for agency, level, n, spot, desk, online in rows}


def listed_for(agency: Agency, counts: dict[tuple[int | None, str], Listed]) -> Listed:
    """The agency's listed procedures: those it implements, plus those of its level with no named agency."""
    found = Listed()
    for (implementing, level), row in counts.items():
        if implementing == agency.pk or (implementing is None and level == agency.level):
            found.add(row)
    return found


def share(part: int, whole: int) -> Decimal | None:
    """part / whole in per cent, 2 decimals; None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class UnitPoint:
    """An index scored once per agency: the points, the rule that gave them and the facts used."""

    number: int
    points: int
    rule: str
    facts: dict[str, object]

    @property
    def score(self) -> Decimal:
        return Decimal(self.points)

    @property
    def name(self) -> str:
        return str(NAMES[self.number])

    def as_dict(self) -> dict:
        return {
            "score": str(self.score),
            "points": self.points,
            "rule": self.rule,
            "facts": {k: (str(v) if isinstance(v, Decimal) else v) for k, v in self.facts.items()},
        }


def index5(agency: Agency, listed: Listed) -> UnitPoint:
    target = DESK_TARGET.get(agency.level, Decimal(20))
    spot = share(listed.on_the_spot, listed.total)
    facts = {
        "level": agency.level,
        "listed": listed.total,
        "on_the_spot": listed.on_the_spot,
        "on_the_spot_share": spot,
        "target": target,
        "at_desk": listed.at_desk,
    }
    if not listed.total:
        return UnitPoint(5, 0, str(_("no procedure is listed for the agency: 0 points")), facts)
    if spot >= target:
        return UnitPoint(5, 2, str(_("fully handled at the desk for at least the target share: 2 points")), facts)
    if listed.at_desk == listed.total:
        return UnitPoint(5, 1, str(_("every listed procedure is received at the desk: 1 point")), facts)
    return UnitPoint(5, 0, str(_("some listed procedures are not received at the desk: 0 points")), facts)


def index8(summary: HandlingSummary) -> UnitPoint:
    due = summary.handled + summary.open_overdue
    rate = share(summary.handled_on_time, due)
    facts = {
        "received": summary.received,
        "handled": summary.handled,
        "handled_on_time": summary.handled_on_time,
        "open_overdue": summary.open_overdue,
        "on_time_share": rate,
    }
    if not due:
        return UnitPoint(8, 2, str(_("no petition was handled or overdue in the period: 2 points")), facts)
    if summary.handled_on_time == due:
        return UnitPoint(8, 2, str(_("every petition handled on time, none prolonged: 2 points")), facts)
    if rate >= PETITION_ONE_POINT:
        return UnitPoint(8, 1, str(_("at least 90 % handled on time: 1 point")), facts)
    return UnitPoint(8, 0, str(_("under 90 % handled on time: 0 points")), facts)


@dataclass
class OnlineDossiers:
    received: int = 0
    online: int = 0
    online_late: int = 0  # online dossiers resolved late in the period
    online_overdue: int = 0  # online dossiers in progress and overdue at the end of the period


def index9(listed: Listed, dossiers: OnlineDossiers) -> UnitPoint:
    services = share(listed.online, listed.total)
    online = share(dossiers.online, dossiers.received)
    facts = {
        "listed": listed.total,
        "online_services": listed.online,
        "online_services_share": services,
        "received": dossiers.received,
        "online_dossiers": dossiers.online,
        "online_share": online,
        "online_late": dossiers.online_late,
        "online_overdue": dossiers.online_overdue,
    }
    if online is None:
        return UnitPoint(9, 0, str(_("no dossier was received in the period: 0 points")), facts)
    timely = not dossiers.online_late and not dossiers.online_overdue
    if services is not None and services >= ONLINE_SERVICES_TARGET and online >= ONLINE_DOSSIERS_TARGET and timely:
        return UnitPoint(
            9,
            2,
            str(_("≥ 20 % online services, ≥ 30 % online dossiers, none late or overdue: 2 points")),
            facts,
        )
    if online >= ONLINE_DOSSIERS_ONE_POINT:
        return UnitPoint(9, 1, str(_("at least 15 % online dossiers: 1 point")), facts)
    return UnitPoint(9, 0, str(_("under 15 % online dossiers: 0 points")), facts)


def online_dossiers(dossiers: QuerySet[Dossier], period: form06.Period) -> dict[int, OnlineDossiers]:
    """{agency pk: OnlineDossiers} from Form 06 grouped by competent agency (columns 4, 5, 10, 13)."""
    found: dict[int, OnlineDossiers] = {}
    for row in form06.aggregate(dossiers, period, "lead_agency_id"):
        found[row["key"]] = OnlineDossiers(received=int(row["c4"]) + int(row["c5"]), online=int(row["c4"]))
    for row in form06.aggregate(dossiers.filter(channel=Channel.ONLINE), period, "lead_agency_id"):
        entry = found.setdefault(row["key"], OnlineDossiers())
        entry.online_late, entry.online_overdue = int(row["c10"]), int(row["c13"])
    return found


def petition_agencies(agency: Agency, units: list[tuple[int, str]] | None = None) -> list[int]:
    """The agency and its internal units (kind “unit”) — whose petitions count for index 8.

    ``units``: (pk, path) of every internal unit, when the caller has them (one query for all agencies).
    """
    if units is None:
        units = list(
            Agency.objects.filter(path__startswith=agency.path, kind=AgencyKind.UNIT).values_list("pk", "path")
        )
    return [agency.pk, *(pk for pk, path in units if pk != agency.pk and path.startswith(agency.path))]
