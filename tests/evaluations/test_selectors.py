"""Aggregates per agency, unit and officer over a period, within the viewer's jurisdiction — numbers checked exactly."""

import datetime as dt

from motcua.evaluations import selectors
from motcua.orgs.permissions import Role


def test_totals_and_rows_per_agency(rated, officials):
    everything = selectors.visible(officials[Role.PROVINCE_ADMIN])
    totals = selectors.totals(everything)
    assert (totals["total"], totals["very_satisfied"], totals["satisfied"], totals["not_satisfied"]) == (4, 2, 1, 1)
    assert totals["share_satisfied"] == 75.0
    assert totals["criteria"]["time"] == {"earlier": 1, "on_time": 1, "later": 1}
    assert totals["criteria"]["attitude"] == {"polite": 2, "not_polite": 1}
    assert totals["criteria"]["bodies"] == {}
    rows = {row["name"]: row for row in selectors.summary(everything, "agency")}
    assert set(rows) == {"Sở Tư pháp", "Sở Xây dựng"}
    justice = rows["Sở Tư pháp"]
    assert (justice["total"], justice["very_satisfied"], justice["satisfied"], justice["not_satisfied"]) == (3, 1, 1, 1)
    assert justice["share_satisfied"] == 66.7
    assert justice["criteria"]["attitude"] == {"polite": 2, "not_polite": 1}
    assert rows["Sở Xây dựng"]["total"] == 1 and rows["Sở Xây dựng"]["share_satisfied"] == 100.0


def test_rows_per_officer_and_period(rated, officials):
    everything = selectors.visible(officials[Role.PROVINCE_ADMIN])
    march = selectors.in_period(everything, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    officers = {row["name"]: row for row in selectors.summary(march, "officer")}
    assert set(officers) == {"leader", "leader2"}
    assert (officers["leader"]["total"], officers["leader"]["share_satisfied"]) == (2, 100.0)
    assert (
        officers["leader2"]["total"],
        officers["leader2"]["not_satisfied"],
        officers["leader2"]["share_satisfied"],
    ) == (
        1,
        1,
        0.0,
    )
    assert selectors.in_period(everything, dt.date(2026, 3, 13), dt.date(2026, 3, 13)).count() == 1
    assert selectors.in_period(everything, start=dt.date(2026, 4, 1)).count() == 1


def test_jurisdiction(rated, officials, other_official, citizen, tree):
    assert selectors.visible(officials[Role.AGENCY_LEADER]).count() == 3  # Sở Tư pháp only
    assert selectors.visible(officials[Role.SPECIALIST]).count() == 0  # a unit below: the agency decided
    assert selectors.visible(rated["xd_desk"]).count() == 1
    assert selectors.visible(officials[Role.INSPECTOR]).count() == 4
    assert selectors.visible(other_official).count() == 0  # an agency administrator has no dossier view
    assert selectors.visible(citizen).count() == 0
    unit_only = selectors.of_agency(selectors.visible(officials[Role.PROVINCE_ADMIN]), tree.construction)
    assert unit_only.count() == 1
