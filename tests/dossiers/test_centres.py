"""Any desk for any procedure (phi địa giới, ND 118/2025 Art 14(2)): a citizen of commune A files at the
centre of commune B a commune-level procedure of A; B's desk receives it, A processes it, the originals
travel B → A as a tracked leg, the result is collected at B."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from motcua.dossiers import centres, policy, services
from motcua.dossiers.services import ComponentInput
from motcua.dossiers.workflow import Action
from motcua.orgs import selectors as org_selectors
from motcua.orgs import services as org_services

from ..catalogue.factories import content, publish, sector
from ..conftest import make_staff
from .conftest import applicant, at

PROCESS = [
    {"name": "Tiếp nhận hồ sơ", "actor": "desk_officer", "budget": "0.5"},
    {"name": "Thẩm định", "actor": "specialist", "budget": "2"},
    {"name": "Phê duyệt", "actor": "agency_leader", "budget": "0.5"},
    {"name": "Trả kết quả", "actor": "desk_officer", "budget": "0", "counted": False},
]


class Place:
    pass


@pytest.fixture
def place(db):
    """Province P (2025: no districts), communes A and B with their centres, a reception point under B's."""
    p = Place()
    p.province = org_services.create_agency(name="UBND tỉnh Lào Cai", code="H15", level="province", kind="committee")
    p.a = org_services.create_agency(
        name="UBND xã Âu Lâu", code="H15.01", level="commune", kind="committee", parent=p.province
    )
    p.b = org_services.create_agency(
        name="UBND xã Bắc Hà", code="H15.02", level="commune", kind="committee", parent=p.province
    )
    p.centre_a = org_services.create_agency(
        name="Trung tâm PVHCC xã Âu Lâu", code="H15.01.90", level="commune", kind="service_centre", parent=p.a
    )
    p.centre_b = org_services.create_agency(
        name="Trung tâm PVHCC xã Bắc Hà", code="H15.02.90", level="commune", kind="service_centre", parent=p.b
    )
    p.point_b = org_services.create_agency(
        name="Điểm tiếp nhận thôn Na Hối",
        code="H15.02.90.01",
        level="commune",
        kind="reception_point",
        parent=p.centre_b,
    )
    p.desk_b = make_staff("desk.b", p.centre_b, "desk_officer")
    p.desk_a = make_staff("desk.a", p.centre_a, "desk_officer")
    p.specialist_a = make_staff("cv.a", p.a, "specialist")
    p.leader_a = make_staff("ld.a", p.a, "agency_leader")
    p.desk_other = make_staff("desk.other", p.b, "desk_officer")
    sector()
    data = content(
        name="Đăng ký khai sinh",
        level="commune",
        implementing_agency="",
        any_desk=True,
        statutory={"amount": "3", "unit": "working_days"},
        committed=None,
        processes=[{"case": None, "steps": PROCESS}],
    )
    plain = dict(data, name="Chứng thực chữ ký", any_desk=False)
    publish(p.province, [("1.001193", "new", data), ("2.000815", "new", plain)], day=dt.date(2026, 1, 5))
    from motcua.catalogue.models import Procedure

    p.procedure = Procedure.objects.get(code="1.001193")
    p.plain = Procedure.objects.get(code="2.000815")
    return p


def _components(procedure):
    version = procedure.versions.get()
    return [ComponentInput(c["key"], received=True) for c in version.content["components"]]


def receive_at_b(p, **kwargs):
    return services.receive(
        user=p.desk_b,
        desk=p.centre_b,
        procedure=p.procedure,
        applicant=applicant(),
        components=_components(p.procedure),
        at=at(2026, 3, 2, 9),
        **kwargs,
    )


def test_centre_desk_is_never_the_competent_agency(place):
    assert org_selectors.served_agency(place.centre_b) == place.b
    assert org_selectors.served_agency(place.point_b) == place.b
    assert org_selectors.desk_of(place.a) == place.centre_a
    plain = services.receive(
        user=place.desk_b,
        desk=place.centre_b,
        procedure=place.plain,
        applicant=applicant(),
        components=_components(place.plain),
        at=at(2026, 3, 2, 9),
    )
    assert plain.agency == place.centre_b and plain.lead_agency == place.b  # today's rule, not the centre


