"""The VNeID login, end to end: the relying party (accounts.oidc) really calls the simulator's
discovery, token, JWKS and userinfo endpoints over HTTP on pytest-django's live server; the browser
is Django's test client."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from motcua.accounts import oidc, services
from motcua.accounts.models import User
from motcua.audit.models import AuditEntry
from motcua.vneid_sim import keys
from motcua.vneid_sim.identities import DEMO_IDENTITIES, subject_for

from ..conftest import PASSWORD, make_staff

MAI_ANH = DEMO_IDENTITIES["mai-anh"]


@pytest.fixture
def sim(live_server, settings):
    """The relying party pointed at the simulator on the live server (with the generated local client)."""
    cache.clear()
    settings.MOTCUA_VNEID_SIMULATOR = True
    settings.MOTCUA_OIDC_ISSUER = live_server.url + "/vneid-sim"
    settings.MOTCUA_OIDC_CLIENT_ID = ""
    settings.MOTCUA_OIDC_CLIENT_SECRET = ""
    return live_server


def start(client, sim) -> dict:
    """Click "Log in with VNeID": the authorize request's parameters (after the sign-in page showed)."""
    response = client.get(reverse("portal:vneid-login"))
    assert response.status_code == 302 and response["Location"].startswith(sim.url + "/vneid-sim/authorize?")
    params = {key: values[0] for key, values in parse_qs(urlsplit(response["Location"]).query).items()}
    assert params["acr_values"] == "LoA1" and params["code_challenge_method"] == "S256"
    assert client.get(response["Location"]).status_code == 200  # the simulator's sign-in page
    return params


def answer(client, params: dict, decision: str = "allow", **choice) -> str:
    """Press "Đồng ý" or "Từ chối" on the simulator's page: the callback URL it redirects to."""
    data = {**params, "identity": "mai-anh", "loa": "2", "decision": decision, **choice}
    response = client.post(reverse("vneid_sim:authorize"), data)
    assert response.status_code == 302
    return response["Location"]


def vneid_login(client, sim, **choice):
    return client.get(answer(client, start(client, sim), **choice))


def logged_in(client) -> User | None:
    pk = client.session.get("_auth_user_id")
    return User.objects.get(pk=pk) if pk else None


