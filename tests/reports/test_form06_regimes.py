"""Form 06 over a period straddling 1 July 2025: each dossier under its own regime.

The report's definition (Biểu số 06/VPCP/KSTT, TT 01/2020) is the same in both regimes (docs/legal/regime-2025.md),
so the counts do not depend on the regime: a 2018 dossier asked twice to supplement and a 2025 dossier asked
once are counted by the same columns.
"""

import datetime as dt

import pytest

from motcua.dossiers import regime, services
from motcua.orgs.permissions import Role
from motcua.reports import form06

from ..catalogue.factories import content, publish, sector
from ..dossiers.conftest import PROCESS
from .conftest import at, numbers, only, pdf, receive, to_appraisal

ITEMS = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]
STRADDLING = form06.Period(dt.date(2025, 6, 15), dt.date(2025, 7, 14))


@pytest.fixture
def procedure_2025(tree):
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000489", "new", data)], day=dt.date(2025, 1, 2))


def _supplement(officials, dossier, first):
    specialist, desk = officials[Role.SPECIALIST], officials[Role.DESK_OFFICER]
    dossier = services.request_supplement(dossier, user=specialist, items=ITEMS, at=first)
    return services.resubmit(dossier, user=desk, at=first + dt.timedelta(days=1))


def test_a_period_straddling_1_july_2025_counts_each_dossier_under_its_own_regime(officials, tree, procedure_2025):
    viewer = officials[Role.PROVINCE_ADMIN]
    june = to_appraisal(officials, receive(officials, tree, procedure_2025, at(2025, 6, 30, 9, 0)), at(2025, 6, 30, 10))
    june = _supplement(officials, june, at(2025, 7, 1, 9, 0))
    june = _supplement(officials, june, at(2025, 7, 3, 9, 0))  # 2018 rules: allowed (the agency's fault)
    july = to_appraisal(officials, receive(officials, tree, procedure_2025, at(2025, 7, 1, 9, 0)), at(2025, 7, 1, 10))
    july = _supplement(officials, july, at(2025, 7, 2, 9, 0))
    assert (regime.of(june).name, june.supplement_requests) == ("2018", 2)
    assert (regime.of(july).name, july.supplement_requests) == ("2025", 1)
    # each decided on the day after its restart: the limit counts again from the complete supplement
    for dossier in (june, july):
        dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2025, 7, 7, 9, 0))
        services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2025, 7, 7, 9, 0))
    assert only(numbers(viewer, STRADDLING)) == {"c3": 2, "c5": 2, "c7": 2, "c8": 2}
    # the halves add up: nothing is counted twice or lost at the change date
    before = form06.Period(dt.date(2025, 6, 15), dt.date(2025, 6, 30))
    after = form06.Period(dt.date(2025, 7, 1), dt.date(2025, 7, 14))
    assert only(numbers(viewer, before)) == {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    assert only(numbers(viewer, after)) == {"c3": 2, "c5": 1, "c6": 1, "c7": 2, "c8": 2}
    assert regime.REGIMES["2018"].report == regime.REGIMES["2025"].report
