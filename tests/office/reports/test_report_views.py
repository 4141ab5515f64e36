"""The Form 06 page in the back office: the table, its two-level header, download links, who may open it."""

from django.urls import reverse
from django.utils import timezone

from motcua.dossiers.models import Channel
from motcua.orgs.permissions import Role

from ...conftest import make_staff
from ...portal.test_accessibility import problems
from ...reports.conftest import at, procedure, row  # noqa: F401

URL = reverse("office:report-form06")
MARCH = {"date_from": "2026-03-01", "date_to": "2026-03-31"}


def _dossier(procedure, lead):  # noqa: F811
    return row(
        procedure,
        lead,
        status="processing",
        channel=Channel.COUNTER,
        received_at=at(2026, 3, 2, 9, 0),
        due_at=at(2026, 3, 31, 17, 0),
        original_due_at=at(2026, 3, 31, 17, 0),
    )


def test_the_page_shows_the_table_with_headers_for_screen_readers(client, officials, tree, procedure):  # noqa: F811
    _dossier(procedure, tree.justice)
    _dossier(procedure, tree.commune)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    response = client.get(URL, {**MARCH, "group_by": "level"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'scope="colgroup"' in body and "<colgroup" in body and 'scope="row"' in body
    report = response.context["report"]
    assert [r.key for r in report.rows] == ["province", "commune"] and report.total.values["c12"] == 2
    assert "format=xlsx" in body and "format=pdf" in body and "group_by=level" in body
    assert "from=2026-03-01" in body and "to=2026-03-31" in body
    assert reverse("office:report-form06") in client.get(reverse("office:dashboard")).content.decode()


def test_default_period_is_this_month(client, officials, db):
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(URL)
    assert response.status_code == 200
    today = timezone.localdate()
    assert response.context["report"].period == type(response.context["report"].period)(today.replace(day=1), today)


def test_bad_period_is_shown_as_an_error(client, officials, db):
    client.force_login(officials[Role.AGENCY_LEADER])
    response = client.get(URL, {"date_from": "2026-03-31", "date_to": "2026-03-01"})
    assert response.status_code == 400 and response.context["report"] is None
    assert "date_to" in response.context["form"].errors
    assert problems(response.content.decode()) == []  # the error is tied to its field for screen readers
    assert client.get(URL, {**MARCH, "group_by": "officer"}).status_code == 400


def test_only_the_viewers_subtree_is_counted(client, officials, tree, procedure):  # noqa: F811
    _dossier(procedure, tree.justice)
    _dossier(procedure, tree.construction)
    client.force_login(make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER))
    report = client.get(URL, {**MARCH, "group_by": "agency"}).context["report"]
    assert report.total.values["c3"] == 1 and report.reporting_unit == "Sở Xây dựng"
    client.force_login(officials[Role.PROVINCE_ADMIN])
    assert client.get(URL, MARCH).context["report"].total.values["c3"] == 2


def test_citizens_anonymous_and_staff_without_the_permission_are_refused(client, officials, citizen, db):
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]
    for user in (citizen, officials[Role.DESK_OFFICER]):
        client.force_login(user)
        assert client.get(URL).status_code == 403
