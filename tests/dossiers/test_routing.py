"""Where steps are done and who may take them: units found by name, open steps, dossiers nobody can act on."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from motcua.dossiers import routing, selectors, services
from motcua.orgs import services as org_services
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from ..conftest import make_staff
from .conftest import applicant, at, components

NAMED = [
    {"name": "Tiếp nhận hồ sơ", "actor": "desk_officer", "unit": "Bộ phận Một cửa Sở Tư pháp", "budget": "0.5"},
    {"name": "Phân công", "actor": "unit_head", "unit": "phong hanh chinh TU PHAP", "budget": "0.5"},
    {"name": "Thẩm định", "actor": "specialist", "unit": "Phòng chuyên môn của Sở", "budget": "1.5"},
    {"name": "Phê duyệt", "actor": "agency_leader", "unit": "Lãnh đạo Sở", "budget": "0.5"},
    {"name": "Trả kết quả", "actor": "desk_officer", "budget": "0", "counted": False},
]


@pytest.fixture
def named_procedure(tree):
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "3", "unit": "working_days"},
        committed=None,
        processes=[{"case": None, "steps": NAMED}],
    )
    return publish(tree.justice, [("2.000488", "new", data)], day=dt.date(2026, 1, 5))


def receive(officials, tree, procedure):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 2, 9, 0),
    )


def test_units_are_found_by_name_without_accents_and_with_the_place(tree):
    district_unit = org_services.create_agency(
        name="Phòng Tư pháp huyện Bát Xát", level="district", kind="unit", parent=tree.district
    )
    inspectorate = org_services.create_agency(
        name="Thanh tra huyện Bát Xát", level="district", kind="unit", parent=tree.district
    )
    commune_unit = org_services.create_agency(
        name="Bộ phận Tư pháp - Hộ tịch xã A Mú Sung", level="commune", kind="unit", parent=tree.commune
    )
    router = routing.StepRouter()

    def unit(name, lead, actor="specialist"):
        return router.unit_for({"actor": actor, "unit": name}, lead, lead)

    assert unit("Phòng Hành chính tư pháp", tree.justice) == tree.justice_unit
    assert unit("PHONG HANH CHINH TU PHAP", tree.justice) == tree.justice_unit
    assert unit("H15.03.02", tree.district) == tree.justice_unit  # an e-ID code names one unit anywhere
    assert unit("Phòng Tư pháp", tree.district) == district_unit
    assert unit("Thanh tra huyện", tree.district) == inspectorate
    assert unit("Công chức Tư pháp - Hộ tịch", tree.commune) == commune_unit
    assert unit("Phòng Tư pháp", tree.justice) == tree.justice  # not this agency's unit: left on the agency
    assert unit("Phòng chuyên môn thuộc UBND cấp huyện", tree.district) == tree.district
    assert unit("Bộ phận Một cửa", tree.district, actor="desk_officer") == tree.district


def test_an_open_step_is_given_to_an_official_of_a_unit_and_moves_there(officials, tree, named_procedure):
    d = receive(officials, tree, named_procedure)
    steps = {s.name: s for s in d.steps.select_related("unit")}
    assert steps["Phân công"].unit == tree.justice_unit
    assert steps["Thẩm định"].unit == tree.justice and routing.is_open(steps["Thẩm định"])
    head, specialist = officials[Role.UNIT_HEAD], officials[Role.SPECIALIST]
    d = services.forward(d, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 2, 10))
    assert list(selectors.queue(head, "to_assign", at(2026, 3, 2, 11))) == [d]
    appraisal = d.steps.get(name="Thẩm định")
    assert specialist in routing.actors(appraisal)  # offered although the step sits on the Sở
    d = services.forward(d, user=head, handler=specialist, at=at(2026, 3, 2, 11))
    appraisal.refresh_from_db()
    assert (appraisal.unit, appraisal.handler) == (tree.justice_unit, specialist)
    assert (d.current_unit, d.handler) == (tree.justice_unit, specialist)
    assert list(selectors.queue(specialist, "mine", at(2026, 3, 2, 11))) == [d]


def test_an_open_step_without_anyone_at_the_agency_needs_a_chosen_official(officials, tree, named_procedure):
    d = receive(officials, tree, named_procedure)
    d = services.forward(d, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 2, 10))
    # the director assigns at the Sở itself: no unit did earlier work, nobody appraises at the Sở
    d.steps.filter(name="Phân công").update(unit=tree.justice)
    deputy = officials[Role.AGENCY_LEADER]
    with pytest.raises(ValidationError) as error:
        services.forward(d, user=deputy, at=at(2026, 3, 2, 11))
    assert "handler" in error.value.message_dict
    d = services.forward(d, user=deputy, handler=officials[Role.SPECIALIST], at=at(2026, 3, 2, 11))
    assert d.current_unit == tree.justice_unit


def test_an_open_step_follows_the_unit_that_did_the_earlier_work(officials, tree, named_procedure):
    d = receive(officials, tree, named_procedure)
    d = services.forward(d, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 2, 10))
    d = services.forward(d, user=officials[Role.UNIT_HEAD], at=at(2026, 3, 2, 11))  # no official chosen
    appraisal = d.steps.get(name="Thẩm định")
    assert appraisal.unit == tree.justice_unit and d.current_unit == tree.justice_unit
    assert list(selectors.queue(officials[Role.SPECIALIST], "to_take", at(2026, 3, 2, 11))) == [d]
    d = services.forward(d, user=officials[Role.SPECIALIST], at=at(2026, 3, 2, 14))
    assert list(selectors.queue(officials[Role.AGENCY_LEADER], "to_approve", at(2026, 3, 2, 14))) == [d]


def test_the_administrator_s_queue_lists_dossiers_nobody_can_act_on(officials, tree, named_procedure):
    admin, now = officials[Role.PROVINCE_ADMIN], at(2026, 3, 2, 12)
    d = receive(officials, tree, named_procedure)
    d = services.forward(d, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 2, 10))
    assert not selectors.queue(admin, "nobody_can_act", now).exists()
    head = officials[Role.UNIT_HEAD]
    head.is_active = False
    head.save()
    # the leader (assign) is above the unit: still somebody; without a leader nobody
    assert not selectors.queue(admin, "nobody_can_act", now).exists()
    leader = officials[Role.AGENCY_LEADER]
    leader.is_active = False
    leader.save()
    assert list(selectors.queue(admin, "nobody_can_act", now)) == [d]
    assert not routing.actors(d.current_step).exists()
    assert selectors.queue_counts(admin, now)["nobody_can_act"] == 1
    assert list(selectors.queue(officials[Role.AGENCY_ADMIN], "nobody_can_act", now)) == [d]
    other = make_staff("otheradmin", tree.construction, Role.AGENCY_ADMIN)
    assert not selectors.queue(other, "nobody_can_act", now).exists()
    assert not selectors.queue(officials[Role.SPECIALIST], "nobody_can_act", now).exists()
    make_staff("newhead", tree.justice_unit, Role.UNIT_HEAD)
    assert not selectors.queue(admin, "nobody_can_act", now).exists()


def test_the_province_administrator_cannot_approve_in_the_leader_s_place(officials, tree, named_procedure):
    d = receive(officials, tree, named_procedure)
    d = services.forward(d, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 2, 10))
    d = services.forward(d, user=officials[Role.UNIT_HEAD], at=at(2026, 3, 2, 11))
    d = services.forward(d, user=officials[Role.SPECIALIST], at=at(2026, 3, 2, 14))
    assert d.current_actor == Role.AGENCY_LEADER
    with pytest.raises(Exception) as refused:
        services.decide(d, user=officials[Role.PROVINCE_ADMIN], outcome="refused", reasons="x", at=at(2026, 3, 2, 15))
    assert type(refused.value).__name__ == "PermissionDenied"
