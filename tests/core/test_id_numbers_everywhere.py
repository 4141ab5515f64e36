"""Issue 13 item 5a: "12345" is refused as a personal ID number with a Vietnamese message naming the
field — at the counter, in online submission, at registration and in the import API — all through
core.validators."""
# ruff: noqa: F811 (pytest fixtures imported from other test packages are used as arguments)

from __future__ import annotations

import pytest
from django.urls import reverse

from motcua.accounts.models import User
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role
from motcua.submissions import services as submissions

from ..dossiers.conftest import pdf, procedure  # noqa: F401
from ..imports.helpers import line
from ..portal.account.test_accounts import form as registration
from ..submissions.conftest import ready_draft  # noqa: F401

pytestmark = pytest.mark.django_db
ID_MESSAGE = "Số định danh cá nhân: số định danh cá nhân gồm 12 chữ số"


def counter_post(client, tree, procedure, **overrides):
    data = {
        "desk": tree.justice.pk,
        "procedure": procedure.code,
        "case": "",
        "applicant_kind": "person",
        "applicant_name": "Nguyễn Văn An",
        "applicant_id_number": "12345",
        "applicant_phone": "0912345678",
        "channel": "1",
        "return_method": "counter",
        "received_to-khai": "on",
        "file_giay-chung-sinh": pdf("gcs.pdf"),
        "decision": "receive",
    }
    return client.post(reverse("office:dossier-counter"), {**data, **overrides})


def test_the_counter_refuses_12345(client, login, officials, tree, procedure):
    login(officials[Role.DESK_OFFICER])
    page = counter_post(client, tree, procedure)
    assert page.status_code == 400 and ID_MESSAGE in page.content.decode()
    organisation = counter_post(
        client, tree, procedure, applicant_kind="organisation", applicant_id_number="0100109107"
    )
    assert "Mã số thuế: 0100109107 không phải là mã số thuế hợp lệ" in organisation.content.decode()
    bad_rep = counter_post(client, tree, procedure, applicant_id_number="010203004005", rep_name="B", rep_id_number="1")
    assert "Số định danh cá nhân của người được ủy quyền: số định danh" in bad_rep.content.decode()
    assert not Dossier.objects.exists()
    good = counter_post(client, tree, procedure, applicant_id_number=" 0102 0300 4005 ")
    assert good.status_code == 302 and Dossier.objects.get().applicant_id_number == "010203004005"


def test_online_submission_refuses_12345(client, citizen, procedure):
    draft = submissions.start_draft(user=citizen, procedure=procedure)
    client.force_login(citizen)
    url = reverse("portal:draft-applicant", args=[draft.pk])
    page = client.post(url, {"applying_as": "self", "name": "Nguyễn Văn An", "id_number": "12345", "phone": "0912"})
    assert page.status_code == 400 and ID_MESSAGE in page.content.decode()
    org = {"applying_as": "organisation", "name": "Nguyễn Văn An", "phone": "0912345678", "org_name": "HTX"}
    page = client.post(url, {**org, "org_tax_code": "12345", "org_address": "Lào Cai"})
    assert "Mã số thuế: mã số thuế gồm 10 chữ số" in page.content.decode()


def test_registration_refuses_12345(client, db):
    page = client.post(reverse("portal:register"), registration(id_number="12345"))
    assert "Số định danh cá nhân: số định danh cá nhân phải gồm đúng 12 chữ số" in page.content.decode()
    page = client.post(reverse("portal:register"), registration(id_number="003195003333"))
    assert "(003) không phải là mã tỉnh" in page.content.decode()
    assert not User.objects.filter(id_number__in=["12345", "003195003333"]).exists()


def test_the_import_api_refuses_12345(client, login, officials, procedure):
    login(officials[Role.PROVINCE_ADMIN])
    body = line("ID-1", applicant={"name": "Nguyễn Văn An", "id_number": "12345"}) + "\n"
    response = client.post(
        "/api/v1/dossiers/import", data=body.encode(), content_type="application/x-ndjson", HTTP_ACCEPT_LANGUAGE="vi"
    )
    [error] = response.json()["errors"]
    assert error["field"] == "applicant.id_number" and error["message"].startswith("Số định danh cá nhân:")
    assert not Dossier.objects.exists()
