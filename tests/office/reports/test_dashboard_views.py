"""The reports dashboard: same numbers as Form 06, charts with their tables, who may open it."""

import datetime as dt
import re
import xml.etree.ElementTree as ET

from django.urls import reverse
from django.utils import timezone

from motcua.dossiers import services
from motcua.dossiers.models import Channel
from motcua.orgs.permissions import Role
from motcua.reports import form06

from ...conftest import make_staff
from ...reports.conftest import at, decide, procedure, receive, row, submit_online  # noqa: F401

URL = reverse("office:report-dashboard")
PERIOD = {"date_from": "2026-01-01", "date_to": "2026-04-30"}


def _data(officials, citizen, tree, procedure):  # noqa: F811
    decide(officials, receive(officials, tree, procedure, at(2026, 2, 10, 9, 0)), at(2026, 2, 12, 9, 0))
    decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 10, 15, 0))
    decide(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 12, 8, 0))  # late
    receive(officials, tree, procedure, at(2026, 3, 20, 9, 0))  # overdue at the end of April
    online = submit_online(citizen, tree, procedure, at(2026, 4, 1, 9, 0))
    services.receive(user=officials[Role.DESK_OFFICER], dossier=online, at=at(2026, 4, 1, 10, 0))
    row(
        procedure,
        tree.commune,
        status="processing",
        channel=Channel.COUNTER,
        received_at=at(2026, 4, 2, 9, 0),
        due_at=at(2026, 6, 30, 17, 0),
        original_due_at=at(2026, 6, 30, 17, 0),
    )


def _svgs(body: str) -> dict[str, ET.Element]:
    found = {}
    for markup in re.findall(r"<svg .*?</svg>", body, flags=re.S):
        root = ET.fromstring(markup)  # noqa: S314 (our own page)
        found[root.get("id")] = root
    return found


def _bars(root):
    return [el for el in root.iter() if "bar" in (el.get("class") or "").split()]


def test_the_numbers_equal_form06_for_each_month_and_the_period(client, officials, citizen, tree, procedure):  # noqa: F811
    _data(officials, citizen, tree, procedure)
    viewer = officials[Role.PROVINCE_ADMIN]
    client.force_login(viewer)
    response = client.get(URL, PERIOD)
    assert response.status_code == 200
    board = response.context["board"]
    assert [m.label for m in board.months] == ["01/2026", "02/2026", "03/2026", "04/2026"]
    for month in board.months:
        assert month.values == form06.report(viewer, month.period).total.values
    whole = form06.report(viewer, form06.Period(dt.date(2026, 1, 1), dt.date(2026, 4, 30))).total.values
    assert board.total.values == whole
    assert [m.received for m in board.months] == [0, 1, 3, 2] and sum(m.received for m in board.months) == 6
    assert [m.resolved for m in board.months] == [0, 1, 2, 0]
    assert whole["c4"] + whole["c5"] == 6 and whole["c7"] == 3
    assert [str(m.on_time_rate) for m in board.months] == ["None", "100.0", "50.0", "None"]
    assert [str(m.online_share) for m in board.months] == ["None", "0.0", "0.0", "50.0"]
    overdue = {a.label: (a.late, a.overdue) for a in board.agencies}
    # late: the one decided 12/03; overdue on 30/04: received 20/03 and the online one of 01/04
    assert overdue["Sở Tư pháp"] == (1, 2) and overdue["UBND huyện Bát Xát"] == (0, 0)
    assert board.savings.under_cut == 2 and board.figures.online_share.online == 1


def test_charts_are_svg_with_one_bar_per_value_and_tables_with_the_same_numbers(
    client,
    officials,
    citizen,
    tree,
    procedure,  # noqa: F811
):
    _data(officials, citizen, tree, procedure)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    response = client.get(URL, {**PERIOD, "language": "en"})
    body = response.content.decode()
    svgs = _svgs(body)
    assert set(svgs) == {"chart-flow", "chart-on-time", "chart-overdue", "chart-procedures", "chart-online"}
    assert len(_bars(svgs["chart-flow"])) == 8 and len(_bars(svgs["chart-online"])) == 4
    board = response.context["board"]
    # ranked: only the agencies and procedures with overdue dossiers, most first
    assert len(_bars(svgs["chart-overdue"])) == len([a for a in board.agencies if a.total]) == 1
    assert len(_bars(svgs["chart-procedures"])) == len(board.procedures) == 1
    values = [el.text for el in svgs["chart-flow"].iter() if el.get("class") == "value"]
    tables = response.context["tables"]
    table_values = [cell for _label, cells in tables["flow"].rows for cell in (cells[0], cells[2])]
    assert values == table_values  # received, resolved per month, in the same order and format
    assert "<script" not in body and body.count('role="img"') == 5
    for table_id in ("table-flow", "table-on-time", "table-overdue", "table-online", "table-savings"):
        assert f'id="{table_id}"' in body
    # each chart is followed by its table
    assert body.index('id="chart-flow"') < body.index('id="table-flow"') < body.index('id="chart-on-time"')


