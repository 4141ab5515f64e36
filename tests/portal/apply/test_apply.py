"""Online submission pages: the four steps, resume after logging in again, errors tied to fields,
reuse from the data store, and that nobody but the owner sees a draft or a store item."""
# ruff: noqa: F811 (pytest fixtures imported from tests/submissions/conftest.py are used as arguments)

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Status
from motcua.orgs.permissions import Role
from motcua.submissions import selectors, services
from motcua.submissions.models import Draft

from ...catalogue.factories import content, publish
from ...conftest import PASSWORD
from ...submissions.conftest import (  # noqa: F401 (fixtures)
    desk_only_procedure,
    other_citizen,
    pdf,
    procedure,
    ready_draft,
    text_as_pdf,
)

pytestmark = pytest.mark.django_db
APPLY = reverse("portal:procedure-apply", args=["2.000488"])


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def step(name: str, draft) -> str:
    return reverse(f"portal:draft-{name}", args=[draft.pk])


def test_walk_through_the_four_steps(english, citizen, procedure, officials):
    citizen.email, citizen.phone = "an@example.vn", "0912345678"
    citizen.save()
    client = english
    client.force_login(citizen)
    page = client.get(APPLY)
    assert page.status_code == 200 and b"Start the application" in page.content

    response = client.post(APPLY)
    draft = Draft.objects.get(owner=citizen)
    assert response.url == step("applicant", draft)
    page = client.get(step("applicant", draft))
    assert "Nguyễn Văn An" in page.content.decode() and b"an@example.vn" in page.content
    assert b"Step 1 of 4" in page.content and b'aria-current="step"' in page.content

    response = client.post(
        step("applicant", draft),
        {"applying_as": "self", "name": "Nguyễn Văn An", "id_number": "010203004005", "phone": "0912345678"},
    )
    assert response.status_code == 302 and response.url == step("case", draft)

    # closing the browser loses nothing: log out, log in again, resume from "My drafts"
    client.logout()  # the test client's logout drops every cookie, the language one too
    client.cookies["django_language"] = "en"
    client.login(username="citizen", password=PASSWORD)
    listing = client.get(reverse("portal:my-drafts"))
    assert "Cấp phiếu lý lịch tư pháp" in listing.content.decode()
    assert client.get(reverse("portal:draft", args=[draft.pk])).url == step("case", draft)

    page = client.get(step("case", draft))
    assert b"Step 2 of 4" in page.content
    response = client.post(step("case", draft), {"desk": str(draft.desk_id), "return_method": "post"})
    assert response.url == step("components", draft)

    response = client.post(
        step("components", draft), {"file_to-khai": pdf("to-khai.pdf"), "file_giay-chung-sinh": pdf("gcs.pdf")}
    )
    assert response.status_code == 302 and response.url == step("check", draft)

    page = client.get(step("check", draft))
    text = page.content.decode()
    assert "gcs.pdf" in text and "010203004005" in text and step("applicant", draft) in text
    assert len(page.content) < 150_000

    refused = client.post(step("check", draft), {"save_to_store": "on"})
    assert refused.status_code == 400
    assert b'id="id_declaration_error"' in refused.content and not Dossier.objects.exists()

    response = client.post(step("check", draft), {"save_to_store": "on", "declaration": "on"})
    assert response.url == step("submitted", draft)
    done = client.get(response.url)
    assert b"awaiting acceptance by the desk" in done.content
    dossier = Dossier.objects.get()
    assert dossier.status == Status.SUBMITTED and dossier.return_method == "post"
    assert dossier.components.count() == 2
    # a submitted draft is read-only: its steps lead to the confirmation
    assert client.get(step("applicant", draft)).url == step("submitted", draft)
    assert not client.get(reverse("portal:my-drafts")).context["drafts"]
    assert selectors.store_items(citizen).count() == 2


