"""Issue 17 items 3–4, done-when (test client): a citizen of commune A files at the centre of commune B a
commune-level procedure of A (phi địa giới); B's desk receives it choosing A as competent agency, sends the
paper originals, A's desk records them received, A processes it, the result is collected at B; Form 06
counts it at A, the receiving-desk view at B; the public lookup shows each leg. Permissions: another
agency's official and a citizen are refused on the new actions and the new page."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.reports import by_desk, form06

from ...conftest import make_staff
from ...dossiers import test_centres
from ...dossiers.conftest import pdf
from .test_dossier_office import COUNTER, act, counter_data

place = test_centres.place  # the fixture: province, communes A and B with their centres


@pytest.fixture(autouse=True)
def english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def _as(client, login, settings, user):
    client.logout()
    login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def _counter(place, **overrides):
    tree = type("T", (), {"justice": place.centre_b})
    data = counter_data(tree, place.procedure, **{"file_giay-chung-sinh": None, "received_giay-chung-sinh": "on"})
    data.update(overrides)
    return data


def test_b_receives_for_a_a_processes_result_at_b(client, login, place, settings):
    login(place.desk_b)
    page = client.get(COUNTER, {"desk": place.centre_b.pk, "procedure": place.procedure.code})
    assert page.status_code == 200
    assert 'name="centre-competent_agency"' in page.content.decode()

    # the subject's commune proposes A; nothing is received until the official confirms
    proposed = client.post(COUNTER, _counter(place, **{"centre-subject_commune": place.a.pk, "centre-collect": "desk"}))
    assert proposed.status_code == 400
    assert "Proposed competent agency: UBND xã Âu Lâu" in proposed.content.decode()
    assert not Dossier.objects.exists()
    done = client.post(
        COUNTER,
        _counter(
            place,
            **{"centre-subject_commune": place.a.pk, "centre-competent_agency": place.a.pk, "centre-collect": "desk"},
        ),
    )
    assert done.status_code == 302, done.content.decode()[:3000]
    d = Dossier.objects.get()
    assert (d.agency, d.lead_agency, d.collect_at) == (place.centre_b, place.a, None)
    page = client.get(reverse("office:dossier-detail", args=[d.pk])).content.decode()
    assert "Gửi hồ sơ giấy" in page

    # A's desk cannot send; B sends; A's desk records them received
    _as(client, login, settings, place.desk_a)
    assert act(client, d, "send-originals").status_code == 403
    _as(client, login, settings, place.desk_b)
    assert act(client, d, "send-originals", note="Bưu điện, bì số 12").status_code == 302
    _as(client, login, settings, place.desk_other)  # B's committee desk: not the competent agency's
    assert act(client, d, "receive-originals").status_code == 403
    _as(client, login, settings, place.desk_a)
    assert act(client, d, "receive-originals").status_code == 302
    page = client.get(reverse("office:dossier-detail", args=[d.pk])).content.decode()
    assert "Received by the competent agency" in page

    # A processes (the service path is tested in tests/dossiers/test_centres.py), B returns
    services.forward(d, user=place.desk_b)
    services.forward(d, user=place.specialist_a)
    services.decide(d, user=place.leader_a, result_file=pdf())
    _as(client, login, settings, place.desk_a)
    assert act(client, d, "return", received_by="An", method="counter").status_code == 403
    _as(client, login, settings, place.desk_b)
    assert act(client, d, "return", received_by="Nguyễn Văn An", method="counter").status_code == 302
    d.refresh_from_db()
    assert d.status == "returned"

    # Form 06 counts it at A; the receiving-desk view at B's centre
    today = timezone.localdate()
    period = form06.Period(today.replace(day=1), today)
    admin = make_staff("tinh.admin", place.province, "province_admin")
    rows = form06.report(admin, period, "agency").rows
    counted = {row.label: row.values["c3"] for row in rows}
    assert counted.get(place.a.name) == 1 and not counted.get(place.b.name)
    desks = by_desk.report(admin, period)
    assert [(r.label, r.values["c3"], r.values["c5"]) for r in desks.rows] == [(place.centre_b.name, 1, 1)]
    _as(client, login, settings, admin)
    page = client.get(reverse("office:report-by-desk"), {"date_from": period.start, "date_to": period.end})
    assert page.status_code == 200 and place.centre_b.name in page.content.decode()

    # the public lookup: each leg, no personal data
    client.logout()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = client.get(reverse("portal:dossier-status", args=[d.code])).content.decode()
    for text in (
        "Received at the desk: Trung tâm PVHCC xã Bắc Hà",
        "Paper originals sent to the competent agency: UBND xã Âu Lâu",
        "Paper originals received by the competent agency: UBND xã Âu Lâu",
        "Processed by the competent agency: UBND xã Âu Lâu",
        "Result to be collected at: Trung tâm PVHCC xã Bắc Hà",
        "Result returned: Trung tâm PVHCC xã Bắc Hà",
    ):
        assert text in body
    assert "Nguyễn Văn An" not in body and "0912345678" not in body and "Bưu điện" not in body


def test_a_citizen_and_another_agency_are_refused(client, login, place, citizen):
    from motcua.orgs import services as org_services

    c = org_services.create_agency(
        name="UBND xã Cốc San", code="H15.03", level="commune", kind="committee", parent=place.province
    )
    other_official = make_staff("desk.c", c, "desk_officer")
    make_staff("admin.c", c, "agency_admin")
    d = services.receive(
        user=place.desk_b,
        desk=place.centre_b,
        procedure=place.procedure,
        applicant=services.Applicant("Nguyễn Văn An"),
        components=[
            services.ComponentInput("to-khai", received=True),
            services.ComponentInput("giay-chung-sinh", received=True),
        ],
        competent=place.a,
    )
    for user in (citizen, other_official):
        login(user)
        for slug in ("send-originals", "receive-originals"):
            response = act(client, d, slug)
            assert response.status_code in (302, 403)
            assert response.status_code == 403 or "/login" in response["Location"] or "portal" in response["Location"]
        page = client.get(reverse("office:report-by-desk"))
        assert page.status_code in (302, 403)
        client.logout()
    assert not d.events.filter(action__in=["send_originals", "receive_originals"]).exists()
    # another agency's official with reports sees no desk of B
    other_report_viewer = make_staff("xem.bc", place.a, "unit_head")
    today = timezone.localdate()
    rows = by_desk.report(other_report_viewer, form06.Period(today - dt.timedelta(days=1), today)).rows
    assert rows == []
