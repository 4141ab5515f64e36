"""Issue 13 item 5b: the name and ID number verified by VNeID are read-only on the profile and in online
submission, enforced by the server (a forged POST changes nothing)."""
# ruff: noqa: F811 (pytest fixtures imported from tests/submissions/conftest.py are used as arguments)

from __future__ import annotations

import pytest
from django.urls import reverse

from motcua.accounts import services as accounts
from motcua.submissions import services

from ..submissions.conftest import procedure  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def verified(db):
    """A citizen who logged in through VNeID (level 2)."""
    user = accounts.sign_in_with_vneid(
        accounts.VneidIdentity(
            subject="sub-1", account_type="citizen", id_number="010190001234", full_name="Lò Thị Mai", level=2
        )
    )
    return accounts.record_consent(user, actor=user)


def test_online_submission_keeps_the_verified_name_and_number(client, verified, procedure):
    draft = services.start_draft(user=verified, procedure=procedure)
    client.force_login(verified)
    url = reverse("portal:draft-applicant", args=[draft.pk])
    page = client.get(url).content.decode()
    assert 'name="name"' in page and "Lò Thị Mai" in page
    for name in ("name", "id_number"):
        field = page[page.index(f'name="{name}"') - 200 : page.index(f'name="{name}"') + 200]
        assert "disabled" in field
    assert "Đã được xác thực qua VNeID" in page
    forged = {"applying_as": "self", "name": "Người Khác", "id_number": "001122334455", "phone": "0912345678"}
    assert client.post(url, forged).status_code == 302
    draft.refresh_from_db()
    assert (draft.applicant["name"], draft.applicant["id_number"]) == ("Lò Thị Mai", "010190001234")
    # the service itself refuses the change, whatever page or client calls it
    services.save_applicant(draft, user=verified, applying_as="self", data=forged)
    draft.refresh_from_db()
    assert (draft.applicant["name"], draft.applicant["id_number"]) == ("Lò Thị Mai", "010190001234")


def test_an_unverified_account_may_correct_its_name(client, citizen, procedure):
    draft = services.start_draft(user=citizen, procedure=procedure)
    data = {"name": "Nguyễn Văn Ân", "id_number": "010203004005", "phone": "0912345678"}
    services.save_applicant(draft, user=citizen, applying_as="self", data=data)
    draft.refresh_from_db()
    assert draft.applicant["name"] == "Nguyễn Văn Ân"


def test_the_profile_shows_the_verified_identity_read_only(client, verified):
    client.force_login(verified)
    page = client.get(reverse("portal:account")).content.decode()
    assert "Lò Thị Mai" in page and "010190001234" in page and 'name="id_number"' not in page
    assert "không thể thay đổi tại đây" in page
    client.post(
        reverse("portal:account"),
        {"full_name": "Người Khác", "id_number": "001122334455", "phone": "0912345678", "preferred_language": "vi"},
    )
    verified.refresh_from_db()
    assert (verified.full_name, verified.id_number) == ("Lò Thị Mai", "010190001234")
