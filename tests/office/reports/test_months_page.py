"""The closed months page: who may see it, the audited recomputation, and Form 06 naming the months it
read from the summaries."""

import datetime as dt

from django.urls import reverse

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role
from motcua.reports import services
from motcua.reports.models import ClosedMonth, MonthSummary

from ...conftest import make_staff
from ...reports.conftest import at, procedure, receive  # noqa: F401

URL = reverse("office:report-months")
MARCH = dt.date(2026, 3, 1)


def _closed(officials, tree, procedure):  # noqa: F811
    receive(officials, tree, procedure, at(2026, 3, 2, 9, 0))
    services.nightly(today=dt.date(2026, 4, 15))


def test_the_page_lists_closed_months_and_form06_names_them(client, officials, tree, procedure):  # noqa: F811
    _closed(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    body = client.get(URL).content.decode()
    assert "03/2026" in body and 'name="reason"' not in body  # a leader reads, does not recompute
    form06 = client.get(reverse("office:report-form06"), {"date_from": "2026-03-01", "date_to": "2026-04-10"})
    assert URL in form06.content.decode() and "03/2026" in form06.content.decode()


def test_the_province_administrator_recomputes_with_a_reason(client, officials, tree, procedure):  # noqa: F811
    _closed(officials, tree, procedure)
    MonthSummary.objects.filter(month=MARCH).update(c9=7)
    admin = officials[Role.PROVINCE_ADMIN]
    client.force_login(admin)
    assert 'name="reason"' in client.get(URL).content.decode()
    refused = client.post(URL, {"month": "2026-03-01", "reason": ""})
    assert refused.status_code == 400 and "error-summary" in refused.content.decode()
    assert ClosedMonth.objects.get(month=MARCH).revision == 1
    response = client.post(URL, {"month": "2026-03-01", "reason": "Sửa dữ liệu nhập khẩu"})
    assert response.status_code == 302
    closed = ClosedMonth.objects.get(month=MARCH)
    assert closed.revision == 2 and closed.computed_by == admin
    entry = AuditEntry.objects.filter(object_type="reports.closedmonth").latest("pk")
    assert entry.actor == admin and entry.changes["reason"] == "Sửa dữ liệu nhập khẩu"
    assert client.post(URL, {"month": "2026-05-01", "reason": "x"}).status_code == 400  # not closed


def test_others_are_refused(client, officials, citizen, tree, procedure):  # noqa: F811
    _closed(officials, tree, procedure)
    other = make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER)
    for user in (officials[Role.AGENCY_LEADER], other):
        client.force_login(user)
        assert client.post(URL, {"month": "2026-03-01", "reason": "x"}).status_code == 403
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        assert client.get(URL).status_code == 403
    assert ClosedMonth.objects.get(month=MARCH).revision == 1


def test_the_api_names_the_closed_months_it_read(client, officials, tree, procedure):  # noqa: F811
    _closed(officials, tree, procedure)
    client.force_login(officials[Role.AGENCY_LEADER])
    query = {"from": "2026-02-20", "to": "2026-04-10"}
    body = client.get(reverse("api:reports-form06"), query).json()
    assert body["closed_months"] == [{"from": "2026-03-01", "to": "2026-03-31"}]
    assert body["total"]["c3"] == 1
    assert client.get(reverse("api:reports-form06"), {**query, "group_by": "unit"}).json()["closed_months"] == []