def test_competent_agency_is_proposed_from_the_subject_and_checked(place):
    version = place.procedure.versions.get()
    assert {a.pk for a in centres.candidates(version, place.centre_b)} == {place.a.pk, place.b.pk}
    assert centres.propose(version, place.centre_b, place.a) == place.a
    # a non-flagged procedure keeps today's rule: only B
    plain = place.plain.versions.get()
    assert centres.candidates(plain, place.centre_b) == [place.b]
    with pytest.raises(ValidationError):
        services.receive(
            user=place.desk_b,
            desk=place.centre_b,
            procedure=place.plain,
            applicant=applicant(),
            components=_components(place.plain),
            competent=place.a,
        )
    # a desk that is not a centre's keeps today's rule too
    assert centres.candidates(version, place.b) == [place.b]


def test_the_whole_leg_b_receives_a_processes_b_returns(place):
    d = receive_at_b(place, competent=place.a)
    assert d.agency == place.centre_b and d.lead_agency == place.a and d.collect_at is None
    assert d.code.startswith("H15.02.90-")
    steps = list(d.steps.order_by("seq"))
    assert [s.unit for s in steps] == [place.centre_b, place.a, place.a, place.centre_b]
    assert centres.originals_state(d) == "at_desk"

    # only the receiving desk sends; only A's desk records them received, after they were sent
    with pytest.raises(PermissionDenied):
        services.send_originals(d, user=place.desk_a)
    with pytest.raises(ValidationError):
        services.receive_originals(d, user=place.desk_a)
    services.send_originals(d, user=place.desk_b, at=at(2026, 3, 2, 15))
    with pytest.raises(ValidationError):
        services.send_originals(d, user=place.desk_b)
    with pytest.raises(PermissionDenied):
        services.receive_originals(d, user=place.desk_other)
    services.receive_originals(d, user=place.desk_a, at=at(2026, 3, 3, 8))
    assert centres.originals_state(d) == "received"
    sent, received = d.events.filter(action__in=[Action.SEND_ORIGINALS, Action.RECEIVE_ORIGINALS]).order_by("seq")
    assert (sent.actor, received.actor) == (place.desk_b, place.desk_a)
    assert sent.data == {"from": place.centre_b.pk, "to": place.a.pk}

    services.forward(d, user=place.desk_b, at=at(2026, 3, 3, 9))
    services.forward(d, user=place.specialist_a, at=at(2026, 3, 3, 10))
    from ..dossiers.conftest import pdf

    services.decide(d, user=place.leader_a, result_file=pdf(), at=at(2026, 3, 4, 10))
    d.refresh_from_db()
    assert Action.RETURN not in policy.available_actions(place.desk_a, d, at(2026, 3, 4, 11))
    with pytest.raises(PermissionDenied):
        services.return_result(d, user=place.desk_a, received_by="An")
    services.return_result(d, user=place.desk_b, received_by="Nguyễn Văn An", at=at(2026, 3, 4, 14))
    d.refresh_from_db()
    assert d.status == "returned"

    legs = centres.public_legs(d.code)
    assert [leg["where"] for leg in legs] == [
        place.centre_b.name,
        place.a.name,
        place.a.name,
        place.a.name,
        place.centre_b.name,
        place.centre_b.name,
    ]
    assert all(leg["at"] is not None for leg in legs)


def test_collect_at_the_competent_agency_desk(place):
    d = receive_at_b(place, competent=place.a, collect_at=place.centre_a)
    assert d.collect_at == place.centre_a
    assert d.steps.order_by("-seq").first().unit == place.centre_a
    with pytest.raises(ValidationError):
        receive_at_b(place, competent=place.a, collect_at=place.point_b)
