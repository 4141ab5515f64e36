"""Lines of the ASVS 5.0 level-2 walk fixed on the way (docs/security/asvs-l2.md): the CSRF cookie is
HttpOnly (V3.3.4), the remembered-computer cookie is ``__Host-`` under HTTPS (V3.3.3), the API is refused
rather than redirected over plain HTTP (V4.1.2), and the secret key can be rotated without losing the
officials' second factors (V11.1.1)."""

from __future__ import annotations

import time

import pytest
from django.test import override_settings

from motcua.accounts import second_factor as factor
from motcua.accounts import totp
from motcua.accounts.models import SecondFactor
from motcua.orgs.permissions import Role

from ..conftest import PASSWORD

pytestmark = pytest.mark.django_db
OLD_KEY, NEW_KEY = "old-" + "k" * 50, "new-" + "k" * 50


def test_the_csrf_cookie_is_httponly(client):
    response = client.get("/accounts/login/")
    cookie = response.cookies["csrftoken"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_plain_http_api_calls_are_refused_not_redirected():
    from django.conf import settings

    assert r"^api/" in settings.SECURE_REDIRECT_EXEMPT  # the project's setting, whatever HTTPS says
    with override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r"^api/"]):
        from django.test import Client

        client = Client()
        api = client.get("/api/v1/procedures")
        assert api.status_code == 403 and "HTTPS" in api.json()["detail"]
        page = client.get("/procedures/")
        assert page.status_code == 301 and page.url.startswith("https://")
        assert client.get("/api/v1/procedures", secure=True).status_code == 200


def test_the_remembered_computer_cookie_is_host_prefixed_under_https(client, officials):
    desk = officials[Role.DESK_OFFICER]
    secret = totp.new_secret()
    past = time.time() - 120
    factor.enrol(desk, secret, totp.code_at(secret, past), now=past)
    with override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True):
        client.post("/accounts/login/", {"username": desk.username, "password": PASSWORD}, secure=True)
        response = client.post(
            "/office/two-factor/verify/",
            {"code": totp.code_at(secret, time.time()), "remember": "on"},
            secure=True,
        )
        cookie = response.cookies["__Host-motcua_2fa_device"]
        assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"]
        client.post("/accounts/logout/", secure=True)
        client.post("/accounts/login/", {"username": desk.username, "password": PASSWORD}, secure=True)
        assert client.get("/office/", secure=True).status_code == 200  # remembered under its new name


def test_rotating_the_secret_key_keeps_the_second_factor_and_re_encrypts_it(officials, settings):
    desk = officials[Role.DESK_OFFICER]
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = OLD_KEY, []
    secret = totp.new_secret()
    past = time.time() - 300
    factor.enrol(desk, secret, totp.code_at(secret, past), now=past)
    stored = SecondFactor.objects.get(user=desk).secret_encrypted

    settings.SECRET_KEY = NEW_KEY  # a new key without the old one as fallback: the factor is unreadable
    assert factor.check(desk, totp.code_at(secret, time.time() - 60)) is False

    settings.SECRET_KEY_FALLBACKS = [OLD_KEY]  # rotation: the old key still decrypts
    assert factor.check(desk, totp.code_at(secret, time.time() - 30)) is True
    rotated = SecondFactor.objects.get(user=desk).secret_encrypted
    assert rotated != stored
    settings.SECRET_KEY_FALLBACKS = []  # once every secret is re-encrypted, the old key can go
    assert factor.check(desk, totp.code_at(secret, time.time())) is True


def test_a_session_ends_at_its_absolute_age_however_busy(client, officials, settings):
    from datetime import timedelta

    from django.utils import timezone

    from motcua.core.models import UserSession

    desk = officials[Role.DESK_OFFICER]
    client.post("/accounts/login/", {"username": desk.username, "password": PASSWORD})
    assert client.get("/office/").status_code == 200
    # used a minute ago, but signed in longer ago than the session age (8 hours)
    UserSession.objects.filter(user=desk).update(
        created_at=timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE + 60),
        last_seen_at=timezone.now() - timedelta(minutes=1),
    )
    response = client.get("/office/")
    assert response.status_code == 302 and "/accounts/login/" in response.url
