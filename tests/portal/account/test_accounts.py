"""The portal's account pages: register, log in with each identifier, profile, password."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from motcua.accounts import services
from motcua.accounts.models import User
from motcua.audit.models import AuditEntry
from motcua.core import outbox
from motcua.orgs.permissions import Role

from ...conftest import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def form(**overrides) -> dict:
    data = {
        "account_type": "citizen",
        "name": "Hoàng Văn Nam",
        "id_number": "010195003333",
        "phone": "0915111222",
        "email": "nam@example.vn",
        "address": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "consent": "on",
    }
    return {**data, **overrides}


def test_the_registration_page_works_and_logs_the_new_citizen_in(client, db):
    page = client.get(reverse("portal:register"))
    assert page.status_code == 200 and b'name="consent"' in page.content and b"csrfmiddlewaretoken" in page.content
    response = client.post(reverse("portal:register"), form())
    assert response.status_code == 200 and "_auth_user_id" not in client.session  # "check your e-mail"
    confirmed = client.post(confirmation_link())
    assert confirmed.status_code == 302 and confirmed["Location"] == reverse("portal:account")
    user = User.objects.get(id_number="010195003333")
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.get(reverse("portal:account")).status_code == 200


def confirmation_link() -> str:
    """The link of the last registration e-mail (delivered through the outbox)."""
    outbox.drain()
    return re.search(r"https?://[^/\s]+(/account/register/confirm/\S+/)", mail.outbox[-1].body).group(1)


def test_a_business_registers_on_the_page(client, db):
    response = client.post(
        reverse("portal:register"),
        form(account_type="business", name="HTX Dược liệu Sa Pa", id_number="5300777886"),
    )
    assert response.status_code == 200
    assert client.post(confirmation_link()).status_code == 302
    assert User.objects.get(id_number="5300777886").account_type == "business"


def test_errors_are_tied_to_their_fields_and_nothing_is_saved(client, db):
    services.register(
        account_type="citizen",
        name="Người Đã Có",
        id_number="010195003333",
        phone="0915999999",
        email="first@example.vn",
        password=PASSWORD,
        consent=True,
    )
    response = client.post(reverse("portal:register"), form(consent="", password2="different-pass-1"))
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert {"consent", "password2"} <= set(errors)
    assert "id_number" not in errors  # a number that has an account is not told apart on the page
    body = response.content.decode()
    assert 'id="id_consent_error"' in body and 'aria-describedby="id_consent_error"' in body
    assert 'aria-describedby="id_password2_error"' in body or "id_password2_error" in body
    assert User.objects.count() == 1


def test_short_id_and_missing_consent_on_the_page(client, db):
    response = client.post(reverse("portal:register"), form(id_number="12345", consent=""))
    assert response.status_code == 400
    assert {"id_number", "consent"} <= set(response.context["form"].errors)
    assert not User.objects.exists()


def test_an_official_cannot_use_the_citizen_registration(client, officials):
    client.force_login(officials[Role.DESK_OFFICER])
    assert client.get(reverse("portal:register")).status_code == 403
    assert client.post(reverse("portal:register"), form()).status_code == 403
    assert not User.objects.filter(id_number="010195003333").exists()


@pytest.mark.parametrize("identifier", ["010195003333", "nam@example.vn", "0915 111 222"])
def test_login_page_accepts_each_identifier(client, db, identifier):
    client.post(reverse("portal:register"), form())
    client.post(confirmation_link())
    client.post(reverse("logout"))
    response = client.post(reverse("login"), {"username": identifier, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("after-login")
    assert client.get(response["Location"])["Location"] == reverse("portal:home")


def test_login_page_offers_vneid_and_registration(client, db):
    body = client.get(reverse("login")).content.decode()
    assert reverse("portal:vneid-login") in body and reverse("portal:register") in body


def test_profile_needs_login_and_is_not_for_officials(client, officials):
    response = client.get(reverse("portal:account"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    client.force_login(officials[Role.AGENCY_ADMIN])
    assert client.get(reverse("portal:account")).status_code == 403


def test_the_profile_edits_only_the_logged_in_owner(client, citizen):
    other = User.objects.create_user("other-citizen", password=PASSWORD, account_type="citizen", phone="0911000222")
    client.force_login(citizen)
    page = client.get(reverse("portal:account"))
    assert page.status_code == 200 and b"0911000222" not in page.content
    data = {"phone": "", "email": "an@example.vn", "address": "Bát Xát", "preferred_language": "en"}
    data["current_password"] = PASSWORD  # a new e-mail address: re-authenticate, then confirm it (tests/security)
    assert client.post(reverse("portal:account"), data).status_code == 302
    citizen.refresh_from_db()
    other.refresh_from_db()
    assert citizen.address == "Bát Xát" and citizen.preferred_language == "en"
    assert citizen.email == ""  # until the link sent to the new address is opened
    assert other.phone == "0911000222"
    assert AuditEntry.objects.filter(action="update", object_id=str(citizen.pk), actor=citizen).exists()


def test_a_bad_profile_is_refused_field_by_field(client, citizen):
    User.objects.create_user("other-citizen", password=PASSWORD, account_type="citizen", phone="0911000222")
    client.force_login(citizen)
    response = client.post(reverse("portal:account"), {"phone": "0911000222", "email": "", "preferred_language": "vi"})
    assert response.status_code == 400 and "phone" in response.context["form"].errors
    citizen.refresh_from_db()
    assert citizen.phone == ""


def test_password_change(client, citizen):
    client.force_login(citizen)
    response = client.post(
        reverse("portal:password-change"),
        {"old_password": PASSWORD, "new_password1": "another-long-secret-9", "new_password2": "another-long-secret-9"},
    )
    assert response.status_code == 302
    citizen.refresh_from_db()
    assert citizen.check_password("another-long-secret-9")


def test_header_links(client, citizen, officials):
    anonymous = client.get("/").content.decode()
    assert reverse("portal:register") in anonymous
    client.force_login(citizen)
    assert reverse("portal:account") in client.get("/").content.decode()
    client.force_login(officials[Role.DESK_OFFICER])
    assert reverse("portal:account") not in client.get("/").content.decode()
