"""The report: one row per competent agency (nine indices, a grade) and per officer (indices 1, 2, 3, 4, 7, a band)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import QuerySet

from motcua.dossiers.models import Dossier
from motcua.orgs.models import Agency, AgencyKind
from motcua.petitions.selectors import handling_summary

from .. import figures, form06
from .rules import ALL_INDICES, DOSSIER_INDICES, STAFF_INDICES, UNIT_INDICES, staff_band, unit_grade
from .scores import Tally, officer_tallies, unit_tallies
from .unit_points import (
    OnlineDossiers,
    UnitPoint,
    index5,
    index8,
    index9,
    listed_counts,
    listed_for,
    online_dossiers,
    petition_agencies,
)

# --- the report ---------------------------------------------------------------------------------


@dataclass
class UnitRow:
    agency: Agency
    dossiers: int
    tallies: dict[int, Tally]
    unit_points: dict[int, UnitPoint]

    def score(self, number: int) -> Decimal | None:
        if number in self.unit_points:
            return self.unit_points[number].score
        return self.tallies[number].score

    @property
    def scores(self) -> list[tuple[int, Decimal | None]]:
        return [(n, self.score(n)) for n in ALL_INDICES]

    @property
    def total(self) -> Decimal:
        """Σ of the nine index scores (each already rounded to one decimal)."""
        return sum((self.score(n) or Decimal(0) for n in ALL_INDICES), Decimal(0))

    @property
    def grade(self) -> tuple[str, str]:
        return unit_grade(self.total)

    def as_dict(self) -> dict:
        indices = {str(n): self.tallies[n].as_dict() for n in DOSSIER_INDICES}
        indices |= {str(n): self.unit_points[n].as_dict() for n in UNIT_INDICES}
        code, label = self.grade
        return {
            "agency": {
                "id": self.agency.pk,
                "name": self.agency.name,
                "code": self.agency.code or "",
                "level": self.agency.level,
            },
            "dossiers": self.dossiers,
            "indices": dict(sorted(indices.items(), key=lambda kv: int(kv[0]))),
            "total": str(self.total),
            "grade": code,
            "grade_label": label,
        }


@dataclass
class OfficerRow:
    officer_id: int
    name: str
    dossiers: int
    tallies: dict[int, Tally]

    @property
    def total(self) -> Decimal:
        return sum((self.tallies[n].score or Decimal(0) for n in STAFF_INDICES), Decimal(0))

    @property
    def band(self) -> tuple[str, str]:
        return staff_band(self.total)

    def as_dict(self) -> dict:
        code, label = self.band
        return {
            "officer": {"id": self.officer_id, "name": self.name},
            "dossiers": self.dossiers,
            "indices": {str(n): self.tallies[n].as_dict() for n in STAFF_INDICES},
            "total": str(self.total),
            "band": code,
            "band_label": label,
        }


@dataclass
class Report:
    period: form06.Period
    scope_label: str
    units: list[UnitRow] = field(default_factory=list)
    officers: list[OfficerRow] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "scope": self.scope_label,
            "units": [row.as_dict() for row in self.units],
            "officers": [row.as_dict() for row in self.officers],
        }


def decided(dossiers: QuerySet[Dossier], period: form06.Period) -> QuerySet[Dossier]:
    """The dossiers that count: decided in the period (``figures.resolved``)."""
    return figures.resolved(dossiers, period)


def unit_rows(dossiers: QuerySet[Dossier], period: form06.Period) -> list[UnitRow]:
    """One row per competent agency with at least one dossier decided in the period."""
    tallies = unit_tallies(decided(dossiers, period), period)
    if not tallies:
        return []
    agencies = Agency.objects.in_bulk(list(tallies))
    counts = listed_counts(period.end)
    online = online_dossiers(dossiers.filter(lead_agency_id__in=list(tallies)), period)
    units = list(Agency.objects.filter(kind=AgencyKind.UNIT).values_list("pk", "path"))
    rows = []
    for pk, (count, found) in tallies.items():
        agency = agencies[pk]
        listed = listed_for(agency, counts)
        points = {
            5: index5(agency, listed),
            8: index8(handling_summary(petition_agencies(agency, units), period.start, period.end)),
            9: index9(listed, online.get(pk, OnlineDossiers())),
        }
        rows.append(UnitRow(agency, count, found, points))
    return sorted(rows, key=lambda row: row.agency.path)


def officer_rows(dossiers: QuerySet[Dossier], period: form06.Period) -> list[OfficerRow]:
    from django.contrib.auth import get_user_model

    tallies = officer_tallies(decided(dossiers, period), period)
    users = get_user_model().objects.in_bulk(list(tallies))
    rows = [
        OfficerRow(pk, (users[pk].get_full_name() or users[pk].get_username()) if pk in users else "", count, found)
        for pk, (count, found) in tallies.items()
    ]
    return sorted(rows, key=lambda row: (row.name, row.officer_id))


def report(dossiers: QuerySet[Dossier], period: form06.Period, scope_label: str = "") -> Report:
    """The nine indices per agency and indices 1, 2, 3, 4, 7 per officer, for the dossiers given."""
    return Report(period, scope_label, unit_rows(dossiers, period), officer_rows(dossiers, period))


def unit_report(agency: Agency, dossiers: QuerySet[Dossier], period: form06.Period) -> UnitRow | None:
    """The row of one agency (its own dossiers: competent agency = ``agency``), or None without dossiers."""
    rows = unit_rows(dossiers.filter(lead_agency=agency), period)
    return rows[0] if rows else None
