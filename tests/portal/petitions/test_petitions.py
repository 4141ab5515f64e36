"""Petitions on the portal: the form, the confirmation, published answers, the petitioner's own list."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from motcua.orgs.permissions import Role
from motcua.petitions import services
from motcua.petitions.models import Petition

from ...petitions.conftest import PETITIONER, at, petition_input


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def form_data(agency, **fields) -> dict:
    data = {
        "agency": agency.pk,
        "kind": "proposal",
        "title": "Đề nghị bỏ bản sao giấy khai sinh",
        "content": "Nội dung đề nghị.",
        "name": PETITIONER["name"],
        "address": PETITIONER["address"],
        "phone": PETITIONER["phone"],
        "email": PETITIONER["email"],
    }
    data.update(fields)
    return data


@pytest.fixture
def published(tree, officials):
    petition = services.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9))
    desk = officials[Role.DESK_OFFICER]
    petition = services.accept(petition, user=desk, at=at(2026, 3, 9, 9))
    petition = services.answer(petition, user=desk, text="Kính gửi bà Phạm Thị Riêng Tư: đã sửa.", at=at(2026, 3, 10))
    return services.publish(
        petition,
        user=desk,
        public_title="Bản sao giấy khai sinh",
        public_answer="Sở đã sửa quy định.",
        at=at(2026, 3, 11),
    )


def test_the_form_has_csrf_and_lists_agencies_but_not_units(client, tree):
    response = client.get("/petitions/new/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "csrfmiddlewaretoken" in body
    assert "Sở Tư pháp" in body and "Sở Xây dựng" in body
    assert "Phòng Hành chính tư pháp" not in body


def test_the_form_refuses_a_post_without_csrf(tree):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/petitions/new/", form_data(tree.justice))
    assert response.status_code == 403
    assert not Petition.objects.exists()


def test_anonymous_submission_shows_the_code_on_the_confirmation(client, tree):
    response = client.post("/petitions/new/", form_data(tree.justice))
    assert response.status_code == 302
    assert response["Location"] == "/petitions/new/sent/"
    petition = Petition.objects.get()
    assert petition.account is None and petition.channel == "portal"
    page = client.get("/petitions/new/sent/")
    assert petition.code in page.content.decode()
    assert Client().get("/petitions/new/sent/").status_code == 302  # another browser sees nothing


def test_missing_required_fields_are_tied_to_their_inputs(client, tree):
    response = client.post("/petitions/new/", form_data(tree.justice, name="", phone="abc", address=""))
    assert response.status_code == 400
    body = response.content.decode()
    for name in ("name", "phone", "address"):
        assert f'id="id_{name}_error"' in body
        tag = re.search(rf'<(?:input|textarea)[^>]*id="id_{name}"[^>]*>', body).group(0)
        assert f"id_{name}_error" in tag and 'aria-invalid="true"' in tag
    assert not Petition.objects.exists()


def test_a_service_error_lands_on_its_field(client, tree):
    response = client.post("/petitions/new/", form_data(tree.justice, dossier="H15.03-000000-0000"))
    assert response.status_code == 400
    assert 'id="id_dossier_error"' in response.content.decode()


def test_anonymous_submissions_are_rate_limited_per_address(client, tree):
    for _ in range(3):
        assert client.post("/petitions/new/", form_data(tree.justice)).status_code == 302
    response = client.post("/petitions/new/", form_data(tree.justice))
    assert response.status_code == 429
    assert Petition.objects.count() == 3
    other = Client(REMOTE_ADDR="10.1.2.3")
    assert other.post("/petitions/new/", form_data(tree.justice)).status_code == 302


def test_a_logged_in_citizen_gets_the_form_filled_and_the_petition_in_my_petitions(client, tree, citizen, login):
    citizen.phone, citizen.address = "0912000111", "Bắc Lệnh, Lào Cai"
    citizen.save()
    login(citizen)
    body = client.get("/petitions/new/").content.decode()
    assert "0912000111" in body and "Nguyễn Văn An" in body
    client.post("/petitions/new/", form_data(tree.justice))
    petition = Petition.objects.get()
    assert petition.account == citizen
    mine = client.get("/my/petitions/").content.decode()
    assert petition.code in mine
    detail = client.get(f"/my/petitions/{petition.pk}/")
    assert detail.status_code == 200
    assert "Nội dung đề nghị." in detail.content.decode()


def test_my_petition_of_another_account_is_404_and_anonymous_must_log_in(client, tree, citizen, login):
    from ...conftest import User

    someone = User.objects.create_user("other-citizen", password="x", account_type="citizen")
    petition = services.submit(petition_input(tree.justice), account=someone)
    assert client.get("/my/petitions/").status_code == 302
    login(citizen)
    assert client.get(f"/my/petitions/{petition.pk}/").status_code == 404
    assert petition.code not in client.get("/my/petitions/").content.decode()


def test_my_petitions_show_the_answer_and_the_forward(client, tree, citizen, login, officials):
    petition = services.submit(petition_input(tree.justice), account=citizen)
    new = services.forward(petition, user=officials[Role.DESK_OFFICER], to=tree.construction, reason="Thẩm quyền SXD")
    login(citizen)
    body = client.get(f"/my/petitions/{petition.pk}/").content.decode()
    assert "Sở Xây dựng" in body and new.code in body
    assert client.get(f"/my/petitions/{new.pk}/").status_code == 200


def test_public_list_and_page_show_only_the_published_text(client, published, tree):
    unpublished = services.submit(petition_input(tree.justice, title="Chưa công bố"))
    listing = client.get("/petitions/").content.decode()
    page = client.get(f"/petitions/{published.code}/")
    assert page.status_code == 200
    for body in (listing, page.content.decode()):
        assert "Bản sao giấy khai sinh" in body and "Sở đã sửa quy định." in body
        for secret in PETITIONER.values():
            assert secret not in body
        assert "Kính gửi" not in body  # the letter to the petitioner stays private
        assert "Nội dung đề nghị" not in body and "Tôi đề nghị" not in body  # the petition's own text too
    assert "Chưa công bố" not in listing
    assert client.get(f"/petitions/{unpublished.code}/").status_code == 404


def test_public_list_filters_by_agency_and_pages_by_keyset(client, published, tree):
    assert published.code in client.get(f"/petitions/?agency={tree.justice.code}").content.decode()
    assert published.code not in client.get(f"/petitions/?agency={tree.construction.code}").content.decode()
    assert client.get("/petitions/?agency=NOPE").status_code == 404
    assert client.get("/petitions/?after=garbage").status_code == 200
    assert published.code not in client.get("/petitions/?after=1.1").content.decode()  # before 1970


def test_an_official_opening_my_petitions_is_sent_to_the_back_office(client, officials, login):
    login(officials[Role.DESK_OFFICER])
    assert client.get("/my/petitions/").status_code == 403
