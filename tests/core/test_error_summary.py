"""Issue 13 items 5d and 5e: every error summary names its field and links to it (GOV.UK pattern), and
a failed action on the dossier page (the decide form) is announced by a banner at the top."""
# ruff: noqa: F811 (pytest fixtures imported from other test packages are used as arguments)

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from motcua.dossiers import services
from motcua.orgs.permissions import Role
from motcua.submissions import services as submissions

from ..dossiers.conftest import applicant, components, procedure  # noqa: F401
from ..portal.account.test_accounts import form as registration

pytestmark = pytest.mark.django_db


def summary(html: str) -> str:
    match = re.search(r'<div class="error-summary"[^>]*>(.*?)</div>', html, re.S)
    assert match, "no error summary on the page"
    return match.group(1)


def test_the_registration_summary_names_each_field_and_links_to_it(client):
    html = client.post(reverse("portal:register"), registration(name="", phone="", consent="")).content.decode()
    box = summary(html)
    assert '<a href="#id_name">Họ và tên hoặc tên tổ chức: ' in box
    assert '<a href="#id_phone">Số điện thoại di động: ' in box
    assert '<a href="#id_consent">' in box


def test_a_message_that_names_its_field_is_not_named_twice(client, citizen, procedure):
    draft = submissions.start_draft(user=citizen, procedure=procedure)
    client.force_login(citizen)
    data = {"applying_as": "self", "name": "", "id_number": "12345", "phone": "0912345678"}
    box = summary(client.post(reverse("portal:draft-applicant", args=[draft.pk]), data).content.decode())
    assert '<a href="#id_name">Họ và tên: Nhập họ và tên.</a>' in box
    assert '<a href="#id_id_number">Số định danh cá nhân: số định danh cá nhân gồm 12 chữ số' in box


def test_the_office_forms_summary_names_the_field(client, login, officials):
    login(officials[Role.PROVINCE_ADMIN])
    response = client.post(reverse("office:staff-create"), {"username": "", "full_name": "A"})
    assert response.status_code == 200, response.status_code
    box = summary(response.content.decode())
    assert re.search(r'<a href="#id_username">[^<:]+: ', box)


def test_a_failed_decision_shows_a_banner_at_the_top(client, login, officials, tree, procedure):
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
    )
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER])
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST])
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST])
    login(officials[Role.AGENCY_LEADER])
    response = client.post(
        reverse("office:dossier-action", args=[dossier.pk, "decide"]),
        {"decide-revision": dossier.revision, "decide-outcome": "approved"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    banner = html.index('id="page-alert"')
    assert banner < html.index('id="summary-heading"') < html.index('id="action-decide"')  # above everything
    top = html[banner : html.index("</div>", banner)]
    assert "Chưa thực hiện được “Quyết định kết quả giải quyết”" in top
    assert '<a href="#id_decide-result_file">Văn bản kết quả: Đính kèm văn bản kết quả.</a>' in top
    assert '<a href="#action-decide">' in top
