"""A small OpenID Connect provider standing in for the national SSO (DVCQG, VNeID behind it).

THIS IS A SIMULATOR for the demo and the tests: anyone may sign in as anyone. It is switched on by
``MOTCUA_VNEID_SIMULATOR`` (default: on in DEBUG and in tests); when off, every URL here is 404.

Flow: authorization code with optional PKCE (S256 only), client authentication ``client_secret_post``
or ``client_secret_basic``, single-use codes valid 60 seconds, RS256 id_tokens with a ``kid``.
Codes and access tokens are kept (hashed) in the database, shared by every web worker.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
import time
from datetime import timedelta
from urllib.parse import unquote, urlencode, urlsplit

import jwt
from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import keys
from .identities import DEMO_IDENTITIES, claims_for, typed_identity
from .models import AccessToken, Grant, digest

CODE_SECONDS = 60
TOKEN_SECONDS = 300
AUTH_PARAMS = (
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "nonce",
    "code_challenge",
    "code_challenge_method",
    "acr_values",
)


def simulator_only(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not getattr(settings, "MOTCUA_VNEID_SIMULATOR", False):
            raise Http404("The VNeID simulator is off.")
        return view(request, *args, **kwargs)

    return wrapped


def issuer(request) -> str:
    return request.build_absolute_uri(reverse("vneid_sim:jwks")).rsplit("/", 1)[0]


def _no_store(response):
    response["Cache-Control"] = "no-store"
    response["Pragma"] = "no-cache"
    return response


def _oauth_error(error: str, description: str, status: int = 400):
    return _no_store(JsonResponse({"error": error, "error_description": description}, status=status))


@simulator_only
@require_GET
def discovery(request):
    base = issuer(request)
    return JsonResponse(
        {
            "issuer": base,
            "authorization_endpoint": base + "/authorize",
            "token_endpoint": base + "/token",
            "userinfo_endpoint": base + "/userinfo",
            "jwks_uri": base + "/jwks",
            "end_session_endpoint": base + "/logout",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "code_challenge_methods_supported": ["S256"],
            "acr_values_supported": ["LoA1", "LoA2"],
            "claims_supported": ["sub", "LoaiTaiKhoan", "SoDinhDanh", "HoVaTen", "MaSoThue", "TenDoanhNghiep"],
        }
    )


@simulator_only
@require_GET
def jwks(request):
    return JsonResponse({"keys": [keys.public_jwk()]})


def _same_host(request, uri: str) -> bool:
    """The local client's redirect URIs are those on the simulator's own host (http or https)."""
    parts = urlsplit(uri)
    return parts.scheme in ("http", "https") and parts.netloc == request.get_host() and not parts.fragment


def _redirect(uri: str, **params) -> HttpResponseRedirect:
    query = urlencode({key: value for key, value in params.items() if value})
    if not query:
        return HttpResponseRedirect(uri)
    return HttpResponseRedirect(uri + ("&" if "?" in uri else "?") + query)


@simulator_only
@require_http_methods(["GET", "POST"])
def authorize(request):
    """The sign-in page (styled as VNeID): pick a demo identity or type one, choose the level, allow or deny."""
    source = request.POST if request.method == "POST" else request.GET
    params = {name: source.get(name, "") for name in AUTH_PARAMS}
    if params["client_id"] != keys.LOCAL_CLIENT_ID or not _same_host(request, params["redirect_uri"]):
        message = _("Unknown client or redirect address: the simulator answers only this installation.")
        return render(request, "vneid_sim/error.html", {"message": message}, status=400)
    back, state = params["redirect_uri"], params["state"]
    if params["response_type"] != "code":
        return _redirect(back, error="unsupported_response_type", state=state)
    if "openid" not in params["scope"].split():
        return _redirect(back, error="invalid_scope", state=state)
    if params["code_challenge"] and params["code_challenge_method"] != "S256":
        return _redirect(back, error="invalid_request", error_description="PKCE: S256 only", state=state)
    context = {"params": params, "demo": DEMO_IDENTITIES, "levels": (1, 2), "errors": {}}
    if request.method == "GET":
        context["chosen"] = {"identity": "mai-anh", "loa": "2" if "LoA2" in params["acr_values"] else "1"}
        return render(request, "vneid_sim/authorize.html", context)
    if request.POST.get("decision") != "allow":
        return _redirect(back, error="access_denied", error_description="The user refused.", state=state)
    identity, errors = _chosen_identity(request.POST)
    if errors:
        context.update(errors=errors, chosen=request.POST)
        return render(request, "vneid_sim/authorize.html", context, status=400)
    level = 2 if request.POST.get("loa") == "2" else 1
    code = secrets.token_urlsafe(32)
    now = timezone.now()
    Grant.objects.filter(expires_at__lt=now).delete()
    Grant.objects.create(
        code_hash=digest(code),
        data={**params, "claims": claims_for(identity, level), "level": level, "auth_time": int(time.time())},
        expires_at=now + timedelta(seconds=CODE_SECONDS),
    )
    return _redirect(back, code=code, state=state)


def _chosen_identity(data) -> tuple[dict | None, dict]:
    choice = data.get("identity", "")
    if choice in DEMO_IDENTITIES:
        return DEMO_IDENTITIES[choice], {}
    if choice != "custom":
        return None, {"identity": _("Choose an identity.")}
    id_number, name = data.get("custom_id", "").strip(), " ".join(data.get("custom_name", "").split())
    errors = {}
    if not re.fullmatch(r"\d{12}", id_number):
        errors["custom_id"] = _("The personal identification number has exactly 12 digits.")
    if not name:
        errors["custom_name"] = _("Enter the full name.")
    return (None, errors) if errors else (typed_identity(id_number, name), {})


def _client_credentials(request) -> tuple[str, str]:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if header.startswith("Basic "):
        try:
            client_id, _sep, secret = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return "", ""
        return unquote(client_id), unquote(secret)
    return request.POST.get("client_id", ""), request.POST.get("client_secret", "")


def _spend(code: str) -> dict | None:
    """The grant of an unexpired code, marked used in the same statement (a second use gets None)."""
    if not code:
        return None
    now = timezone.now()
    with transaction.atomic():
        spent = Grant.objects.filter(code_hash=digest(code), used_at__isnull=True, expires_at__gt=now).update(
            used_at=now
        )
        return Grant.objects.get(code_hash=digest(code)).data if spent == 1 else None


def _pkce_ok(challenge: str, verifier: str) -> bool:
    if not challenge:
        return True
    digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return bool(verifier) and hmac.compare_digest(digest, challenge)


@simulator_only
@csrf_exempt
@require_POST
def token(request):
    """Exchange a code (once, within 60 s) for an access token and an RS256 id_token."""
    client_id, secret = _client_credentials(request)
    client = keys.local_client()
    if client_id != client["client_id"] or not hmac.compare_digest(secret.encode(), client["client_secret"].encode()):
        return _oauth_error("invalid_client", "Client authentication failed.", status=401)
    if request.POST.get("grant_type") != "authorization_code":
        return _oauth_error("unsupported_grant_type", "Only authorization_code is supported.")
    grant = _spend(request.POST.get("code", ""))
    if grant is None:
        return _oauth_error("invalid_grant", "Unknown, expired or already used code.")
    if grant["client_id"] != client_id or grant["redirect_uri"] != request.POST.get("redirect_uri"):
        return _oauth_error("invalid_grant", "The code was issued to another client or redirect address.")
    if not _pkce_ok(grant["code_challenge"], request.POST.get("code_verifier", "")):
        return _oauth_error("invalid_grant", "PKCE verification failed.")
    access_token = secrets.token_urlsafe(32)
    AccessToken.objects.filter(expires_at__lt=timezone.now()).delete()
    AccessToken.objects.create(
        token_hash=digest(access_token),
        claims=grant["claims"],
        expires_at=timezone.now() + timedelta(seconds=TOKEN_SECONDS),
    )
    now = int(time.time())
    payload = {
        "iss": issuer(request),
        "sub": grant["claims"]["sub"],
        "aud": client_id,
        "iat": now,
        "exp": now + TOKEN_SECONDS,
        "auth_time": grant["auth_time"],
        "acr": f"LoA{grant['level']}",
    }
    if grant["nonce"]:
        payload["nonce"] = grant["nonce"]
    id_token = jwt.encode(payload, keys.signing_key(), algorithm="RS256", headers={"kid": keys.public_jwk()["kid"]})
    return _no_store(
        JsonResponse(
            {
                "access_token": access_token,
                "token_type": "Bearer",
                "expires_in": TOKEN_SECONDS,
                "id_token": id_token,
                "scope": grant["scope"],
            }
        )
    )


@simulator_only
@csrf_exempt
@require_http_methods(["GET", "POST"])
def userinfo(request):
    """The claims of the person behind a Bearer access token."""
    header = request.META.get("HTTP_AUTHORIZATION", "")
    token = header[7:].strip() if header.startswith("Bearer ") else ""
    found = AccessToken.objects.filter(token_hash=digest(token), expires_at__gt=timezone.now()).first()
    claims = found.claims if token and found else None
    if claims is None:
        response = _oauth_error("invalid_token", "Missing, unknown or expired access token.", status=401)
        response["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        return response
    return _no_store(JsonResponse(claims, json_dumps_params={"ensure_ascii": False}))


@simulator_only
@require_GET
def logout(request):
    """End the (simulated) provider session; go back to ``post_logout_redirect_uri`` on this host."""
    back = request.GET.get("post_logout_redirect_uri", "")
    if back and _same_host(request, back):
        return _redirect(back, state=request.GET.get("state", ""))
    return render(request, "vneid_sim/logged_out.html")
