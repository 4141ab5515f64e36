"""OpenID Connect relying party for citizens' login through the national SSO (DVCQG, VNeID behind it).

Authorization-code flow with ``state``, ``nonce`` and PKCE (S256), ``acr_values=LoA1``. The code is
exchanged server to server (form-encoded POST, ``client_secret_post``), the id_token is checked
against the provider's JWKS (RS256; iss, aud, exp, iat, nonce), then ``/userinfo`` is read with the
access token and its DVCQG/VNeID claims are mapped to a :class:`services.VneidIdentity`.

Configuration (settings, from the environment): ``MOTCUA_OIDC_ISSUER``, ``MOTCUA_OIDC_CLIENT_ID``,
``MOTCUA_OIDC_CLIENT_SECRET`` (+ optional ``MOTCUA_OIDC_DISCOVERY_URL``, ``MOTCUA_OIDC_SCOPE``,
``MOTCUA_OIDC_ACR_VALUES``, ``MOTCUA_OIDC_PKCE``, ``MOTCUA_OIDC_TIMEOUT``, and the four endpoints
``MOTCUA_OIDC_AUTHORIZATION_ENDPOINT``, ``_TOKEN_ENDPOINT``, ``_USERINFO_ENDPOINT``, ``_JWKS_URI``
which override the discovery document, or replace it when all four are given). With no client configured
and the simulator on, the local simulator (``/vneid-sim``) and its generated client are used.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

import jwt
from django.conf import settings
from django.core.cache import cache
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from . import services
from .models import User

SESSION_KEY = "oidc_flows"
LOGOUT_KEY = "oidc_logout"
FLOW_SECONDS = 600  # a login started more than 10 minutes ago is refused
MAX_FLOWS = 5  # pending logins kept per session (several tabs)
METADATA_SECONDS = 3600
LEEWAY_SECONDS = 60
ENDPOINTS = ("authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri")


class OIDCError(Exception):
    """The login could not be completed; ``message`` is safe to show, ``code`` names the check that
    failed (shown on the error page for support, used by tests and logs)."""

    code = "error"

    def __init__(self, message, code: str = ""):
        super().__init__(str(message))
        self.message = message
        self.code = code or self.code


class AccessDenied(OIDCError):
    """The person declined at the identity provider (``error=access_denied``)."""

    code = "access_denied"


class NotConfigured(OIDCError):
    code = "not_configured"


@dataclass(frozen=True)
class Provider:
    issuer: str
    client_id: str
    client_secret: str
    metadata: dict


# --- HTTP (server to server) ------------------------------------------------------------------------


def _open(url: str, **kwargs) -> dict:
    if not url.startswith(("https://", "http://")):
        raise OIDCError(_("The identity provider's address is not an http(s) URL."), code="url")
    request = urllib.request.Request(url, **kwargs)  # noqa: S310 — scheme checked above
    try:
        with urllib.request.urlopen(request, timeout=settings.MOTCUA_OIDC_TIMEOUT) as response:  # noqa: S310
            return json.loads(response.read(1_000_000).decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise OIDCError(
            _("The identity provider refused the request (HTTP %(status)s).") % {"status": exc.code},
            code=f"http_{exc.code}",
        ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise OIDCError(
            _("The identity provider cannot be reached; please try again later."), code="unreachable"
        ) from exc
    except ValueError as exc:
        raise OIDCError(_("The identity provider sent an unreadable answer."), code="unreadable") from exc


def _get_json(url: str, headers: dict | None = None) -> dict:
    return _open(url, headers={"Accept": "application/json", **(headers or {})})


def _post_form(url: str, data: dict) -> dict:
    body = urlencode(data).encode()
    headers = {"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}
    return _open(url, data=body, headers=headers, method="POST")


def _cached_json(url: str, *, refresh: bool = False) -> dict:
    key = "oidc:json:" + hashlib.sha256(url.encode()).hexdigest()
    document = None if refresh else cache.get(key)
    if document is None:
        document = _get_json(url)
        cache.set(key, document, METADATA_SECONDS)
    return document


# --- configuration ------------------------------------------------------------------------------------

# A local provider standing in for VNeID registers its client here (the simulator, in its AppConfig.ready),
# so that accounts never imports it: a callable returning {"client_id": ..., "client_secret": ...}.
_stand_in: list[Callable[[], dict]] = []


def register_stand_in(local_client: Callable[[], dict]) -> None:
    """Used when ``MOTCUA_VNEID_SIMULATOR`` is on and no real client is configured."""
    _stand_in[:] = [local_client]


def _simulator_issuer(request) -> str:
    try:
        return request.build_absolute_uri(reverse("vneid_sim:jwks")).rsplit("/", 1)[0]
    except NoReverseMatch as exc:
        raise NotConfigured(_("Login with VNeID is not configured.")) from exc


def provider(request) -> Provider:
    """The configured provider, its metadata read from the discovery document (cached for an hour)."""
    issuer = settings.MOTCUA_OIDC_ISSUER
    client_id, secret = settings.MOTCUA_OIDC_CLIENT_ID, settings.MOTCUA_OIDC_CLIENT_SECRET
    if not client_id and getattr(settings, "MOTCUA_VNEID_SIMULATOR", False) and _stand_in:
        client = _stand_in[0]()  # the simulator stands in for the national SSO
        client_id, secret = client["client_id"], client["client_secret"]
        issuer = issuer or _simulator_issuer(request)
    if not issuer or not client_id or not secret:
        raise NotConfigured(_("Login with VNeID is not configured."))
    explicit = {name: getattr(settings, f"MOTCUA_OIDC_{name.upper()}", "") for name in ENDPOINTS}
    end_session = getattr(settings, "MOTCUA_OIDC_END_SESSION_ENDPOINT", "")
    if all(explicit.values()):  # a provider without a discovery document
        metadata = {"issuer": issuer, **explicit}
    else:
        discovery = getattr(settings, "MOTCUA_OIDC_DISCOVERY_URL", "") or issuer + "/.well-known/openid-configuration"
        metadata = {**_cached_json(discovery), **{name: url for name, url in explicit.items() if url}}
    if end_session:
        metadata["end_session_endpoint"] = end_session
    if metadata.get("issuer") != issuer or not all(metadata.get(name) for name in ENDPOINTS):
        raise OIDCError(
            _("The identity provider's metadata names another issuer or lacks an endpoint."), code="metadata"
        )
    return Provider(issuer, client_id, secret, metadata)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --- the flow -----------------------------------------------------------------------------------------


def begin(request, idp: Provider, redirect_uri: str, next_url: str = "") -> str:
    """Remember a new login (state, nonce, PKCE verifier) in the session; return the authorize URL."""
    state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(64)
    flows = dict(request.session.get(SESSION_KEY, {}))
    for old in sorted(flows, key=lambda key: flows[key]["created"])[: max(0, len(flows) - MAX_FLOWS + 1)]:
        del flows[old]
    flows[state] = {"nonce": nonce, "verifier": verifier, "next": next_url, "created": time.time()}
    request.session[SESSION_KEY] = flows
    params = {
        "response_type": "code",
        "client_id": idp.client_id,
        "redirect_uri": redirect_uri,
        "scope": settings.MOTCUA_OIDC_SCOPE,
        "state": state,
        "nonce": nonce,
        "acr_values": settings.MOTCUA_OIDC_ACR_VALUES,
    }
    if settings.MOTCUA_OIDC_PKCE:
        params.update(code_challenge=_b64url(hashlib.sha256(verifier.encode()).digest()), code_challenge_method="S256")
    endpoint = idp.metadata["authorization_endpoint"]
    return endpoint + ("&" if "?" in endpoint else "?") + urlencode(params)


def _pop_flow(request, state: str) -> dict | None:
    flows = dict(request.session.get(SESSION_KEY, {}))
    flow = flows.pop(state, None) if state else None
    request.session[SESSION_KEY] = flows
    if flow is None or time.time() - flow["created"] > FLOW_SECONDS:
        return None
    return flow


@dataclass(frozen=True)
class Result:
    identity: services.VneidIdentity
    next_url: str
    id_token: str


def complete(request, idp: Provider, redirect_uri: str) -> Result:
    """Finish the login from the callback's query. Raises ``OIDCError``."""
    flow = _pop_flow(request, request.GET.get("state", ""))
    error = request.GET.get("error", "")
    if error == "access_denied":
        raise AccessDenied(_("You declined to share your identity with VNeID, so you were not logged in."))
    if flow is None:
        raise OIDCError(
            _("This login link is invalid or has expired (unknown state). Please start again."), code="state"
        )
    if error or not request.GET.get("code"):
        raise OIDCError(
            _("The identity provider did not complete the login (%(error)s).") % {"error": error or "-"},
            code="provider_error",
        )
    data = {
        "grant_type": "authorization_code",
        "code": request.GET["code"],
        "redirect_uri": redirect_uri,
        "client_id": idp.client_id,
        "client_secret": idp.client_secret,
    }
    if settings.MOTCUA_OIDC_PKCE:
        data["code_verifier"] = flow["verifier"]
    tokens = _post_form(idp.metadata["token_endpoint"], data)
    if not isinstance(tokens.get("id_token"), str) or not isinstance(tokens.get("access_token"), str):
        raise OIDCError(_("The identity provider sent no tokens."), code="no_tokens")
    id_claims = validate_id_token(tokens["id_token"], idp, nonce=flow["nonce"])
    info = _get_json(idp.metadata["userinfo_endpoint"], {"Authorization": "Bearer " + tokens["access_token"]})
    if info.get("sub") != id_claims["sub"]:
        raise OIDCError(_("The identity provider's user information is about someone else."), code="userinfo_subject")
    return Result(identity_from_claims(info, id_claims), flow["next"], tokens["id_token"])


