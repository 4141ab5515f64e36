"""The other figures of the article on hand-made catalogues and dossiers (formulas: docs/figures.md)."""

import datetime as dt
from decimal import Decimal

from motcua.dossiers import services
from motcua.orgs.permissions import Role
from motcua.reports import figures, form06

from ..catalogue.factories import content, publish, sector
from .conftest import MARCH, at, decide, receive, submit_online

JAN = dt.date(2026, 1, 5)


def _catalogue(tree):
    """Province: 2.000488 (fixture) and two more; district: one; commune: two, one of them “4 tại chỗ”."""
    sector()
    return publish(
        tree.justice,
        [
            ("1.000001", "new", content(name="Cấp giấy phép A", level="province", implementing_agency="H15.03")),
            ("1.000002", "new", content(name="Đăng ký B", level="district", online_service="partial")),
            ("1.000003", "new", content(name="Khai sinh", level="commune", on_the_spot=True)),
            ("1.000004", "new", content(name="Khai tử", level="commune", online_service="none")),
        ],
        day=JAN,
    )


def test_procedures_in_force_by_level_at_a_date(tree, procedure):
    _catalogue(tree)
    counts = {row.level: row.count for row in figures.procedures_by_level(dt.date(2026, 3, 31))}
    assert counts == {"province": 2, "district": 1, "commune": 2}
    assert {row.count for row in figures.procedures_by_level(dt.date(2026, 1, 4))} == {0}


def test_publication_decisions_in_the_period_count_items_by_action(tree, procedure):
    a, _b, _c, d = _catalogue(tree)  # January: not in March
    publish(tree.justice, [("1.000005", "new", content(name="Mới"))], day=dt.date(2026, 3, 2))
    publish(
        tree.justice,
        [
            (a, "amend", content(name="Cấp giấy phép A (sửa đổi)", level="province", implementing_agency="H15.03")),
            (d, "abolish", None),
        ],
        day=dt.date(2026, 3, 20),
    )
    found = figures.publications(MARCH)
    assert found == {"decisions": 2, "procedures": 3, "new": 1, "amend": 1, "replace": 0, "abolish": 1}
    assert figures.publications(form06.Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))["new"] == 5


def test_four_on_the_spot_share_per_level_and_target(tree, procedure, on_the_spot_procedure):
    _catalogue(tree)
    rows, total = figures.on_the_spot_share(dt.date(2026, 3, 31))
    by_level = {row.level: (row.in_force, row.on_the_spot, row.share) for row in rows}
    assert by_level == {
        "province": (3, 1, Decimal("33.3")),
        "district": (1, 0, Decimal("0.0")),
        "commune": (2, 1, Decimal("50.0")),
    }
    assert (total.in_force, total.on_the_spot, total.share, total.meets_target) == (6, 2, Decimal("33.3"), True)
    assert not rows[1].meets_target


def test_online_services_and_those_that_received_online_dossiers(officials, citizen, tree, procedure):
    _catalogue(tree)  # full: 2.000488, 1.000001, 1.000003; partial: 1.000002; none: 1.000004
    online = submit_online(citizen, tree, procedure, at(2026, 3, 3, 9, 0))
    services.receive(user=officials[Role.DESK_OFFICER], dossier=online, at=at(2026, 3, 3, 10, 0))
    submit_online(citizen, tree, procedure, at(2026, 2, 3, 9, 0))  # submitted only: not received
    scope = form06.scope(officials[Role.PROVINCE_ADMIN])
    found = figures.online_services(scope.dossiers(), MARCH)
    assert (found.in_force, found.full, found.partial, found.total) == (5, 3, 1, 4)
    assert (found.with_dossiers, found.with_dossiers_full, found.with_dossiers_partial) == (1, 1, 0)
    assert found.share_with_dossiers == Decimal("25.0") and found.share_of_procedures == Decimal("80.0")
    february = form06.Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert figures.online_services(scope.dossiers(), february).with_dossiers == 0


