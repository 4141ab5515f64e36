"""The whole VNeID login over real HTTP: a cookie-keeping urllib "browser" against the live server,
which serves both the portal (relying party) and the simulator (identity provider), CSRF included."""

from __future__ import annotations

import html
import http.cookiejar
import re
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from django.core.cache import cache

from motcua.accounts.models import User

from ..portal.test_page_weight import LIMIT, weight


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def open(self, url: str, data: dict | None = None, referer: str = "") -> tuple[int, str, str]:
        """(status, Location, body) without following redirects."""
        body = urlencode(data).encode() if data is not None else None
        headers = {"Referer": referer} if referer else {}
        request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310 — live server URLs
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers.get("Location", ""), exc.read().decode()


def form_fields(page: str) -> dict:
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page)
    return {name: html.unescape(value) for name, value in fields}


@pytest.mark.django_db(transaction=True)
def test_a_citizen_logs_in_with_vneid_over_http(live_server, settings):
    cache.clear()
    settings.MOTCUA_VNEID_SIMULATOR = True
    settings.MOTCUA_OIDC_ISSUER = settings.MOTCUA_OIDC_CLIENT_ID = ""  # defaults: the simulator on this host
    browser, base = Browser(), live_server.url

    status, location, _ = browser.open(base + "/accounts/login/")
    status, location, _ = browser.open(base + "/account/vneid/login/")
    assert status == 302 and location.startswith(base + "/vneid-sim/authorize?")
    status, _, page = browser.open(location)
    assert status == 200 and "Trần Quốc Bảo" in page
    assert weight(page)[0] < LIMIT

    fields = {**form_fields(page), "identity": "tran-quoc-bao", "loa": "1", "decision": "allow"}
    status, callback, _ = browser.open(base + "/vneid-sim/authorize", fields, referer=location)
    assert status == 302 and callback.startswith(base + "/account/vneid/callback/?code=")
    status, location, _ = browser.open(callback)
    assert status == 302 and location == "/account/consent/"
    status, _, page = browser.open(base + location)
    status, location, _ = browser.open(base + "/account/consent/", {**form_fields(page), "consent": "on"}, base)
    assert status == 302

    status, _, page = browser.open(base + "/account/")
    assert status == 200 and "Trần Quốc Bảo" in page and "079201009876" in page
    user = User.objects.get(id_number="079201009876")
    assert user.identity_level == 1 and user.consented_at is not None

    status, _, _ = browser.open(callback)  # the same answer again: state and code are spent
    assert status == 400


def test_account_pages_stay_light(client, citizen):
    for url in ("/account/register/", "/accounts/login/"):
        assert weight(client.get(url).content.decode())[0] < LIMIT, url
    client.force_login(citizen)
    assert weight(client.get("/account/").content.decode())[0] < LIMIT
