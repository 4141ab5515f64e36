"""Form 06 rows by level, agency, unit and sector, and what each viewer may see."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from motcua.catalogue.models import Sector
from motcua.dossiers.models import Channel
from motcua.orgs.permissions import Role
from motcua.reports import form06

from ..conftest import make_staff
from .conftest import MARCH, at, decide, numbers, only, receive, row


def _open(procedure, lead, day=9, **extra):
    when = at(2026, 3, day, 9, 0)
    return row(
        procedure,
        lead,
        status="processing",
        received_at=when,
        due_at=at(2026, 3, 31, 17, 0),
        original_due_at=at(2026, 3, 31, 17, 0),
        channel=Channel.COUNTER,
        **extra,
    )


def _done(procedure, lead, verdict="on_time", **extra):
    return row(
        procedure,
        lead,
        status="done",
        received_at=at(2026, 3, 2, 9, 0),
        due_at=at(2026, 3, 5, 17, 0),
        original_due_at=at(2026, 3, 5, 17, 0),
        finished_at=at(2026, 3, 5, 9, 0),
        verdict=verdict,
        channel=Channel.ONLINE,
        **extra,
    )


@pytest.fixture
def spread(tree, procedure):
    """Two dossiers of Sở Tư pháp (one in its unit), one of Sở Xây dựng, two of the commune, one of the district."""
    _open(procedure, tree.justice)
    _done(procedure, tree.justice_unit, verdict="early")
    _open(procedure, tree.construction)
    _open(procedure, tree.commune)
    _done(procedure, tree.commune, verdict="late")
    _done(procedure, tree.district)
    return tree


def test_by_level(officials, spread):
    result = form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "level")
    rows = {r.key: only(r.values) for r in result.rows}
    assert [r.key for r in result.rows] == ["province", "district", "commune"]
    assert rows["province"] == {"c3": 3, "c4": 1, "c5": 2, "c7": 1, "c8": 1, "c11": 2, "c12": 2}
    assert rows["district"] == {"c3": 1, "c4": 1, "c7": 1, "c9": 1}
    assert rows["commune"] == {"c3": 2, "c4": 1, "c5": 1, "c7": 1, "c10": 1, "c11": 1, "c12": 1}
    assert result.total.values["c3"] == 6 and [r.label_vi for r in result.rows] == ["Cấp tỉnh", "Cấp huyện", "Cấp xã"]


def test_by_agency_rolls_up_each_subtree_under_the_viewers_root(officials, spread):
    result = form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "agency")
    rows = {r.code: r.values["c3"] for r in result.rows}
    # every agency directly under the province, with its whole subtree (the commune lies under the district)
    assert rows == {"H15.03": 2, "H15.07": 1, "H15.52": 3}
    leader = form06.report(officials[Role.AGENCY_LEADER], MARCH, "agency")
    assert {r.code: r.values["c3"] for r in leader.rows} == {"H15.03": 1, "H15.03.02": 1}
    own = leader.rows[0]  # dossiers led by Sở Tư pháp itself, before its units
    assert own.label.startswith("Sở Tư pháp (") and own.label_vi == "Sở Tư pháp (trực tiếp)"


def test_by_sector_and_unit(officials, tree, procedure, spread):
    result = form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "sector")
    assert [(r.key, r.label, r.values["c3"]) for r in result.rows] == [("HT", Sector.objects.get().name, 6)]
    dossier = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    units = {r.code: r.values["c3"] for r in form06.report(officials[Role.AGENCY_LEADER], MARCH, "unit").rows}
    assert units == {"H15.03": 2, "H15.03.02": 1}  # the new dossier sits at the desk of Sở Tư pháp
    decide(officials, dossier, at(2026, 3, 10, 9, 0))
    units = {r.code: only(r.values) for r in form06.report(officials[Role.AGENCY_LEADER], MARCH, "unit").rows}
    # decided by the leader of Sở Tư pháp (its approval step); rows without steps fall back to the competent agency
    assert units["H15.03"] == {"c3": 2, "c5": 2, "c7": 1, "c8": 1, "c11": 1, "c12": 1}


def test_another_department_sees_only_its_own_subtree(tree, officials, spread):
    construction_leader = make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)
    assert only(numbers(construction_leader)) == {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    assert numbers(officials[Role.AGENCY_LEADER])["c3"] == 2  # Sở Tư pháp and its unit
    assert numbers(officials[Role.PROVINCE_ADMIN])["c3"] == 6
    assert numbers(officials[Role.INSPECTOR])["c3"] == 6
    district_head = make_staff("bx.head", tree.district, Role.UNIT_HEAD)
    assert numbers(district_head)["c3"] == 3


def test_citizens_anonymous_and_staff_without_the_permission_are_refused(officials, citizen, spread):
    for user in (citizen, AnonymousUser(), officials[Role.DESK_OFFICER], officials[Role.SPECIALIST]):
        with pytest.raises(PermissionDenied):
            form06.report(user, MARCH, "level")


def test_bad_arguments():
    with pytest.raises(ValueError):
        form06.Period(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_unknown_grouping_is_refused(officials, spread):
    with pytest.raises(ValueError):
        form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "officer")


def test_bare_aggregate_equals_the_report(officials, spread):
    bare = form06.bare_aggregate(MARCH, "level")
    report = form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "level")
    assert {r["key"]: {k: r[k] for k in report.total.values} for r in bare} == {r.key: r.values for r in report.rows}


def test_two_top_agencies_each_count_only_their_own_tree(officials, tree, procedure, spread):
    """After a merger two provinces coexist: a dossier under "/17/…" is not one of "/1/"'s own."""
    from motcua.accounts.models import User
    from motcua.orgs import services as orgs_services
    from motcua.orgs.models import Agency

    first = tree.province
    pk = int(f"{first.pk}7")  # its path "/<pk>7/" starts with the first province's digits
    other = Agency.objects.create(
        pk=pk, name="UBND tỉnh Yên Bái", code="H62", level="province", kind="committee", path=f"/{pk}/", depth=0
    )
    department = orgs_services.create_agency(
        name="Sở Tư pháp tỉnh Yên Bái", code="H62.03", level="province", kind="department", parent=other
    )
    _open(procedure, department)
    root = User.objects.create_superuser("root", password="x-Root-2026-long")
    result = form06.report(root, MARCH, "agency")
    rows = {r.code: r.values["c3"] for r in result.rows}
    assert rows == {"H15.03": 2, "H15.07": 1, "H15.52": 3, "H62.03": 1}
    assert result.total.values["c3"] == 7
    first_admin = form06.report(officials[Role.PROVINCE_ADMIN], MARCH, "level")  # the first province's
    assert first_admin.total.values["c3"] == 6
