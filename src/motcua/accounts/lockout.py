"""Brute-force protection: count recent failed logins in the audit log (no extra store needed).

One lockout for every way in: ``LockoutBackend`` is the first authentication backend, so every call of
``django.contrib.auth.authenticate`` (the login page, the admin's login page, any future API login) is
refused while the account or the client's address is locked. Failures are counted per account — the
failures typed with any of its identifiers (user name, identification number, e-mail, phone) add up —
and per client address.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone

WINDOW_MINUTES = 15
MAX_PER_USERNAME = 8
MAX_PER_ADDRESS = 30


def normal_identifier(identifier: str) -> str:
    """The identifier as the login form keeps it: stripped, one spelling per mobile number."""
    from .services import MOBILE_RE, normalise_phone

    identifier = (identifier or "").strip()
    phone = normalise_phone(identifier)
    return phone if MOBILE_RE.match(phone) else identifier


def account_for(identifier: str):
    """The account an identifier names (as the backends resolve it), or None."""
    from .models import User

    identifier = normal_identifier(identifier)
    if not identifier:
        return None
    found = list(User.objects.filter(username__iexact=identifier)[:2])
    if len(found) == 1:
        return found[0]
    others = User.objects.exclude(account_type=User.AccountType.STAFF)
    matches = (
        others.filter(email__iexact=identifier)
        if "@" in identifier
        else others.filter(Q(phone=identifier) | Q(id_number=identifier))
    )
    found = list(matches[:2])
    return found[0] if len(found) == 1 else None


def identifiers(identifier: str) -> set[str]:
    """Every spelling that names the same account as ``identifier``, lower-case."""
    names = {identifier.strip(), normal_identifier(identifier)}
    user = account_for(identifier)
    if user is not None:
        names |= {user.username, user.id_number or "", user.email or "", user.phone or ""}
    return {name.lower()[:150] for name in names if name}


def is_locked(username: str, request) -> bool:
    from motcua.audit.context import client_ip
    from motcua.audit.models import AuditEntry

    since = timezone.now() - timedelta(minutes=WINDOW_MINUTES)
    failed = AuditEntry.objects.filter(action=AuditEntry.Action.LOGIN_FAILED, occurred_at__gte=since)
    names = identifiers(username or "")
    ip = client_ip(request) if request is not None else None
    match = Q(pk__in=[])
    for name in names:
        match |= Q(actor_label__iexact=name)
    if ip:
        match |= Q(ip=ip)
    counts = failed.filter(match).values_list("actor_label", "ip")
    by_name = sum(1 for label, _ in counts if label.lower() in names)
    by_ip = sum(1 for _, address in counts if ip and address == ip)
    return by_name >= MAX_PER_USERNAME or by_ip >= MAX_PER_ADDRESS


class LockoutBackend:
    """First in ``AUTHENTICATION_BACKENDS``: stops ``authenticate()`` for a locked account or address.

    Raising ``PermissionDenied`` makes Django skip the other backends and send ``user_login_failed``,
    which the audit log records (so attempts during a lockout keep it in force). It has no ``get_user``:
    it never logs anyone in, so no session names it."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            from .models import User

            username = kwargs.get(User.USERNAME_FIELD)
        if username is None:
            return None  # not a password login (e.g. a remote identity)
        if is_locked(str(username), request):
            raise PermissionDenied("locked")
        return None
