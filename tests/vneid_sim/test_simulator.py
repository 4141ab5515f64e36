"""The VNeID simulator as an OpenID Connect provider, driven directly (test client only)."""

from __future__ import annotations

import base64
import hashlib
import time
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
from django.core.cache import cache
from django.urls import reverse

from motcua.vneid_sim import keys, views
from motcua.vneid_sim.models import Grant, digest

CALLBACK = "http://testserver/account/vneid/callback/"
VERIFIER = "v" * 50
CHALLENGE = base64.urlsafe_b64encode(hashlib.sha256(VERIFIER.encode()).digest()).rstrip(b"=").decode()
URLS = ["discovery", "authorize", "token", "userinfo", "jwks", "logout"]


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()


def authorize_params(**overrides) -> dict:
    params = {
        "response_type": "code",
        "client_id": keys.LOCAL_CLIENT_ID,
        "redirect_uri": CALLBACK,
        "scope": "openid",
        "state": "st-1",
        "nonce": "no-1",
        "code_challenge": CHALLENGE,
        "code_challenge_method": "S256",
        "acr_values": "LoA1",
    }
    return {**params, **overrides}


def get_code(client, identity="lo-van-pao", loa="1", **overrides) -> str:
    data = {**authorize_params(**overrides), "identity": identity, "loa": loa, "decision": "allow"}
    response = client.post(reverse("vneid_sim:authorize"), data)
    assert response.status_code == 302
    query = parse_qs(urlsplit(response["Location"]).query)
    assert query["state"] == ["st-1"]
    return query["code"][0]


def token_request(client, code, *, basic=False, verifier=VERIFIER, secret=None):
    client_info = keys.local_client()
    secret = client_info["client_secret"] if secret is None else secret
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, "code_verifier": verifier}
    headers = {}
    if basic:
        raw = base64.b64encode(f"{keys.LOCAL_CLIENT_ID}:{secret}".encode()).decode()
        headers["HTTP_AUTHORIZATION"] = "Basic " + raw
    else:
        data.update(client_id=keys.LOCAL_CLIENT_ID, client_secret=secret)
    return client.post(reverse("vneid_sim:token"), data, **headers)


def test_discovery_and_jwks(client, db):
    meta = client.get(reverse("vneid_sim:discovery")).json()
    assert meta["issuer"] == "http://testserver/vneid-sim"
    assert (
        meta["token_endpoint"] == "http://testserver/vneid-sim/token"
        and "S256" in meta["code_challenge_methods_supported"]
    )
    jwk = client.get(reverse("vneid_sim:jwks")).json()["keys"][0]
    assert jwk["kty"] == "RSA" and jwk["alg"] == "RS256" and jwk["kid"] and "d" not in jwk


def test_the_sign_in_page_lists_the_demo_identities(client, db):
    page = client.get(reverse("vneid_sim:authorize"), authorize_params())
    body = page.content.decode()
    assert page.status_code == 200 and "Lò Văn Páo" in body and "Công ty TNHH Nông sản Sa Pa Xanh" in body
    assert "Đồng ý" in body and "Từ chối" in body


@pytest.mark.parametrize("basic", [False, True])
def test_code_for_tokens_and_userinfo(client, db, basic):
    code = get_code(client, loa="2")
    response = token_request(client, code, basic=basic)
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    tokens = response.json()
    header = jwt.get_unverified_header(tokens["id_token"])
    assert header["alg"] == "RS256" and header["kid"] == keys.public_jwk()["kid"]
    claims = jwt.decode(
        tokens["id_token"],
        keys.signing_key().public_key(),
        algorithms=["RS256"],
        audience=keys.LOCAL_CLIENT_ID,
        issuer="http://testserver/vneid-sim",
    )
    assert (
        claims["nonce"] == "no-1" and claims["acr"] == "LoA2" and claims["exp"] - claims["iat"] == views.TOKEN_SECONDS
    )
    info = client.get(reverse("vneid_sim:userinfo"), HTTP_AUTHORIZATION="Bearer " + tokens["access_token"]).json()
    assert info["sub"] == claims["sub"] and info["SoDinhDanh"] == "010085004321" and info["LoaiTaiKhoan"] == 1
    assert info["HoVaTen"] == "Lò Văn Páo" and info["loAs"] == "LoA2" and info["IAL"] == 2


