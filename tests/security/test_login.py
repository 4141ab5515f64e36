"""One login lockout for every way in, counted per account and per client address (issue 14: High 2, Low)."""

import pytest
from django.contrib.auth import authenticate
from django.test import RequestFactory
from django.urls import reverse

from motcua.accounts import lockout, services
from motcua.accounts.models import User

from ..conftest import PASSWORD


def admin_user() -> User:
    return User.objects.create_superuser("root", password=PASSWORD, account_type="staff", full_name="Quản trị")


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_admin_login_refuses_a_locked_account(db, client):
    admin_user()
    for _ in range(lockout.MAX_PER_USERNAME + 1):
        client.post(reverse("admin:login"), {"username": "root", "password": "wrong"}, REMOTE_ADDR="10.0.0.9")
    response = client.post(reverse("admin:login"), {"username": "root", "password": PASSWORD}, REMOTE_ADDR="10.0.0.10")
    assert response.status_code == 200 and not logged_in(client)


def test_failures_on_the_admin_login_lock_the_portal_login_too(db, client):
    admin_user()
    for _ in range(lockout.MAX_PER_USERNAME):
        client.post(reverse("admin:login"), {"username": "root", "password": "wrong"}, REMOTE_ADDR="10.0.0.9")
    client.post(reverse("login"), {"username": "root", "password": PASSWORD}, REMOTE_ADDR="10.0.0.10")
    assert not logged_in(client)


def test_authenticate_itself_refuses_while_locked(db):
    admin_user()
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.9")
    for _ in range(lockout.MAX_PER_USERNAME):
        assert authenticate(request, username="root", password="wrong") is None
    assert authenticate(request, username="root", password=PASSWORD) is None
    assert authenticate(RequestFactory().post("/"), username="root", password=PASSWORD) is None


def test_a_locked_address_is_refused_for_any_account(db, client):
    admin_user()
    for number in range(lockout.MAX_PER_ADDRESS):
        client.post(reverse("login"), {"username": f"nobody{number}", "password": "x"}, REMOTE_ADDR="10.0.0.66")
    client.post(reverse("admin:login"), {"username": "root", "password": PASSWORD}, REMOTE_ADDR="10.0.0.66")
    assert not logged_in(client)
    client.post(reverse("admin:login"), {"username": "root", "password": PASSWORD}, REMOTE_ADDR="10.0.0.67")
    assert logged_in(client)


def test_the_login_page_still_names_the_lockout(db, client):
    admin_user()
    for _ in range(lockout.MAX_PER_USERNAME):
        client.post(reverse("login"), {"username": "root", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "root", "password": PASSWORD})
    assert response.context["form"].errors.as_data()["__all__"][0].code == "locked"


@pytest.fixture
def person(db) -> User:
    return services.register(
        account_type="citizen",
        name="Trần Thị Hoa",
        id_number="010190001111",
        phone="0912345678",
        email="hoa@example.vn",
        password=PASSWORD,
        consent=True,
    )


def test_failures_with_each_identifier_of_one_account_add_up(person, client):
    identifiers = ["010190001111", "hoa@example.vn", "+84 912 345 678", "HOA@example.vn"]
    for number in range(lockout.MAX_PER_USERNAME):
        client.post(
            reverse("login"),
            {"username": identifiers[number % len(identifiers)], "password": "wrong"},
            REMOTE_ADDR=f"10.0.1.{number}",
        )
    client.post(reverse("login"), {"username": "0912345678", "password": PASSWORD}, REMOTE_ADDR="10.0.2.1")
    assert not logged_in(client)
    client.post(reverse("login"), {"username": "010190001111", "password": PASSWORD}, REMOTE_ADDR="10.0.2.2")
    assert not logged_in(client)


def test_another_account_is_not_locked_by_them(person, client):
    other = User.objects.create_user("desk", password=PASSWORD, account_type="staff", full_name="desk")
    for number in range(lockout.MAX_PER_USERNAME):
        client.post(reverse("login"), {"username": "hoa@example.vn", "password": "x"}, REMOTE_ADDR=f"10.0.1.{number}")
    client.post(reverse("login"), {"username": "desk", "password": PASSWORD}, REMOTE_ADDR="10.0.2.1")
    assert int(client.session["_auth_user_id"]) == other.pk