def test_default_period_is_the_current_year(client, officials, db):
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(URL)
    assert response.status_code == 200
    today = timezone.localdate()
    assert response.context["board"].period == form06.Period(today.replace(month=1, day=1), today)
    assert URL in client.get(reverse("office:dashboard")).content.decode()


def test_bad_periods_are_refused_with_the_form(client, officials, db):
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(URL, {"date_from": "2026-03-31", "date_to": "2026-03-01"})
    assert response.status_code == 400 and response.context["board"] is None
    assert client.get(URL, {"date_from": "2020-01-01", "date_to": "2026-03-01"}).status_code == 400


def test_an_agency_sees_only_its_subtree_and_the_province_sees_all(client, officials, citizen, tree, procedure):  # noqa: F811
    _data(officials, citizen, tree, procedure)
    client.force_login(make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER))
    board = client.get(URL, PERIOD).context["board"]
    assert board.reporting_unit == "Sở Xây dựng" and board.total.values["c3"] == 0
    assert all(a.total == 0 for a in board.agencies) and board.savings.under_cut == 0
    assert board.figures.online_share.received == 0 and board.figures.processing_total.resolved == 0
    client.force_login(officials[Role.AGENCY_LEADER])  # Sở Tư pháp: its own dossiers, not the commune's
    board = client.get(URL, PERIOD).context["board"]
    assert board.total.values["c3"] == 5 and board.savings.under_cut == 2
    client.force_login(officials[Role.PROVINCE_ADMIN])
    assert client.get(URL, PERIOD).context["board"].total.values["c3"] == 6


def test_citizens_anonymous_and_staff_without_the_permission_are_refused(client, officials, citizen, db):
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        assert client.get(URL).status_code == 403


COSTS = reverse("office:report-day-costs")


def test_the_value_of_a_day_is_set_per_procedure_and_used_by_the_savings(client, officials, citizen, tree, procedure):  # noqa: F811
    from motcua.audit.models import AuditEntry
    from motcua.reports.models import CitizenDayCost

    _data(officials, citizen, tree, procedure)
    client.force_login(officials[Role.AGENCY_ADMIN])  # Sở Tư pháp owns 2.000488 (statutory 4, committed 3)
    page = client.get(COSTS)
    assert page.status_code == 200 and [v.procedure.code for v in page.context["rows"]] == ["2.000488"]
    response = client.post(COSTS, {"code": "2.000488", "amount_vnd": "150000", "note": "Cục Thống kê 2026"})
    assert response.status_code == 302
    cost = CitizenDayCost.objects.get(procedure=procedure)
    assert (cost.amount_vnd, cost.note) == (150_000, "Cục Thống kê 2026")
    assert AuditEntry.objects.filter(object_type="reports.citizendaycost", action="create").count() == 1
    client.force_login(officials[Role.PROVINCE_ADMIN])
    board = client.get(URL, PERIOD).context["board"]
    assert board.savings.rows[0].day_cost == 150_000 and board.savings.money == 2 * 150_000
    assert COSTS in client.get(URL, PERIOD).content.decode()
    assert client.post(COSTS, {"code": "2.000488", "amount_vnd": "0"}).status_code == 400
    assert client.post(COSTS, {"code": "2.000488", "amount_vnd": ""}).status_code == 400
    assert CitizenDayCost.objects.get(procedure=procedure).amount_vnd == 150_000
    assert client.post(COSTS, {"code": "2.000488", "clear": "1"}).status_code == 302
    assert not CitizenDayCost.objects.exists()


def test_the_value_of_a_day_only_for_procedures_the_user_manages(client, officials, citizen, other_official, procedure):  # noqa: F811
    from motcua.reports.models import CitizenDayCost

    client.force_login(other_official)  # Sở Xây dựng's administrator
    assert client.get(COSTS).context["rows"] == []
    assert client.post(COSTS, {"code": "2.000488", "amount_vnd": "1"}).status_code == 403
    for user in (citizen, officials[Role.AGENCY_LEADER]):
        client.force_login(user)
        assert client.get(COSTS).status_code == 403
    client.logout()
    assert client.get(COSTS).status_code == 302
    assert not CitizenDayCost.objects.exists()


def test_pages_pass_the_basic_accessibility_checks(client, officials, citizen, tree, procedure):  # noqa: F811
    from ...portal.test_accessibility import problems

    _data(officials, citizen, tree, procedure)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    for response in (
        client.get(URL, PERIOD),
        client.get(URL, {"date_from": "2026-03-31", "date_to": "2026-03-01"}),
        client.get(COSTS),
        client.post(COSTS, {"code": "2.000488", "amount_vnd": "0"}),
    ):
        assert problems(response.content.decode()) == []
