"""Registration answers the same whether or not the details have an account (issue 14: Low), and a
password built on one's own personal data is refused (issue 14: Low)."""

import re

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from motcua.accounts import services
from motcua.accounts.models import User
from motcua.core import outbox

from ..conftest import PASSWORD

REGISTER = reverse("portal:register")


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


@pytest.fixture
def known(db) -> User:
    return services.register(
        account_type="citizen",
        name="Người Đã Có",
        id_number="010195009999",
        phone="0915999999",
        email="first@example.vn",
        password=PASSWORD,
        consent=True,
    )


def visible(response) -> str:
    """The page without what differs by nature between two requests (CSRF token, the address typed)."""
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
    return re.sub(r"[\w.+-]+@example\.vn", "ADDRESS", body)


def mail_to(address: str) -> str:
    outbox.drain()
    (message,) = [m for m in mail.outbox if address in m.to]
    return message.body


@pytest.mark.parametrize(
    "taken", [{"id_number": "010195009999"}, {"phone": "0915 999 999"}, {"email": "FIRST@example.vn"}]
)
def test_known_details_get_the_same_answer_as_new_ones(client, known, taken):
    fresh = client.post(REGISTER, form(id_number="010195004444", phone="0915444444", email="new@example.vn"))
    client.cookies.clear()
    repeated = client.post(REGISTER, form(**taken))
    assert fresh.status_code == repeated.status_code == 200
    assert visible(fresh) == visible(repeated)
    assert "_auth_user_id" not in client.session
    assert User.objects.filter(pk=known.pk, is_active=True).exists()


def test_the_owner_of_the_typed_address_is_told_the_account_exists(client, known):
    client.post(REGISTER, form(email="first@example.vn"))
    body = mail_to("first@example.vn")
    assert "/account/password/reset/" in body and "/account/register/confirm/" not in body
    assert User.objects.filter(email__iexact="first@example.vn").count() == 1


def test_a_new_citizen_opens_the_account_from_the_e_mail_link(client, db):
    response = client.post(REGISTER, form())
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    user = User.objects.get(id_number="010195003333")
    assert not user.is_active
    link = re.search(r"https?://[^/\s]+(/account/register/confirm/\S+/)", mail_to("nam@example.vn")).group(1)
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    client.post(reverse("logout"))
    assert client.post(link).status_code == 400  # once only
    login = client.post(reverse("login"), {"username": "nam@example.vn", "password": PASSWORD})
    assert login.status_code == 302


def test_an_unconfirmed_registration_does_not_hold_the_numbers(client, db):
    client.post(REGISTER, form(email="squatter@example.vn"))
    client.post(REGISTER, form())
    assert User.objects.get(id_number="010195003333").email == "nam@example.vn"
    assert "/account/register/confirm/" in mail_to("nam@example.vn")


def test_format_errors_are_still_shown_on_the_fields(client, db):
    response = client.post(REGISTER, form(id_number="123", phone="0212345678"))
    assert response.status_code == 400
    assert {"id_number", "phone"} <= set(response.context["form"].errors)


def person(**attributes) -> User:
    values = {"username": "010190001111", "full_name": "Nguyễn Văn An", "id_number": "010190001111"}
    values |= {"phone": "0912345678", "email": "an.nguyen@example.vn"}
    return User(account_type="citizen", **{**values, **attributes})


@pytest.mark.parametrize(
    "password",
    [
        "Nguyễn Văn An",
        "nguyen van an",
        "NGUYENVANAN",
        "nguyenvanan2024",
        "An Văn Nguyễn",
        "0912345678",
        "010190001111",
        "an.nguyen@example.vn",
        "an.nguyen-pass",
    ],
)
def test_a_password_built_on_ones_own_data_is_refused(password):
    with pytest.raises(ValidationError) as refused:
        validate_password(password, person())
    assert "password_personal_data" in [error.code for error in refused.value.error_list]


def test_the_refusal_is_in_vietnamese(settings):
    from django.utils import translation

    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        validate_password("nguyenvanan2024", person())
    assert any("mật khẩu" in message.lower() for message in refused.value.messages)


def test_other_passwords_pass():
    validate_password("correct-horse-battery-staple", person())


def test_registration_refuses_the_name_as_password(db):
    with pytest.raises(ValidationError) as refused:
        services.register(
            account_type="citizen",
            name="Nguyễn Văn An",
            id_number="010190001111",
            phone="0912345678",
            email="an@example.vn",
            password="Nguyễn Văn An",
            consent=True,
        )
    assert "password" in refused.value.message_dict
