"""Money is written one way everywhere (issue 13, item 10): ``200.000 ₫``, and a fee of 0 is “Miễn phí”.

The same fee must read the same on the portal's procedure page, at the counter, on the dossier pages of
the office and of the citizen, in the timelines and on the reports dashboard. Pages are read in
Vietnamese, the site's default language.
"""

# ruff: noqa: F811 (pytest fixtures imported from other conftest modules are used as arguments)

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.urls import reverse
from django.utils import translation

from motcua.core import money
from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from ..dossiers.conftest import PROCESS, applicant, at, components, procedure  # noqa: F401
from ..evaluations.conftest import flow  # noqa: F401

COUNTER = reverse("office:dossier-counter")


def text(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.fixture
def paid_procedure(tree):
    """A procedure of Sở Tư pháp with a 200,000 đồng fee and a free charge."""
    sector()
    fees = [
        {"name": "Phí cấp phiếu lý lịch tư pháp", "kind": "fee", "amount": 200000, "exemptions": ""},
        {"name": "Lệ phí cấp bản sao", "kind": "charge", "amount": 0, "exemptions": ""},
    ]
    data = content(
        name="Cấp phiếu lý lịch tư pháp số 2",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        fees=fees,
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000489", "new", data)], day=dt.date(2026, 1, 5))


def test_vnd_has_dots_a_space_and_the_dong_sign_in_every_language():
    for language in ("vi", "en"):
        with translation.override(language):
            assert money.vnd(200000) == "200.000 ₫"
            assert money.vnd(1234567) == "1.234.567 ₫"
            assert money.vnd("75000") == "75.000 ₫"
            assert money.vnd(500) == "500 ₫"
            assert money.vnd(None) == ""
    with translation.override("vi"):
        assert money.fee(0) == money.fee(None) == "Miễn phí"
        assert money.fee(200000) == "200.000 ₫"
    with translation.override("en"):
        assert money.fee(0) == "Free of charge"
    assert money.fees_total([{"amount": 200000}, {"amount": 0}]) == 200000


def test_a_free_fee_reads_mien_phi_on_the_portal_and_at_the_counter(client, officials, tree, procedure):
    portal = text(client.get(reverse("portal:procedure", args=[procedure.code])))
    assert "Miễn phí" in portal and "0 ₫" not in portal
    client.force_login(officials[Role.DESK_OFFICER])
    desk = text(client.get(COUNTER, {"desk": tree.justice.pk, "procedure": procedure.code}))
    assert "Lệ phí đăng ký khai sinh: Miễn phí" in desk
    assert "0 ₫" not in desk


def test_a_fee_reads_the_same_on_the_portal_and_at_the_counter(client, officials, tree, paid_procedure):
    portal = text(client.get(reverse("portal:procedure", args=[paid_procedure.code])))
    assert "200.000 ₫" in portal and "đồng" not in portal.split('id="fees"')[1].split("</section>")[0]
    client.force_login(officials[Role.DESK_OFFICER])
    desk = text(client.get(COUNTER, {"desk": tree.justice.pk, "procedure": paid_procedure.code}))
    assert "Phí cấp phiếu lý lịch tư pháp: 200.000 ₫; Lệ phí cấp bản sao: Miễn phí" in desk
    client.force_login(officials[Role.PROVINCE_ADMIN])
    office = text(client.get(reverse("office:catalogue-detail", args=[paid_procedure.code])))
    assert "200.000 ₫" in office and "200000 VND" not in office


def test_dossier_pages_and_timelines_show_payments_in_dong(client, officials, tree, paid_procedure, citizen):
    desk, head, specialist = officials[Role.DESK_OFFICER], officials[Role.UNIT_HEAD], officials[Role.SPECIALIST]
    dossier = services.submit_online(
        account=citizen,
        desk=tree.justice,
        procedure=paid_procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )
    dossier = services.receive(user=desk, dossier=dossier, at=at(2026, 3, 6, 10, 0))
    dossier = services.forward(dossier, user=desk, at=at(2026, 3, 6, 14, 0))
    dossier = services.forward(dossier, user=head, handler=specialist, at=at(2026, 3, 9, 8, 0))
    assert dossier.fees_due == 200000
    client.force_login(specialist)
    page = text(client.get(reverse("office:dossier-detail", args=[dossier.pk])))
    assert "Đã nộp 0 ₫ / 200.000 ₫" in page
    dossier = services.request_payment(dossier, user=specialist, amount=1250000, at=at(2026, 3, 9, 9, 0))
    dossier = services.record_payment(dossier, user=specialist, amount=1250000, at=at(2026, 3, 9, 10, 0))
    page = text(client.get(reverse("office:dossier-detail", args=[dossier.pk])))
    assert "Đã nộp 1.250.000 ₫ / 1.250.000 ₫" in page
    assert page.count("1.250.000 ₫") >= 4  # the two events of the timeline and the fees line
    client.force_login(citizen)
    mine = text(client.get(reverse("portal:my-dossier", args=[dossier.pk])))
    assert "Đã nộp 1.250.000 ₫ / 1.250.000 ₫" in mine and "1250000" not in mine
    assert "Số tiền" in mine and "(đồng)" not in mine


def test_a_free_dossier_reads_mien_phi_for_the_desk_and_the_citizen(client, flow, officials, citizen):
    dossier = flow.received()
    assert dossier.fees_due == 0
    client.force_login(officials[Role.DESK_OFFICER])
    page = text(client.get(reverse("office:dossier-detail", args=[dossier.pk])))
    assert "Miễn phí" in page
    client.force_login(citizen)
    assert "Miễn phí" in text(client.get(reverse("portal:my-dossier", args=[dossier.pk])))


def test_the_value_of_a_day_is_written_in_dong(client, officials, procedure):
    client.force_login(officials[Role.AGENCY_ADMIN])
    page = text(client.get(reverse("office:report-day-costs")))
    assert "320.000 ₫" in page and "VND" not in page.split("<main")[1].split("<table")[0]
