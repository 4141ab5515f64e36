"""The article's figure "petitions handled / received" on the reports dashboard, in the viewer's scope."""

import datetime as dt

from motcua.orgs.permissions import Role
from motcua.petitions import services
from motcua.reports import figures, form06

from .conftest import at, petition_input

MARCH = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _three(tree, officials):
    desk, admin = officials[Role.DESK_OFFICER], officials[Role.PROVINCE_ADMIN]
    a = services.submit(petition_input(tree.justice), at=at(2026, 3, 2, 9))
    services.reject(a, user=desk, reason="Không đủ điều kiện", at=at(2026, 3, 3, 9))
    services.submit(petition_input(tree.justice), at=at(2026, 3, 4, 9))
    c = services.submit(petition_input(tree.construction), at=at(2026, 3, 5, 9))
    c = services.accept(c, user=admin, at=at(2026, 3, 6, 9))
    services.answer(c, user=admin, text="Đã trả lời", at=at(2026, 4, 20, 9))  # after March, and late


def test_figure_follows_the_scope(tree, officials):
    _three(tree, officials)
    province = figures.petitions_handled(form06.scope(officials[Role.INSPECTOR]), MARCH)
    assert (province.received, province.handled, province.handled_on_time) == (3, 1, 1)
    justice = figures.petitions_handled(form06.scope(officials[Role.UNIT_HEAD]), MARCH)  # the unit's subtree
    assert justice.received == 0
    leader = figures.petitions_handled(form06.scope(officials[Role.AGENCY_LEADER]), MARCH)
    assert (leader.received, leader.handled) == (2, 1)
    april = form06.Period(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    late = figures.petitions_handled(form06.scope(officials[Role.INSPECTOR]), april)
    assert (late.received, late.handled, late.handled_on_time, late.open_overdue) == (0, 1, 0, 1)


def test_dashboard_shows_handled_over_received(client, login, tree, officials):
    _three(tree, officials)
    login(officials[Role.AGENCY_LEADER])
    response = client.get("/office/reports/dashboard/?date_from=2026-03-01&date_to=2026-03-31")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="table-petitions"' in body
    assert "1/2" in body  # handled / received in Sở Tư pháp's scope


def test_dashboard_shares_are_rounded_half_up(client, login, tree, officials):
    desk = officials[Role.DESK_OFFICER]
    for day in (2, 3, 4):
        services.submit(petition_input(tree.justice), at=at(2026, 3, day, 9))
    first = tree.justice.petitions.order_by("pk").first()
    services.reject(first, user=desk, reason="x", at=at(2026, 3, 5, 9))
    second = tree.justice.petitions.order_by("pk")[1]
    services.reject(second, user=desk, reason="x", at=at(2026, 3, 5, 9))
    login(officials[Role.AGENCY_LEADER])
    body = client.get("/office/reports/dashboard/?date_from=2026-03-01&date_to=2026-03-31").content.decode()
    table = body[body.index('id="table-petitions"') :]
    assert "66,7" in table[: table.index("</table>")]  # 2 / 3 handled, not 66,6