def test_required_missing_and_bad_file_errors_are_tied_to_the_component(english, citizen, procedure):
    english.force_login(citizen)
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    response = english.post(step("components", draft), {"file_to-khai": pdf()})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_file_giay-chung-sinh_error"' in html and "Giấy chứng sinh" in html
    assert 'aria-describedby="id_file_giay-chung-sinh_helptext id_file_giay-chung-sinh_error"' in html
    assert draft.components.filter(key="to-khai").exists()  # the valid upload was kept

    response = english.post(step("components", draft), {"file_giay-chung-sinh": text_as_pdf()})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_file_giay-chung-sinh_error"' in html and "gia.pdf" in html
    assert not draft.components.filter(key="giay-chung-sinh").exists()


def test_reuse_from_the_data_store_page(english, citizen, procedure):
    services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True)
    item = selectors.store_items(citizen).get(component_key="to-khai")
    english.force_login(citizen)
    draft = ready_draft(citizen, procedure, files={"giay-chung-sinh": pdf()}, finish=False)
    page = english.get(step("components", draft))
    assert f'name="reuse_to-khai" value="{item.pk}"' in page.content.decode()
    response = english.post(step("components", draft), {"reuse_to-khai": str(item.pk)})
    assert response.url == step("check", draft)
    english.post(step("check", draft), {"declaration": "on"})
    component = Dossier.objects.latest("pk").components.get(key="to-khai")
    assert component.from_data_store and component.store_item == item

    store = english.get(reverse("portal:data-store"))
    assert store.status_code == 200 and item.original_name in store.content.decode()
    assert english.get(reverse("portal:data-store-download", args=[item.pk])).status_code == 200
    response = english.post(reverse("portal:data-store-delete", args=[item.pk]))
    assert response.url == reverse("portal:data-store")
    component.refresh_from_db()
    assert component.file and component.file.storage.exists(component.file.name)


def test_others_get_404(client, citizen, other_citizen, officials, procedure):
    draft = ready_draft(citizen, procedure)
    component = draft.components.first()
    services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True)
    item = selectors.store_items(citizen).first()
    urls = [
        reverse("portal:draft", args=[draft.pk]),
        *(step(name, draft) for name in ("applicant", "case", "components", "check", "submitted", "discard")),
        reverse("portal:draft-file", args=[draft.pk, component.pk]),
        reverse("portal:data-store-download", args=[item.pk]),
    ]
    client.force_login(other_citizen)
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("portal:data-store-delete", args=[item.pk])).status_code == 404
    assert client.post(step("discard", draft)).status_code == 404
    for official in (officials[Role.DESK_OFFICER], officials[Role.PROVINCE_ADMIN]):
        client.force_login(official)
        for url in urls:
            assert client.get(url).status_code == 404, url
        assert client.post(reverse("portal:data-store-delete", args=[item.pk])).status_code == 404
    assert Draft.objects.filter(pk=draft.pk).exists() and selectors.store_items(citizen).filter(pk=item.pk).exists()


def test_officials_get_a_polite_403(english, officials, procedure):
    english.force_login(officials[Role.DESK_OFFICER])
    for response in (english.get(APPLY), english.post(APPLY), english.get(reverse("portal:my-drafts"))):
        assert response.status_code == 403
        assert b"for citizens and businesses" in response.content
    assert not Draft.objects.exists()


def test_anonymous_visitors_are_asked_to_log_in(client, procedure):
    page = client.get(APPLY)
    assert page.status_code == 200 and reverse("login").encode() in page.content
    response = client.post(APPLY)
    assert response.status_code == 302 and reverse("login") in response.url
    assert client.get(reverse("portal:my-drafts")).status_code == 302


def test_desk_only_procedure_is_explained(english, citizen, desk_only_procedure):
    english.force_login(citizen)
    url = reverse("portal:procedure-apply", args=["2.000999"])
    page = english.get(url)
    assert page.status_code == 200 and b"cannot be done online" in page.content
    assert "Tờ khai đăng ký khai sinh" in page.content.decode()
    english.post(url)
    assert not Draft.objects.exists()


def test_discard(english, citizen, procedure):
    draft = ready_draft(citizen, procedure)
    english.force_login(citizen)
    assert english.get(step("discard", draft)).status_code == 200
    assert english.post(step("discard", draft)).url == reverse("portal:my-drafts")
    assert not Draft.objects.exists()


