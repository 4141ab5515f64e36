"""Second factor for officials and administrators (xác thực hai yếu tố): enrolment, checking a code or a
recovery code, reset by another administrator, and the "remember this computer for today" cookie.

A session is *verified* once the code was checked (``SESSION_KEY`` holds the user's and the factor's ids).
The middleware (:mod:`motcua.accounts.middleware`) is the one place that asks for it; see docs/accounts.md.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from datetime import datetime, timedelta

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import totp
from .models import RecoveryCode, RememberedDevice, SecondFactor, User

SESSION_KEY = "motcua_2fa_verified"
PENDING_KEY = "motcua_2fa_pending_secret"
REMEMBER_COOKIE = "motcua_2fa_device"  # "__Host-motcua_2fa_device" under HTTPS: see remember_cookie_name()
REMEMBER_SALT = "motcua.accounts.second_factor.remember"
RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # 31 symbols, no look-alikes (0/o, 1/l/i)
_RECOVERY_LENGTH = 25  # 25 × log2(31) ≈ 124 bits: a plain SHA-256 is enough (ASVS 6.5.2)


# --- who needs it -----------------------------------------------------------------------------------
def can_enrol(user) -> bool:
    """Officials and administrators; citizens and businesses log in with VNeID or their password."""
    return bool(user.is_authenticated and (user.is_official or user.is_staff or user.is_superuser))


def is_enrolled(user) -> bool:
    return user.is_authenticated and SecondFactor.objects.filter(user=user).exists()


PROVINCE_WIDE = "province_wide"  # in MOTCUA_2FA_ROLES: any role held at the top of the tree


def is_required(user) -> bool:
    """True when ``MOTCUA_2FA_REQUIRED`` is on and the user holds a role in ``MOTCUA_2FA_ROLES`` (or is a
    superuser: the Django admin's administrator). ``province_wide`` in the list stands for any role held
    at an agency without a parent (the province committee), whose reach is the whole province."""
    if not settings.MOTCUA_2FA_REQUIRED or not can_enrol(user):
        return False
    if user.is_superuser:
        return True
    roles = set(settings.MOTCUA_2FA_ROLES)
    wanted = Q(role__in=roles)
    if PROVINCE_WIDE in roles:
        wanted |= Q(agency__parent__isnull=True)
    return user.staff_roles.filter(wanted).exists()


def is_verified(request) -> bool:
    """The session passed the code for the user's current factor (a reset ends it in every session)."""
    mark = request.session.get(SESSION_KEY)
    if not isinstance(mark, list) or len(mark) != 2 or mark[0] != request.user.pk:
        return False
    return SecondFactor.objects.filter(pk=mark[1], user=request.user).exists()


def mark_verified(request) -> None:
    factor = SecondFactor.objects.get(user=request.user)
    request.session[SESSION_KEY] = [request.user.pk, factor.pk]
    request.session.pop(PENDING_KEY, None)


# --- the secret, encrypted at rest ---------------------------------------------------------------
def _fernet() -> MultiFernet:
    """Encrypts with the key derived from ``SECRET_KEY``; decrypts with it or one of ``SECRET_KEY_FALLBACKS``
    (rotation: the secrets stay readable, and are re-encrypted under the new key at the next login)."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet(
        [
            Fernet(base64.urlsafe_b64encode(hashlib.sha256(b"motcua-second-factor:" + key.encode()).digest()))
            for key in keys
        ]
    )


def _secret(factor: SecondFactor) -> str:
    return _fernet().decrypt(factor.secret_encrypted.encode()).decode()


# --- enrolment ------------------------------------------------------------------------------------
def pending_secret(request) -> str:
    """The secret being enrolled, kept in the session (not the database) until a code confirms it."""
    secret = request.session.get(PENDING_KEY)
    if not secret:
        secret = request.session[PENDING_KEY] = totp.new_secret()
    return secret


def enrol(user: User, secret: str, code: str, *, now: float | None = None) -> list[str] | None:
    """Confirm ``secret`` with a code from the app: store it encrypted and return ten new recovery codes
    (shown once), or None when the code is wrong."""
    step = totp.matching_step(secret, code, time.time() if now is None else now, window=settings.MOTCUA_2FA_WINDOW)
    if step is None:
        return None
    with transaction.atomic():
        SecondFactor.objects.filter(user=user).delete()
        SecondFactor.objects.create(
            user=user, secret_encrypted=_fernet().encrypt(secret.encode()).decode(), last_step=step
        )
        return new_recovery_codes(user)


def _hash(code: str) -> str:
    normal = "".join(ch for ch in code.lower() if ch.isalnum())
    return hashlib.sha256(normal.encode()).hexdigest()


def new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes with ten new ones, stored hashed; the plain codes are returned once."""
    alphabet, length = _RECOVERY_ALPHABET, _RECOVERY_LENGTH
    codes = ["".join(secrets.choice(alphabet) for _ in range(length)) for _ in range(RECOVERY_CODE_COUNT)]
    codes = ["-".join(code[i : i + 5] for i in range(0, _RECOVERY_LENGTH, 5)) for code in codes]
    RecoveryCode.objects.filter(user=user).delete()
    RecoveryCode.objects.bulk_create(RecoveryCode(user=user, code_hash=_hash(code)) for code in codes)
    return codes


# --- checking ---------------------------------------------------------------------------------------
def check(user: User, code: str, *, now: float | None = None) -> bool:
    """A current code not used before (steps only move forward), or an unused recovery code (then spent)."""
    factor = SecondFactor.objects.filter(user=user).first()
    if factor is None:
        return False
    code = (code or "").strip()
    digits = code.replace(" ", "")
    if digits.isdigit():
        secret, at = _secret_or_empty(factor), time.time() if now is None else now
        step = totp.matching_step(secret, digits, at, window=settings.MOTCUA_2FA_WINDOW)
        if step is None:
            return False
        # One conditional UPDATE: two requests with the same code cannot both pass.
        if SecondFactor.objects.filter(pk=factor.pk, last_step__lt=step).update(last_step=step) != 1:
            return False
        _rotate(factor)
        return True
    return (
        RecoveryCode.objects.filter(user=user, code_hash=_hash(code), used_at__isnull=True).update(
            used_at=timezone.now()
        )
        == 1
    )


def _rotate(factor: SecondFactor) -> None:
    """After a key rotation, store the secret again under the current ``SECRET_KEY``."""
    if getattr(settings, "SECRET_KEY_FALLBACKS", None):
        rotated = _fernet().rotate(factor.secret_encrypted.encode()).decode()
        SecondFactor.objects.filter(pk=factor.pk).update(secret_encrypted=rotated)


def _secret_or_empty(factor: SecondFactor) -> str:
    try:
        return _secret(factor)
    except InvalidToken:  # SECRET_KEY changed: the official must be reset and enrol again
        return ""


def remaining_recovery_codes(user: User) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


# --- reset ----------------------------------------------------------------------------------------------
def reset(user: User) -> bool:
    """Remove the user's factor, recovery codes and remembered computers."""
    with transaction.atomic():
        deleted, _ = SecondFactor.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        RememberedDevice.objects.filter(user=user).delete()
    return bool(deleted)


# --- "remember this computer" (at most a working day) -------------------------------------------------
def end_of_working_day(now: datetime | None = None) -> datetime:
    """When a remembered computer is forgotten: ``MOTCUA_2FA_REMEMBER_HOURS`` (default 10) from now, and
    never past midnight local time (Asia/Ho_Chi_Minh) — at most one working day."""
    local = timezone.localtime(now or timezone.now())
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return min(midnight, local + timedelta(hours=float(settings.MOTCUA_2FA_REMEMBER_HOURS)))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def remember_value(user: User, now: datetime | None = None, *, user_agent: str = "") -> tuple[str, datetime]:
    """A signed cookie value bound to the user, their current factor and a server-side record, valid until
    the end of the working day."""
    factor = SecondFactor.objects.get(user=user)
    expires = end_of_working_day(now)
    token = secrets.token_urlsafe(32)
    RememberedDevice.objects.create(
        user=user, token_hash=_token_hash(token), user_agent=user_agent[:255], expires_at=expires
    )
    payload = {"u": user.pk, "f": factor.pk, "t": token, "e": int(expires.timestamp())}
    return signing.dumps(payload, salt=REMEMBER_SALT), expires


def remember_cookie_name() -> str:
    """``__Host-`` prefixed when cookies are Secure (HTTPS), like the session and CSRF cookies."""
    return f"__Host-{REMEMBER_COOKIE}" if settings.SESSION_COOKIE_SECURE else REMEMBER_COOKIE


def is_remembered(request, now: datetime | None = None) -> bool:
    value = request.COOKIES.get(remember_cookie_name())
    if not value:
        return False
    try:
        data = signing.loads(value, salt=REMEMBER_SALT, max_age=timedelta(hours=24))
    except signing.BadSignature:
        return False
    current = now or timezone.now()
    if data.get("u") != request.user.pk or current.timestamp() >= data.get("e", 0) or not data.get("t"):
        return False
    if not SecondFactor.objects.filter(pk=data.get("f"), user=request.user).exists():
        return False
    return RememberedDevice.objects.filter(
        user=request.user, token_hash=_token_hash(str(data["t"])), revoked_at__isnull=True, expires_at__gt=current
    ).exists()


def forget_devices(user: User) -> int:
    """Revoke every remembered computer of ``user`` (log out everywhere, sessions ended by an administrator)."""
    return RememberedDevice.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())


