"""Registration (đăng ký tài khoản), profile changes and the citizens' login identifiers, at service level."""

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from motcua.accounts import lockout, services
from motcua.accounts.models import User
from motcua.audit.models import AuditEntry

from ..conftest import PASSWORD, make_staff


def person(**overrides) -> dict:
    data = {
        "account_type": "citizen",
        "name": "  Nguyễn   Thị Hoa ",
        "id_number": "010190001111",
        "phone": "+84 912 345 678",
        "email": "hoa@example.vn",
        "password": PASSWORD,
        "consent": True,
        "address": "Phường Lào Cai",
    }
    return {**data, **overrides}


def business(**overrides) -> dict:
    data = person(
        account_type="business",
        name="Công ty TNHH Chè Bát Xát",
        id_number="5300654323-001",
        phone="0388000111",
        email="che@example.vn",
    )
    return {**data, **overrides}


def errors_of(**data) -> dict:
    with pytest.raises(ValidationError) as caught:
        services.register(**data)
    return caught.value.message_dict


def test_a_person_registers_with_normalised_data_and_an_audit_row(db):
    user = services.register(**person())
    assert user.account_type == "citizen" and user.username == user.id_number == "010190001111"
    assert user.full_name == "Nguyễn Thị Hoa" and user.phone == "0912345678" and user.consented_at is not None
    assert user.identity_level == 0 and user.check_password(PASSWORD)
    row = AuditEntry.objects.get(action="create", object_type="accounts.user", object_id=str(user.pk))
    assert row.changes["id_number"] == [None, "010190001111"] and "password" not in row.changes


def test_a_business_registers_with_its_tax_code(db):
    user = services.register(**business())
    assert user.account_type == "business" and user.is_business
    assert user.id_number == "5300654323-001" and user.organisation_name == user.full_name == "Công ty TNHH Chè Bát Xát"


@pytest.mark.parametrize(
    "field, value",
    [("id_number", "010190001111"), ("email", "HOA@example.vn"), ("phone", "0912.345.678")],
)
def test_duplicates_are_refused_with_the_field_named(db, field, value):
    services.register(**person())
    other = person(id_number="010190002222", email="other@example.vn", phone="0977000111")
    errors = errors_of(**{**other, field: value})
    assert list(errors) == [field]
    assert User.objects.count() == 1


@pytest.mark.parametrize("bad", ["01019000111", "0101900011112", "01019000111a", ""])
def test_a_personal_id_has_twelve_digits(db, bad):
    assert "id_number" in errors_of(**person(id_number=bad))


@pytest.mark.parametrize("bad", ["530065432", "5300654323-01", "53006543230011", "5300654321"])
def test_a_tax_code_has_ten_digits_or_ten_dash_three(db, bad):
    assert "id_number" in errors_of(**business(id_number=bad))


def test_consent_phone_and_password_are_checked_all_at_once(db):
    errors = errors_of(**person(consent=False, phone="0212345678", password="12345678901"))
    assert set(errors) == {"consent", "phone", "password"}
    assert not User.objects.exists()


def test_an_official_cannot_register_a_citizen_account(tree):
    official = make_staff("desk", tree.justice, "desk_officer")
    with pytest.raises(PermissionDenied):
        services.register(**person(), actor=official)
    assert not User.objects.filter(id_number="010190001111").exists()


@pytest.mark.parametrize(
    "identifier", ["010190001111", "hoa@example.vn", "HOA@EXAMPLE.VN", "0912345678", "+84912345678"]
)
def test_a_citizen_logs_in_with_any_identifier(db, identifier):
    user = services.register(**person())
    assert authenticate(None, username=identifier, password=PASSWORD) == user
    assert authenticate(None, username=identifier, password="wrong-password-123") is None


def test_staff_log_in_by_user_name_only(tree):
    official = make_staff("desk", tree.justice, "desk_officer")
    official.email, official.phone = "desk@example.vn", "0911222333"
    official.save()
    assert authenticate(None, username="desk", password=PASSWORD) == official
    assert authenticate(None, username="desk@example.vn", password=PASSWORD) is None
    assert authenticate(None, username="0911222333", password=PASSWORD) is None


def test_the_owner_updates_the_profile_and_it_is_audited(db):
    user = services.register(**person())
    services.update_profile(
        user, actor=user, phone="0987 654 321", email="hoa2@example.vn", address="Sa Pa", preferred_language="en"
    )
    user.refresh_from_db()
    assert (user.phone, user.email, user.address, user.preferred_language) == (
        "0987654321",
        "hoa2@example.vn",
        "Sa Pa",
        "en",
    )
    row = AuditEntry.objects.filter(action="update", object_id=str(user.pk)).latest("id")
    assert row.changes["phone"] == ["0912345678", "0987654321"]


def test_nobody_else_updates_a_profile(tree):
    user = services.register(**person())
    other = services.register(**person(id_number="010190002222", email="b@example.vn", phone="0977000111"))
    official = make_staff("other", tree.construction, "agency_admin")
    for actor in (other, official):
        with pytest.raises(PermissionDenied):
            services.update_profile(user, actor=actor, phone="0900000000", email="x@example.vn")
    user.refresh_from_db()
    assert user.phone == "0912345678"


def test_a_profile_cannot_take_another_accounts_contact(db):
    user = services.register(**person())
    services.register(**person(id_number="010190002222", email="b@example.vn", phone="0977000111"))
    with pytest.raises(ValidationError) as caught:
        services.update_profile(user, actor=user, phone="0977000111", email="B@example.vn")
    assert set(caught.value.message_dict) == {"phone", "email"}


def test_phone_spellings_share_one_lockout_count(db, client):
    user = services.register(**person())
    spellings = ["0912345678", "+84912345678", "0912 345 678", "84912345678"]
    for attempt in range(lockout.MAX_PER_USERNAME):
        client.post(
            reverse("login"), {"username": spellings[attempt % 4], "password": "wrong"}, REMOTE_ADDR=f"10.1.0.{attempt}"
        )
    response = client.post(reverse("login"), {"username": "0912.345.678", "password": PASSWORD}, REMOTE_ADDR="10.2.0.1")
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert user.check_password(PASSWORD)  # the password was right: the lockout refused it
