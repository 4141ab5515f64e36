"""Issue 14, Low: CSP, __Host- cookies, HSTS, no-store on personal pages, and a request-body limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse

from motcua.orgs.permissions import Role

ROOT = Path(__file__).resolve().parents[2]


def _settings_with(**environ) -> dict:
    """The production settings module imported afresh with MOTCUA_* variables set."""
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({k: getattr(s, k) for k in "
        "['SESSION_COOKIE_NAME', 'CSRF_COOKIE_NAME', 'LANGUAGE_COOKIE_NAME', 'LANGUAGE_COOKIE_SECURE', "
        "'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
        "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', "
        "'MAX_REQUEST_BODY_BYTES', 'UPLOAD_MAX_BYTES']}))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    env |= {"MOTCUA_SECRET_KEY": "x", "PYTHONPATH": str(ROOT / "src"), "MOTCUA_VAR_DIR": str(ROOT / "var" / "test")}
    env["DJANGO_SETTINGS_MODULE"] = "motcua.settings"
    env |= {f"MOTCUA_{k}": v for k, v in environ.items()}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_https_uses_host_prefixed_cookies_and_hsts_with_subdomains():
    conf = _settings_with(HTTPS="1")
    assert conf["SESSION_COOKIE_NAME"] == "__Host-sessionid" and conf["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert conf["LANGUAGE_COOKIE_NAME"] == "__Host-django_language"
    assert conf["SESSION_COOKIE_SECURE"] and conf["CSRF_COOKIE_SECURE"] and conf["LANGUAGE_COOKIE_SECURE"]
    assert conf["SECURE_HSTS_SECONDS"] >= 31536000 and conf["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert conf["SECURE_HSTS_PRELOAD"] is False
    assert _settings_with(HTTPS="1", HSTS_SUBDOMAINS="0")["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False
    plain = _settings_with()
    assert plain["SESSION_COOKIE_NAME"] == "sessionid" and not plain["SECURE_HSTS_INCLUDE_SUBDOMAINS"]


def test_a_host_cookie_is_secure_for_the_whole_host(client, citizen):
    conf = _settings_with(HTTPS="1")
    names = {k: conf[k] for k in ("SESSION_COOKIE_NAME", "CSRF_COOKIE_NAME")}
    with override_settings(**names, SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True):
        response = client.post(reverse("login"), {"username": "citizen", "password": "correct-horse-battery-staple"})
        cookie = response.cookies["__Host-sessionid"]
        assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"]


@pytest.mark.parametrize("path", ["/", "/lookup/", "/accounts/login/", "/procedures/"])
def test_every_page_has_the_full_csp(client, db, path):
    policy = client.get(path)["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ):
        assert directive in policy
    assert "unsafe-inline" not in policy


@pytest.mark.parametrize("path", ["/admin/login/", "/api/v1/docs"])
def test_third_party_pages_have_a_csp_too(client, db, path):
    policy = client.get(path)["Content-Security-Policy"]
    assert "base-uri 'none'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy


def test_personal_pages_are_no_store(client, citizen, officials, login):
    login(citizen)
    for name in ("portal:account", "portal:my-dossiers"):
        assert "no-store" in client.get(reverse(name))["Cache-Control"]
    login(officials[Role.DESK_OFFICER])
    for path in ("/office/", "/office/dossiers/", reverse("office:agency-export", args=["csv"])):
        assert "no-store" in client.get(path)["Cache-Control"]


def test_public_pages_stay_cacheable(client, db):
    assert "no-store" not in client.get("/procedures/").get("Cache-Control", "")


def test_a_body_above_the_limit_is_refused_before_it_is_read(client, db):
    with override_settings(MAX_REQUEST_BODY_BYTES=1000):
        response = client.post("/accounts/login/", {"username": "x" * 2000, "password": "y"})
    assert response.status_code == 413


def test_the_body_limit_holds_a_full_upload_and_matches_the_deploy_guide():
    conf = _settings_with()
    assert conf["MAX_REQUEST_BODY_BYTES"] > conf["UPLOAD_MAX_BYTES"]
    guide = (ROOT / "docs" / "deploy.md").read_text()
    assert f"client_max_body_size {conf['MAX_REQUEST_BODY_BYTES'] // (1024 * 1024)}m;" in guide