def reset_by(actor: User, target: User, *, request=None) -> bool:
    """Reset ``target``'s second factor as ``actor``: an administrator with MANAGE_STAFF over every agency
    where ``target`` holds a role, never over their own account; written to the audit log."""
    from django.core.exceptions import PermissionDenied

    from motcua.audit import services as audit
    from motcua.audit.models import AuditEntry
    from motcua.orgs import permissions
    from motcua.orgs.permissions import Perm

    agencies = [role.agency for role in target.staff_roles.select_related("agency")]
    allowed = (
        target.pk != actor.pk
        and (actor.is_superuser or not target.is_superuser)
        and (bool(agencies) or actor.is_superuser)
        and all(permissions.can(actor, Perm.MANAGE_STAFF, agency) for agency in agencies)
    )
    if not allowed:
        audit.record_denial(actor, perm=f"{Perm.MANAGE_STAFF}:second_factor_reset", target=target, request=request)
        raise PermissionDenied("second factor reset refused")
    had_factor = reset(target)
    audit.record(
        AuditEntry.Action.UPDATE,
        obj=target,
        changes={"second_factor": ["enrolled" if had_factor else "not enrolled", "reset"]},
        request=request,
    )
    return had_factor


def record_remembered(request) -> None:
    """Audit a login whose second step was skipped by a remembered computer."""
    from motcua.audit import services as audit
    from motcua.audit.models import AuditEntry

    audit.record(
        AuditEntry.Action.LOGIN, obj=request.user, changes={"second_factor": "remembered computer"}, request=request
    )