@pytest.mark.django_db(transaction=True)
def test_a_new_citizen_is_created_from_the_claims_and_logged_in(client, sim):
    response = vneid_login(client, sim)
    assert response.status_code == 302 and response["Location"] == reverse("portal:consent")
    user = logged_in(client)
    assert user.consented_at is None  # asked once, on the next page (Decree 13/2023)
    assert client.post(reverse("portal:consent"), {}).status_code == 400
    response = client.post(reverse("portal:consent"), {"consent": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("after-login")
    user.refresh_from_db()
    assert user.consented_at is not None
    assert user.account_type == "citizen" and user.full_name == "Nguyễn Thị Mai Anh"
    assert user.id_number == user.username == MAI_ANH["SoDinhDanh"]
    assert user.vneid_subject == subject_for(MAI_ANH["SoDinhDanh"]) and user.identity_level == 2
    assert user.phone == MAI_ANH["SoDienThoai"] and user.email == MAI_ANH["ThuDienTu"]
    assert not user.has_usable_password()
    login_row = AuditEntry.objects.get(action="login", actor=user)
    assert login_row.path == reverse("portal:vneid-callback")
    assert client.get(response["Location"])["Location"] == reverse("portal:home")


@pytest.mark.django_db(transaction=True)
def test_a_second_login_finds_the_same_account(client, sim):
    vneid_login(client, sim, loa="1")
    first = logged_in(client)
    assert first.identity_level == 1
    client.post(reverse("portal:consent"), {"consent": "on"})
    client.post(reverse("logout"))
    again = vneid_login(client, sim, loa="2")
    assert again["Location"] == reverse("after-login")  # consent is not asked twice
    assert logged_in(client) == first and User.objects.count() == 1
    first.refresh_from_db()
    assert first.identity_level == 2


@pytest.mark.django_db(transaction=True)
def test_an_existing_local_account_with_the_same_number_is_linked(client, sim):
    local = services.register(
        account_type="citizen",
        name="Nguyen Thi Mai Anh",
        id_number=MAI_ANH["SoDinhDanh"],
        phone="0911888777",
        email="local@example.vn",
        password=PASSWORD,
        consent=True,
    )
    other_browser = Client()
    assert other_browser.post(reverse("login"), {"username": "0911888777", "password": PASSWORD}).status_code == 302
    assert vneid_login(client, sim)["Location"] == reverse("after-login")
    assert logged_in(client) == local and User.objects.count() == 1
    local.refresh_from_db()
    assert local.vneid_subject and local.identity_level == 2 and local.full_name == "Nguyễn Thị Mai Anh"
    # whoever registered the number proved nothing: the password stops working (and its sessions end),
    # the verified contacts replace the typed ones
    assert not local.has_usable_password() and local.phone == MAI_ANH["SoDienThoai"]
    assert local.email == MAI_ANH["ThuDienTu"]
    assert other_browser.get(reverse("portal:account")).status_code == 302  # logged out there
    assert client.get(reverse("portal:account")).status_code == 200
    link = AuditEntry.objects.filter(action="update", object_id=str(local.pk)).latest("id")
    assert link.changes["vneid_subject"] == ["", local.vneid_subject]


@pytest.mark.django_db(transaction=True)
def test_an_enterprise_becomes_a_business_account(client, sim):
    vneid_login(client, sim, identity="sa-pa-xanh", loa="1")
    user = logged_in(client)
    assert user.account_type == "business" and user.id_number == "5300123467"
    assert user.organisation_name == user.full_name == "Công ty TNHH Nông sản Sa Pa Xanh"


@pytest.mark.django_db(transaction=True)
def test_a_typed_identity_logs_in(client, sim):
    vneid_login(client, sim, identity="custom", custom_id="012345678901", custom_name="Vàng Thị Dua")
    assert logged_in(client).full_name == "Vàng Thị Dua"


@pytest.mark.django_db(transaction=True)
def test_an_officials_identity_does_not_open_any_account(client, sim, tree):
    official = make_staff("desk", tree.justice, "desk_officer")
    official.id_number = MAI_ANH["SoDinhDanh"]
    official.save()
    response = vneid_login(client, sim)
    assert response.status_code == 403 and response.context["error_code"] == "official"
    assert logged_in(client) is None
    official.refresh_from_db()
    assert official.vneid_subject == "" and User.objects.count() == 1
    denial = AuditEntry.objects.get(action="denied")
    assert denial.object_id == str(official.pk) and denial.changes == {"permission": "vneid_login"}


@pytest.mark.django_db(transaction=True)
def test_deny_goes_back_to_the_login_page_with_a_message(client, sim):
    callback = answer(client, start(client, sim), decision="deny")
    assert "error=access_denied" in callback
    response = client.get(callback, follow=True)
    assert response.redirect_chain[-1][0] == reverse("login")
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert logged_in(client) is None and not User.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_wrong_or_missing_state_is_refused(client, sim):
    callback = answer(client, start(client, sim))
    code = parse_qs(urlsplit(callback).query)["code"][0]
    for query in (f"?code={code}&state=forged", f"?code={code}"):
        response = client.get(reverse("portal:vneid-callback") + query)
        assert response.status_code == 400 and response.context["error_code"] == "state"
    assert logged_in(client) is None and not User.objects.exists()
    assert AuditEntry.objects.filter(action="login_failed", object_repr="VNeID").count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_replayed_code_is_refused(client, sim):
    callback = answer(client, start(client, sim))
    assert client.get(callback).status_code == 302
    client.post(reverse("logout"))
    old_code = parse_qs(urlsplit(callback).query)["code"][0]
    new_state = start(client, sim)["state"]  # a fresh login: the state is good, the code is not
    response = client.get(reverse("portal:vneid-callback") + f"?code={old_code}&state={new_state}")
    assert response.status_code == 400 and logged_in(client) is None
    assert response.context["error_code"] == "http_400"  # the simulator's invalid_grant


@pytest.mark.django_db(transaction=True)
def test_a_nonce_mismatch_is_refused(client, sim):
    params = start(client, sim)
    session = client.session
    session["oidc_flows"][params["state"]]["nonce"] = "not-the-nonce-sent"
    session.save()
    response = client.get(answer(client, params))
    assert response.status_code == 400 and response.context["error_code"] == "nonce"
    assert logged_in(client) is None and not User.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_wrong_pkce_verifier_is_refused(client, sim):
    params = start(client, sim)
    session = client.session
    session["oidc_flows"][params["state"]]["verifier"] = "x" * 64
    session.save()
    response = client.get(answer(client, params))
    assert response.status_code == 400 and response.context["error_code"] == "http_400"
    assert logged_in(client) is None


@pytest.mark.django_db(transaction=True)
def test_a_login_works_again_after_errors(client, sim):
    """Control for the refusals above: the same helpers do log in when nothing is tampered with."""
    client.get(reverse("portal:vneid-callback") + "?code=x&state=y")
    assert vneid_login(client, sim).status_code == 302 and logged_in(client) is not None


# --- the id_token checks, against the simulator's real JWKS over HTTP ----------------------------------


def _token(key=None, **overrides) -> str:
    now = int(time.time())
    claims = {"iss": "", "sub": "s-1", "aud": keys.LOCAL_CLIENT_ID, "iat": now, "exp": now + 300, "nonce": "n-1"}
    claims.update(overrides)
    return jwt.encode(
        {k: v for k, v in claims.items() if v is not None},
        key or keys.signing_key(),
        algorithm="RS256",
        headers={"kid": keys.public_jwk()["kid"]},
    )


@pytest.fixture
def idp(sim) -> oidc.Provider:
    return oidc.provider(RequestFactory().get("/"))


@pytest.mark.django_db(transaction=True)
def test_a_well_formed_token_is_accepted(idp):
    assert oidc.validate_id_token(_token(iss=idp.issuer), idp, nonce="n-1")["sub"] == "s-1"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "change, nonce, code",
    [
        ({"key": rsa.generate_private_key(public_exponent=65537, key_size=2048)}, "n-1", "invalid_token"),  # forged
        ({}, "another-nonce", "nonce"),  # nonce mismatch
        ({"nonce": None}, "n-1", "nonce"),  # nonce missing
        ({"exp": int(time.time()) - 3600, "iat": int(time.time()) - 3900}, "n-1", "expired"),
        ({"aud": "someone-else"}, "n-1", "invalid_token"),
        ({"iss": "http://evil.example/vneid-sim"}, "n-1", "invalid_token"),
        ({"iat": None}, "n-1", "invalid_token"),
    ],
)
def test_bad_tokens_are_refused(idp, change, nonce, code):
    change = dict(change)
    key = change.pop("key", None)
    token = _token(key, **{"iss": idp.issuer, **change})
    with pytest.raises(oidc.OIDCError) as caught:
        oidc.validate_id_token(token, idp, nonce=nonce)
    assert caught.value.code == code


@pytest.mark.django_db(transaction=True)
def test_an_unsigned_token_is_refused(idp):
    token = jwt.encode({"iss": idp.issuer, "sub": "s", "aud": idp.client_id, "nonce": "n"}, None, algorithm="none")
    with pytest.raises(oidc.OIDCError):
        oidc.validate_id_token(token, idp, nonce="n")


def test_claims_are_mapped():
    identity = oidc.identity_from_claims(
        {
            "sub": "abc",
            "LoaiTaiKhoan": "3",
            "MaSoThue": "5300111222",
            "TenDoanhNghiep": "Hội Nông dân xã",
            "HoVaTen": "Lý A Sử",
            "DiaChi": "Xã Y Tý",
            "loAs": ["LoA1"],
            "IAL": "2",
        }
    )
    assert identity.account_type == "business" and identity.id_number == "5300111222"
    assert identity.full_name == "Hội Nông dân xã" and identity.address == "Xã Y Tý" and identity.level == 2
    bad = oidc.identity_from_claims({"sub": "x", "LoaiTaiKhoan": 1, "SoDinhDanh": "123"})
    assert bad.id_number == "" and bad.level == 1 and bad.account_type == "citizen"


def test_login_without_a_provider_says_so(client, db, settings):
    settings.MOTCUA_VNEID_SIMULATOR = False
    settings.MOTCUA_OIDC_ISSUER = settings.MOTCUA_OIDC_CLIENT_ID = ""
    assert client.get(reverse("portal:vneid-login")).status_code == 503


@pytest.mark.django_db(transaction=True)
def test_the_next_page_survives_the_login_and_the_consent(client, sim):
    response = client.get(reverse("portal:vneid-login"), {"next": "/procedures/"})
    params = {key: values[0] for key, values in parse_qs(urlsplit(response["Location"]).query).items()}
    response = client.get(answer(client, params))
    assert response["Location"] == reverse("portal:consent") + "?next=%2Fprocedures%2F"
    assert client.post(response["Location"], {"consent": "on", "next": "/procedures/"})["Location"] == "/procedures/"
    offsite = client.get(reverse("portal:consent"), {"next": "https://evil.example/"})
    assert b'<input type="hidden" name="next" value="">' in offsite.content


@pytest.mark.django_db(transaction=True)
def test_an_explicitly_configured_provider_without_discovery(client, sim, settings):
    """How a real provider is set up: client id and secret from the environment, endpoints named."""
    base = sim.url + "/vneid-sim"
    settings.MOTCUA_OIDC_CLIENT_ID = keys.LOCAL_CLIENT_ID
    settings.MOTCUA_OIDC_CLIENT_SECRET = keys.local_client()["client_secret"]
    settings.MOTCUA_OIDC_DISCOVERY_URL = sim.url + "/no-such-document"
    settings.MOTCUA_OIDC_AUTHORIZATION_ENDPOINT = base + "/authorize"
    settings.MOTCUA_OIDC_TOKEN_ENDPOINT = base + "/token"
    settings.MOTCUA_OIDC_USERINFO_ENDPOINT = base + "/userinfo"
    settings.MOTCUA_OIDC_JWKS_URI = base + "/jwks"
    assert vneid_login(client, sim).status_code == 302 and logged_in(client) is not None
    client.post(reverse("logout"))
    settings.MOTCUA_OIDC_CLIENT_SECRET = "wrong-secret"
    assert vneid_login(client, sim).status_code == 400 and logged_in(client) is None


@pytest.mark.django_db(transaction=True)
def test_logout_offers_to_end_the_provider_session(client, sim):
    vneid_login(client, sim, identity="sa-pa-xanh")
    client.post(reverse("portal:consent"), {"consent": "on"})  # a new account consents once
    home = client.get("/").content.decode()
    assert f'action="{reverse("portal:vneid-logout")}"' in home
    page = client.post(reverse("portal:vneid-logout"))
    assert page.status_code == 200 and logged_in(client) is None
    link = page.context["end_session"]
    assert link.startswith(sim.url + "/vneid-sim/logout?id_token_hint=")
    back = client.get(link)  # the simulator sends the browser home
    assert back.status_code == 302 and back["Location"] == "http://testserver/"
    assert AuditEntry.objects.filter(action="logout").count() == 1
    assert client.post(reverse("portal:vneid-logout"))["Location"] == reverse("portal:home")  # nothing to end


def test_logout_is_post_only(client, db):
    assert client.get(reverse("portal:vneid-logout")).status_code == 405
