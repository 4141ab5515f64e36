"""The client's address: X-Forwarded-For trusted only for MOTCUA_TRUSTED_PROXIES proxies (issue 14: Medium 4)."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from motcua.accounts import lockout
from motcua.audit.context import client_ip
from motcua.audit.models import AuditEntry


def request(forwarded: str | None = None, remote: str = "10.0.0.1"):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "6.6.6.6", "10.0.0.1"),  # no proxy: the header is the client's own text
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # one proxy appended what it saw
        (1, "203.0.113.7", "203.0.113.7"),
        (2, "6.6.6.6, 203.0.113.7, 10.1.1.1", "203.0.113.7"),
        (2, "203.0.113.7", "10.0.0.1"),  # fewer entries than proxies: not through them
        (1, "6.6.6.6, not-an-address", "10.0.0.1"),
        (1, "", "10.0.0.1"),
    ],
)
def test_the_nth_entry_from_the_right(settings, proxies, forwarded, expected):
    settings.MOTCUA_TRUSTED_PROXIES = proxies
    assert client_ip(request(forwarded)) == expected


def test_the_https_proxy_setting_alone_does_not_trust_the_header(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.MOTCUA_TRUSTED_PROXIES = 0
    assert client_ip(request("6.6.6.6")) == "10.0.0.1"


def test_a_forged_header_does_not_escape_the_lookup_limit(settings, client, db):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # MOTCUA_BEHIND_PROXY=1
    settings.MOTCUA_TRUSTED_PROXIES = 1
    statuses = [
        client.get(
            reverse("portal:dossier-status", args=["H15-000000-0001"]),
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}, 203.0.113.7",
        ).status_code
        for number in range(65)
    ]
    assert statuses.count(429) == 5


def test_a_forged_header_does_not_escape_the_address_lockout(settings, client, db):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # MOTCUA_BEHIND_PROXY=1
    settings.MOTCUA_TRUSTED_PROXIES = 1
    for number in range(lockout.MAX_PER_ADDRESS):
        client.post(
            reverse("login"),
            {"username": f"nobody{number}", "password": "x"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}, 203.0.113.7",
        )
    assert set(AuditEntry.objects.filter(action="login_failed").values_list("ip", flat=True)) == {"203.0.113.7"}
    assert lockout.is_locked("somebody", request("1.2.3.4, 203.0.113.7"))
