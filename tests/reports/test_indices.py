"""The nine indices of Circular 01/2018 on dossiers walked through the real services (docs/indices.md)."""

import datetime as dt
from decimal import Decimal

import pytest

from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.orgs.models import Level
from motcua.orgs.permissions import Role
from motcua.reports import form06, indices
from motcua.reports.indices import Listed, OnlineDossiers, Tally

from ..catalogue.factories import content, publish, sector
from ..dossiers.conftest import PROCESS
from .conftest import MARCH, at, on_the_spot_procedure, pdf, procedure  # noqa: F401
from .conftest_indices import decided_on, online_decided, petition, rate, received, walk


def scores(dossier) -> dict[int, int]:
    return indices.dossier_scores(Dossier.objects.filter(pk=dossier.pk))[dossier.pk]


def python_scores(dossier) -> dict[int, int]:
    return {item.number: item.points for item in indices.dossier_breakdown(Dossier.objects.get(pk=dossier.pk))}


def agree(*dossiers):
    """The SQL rules and the Python breakdown give the same points."""
    for dossier in dossiers:
        assert scores(dossier) == python_scores(dossier), dossier


# --- per dossier --------------------------------------------------------------------------------


def test_indices_1_2_7_follow_the_verdicts(officials, tree, procedure):  # noqa: F811
    early = decided_on(officials, tree, procedure, 3)
    on_time = decided_on(officials, tree, procedure, 5)  # the appointment is Thursday 5 March
    late = decided_on(officials, tree, procedure, 9)
    assert (early.verdict, on_time.verdict, late.verdict) == ("early", "on_time", "late")
    assert scores(early) == {1: 2, 2: 2, 3: 2, 4: 2, 6: 2, 7: 2}
    assert scores(on_time) == {1: 1, 2: 1, 3: 2, 4: 2, 6: 2, 7: 1}
    assert scores(late) == {1: 0, 2: 0, 3: 2, 4: 2, 6: 2, 7: 0}
    agree(early, on_time, late)


def test_index_2_takes_the_worst_step_and_officers_their_own_steps(officials, tree, procedure):  # noqa: F811
    dossier = received(officials, tree, procedure)  # the desk's step is due on Tuesday 3 March
    late_desk = at(2026, 3, 4, 9, 0)
    dossier = walk(officials, dossier, (late_desk, late_desk, late_desk, at(2026, 3, 4, 10, 0)))
    assert dossier.verdict == "early"
    verdicts = dict(dossier.steps.values_list("seq", "verdict"))
    assert verdicts[1] == "late" and verdicts[3] == "early"
    assert scores(dossier)[1] == 2 and scores(dossier)[2] == 0
    agree(dossier)
    officers = indices.officer_tallies(Dossier.objects.all())
    desk, specialist = officials[Role.DESK_OFFICER].pk, officials[Role.SPECIALIST].pk
    assert officers[desk][1][2].at2 == 0 and officers[desk][1][2].at1 == 0  # own step late: 0
    assert officers[specialist][1][2].at2 == 1  # own step early: 2
    assert officers[desk][1][1].at2 == officers[specialist][1][1].at2 == 1  # index 1 is the dossier's


def test_index_2_counts_the_inter_agency_step(officials, tree, procedure):  # noqa: F811
    from ..conftest import make_staff

    district_specialist = make_staff("bx.cv", tree.district, Role.SPECIALIST)
    dossier = received(officials, tree, procedure)
    moment = at(2026, 3, 2, 9, 0)
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=moment)
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=moment)
    dossier = services.send_to_agency(
        dossier, user=officials[Role.SPECIALIST], agency=tree.district, task="Xác nhận", budget="0.5", at=moment
    )
    dossier = services.forward(dossier, user=district_specialist, at=at(2026, 3, 4, 9, 0))  # due on the 2nd
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 4, 10, 0))
    dossier = services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 4, 11))
    step = dossier.steps.get(interagency=True)
    assert (step.verdict, dossier.verdict) == ("late", "early")
    assert scores(dossier)[2] == 0 and scores(dossier)[1] == 2
    agree(dossier)
    officers = indices.officer_tallies(Dossier.objects.all())
    assert officers[district_specialist.pk][1][2].at0 == 1  # the other agency's official: own step late
    assert officers[officials[Role.SPECIALIST].pk][1][2].at0 == 0


def _supplement(officials, dossier, when, back):
    dossier = services.request_supplement(
        dossier, user=officials[Role.SPECIALIST], items=[{"item": "Giấy chứng sinh", "reason": "Bản mờ"}], at=when
    )
    return services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=back)


