"""The digitisation page of a dossier and the e-copy downloads (permissions, checksum, reuse list)."""
# ruff: noqa: F811 (the imported pytest fixture ``procedure`` is used as a test argument)

import pytest
from django.urls import reverse

from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Dossier, ECopyFile
from motcua.orgs.permissions import Role

from ...dossiers.conftest import procedure  # noqa: F401
from ...dossiers.test_digitisation import received, scan_pdf, scan_png


@pytest.fixture(autouse=True)
def vietnamese(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"


def page(dossier):
    return reverse("office:dossier-digitise", args=[dossier.pk])


def post(client, dossier, **extra):
    c = {x.key: x.pk for x in dossier.components.all()}
    data = {
        f"files_{c['to-khai']}": [scan_pdf(3)],
        f"pages_{c['to-khai']}": "3",
        f"files_{c['giay-chung-sinh']}": [scan_png("1.png"), scan_png("2.png")],
        f"pages_{c['giay-chung-sinh']}": "2",
        "confirm": "on",
    }
    data.update(extra)
    return client.post(page(dossier), data)


def test_the_desk_digitises_and_confirms_on_the_page(login, officials, tree, procedure):
    dossier = received(officials, tree, procedure)
    client = login(officials[Role.DESK_OFFICER])
    body = client.get(page(dossier)).content.decode()
    assert "Tôi xác nhận bản điện tử khớp với bản giấy" in body
    detail = client.get(reverse("office:dossier-detail", args=[dossier.pk])).content.decode()
    assert page(dossier) in detail and "Số hóa các thành phần hồ sơ giấy (chưa xác nhận)" in detail
    c = {x.key: x.pk for x in dossier.components.all()}
    refused = post(client, dossier, **{f"pages_{c['to-khai']}": "2"})
    assert refused.status_code == 400
    assert "bản điện tử có 3 trang nhưng bản giấy có 2 trang" in refused.content.decode()
    assert not ECopyFile.objects.exists()
    response = post(client, dossier)
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.digitised_by == officials[Role.DESK_OFFICER]
    body = client.get(page(dossier)).content.decode()
    assert "Bản điện tử đã được" in body and "Tôi xác nhận" not in body  # confirmed: no form any more


def test_an_e_copy_is_served_only_while_its_checksum_matches(login, officials, tree, procedure):
    dossier = received(officials, tree, procedure)
    client = login(officials[Role.DESK_OFFICER])
    post(client, dossier)
    copy = ECopyFile.objects.filter(component__key="giay-chung-sinh").order_by("seq").first()
    url = reverse("office:dossier-ecopy", args=[dossier.pk, copy.pk])
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"\x89PNG")
    with copy.file.open("wb") as handle:  # the stored copy altered behind the system's back
        handle.write(b"\x89PNG tampered")
    response = client.get(url)
    assert response.status_code == 409 and "mã kiểm tra" in response.content.decode()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DENIED, changes__reason="checksum mismatch").exists()


def test_another_agency_and_a_citizen_are_refused(login, client, officials, other_official, citizen, tree, procedure):
    dossier = received(officials, tree, procedure)
    post(login(officials[Role.DESK_OFFICER]), dossier)
    copy = ECopyFile.objects.first()
    urls = [page(dossier), reverse("office:dossier-ecopy", args=[dossier.pk, copy.pk])]
    for user in (other_official, citizen):
        client.logout()
        login(user)
        for url in urls:
            assert client.get(url).status_code in (302, 403), (user, url)
        assert post(client, dossier).status_code in (302, 403)
    # the competent agency's specialist sees the dossier but does not digitise for the desk
    client.logout()
    login(officials[Role.SPECIALIST])
    assert client.get(page(dossier)).status_code == 403
    assert Dossier.objects.get(pk=dossier.pk).digitised_by == officials[Role.DESK_OFFICER]


def test_the_766_page_shows_digitisation_per_agency_within_the_viewers_scope(
    login, client, officials, other_official, citizen, tree, procedure
):
    dossier = received(officials, tree, procedure)
    post(login(officials[Role.DESK_OFFICER]), dossier)
    query = {"from": "2026-03-01", "to": "2026-03-31"}
    client.logout()
    body = login(officials[Role.AGENCY_LEADER]).get(reverse("office:index766"), query).content.decode()
    table = body[body.index('id="table-766-digitisation"') :]
    assert "Sở Tư pháp" in table and "100,00" in table  # 1 received on paper, confirmed
    client.logout()
    body = login(other_official).get(reverse("office:index766"), query).content.decode()
    table = body[body.index('id="table-766-digitisation"') :]
    assert "Sở Tư pháp" not in table
    client.logout()
    login(citizen)
    assert client.get(reverse("office:index766"), query).status_code in (302, 403)