def test_forms_are_csrf_protected(citizen, procedure):
    draft = ready_draft(citizen, procedure)
    client = Client(enforce_csrf_checks=True)
    client.force_login(citizen)
    assert client.post(APPLY).status_code == 403
    assert client.post(step("check", draft), {"declaration": "on"}).status_code == 403
    assert not Dossier.objects.exists()
    page = client.get(step("check", draft))
    assert b"csrfmiddlewaretoken" in page.content


def test_components_flagged_from_the_store_are_preselected(english, citizen, procedure, tree):
    services.submit_draft(ready_draft(citizen, procedure), user=citizen, declaration=True)
    item = selectors.store_items(citizen).get(component_key="to-khai")
    flagged = content(
        name="Cấp bản sao giấy khai sinh",
        level="province",
        implementing_agency="H15.03",
        components=[
            {"key": "to-khai", "name": "Tờ khai đăng ký khai sinh", "from_data_store": True},
            {"key": "giay-chung-sinh", "name": "Giấy chứng sinh"},
        ],
    )
    other = publish(tree.justice, [("2.000500", "new", flagged)], day=dt.date(2026, 1, 5))
    draft = ready_draft(citizen, other, files={}, finish=False)
    english.force_login(citizen)
    html = english.get(step("components", draft)).content.decode()
    assert f'name="reuse_to-khai" value="{item.pk}" id="id_reuse_to-khai_1" checked' in html
    assert 'name="reuse_giay-chung-sinh" value="" id="id_reuse_giay-chung-sinh_0" checked' in html


def test_a_replaced_version_shows_a_notice(english, citizen, procedure, tree):
    draft = ready_draft(citizen, procedure)
    english.force_login(citizen)
    assert b"was amended after you started" not in english.get(step("check", draft)).content
    amended = content(name="Cấp phiếu lý lịch tư pháp (sửa đổi)", level="province", implementing_agency="H15.03")
    publish(tree.justice, [(procedure, "amend", amended)], day=dt.date(2026, 6, 1))
    page = english.get(step("check", draft))
    assert b"was amended after you started" in page.content


def test_owner_downloads_own_draft_file_and_finds_the_links_at_home(english, citizen, procedure):
    draft = ready_draft(citizen, procedure)
    component = draft.components.get(key="to-khai")
    english.force_login(citizen)
    response = english.get(reverse("portal:draft-file", args=[draft.pk, component.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-")
    home = english.get(reverse("portal:home")).content.decode()
    assert reverse("portal:my-drafts") in home and reverse("portal:data-store") in home


def test_on_behalf_through_the_form(english, citizen, procedure):
    draft = services.start_draft(user=citizen, procedure=procedure)
    english.force_login(citizen)
    data = {
        "applying_as": "other",
        "name": "Nguyễn Văn An",
        "phone": "0912345678",
        "principal_name": "Lê Thị Cúc",
        "principal_id_number": "001122334455",
        "principal_address": "Xã A Mú Sung",
        "relation": "con",
        "authorisation_number": "12/UQ",
        "authorisation_date": "2026-02-01",
    }
    refused = english.post(step("applicant", draft), {**data, "authorisation_file": text_as_pdf("uq.pdf")})
    assert refused.status_code == 400 and b'id="id_authorisation_file_error"' in refused.content
    draft.refresh_from_db()
    assert draft.step == 0 and not draft.acting_for  # nothing half-saved
    response = english.post(step("applicant", draft), {**data, "authorisation_file": pdf("uq.pdf")})
    assert response.url == step("case", draft)
    draft.refresh_from_db()
    assert draft.applying_as == "other" and draft.acting_for["name"] == "Lê Thị Cúc"
    assert draft.components.get(key=services.AUTHORISATION).original_name == "uq.pdf"
    page = english.get(step("applicant", draft)).content.decode()
    assert "Letter already attached: uq.pdf" in page and 'value="Lê Thị Cúc"' in page