def test_index_3_counts_supplement_requests_and_the_citizens_answer(officials, tree, procedure, settings):  # noqa: F811
    # a second request exists only under the 2018 regime (ND 118 Art 11 allows one): keep 2026 under it
    settings.MOTCUA_REGIME_2025_FROM = dt.date(2027, 1, 1)

    def with_requests(count):
        dossier = received(officials, tree, procedure)
        moment = at(2026, 3, 2, 9, 0)
        dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=moment)
        dossier = services.forward(
            dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=moment
        )
        for n in range(count):
            dossier = _supplement(officials, dossier, at(2026, 3, 2, 10 + n, 0), at(2026, 3, 2, 10 + n, 30))
        dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 3, 9, 0))
        return services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 3, 10))

    none, once, twice = with_requests(0), with_requests(1), with_requests(2)
    assert (once.supplement_requests, twice.supplement_requests) == (1, 2)
    assert [scores(d)[3] for d in (none, once, twice)] == [2, 1, 0]
    said_twice = decided_on(officials, tree, procedure, 3)
    rate(officials, said_twice, contacts="twice")
    said_more = decided_on(officials, tree, procedure, 3)
    rate(officials, said_more, contacts="more")
    said_once = with_requests(1)
    rate(officials, said_once, contacts="once")  # a better answer never raises the record's points
    assert [scores(d)[3] for d in (said_twice, said_more, said_once)] == [1, 0, 1]
    agree(none, once, twice, said_twice, said_more, said_once)


def test_index_4_is_decided_by_the_citizens_answer_on_bodies(officials, tree, procedure):  # noqa: F811
    found = []
    for answer in ("none", "one", "more", ""):
        dossier = decided_on(officials, tree, procedure, 3)
        if answer:
            rate(officials, dossier, bodies=answer)
        found.append(dossier)
    assert [scores(d)[4] for d in found] == [2, 1, 0, 2]
    agree(*found)


def test_index_6_publication_posted_at_the_desk_and_electronic(officials, tree, procedure):  # noqa: F811
    sector()
    elsewhere = publish(
        tree.justice,
        [
            (
                "2.000999",
                "new",
                content(
                    name="Thủ tục không qua một cửa",
                    level="province",
                    implementing_agency="H15.03",
                    at_desk=False,
                    statutory={"amount": "4", "unit": "working_days"},
                    committed={"amount": "3", "unit": "working_days"},
                    processes=[{"case": None, "steps": PROCESS}],
                ),
            )
        ],
        day=dt.date(2026, 1, 5),
    )
    posted = decided_on(officials, tree, procedure, 3)
    not_posted = decided_on(officials, tree, elsewhere, 3)
    assert (scores(posted)[6], scores(not_posted)[6]) == (2, 1)
    agree(posted, not_posted)


def test_index_7_a_verified_complaint_gives_nothing(officials, tree, procedure):  # noqa: F811
    rude = decided_on(officials, tree, procedure, 3)
    rate(officials, rude, attitude="not_polite")
    complained = decided_on(officials, tree, procedure, 3)
    petition(
        tree.justice,
        received=at(2026, 3, 10, 9, 0),
        due=at(2026, 3, 31, 17, 0),
        handled=at(2026, 3, 12, 9, 0),
        status="answered",
        kind="staff_conduct",
        dossier=complained,
    )
    pending = decided_on(officials, tree, procedure, 3)  # a complaint not yet answered is not verified
    petition(
        tree.justice,
        received=at(2026, 3, 10, 9, 0),
        due=at(2026, 3, 31, 17, 0),
        kind="staff_conduct",
        dossier=pending,
    )
    polite_late = decided_on(officials, tree, procedure, 9)
    rate(officials, polite_late, attitude="polite")
    assert [scores(d)[7] for d in (rude, complained, pending, polite_late)] == [0, 0, 2, 0]
    assert scores(rude)[1] == 2  # the time index is untouched
    agree(rude, complained, pending, polite_late)
    order = [pk for pk, _points in indices.lowest(Dossier.objects.all(), 3)]
    assert order == [polite_late.pk, rude.pk, complained.pk]  # 6, 10, 10 points; ties by id


# --- per unit: 5, 8, 9 ---------------------------------------------------------------------------