def remember_for_logout(request, idp: Provider, result: Result) -> None:
    """After ``login()``: what RP-initiated logout needs (the provider's end-session URL and id_token)."""
    if idp.metadata.get("end_session_endpoint"):
        request.session[LOGOUT_KEY] = {"url": idp.metadata["end_session_endpoint"], "id_token": result.id_token}


def end_session_url(hint: dict, post_logout_redirect_uri: str) -> str:
    """The provider's logout address for a session remembered by :func:`remember_for_logout`."""
    params = urlencode({"id_token_hint": hint["id_token"], "post_logout_redirect_uri": post_logout_redirect_uri})
    return hint["url"] + ("&" if "?" in hint["url"] else "?") + params


def _signing_key(idp: Provider, kid: str | None):
    for refresh in (False, True):  # a new kid → read the JWKS again once (key rotation)
        jwks = _cached_json(idp.metadata["jwks_uri"], refresh=refresh)
        for jwk in jwks.get("keys", []):
            if jwk.get("kty") == "RSA" and (kid is None or jwk.get("kid") == kid):
                return jwt.PyJWK.from_dict(jwk, algorithm="RS256").key
    raise OIDCError(_("The identity token is signed with an unknown key."), code="unknown_key")


def validate_id_token(token: str, idp: Provider, *, nonce: str) -> dict:
    """The id_token's claims, after checking signature (RS256, provider's JWKS), iss, aud, exp, iat, nonce."""
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != "RS256":
            raise OIDCError(_("The identity token uses an unexpected algorithm."), code="algorithm")
        claims = jwt.decode(
            token,
            key=_signing_key(idp, header.get("kid")),
            algorithms=["RS256"],
            audience=idp.client_id,
            issuer=idp.issuer,
            leeway=LEEWAY_SECONDS,
            options={"require": ["iss", "aud", "exp", "iat", "sub"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise OIDCError(_("The identity token has expired."), code="expired") from exc
    except jwt.InvalidTokenError as exc:
        raise OIDCError(
            _("The identity token is invalid (%(reason)s).") % {"reason": type(exc).__name__}, code="invalid_token"
        ) from exc
    if not hmac.compare_digest(str(claims.get("nonce", "")), nonce):
        raise OIDCError(_("The identity token does not belong to this login (nonce mismatch)."), code="nonce")
    if isinstance(claims["aud"], list) and len(claims["aud"]) > 1 and claims.get("azp") != idp.client_id:
        raise OIDCError(_("The identity token was issued to another party."), code="azp")
    return claims


# --- claims → identity -------------------------------------------------------------------------------


def identity_level(*values) -> int:
    """VNeID level (1 or 2) from ``loAs`` / ``IAL`` / ``acr`` in whatever shape they come ("LoA2", 2, [...])."""
    digits = [int(d) for value in values for d in re.findall(r"\d", json.dumps(value) if value is not None else "")]
    return max(1, min(2, max(digits, default=1)))


def _text(claims: dict, *names: str) -> str:
    for name in names:
        value = claims.get(name)
        if isinstance(value, (str, int)) and str(value).strip():
            return " ".join(str(value).split())
    return ""


def identity_from_claims(info: dict, id_claims: dict | None = None) -> services.VneidIdentity:
    """Map DVCQG/VNeID userinfo (``LoaiTaiKhoan`` 1 citizen, 2 enterprise, 3 organisation) to an identity."""
    try:
        kind = int(info.get("LoaiTaiKhoan") or 1)
    except (TypeError, ValueError):
        kind = 1
    business = kind in (2, 3)
    if business:
        id_number = _text(info, "MaSoThue", "MaSoDoanhNghiep")
        id_number = id_number if services.TAX_CODE_RE.match(id_number) else ""
    else:
        id_number = _text(info, "SoDinhDanh")
        id_number = id_number if services.ID_NUMBER_RE.match(id_number) else ""
    organisation = _text(info, "TenDoanhNghiep") if business else ""
    return services.VneidIdentity(
        subject=str(info.get("sub", "")),
        account_type=User.AccountType.BUSINESS if business else User.AccountType.CITIZEN,
        id_number=id_number,
        full_name=organisation or _text(info, "HoVaTen"),
        organisation_name=organisation,
        phone=_text(info, "SoDienThoai"),
        email=_text(info, "ThuDienTu"),
        address=_text(info, "DiaChi", "ThuongTru", "NoiOHienNay"),
        level=identity_level(info.get("loAs"), info.get("IAL"), (id_claims or {}).get("acr")),
    )