def test_online_share_equals_form06_columns_4_and_5(officials, citizen, tree, procedure):
    online = submit_online(citizen, tree, procedure, at(2026, 3, 3, 9, 0))
    services.receive(user=officials[Role.DESK_OFFICER], dossier=online, at=at(2026, 3, 3, 10, 0))
    receive(officials, tree, procedure, at(2026, 3, 4, 9, 0))
    receive(officials, tree, procedure, at(2026, 3, 5, 9, 0))
    receive(officials, tree, procedure, at(2026, 2, 5, 9, 0))  # carried over: not received in March
    viewer = officials[Role.PROVINCE_ADMIN]
    share = figures.online_share(form06.scope(viewer).dossiers(), MARCH)
    total = form06.report(viewer, MARCH).total.values
    assert (share.online, share.direct_postal) == (total["c4"], total["c5"]) == (1, 2)
    assert share.share == Decimal("33.3")
    assert figures.online_share(form06.scope(viewer).dossiers(), form06.Period(JAN, JAN)).share is None


def test_processing_days_count_working_time_from_receipt_to_decision(officials, tree, procedure):
    quick = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))  # Friday
    # Fri 10:00–11:30 + 13:00–17:00 = 5.5 h; Mon 8 h; Tue 7:30–11:30 + 13:00–15:00 = 6 h: 19.5 h = 2.44 days
    decide(officials, quick, at(2026, 3, 10, 15, 0))
    slow = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    # Fri 5.5 h, Mon–Wed 24 h, Thu 12/03 to 08:00 0.5 h: 30 h = 3.75 days
    decide(officials, slow, at(2026, 3, 12, 8, 0))
    withdrawn = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    services.withdraw(withdrawn, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 9, 9, 0))
    receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))  # still in progress
    dossiers = form06.scope(officials[Role.PROVINCE_ADMIN]).dossiers()
    assert figures.processing_days(figures.resolved(dossiers, MARCH)) == {
        quick.pk: Decimal("2.44"),
        slow.pk: Decimal("3.75"),
    }
    rows, total = figures.average_processing_time(dossiers, MARCH)
    assert [(r.code, r.resolved, r.average) for r in rows] == [("2.000488", 2, Decimal("3.10"))]
    assert rows[0].name == "Cấp phiếu lý lịch tư pháp" and total.average == Decimal("3.10")


def test_processing_time_restarts_with_the_complete_supplement(officials, tree, procedure):
    from .conftest import pdf, to_appraisal

    dossier = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 6, 11, 0))
    items = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]
    dossier = services.request_supplement(dossier, user=officials[Role.SPECIALIST], items=items, at=at(2026, 3, 9, 9))
    dossier = services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 16, 9, 0))
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 19, 10, 0))
    services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 19, 11, 0))
    # Mon 16/03 from 09:00: 6.5 h; Tue, Wed 16 h; Thu to 11:00: 3.5 h = 26 h = 3.25 days
    dossiers = form06.scope(officials[Role.PROVINCE_ADMIN]).dossiers()
    assert figures.processing_days(figures.resolved(dossiers, MARCH)) == {dossier.pk: Decimal("3.25")}


def test_dossier_figures_stay_in_the_viewers_subtree(officials, tree, procedure):
    from ..conftest import make_staff

    decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 10, 15, 0))
    other = make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)
    theirs = form06.scope(other).dossiers()
    assert figures.average_processing_time(theirs, MARCH)[1].resolved == 0
    assert figures.online_share(theirs, MARCH).received == 0
    ours = form06.scope(officials[Role.AGENCY_LEADER]).dossiers()
    assert figures.average_processing_time(ours, MARCH)[1].resolved == 1


def test_pauses_after_the_clock_start_are_not_counted(officials, tree, procedure):
    from motcua.dossiers.models import Pause

    dossier = decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 10, 15, 0))
    Pause.objects.create(dossier=dossier, reason="fees", started_at=at(2026, 3, 9, 7, 30), ended_at=at(2026, 3, 9, 17))
    Pause.objects.create(dossier=dossier, reason="old", started_at=at(2026, 3, 2, 8), ended_at=at(2026, 3, 6, 9))
    Pause.objects.create(dossier=dossier, reason="after", started_at=at(2026, 3, 11, 8), ended_at=None)
    type(dossier).objects.filter(pk=dossier.pk).update(days_taken=None)  # pauses added by hand: computed again
    dossiers = form06.scope(officials[Role.PROVINCE_ADMIN]).dossiers()
    # 19.5 working hours less the whole Monday (8 h) = 11.5 h
    assert figures.processing_days(figures.resolved(dossiers, MARCH)) == {dossier.pk: Decimal("1.44")}