def test_index_5_desk_model_by_level(tree):
    province, commune = tree.justice, tree.commune
    assert indices.index5(province, Listed(10, 2, 10, 0)).points == 2  # 20 % at province
    assert indices.index5(province, Listed(10, 1, 10, 0)).points == 1  # every procedure at the desk
    assert indices.index5(province, Listed(10, 1, 9, 0)).points == 0
    assert indices.index5(tree.district, Listed(10, 5, 10, 0)).points == 2  # 50 % at district
    assert indices.index5(tree.district, Listed(10, 4, 10, 0)).points == 1
    assert indices.index5(commune, Listed(4, 4, 4, 0)).points == 2  # 100 % at commune
    assert indices.index5(commune, Listed(4, 3, 4, 0)).points == 1
    assert indices.index5(commune, Listed(0, 0, 0, 0)).points == 0
    assert indices.DESK_TARGET[Level.COMMUNE] == 100


def test_index_5_from_the_catalogue(officials, tree, procedure, on_the_spot_procedure):  # noqa: F811
    decided_on(officials, tree, procedure, 3)
    row = indices.report(Dossier.objects.all(), MARCH).units[0]
    assert row.agency == tree.justice
    facts = row.unit_points[5].facts
    assert (facts["listed"], facts["on_the_spot"], facts["at_desk"]) == (2, 1, 2)
    assert row.unit_points[5].points == 2  # 50 % ≥ 20 % at province


def _summary(**numbers):
    from motcua.petitions.selectors import HandlingSummary

    return HandlingSummary(**{"received": 0, "handled": 0, "handled_on_time": 0, "open_overdue": 0} | numbers)


def test_index_8_thresholds():
    assert indices.index8(_summary()).points == 2
    assert indices.index8(_summary(handled=10, handled_on_time=10)).points == 2
    assert indices.index8(_summary(handled=10, handled_on_time=10, open_overdue=1)).points == 1  # 90.91 %
    assert indices.index8(_summary(handled=10, handled_on_time=9)).points == 1
    assert indices.index8(_summary(handled=10, handled_on_time=8)).points == 0
    assert indices.index8(_summary(handled=1000, handled_on_time=899)).points == 0


def test_index_8_from_petitions(officials, tree, procedure):  # noqa: F811
    decided_on(officials, tree, procedure, 3)

    def index8():
        return indices.report(Dossier.objects.all(), MARCH).units[0].unit_points[8]

    assert index8().points == 2  # none
    for day in range(2, 11):  # nine handled on time
        petition(
            tree.justice_unit,
            received=at(2026, 3, day, 9, 0),
            due=at(2026, 3, day + 10, 17, 0),
            handled=at(2026, 3, day + 1, 9, 0),
            status="answered",
        )
    assert index8().points == 2
    petition(
        tree.justice,
        received=at(2026, 3, 2, 9, 0),
        due=at(2026, 3, 5, 17, 0),
        handled=at(2026, 3, 9, 9, 0),
        status="answered",
    )  # one handled late: 9 / 10 = 90 %
    found = index8()
    assert (found.points, found.facts["handled"], found.facts["handled_on_time"]) == (1, 10, 9)
    petition(tree.justice, received=at(2026, 3, 2, 9, 0), due=at(2026, 3, 6, 17, 0))  # still open, overdue
    assert index8().points == 0  # 9 / 11
    petition(tree.construction, received=at(2026, 3, 2, 9, 0), due=at(2026, 3, 6, 17, 0))  # another agency's
    assert index8().facts["open_overdue"] == 1


def test_index_9_thresholds():
    services_ok = Listed(10, 0, 10, 2)
    assert indices.index9(services_ok, OnlineDossiers(10, 3, 0, 0)).points == 2
    assert indices.index9(services_ok, OnlineDossiers(10, 3, 1, 0)).points == 1  # a late online dossier
    assert indices.index9(services_ok, OnlineDossiers(10, 3, 0, 1)).points == 1  # an overdue one
    assert indices.index9(Listed(10, 0, 10, 1), OnlineDossiers(10, 3, 0, 0)).points == 1  # 10 % services
    assert indices.index9(services_ok, OnlineDossiers(20, 3, 0, 0)).points == 1  # 15 %
    assert indices.index9(services_ok, OnlineDossiers(100, 14, 0, 0)).points == 0
    assert indices.index9(services_ok, OnlineDossiers(0, 0, 0, 0)).points == 0


def test_index_9_from_online_dossiers(officials, citizen, tree, procedure):  # noqa: F811
    decided_on(officials, tree, procedure, 3)
    online = online_decided(officials, citizen, tree, procedure, 4)
    assert online.channel == 2
    found = indices.report(Dossier.objects.all(), MARCH).units[0].unit_points[9]
    assert found.facts["online_dossiers"] == 1 and found.facts["received"] == 2
    assert found.facts["online_services_share"] == Decimal("100.00") and found.points == 2
    online_decided(officials, citizen, tree, procedure, 9)  # a late online dossier
    found = indices.report(Dossier.objects.all(), MARCH).units[0].unit_points[9]
    assert found.facts["online_late"] == 1 and found.points == 1


