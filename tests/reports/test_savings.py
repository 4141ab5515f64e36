"""Time-cut savings: which dossiers count, days saved and money, to the đồng (docs/figures.md)."""

import datetime as dt
from decimal import Decimal

from django.test import override_settings

from motcua.dossiers import services
from motcua.orgs.permissions import Role
from motcua.reports import form06, savings
from motcua.reports.models import CitizenDayCost

from ..catalogue.factories import content, publish
from .conftest import MARCH, at, decide, receive


def _dossiers(officials):
    return form06.scope(officials[Role.PROVINCE_ADMIN]).dossiers()


def _walk(officials, tree, procedure):
    """2.000488 (statutory 4, committed 3 working days): one early, one late, one withdrawn, one open."""
    early = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    decide(officials, early, at(2026, 3, 10, 15, 0))  # 2.44 working days
    late = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    decide(officials, late, at(2026, 3, 12, 8, 0))
    withdrawn = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    services.withdraw(withdrawn, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 9, 9, 0))
    receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    return early


def test_days_and_money_saved_under_the_cut_time(officials, tree, procedure):
    _walk(officials, tree, procedure)
    found = savings.savings(_dossiers(officials), MARCH)
    [row] = found.rows
    assert (row.code, row.statutory, row.committed, row.cut_per_dossier) == ("2.000488", 4, 3, 1)
    assert (row.resolved, row.under_cut) == (2, 1)
    assert row.planned_days == Decimal(1) and row.realised_days == Decimal("1.56")  # 4 − 2.44
    assert row.day_cost == savings.DEFAULT_DAY_COST_VND == 320_000
    assert (row.money, row.money_realised) == (320_000, 499_200)
    assert (found.under_cut, found.planned_days, found.money, found.money_realised) == (1, 1, 320_000, 499_200)


def test_the_value_of_a_day_comes_from_the_setting_or_the_procedure(officials, tree, procedure):
    _walk(officials, tree, procedure)
    with override_settings(MOTCUA_CITIZEN_DAY_COST_VND=341_000):
        assert savings.savings(_dossiers(officials), MARCH).money == 341_000
    CitizenDayCost.objects.create(procedure=procedure, amount_vnd=123_457, note="test")
    found = savings.savings(_dossiers(officials), MARCH)
    assert found.rows[0].day_cost == 123_457 and found.money == 123_457
    assert found.money_realised == 192_593  # 1.56 × 123,457 = 192,592.92


def test_procedures_without_a_cut_or_outside_the_period_do_not_count(officials, tree, procedure, on_the_spot_procedure):
    from .conftest import applicant, components, pdf

    services.resolve_on_the_spot(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=on_the_spot_procedure,
        applicant=applicant(),
        components=components(),
        result_file=pdf(),
        at=at(2026, 3, 3, 9, 0),
    )  # statutory 1 = committed 1: no cut
    february = receive(officials, tree, procedure, at(2026, 2, 20, 9, 0))
    decide(officials, february, at(2026, 2, 24, 9, 0))  # decided in February
    found = savings.savings(_dossiers(officials), MARCH)
    assert found.rows == [] and found.money == 0 and found.under_cut == 0


def test_half_days_and_hours_are_compared_in_working_days(officials, tree, procedure):
    hours = content(
        name="Cấp bản sao trích lục",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "16", "unit": "working_hours"},
        committed={"amount": "1.5", "unit": "working_days"},
        processes=[
            {
                "case": None,
                "steps": [
                    {"name": "Tiếp nhận", "actor": "desk_officer", "budget": "0.5"},
                    {"name": "Phê duyệt", "actor": "agency_leader", "budget": "1"},
                ],
            }
        ],
    )
    other = publish(tree.justice, [("2.000999", "new", hours)], day=dt.date(2026, 1, 5))
    dossier = receive(officials, tree, other, at(2026, 3, 2, 8, 0))
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 2, 9, 0))
    from .conftest import pdf

    services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 2, 16, 0))
    [row] = savings.savings(_dossiers(officials), MARCH).rows
    assert (row.statutory, row.committed, row.under_cut, row.planned_days) == (2, Decimal("1.5"), 1, Decimal("0.5"))
    assert row.money == 160_000