def test_a_code_is_single_use(client, db):
    code = get_code(client)
    assert not Grant.objects.filter(code_hash=code).exists() and Grant.objects.filter(code_hash=digest(code)).exists()
    assert token_request(client, code).status_code == 200
    again = token_request(client, code)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


def test_a_code_expires(client, db, monkeypatch):
    assert views.CODE_SECONDS == 60
    monkeypatch.setattr(views, "CODE_SECONDS", 1)
    code = get_code(client)
    time.sleep(1.2)
    assert token_request(client, code).json()["error"] == "invalid_grant"


def test_client_authentication_and_pkce_are_checked(client, db):
    assert token_request(client, get_code(client), secret="wrong").status_code == 401
    assert token_request(client, get_code(client), basic=True, secret="wrong").status_code == 401
    response = token_request(client, get_code(client), verifier="w" * 50)
    assert response.status_code == 400 and "PKCE" in response.json()["error_description"]


def test_userinfo_needs_a_valid_bearer_token(client, db):
    for header in ({}, {"HTTP_AUTHORIZATION": "Bearer nope"}, {"HTTP_AUTHORIZATION": "Basic abc"}):
        response = client.get(reverse("vneid_sim:userinfo"), **header)
        assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Bearer")


def test_deny_and_bad_requests(client, db):
    deny = client.post(reverse("vneid_sim:authorize"), {**authorize_params(), "decision": "deny"})
    assert parse_qs(urlsplit(deny["Location"]).query)["error"] == ["access_denied"]
    plain = client.get(reverse("vneid_sim:authorize"), authorize_params(code_challenge_method="plain"))
    assert parse_qs(urlsplit(plain["Location"]).query)["error"] == ["invalid_request"]
    elsewhere = client.get(reverse("vneid_sim:authorize"), authorize_params(redirect_uri="https://evil.example/cb"))
    assert elsewhere.status_code == 400
    unknown = client.get(reverse("vneid_sim:authorize"), authorize_params(client_id="other"))
    assert unknown.status_code == 400
    typed = client.post(
        reverse("vneid_sim:authorize"),
        {**authorize_params(), "identity": "custom", "custom_id": "123", "custom_name": "", "decision": "allow"},
    )
    assert typed.status_code == 400 and b'aria-describedby="custom_id-error"' in typed.content


def test_logout_returns_only_to_this_host(client, db):
    back = client.get(reverse("vneid_sim:logout"), {"post_logout_redirect_uri": "http://testserver/", "state": "s"})
    assert back.status_code == 302 and back["Location"] == "http://testserver/?state=s"
    away = client.get(reverse("vneid_sim:logout"), {"post_logout_redirect_uri": "https://evil.example/"})
    assert away.status_code == 200


def test_the_key_and_client_secret_are_generated_under_var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    first = keys.local_client()
    assert keys.local_client() == first and len(first["client_secret"]) >= 40
    assert keys.public_jwk()["kid"]
    assert (tmp_path / "vneid_sim" / "signing-key.pem").stat().st_mode & 0o077 == 0
    assert (tmp_path / "vneid_sim" / "client.json").stat().st_mode & 0o077 == 0


def test_everything_is_404_when_the_simulator_is_off(client, db, settings):
    settings.MOTCUA_VNEID_SIMULATOR = False
    for name in URLS:
        assert client.get(reverse(f"vneid_sim:{name}")).status_code == 404, name
        assert client.post(reverse(f"vneid_sim:{name}")).status_code == 404, name


def test_tokens_expire(client, db):
    code = get_code(client)
    tokens = token_request(client, code).json()
    claims = jwt.decode(tokens["id_token"], options={"verify_signature": False})
    assert claims["exp"] <= int(time.time()) + views.TOKEN_SECONDS


def test_the_deploy_check_warns_about_the_simulator(settings):
    from motcua.vneid_sim.checks import simulator_in_production

    settings.DEBUG, settings.MOTCUA_VNEID_SIMULATOR = False, True
    assert [message.id for message in simulator_in_production()] == ["vneid_sim.W001"]
    settings.MOTCUA_VNEID_SIMULATOR = False
    assert simulator_in_production() == []