# --- rounding, bands, the report ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dossiers", "at2", "at1", "score"),
    [(3, 1, 0, "0.7"), (4, 0, 1, "0.3"), (8, 0, 1, "0.1"), (20, 0, 1, "0.1"), (40, 0, 1, "0.0"), (3, 3, 0, "2.0")],
)
def test_scores_are_rounded_half_up_to_one_decimal(dossiers, at2, at1, score):
    assert Tally(1, dossiers, at2, at1).score == Decimal(score)


def test_grade_bands_at_their_boundaries():
    grades = {v: indices.unit_grade(Decimal(v))[0] for v in ("18", "15", "14.9", "12", "11.9", "9", "8.9", "6", "5.9")}
    assert grades == {
        "18": "excellent",
        "15": "excellent",
        "14.9": "good",
        "12": "good",
        "11.9": "fair",
        "9": "fair",
        "8.9": "average",
        "6": "average",
        "5.9": "weak",
    }
    bands = {v: indices.staff_band(Decimal(v))[0] for v in ("10", "5", "4.9", "3.5", "3.4", "0")}
    assert bands == {"10": "full", "5": "full", "4.9": "most", "3.5": "most", "3.4": "under_70", "0": "under_70"}


def test_the_report_counts_dossiers_decided_in_the_period_within_the_scope(officials, tree, procedure):  # noqa: F811
    decided_on(officials, tree, procedure, 3)
    decided_on(officials, tree, procedure, 5)
    decided_on(officials, tree, procedure, 9)
    open_one = received(officials, tree, procedure)  # in progress: no final time, not counted
    assert open_one.verdict == ""
    report = indices.report(Dossier.objects.all(), MARCH)
    [row] = report.units
    assert row.dossiers == 3
    assert row.tallies[1].as_dict() == {"score": "1.0", "dossiers": 3, "at_2": 1, "at_1": 1, "at_0": 1, "points": 3}
    assert row.total == sum((row.score(n) for n in indices.ALL_INDICES), Decimal(0))
    assert row.grade[0] == indices.unit_grade(row.total)[0]
    officers = {r.officer_id: r for r in report.officers}
    # the unit head handed the assignment step on, the leader recorded the decisions
    roles = (Role.DESK_OFFICER, Role.UNIT_HEAD, Role.SPECIALIST, Role.AGENCY_LEADER)
    assert set(officers) == {officials[role].pk for role in roles}
    leader = officers[officials[Role.AGENCY_LEADER].pk]
    assert (leader.tallies[2].at2, leader.tallies[2].at1) == (1, 1)  # the approval step: early, on time, late
    desk = officers[officials[Role.DESK_OFFICER].pk]
    assert desk.dossiers == 3 and desk.total == sum(desk.tallies[n].score for n in indices.STAFF_INDICES)
    february = form06.Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert indices.report(Dossier.objects.all(), february).units == []
    other = indices.where(officials[Role.PROVINCE_ADMIN], tree.construction)
    assert indices.report(other.dossiers, MARCH).units == []


def test_scope_refuses_an_agency_outside_the_jurisdiction(officials, other_official, citizen, tree):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        indices.where(officials[Role.AGENCY_LEADER], tree.construction)
    with pytest.raises(PermissionDenied):
        indices.where(citizen)
    assert indices.where(officials[Role.AGENCY_LEADER], tree.justice_unit).agency == tree.justice_unit
    assert indices.where(officials[Role.PROVINCE_ADMIN]).petition_agencies is None
    assert tree.justice.pk in indices.where(officials[Role.AGENCY_LEADER]).petition_agencies


def test_a_leaders_decision_counts_in_the_period_it_was_made(officials, tree, procedure):  # noqa: F811
    dossier = received(officials, tree, procedure)
    moment = at(2026, 3, 2, 9, 0)
    walk(officials, dossier, (moment, moment, moment, at(2026, 3, 10, 6, 30)))  # 23:30 UTC on the 9th
    leader = officials[Role.AGENCY_LEADER].pk
    tenth = form06.Period(dt.date(2026, 3, 10), dt.date(2026, 3, 10))
    ninth = form06.Period(dt.date(2026, 3, 9), dt.date(2026, 3, 9))
    found = {row.officer_id: row.dossiers for row in indices.report(Dossier.objects.all(), tenth).officers}
    assert found[leader] == 1 and len(found) == 4
    assert indices.report(Dossier.objects.all(), ninth).officers == []