def test_only_the_viewers_subtree(officials, tree, procedure):
    from ..conftest import make_staff

    _walk(officials, tree, procedure)
    other = make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)
    assert savings.savings(form06.scope(other).dossiers(), MARCH).under_cut == 0
    assert savings.savings(form06.scope(officials[Role.AGENCY_LEADER]).dossiers(), MARCH).under_cut == 1


def test_the_default_reproduces_the_articles_order_of_magnitude():
    # 13,791 dossiers with a 30% cut of an average statutory limit of 4.3 working days (1.29 days each)
    per_dossier = Decimal("4.3") * Decimal("0.3")
    money = savings.vnd(13_791 * per_dossier * savings.DEFAULT_DAY_COST_VND)
    assert abs(money - 5_690_000_000) < 0.01 * 5_690_000_000


def test_dossiers_without_the_stored_days_are_computed_the_same_way(officials, tree, procedure):
    from motcua.dossiers.models import Dossier

    _walk(officials, tree, procedure)
    stored = savings.savings(_dossiers(officials), MARCH)
    Dossier.objects.update(days_taken=None)  # decided before the column existed
    computed = savings.savings(_dossiers(officials), MARCH)
    assert computed == stored and computed.rows[0].realised_days == Decimal("1.56")


def test_special_cases_use_their_own_limits_and_odd_hours_are_rounded_per_dossier(officials, tree, procedure):
    from motcua.dossiers.models import Dossier

    from .conftest import row

    steps = [
        {"name": "Tiếp nhận", "actor": "desk_officer", "budget": "1"},
        {"name": "Phê duyệt", "actor": "agency_leader", "budget": "2"},
    ]
    data = content(
        name="Thủ tục có trường hợp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "5", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        cases=[
            {
                "key": "gap",
                "name": "Gấp",
                "statutory": {"amount": "13", "unit": "working_hours"},  # 1.625 working days
                "committed": {"amount": "1", "unit": "working_days"},
            }
        ],
        processes=[
            {"case": None, "steps": steps},
            {"case": "gap", "steps": [{"name": "Phê duyệt", "actor": "agency_leader", "budget": "1"}]},
        ],
    )
    other = publish(tree.justice, [("2.000998", "new", data)], day=dt.date(2026, 1, 5))

    def decided(case, days, verdict="on_time"):
        return row(
            other,
            tree.justice,
            case=case,
            status="returned",
            received_at=at(2026, 3, 2, 8, 0),
            finished_at=at(2026, 3, 9, 8, 0),
            verdict=verdict,
            days_taken=Decimal(days),
        )

    decided("", "2.50")  # normal case: 5 − 2.5 = 2.5
    decided("", "6.00", "late")  # late: nothing saved
    decided("gap", "0.51")  # 1.625 − 0.51 = 1.115 → 1.12 (to the hundredth, per dossier)
    decided("gap", "0.53")  # 1.095 → 1.10 (half even, as the per-dossier path rounds)
    [row_] = savings.savings(_dossiers(officials), MARCH).rows
    assert (row_.code, row_.resolved, row_.under_cut) == ("2.000998", 4, 3)
    assert row_.planned_days == Decimal(2) + 2 * Decimal("0.625")
    expected = Decimal("2.50") + Decimal("1.115").quantize(Decimal("0.01")) + Decimal("1.095").quantize(Decimal("0.01"))
    assert row_.realised_days == expected
    Dossier.objects.filter(procedure=other).update(days_taken=None)  # the calendar path gives the same shape
    assert savings.savings(_dossiers(officials), MARCH).rows[0].under_cut == 3
