"""ASVS 5.0 V7.4.2: disabling an account ends its open sessions (official and citizen alike)."""

import pytest
from django.test import Client

from motcua.orgs.permissions import Role

from ..conftest import PASSWORD


@pytest.mark.django_db
def test_a_disabled_official_is_signed_out_at_the_next_request(officials):
    desk = officials[Role.DESK_OFFICER]
    browser = Client()
    assert browser.post("/accounts/login/", {"username": desk.username, "password": PASSWORD}).status_code == 302
    assert browser.get("/office/").status_code == 200
    desk.is_active = False
    desk.save(update_fields=["is_active"])
    response = browser.get("/office/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


@pytest.mark.django_db
def test_a_disabled_citizen_is_signed_out_too(citizen):
    browser = Client()
    browser.force_login(citizen, backend="motcua.accounts.backends.CitizenBackend")
    assert browser.get("/").wsgi_request.user == citizen
    citizen.is_active = False
    citizen.save(update_fields=["is_active"])
    assert browser.get("/").wsgi_request.user.is_anonymous
