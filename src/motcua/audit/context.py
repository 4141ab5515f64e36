"""Who is acting, and from where: set per request by the middleware, read by the audit writer."""

from __future__ import annotations

import ipaddress
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user: object | None = None
    ip: str | None = None
    user_agent: str = ""
    path: str = ""


_current: ContextVar[Actor | None] = ContextVar("motcua_audit_actor", default=None)


def get() -> Actor:
    return _current.get() or Actor()


def set_actor(actor: Actor):
    return _current.set(actor)


def reset(token) -> None:
    _current.reset(token)


def client_ip(request) -> str | None:
    """The client's address, the one used everywhere (audit, lockout, rate limits).

    ``MOTCUA_TRUSTED_PROXIES`` = N (default 0): with 0, ``REMOTE_ADDR``; with N, the Nth entry of
    ``X-Forwarded-For`` counted from the right, the one the outermost of our N proxies saw. Entries
    further left are written by the client and never trusted. A header with fewer entries, or an entry
    that is not an IP address, falls back to ``REMOTE_ADDR``."""
    from django.conf import settings

    remote = _address(request.META.get("REMOTE_ADDR", ""))
    proxies = int(getattr(settings, "MOTCUA_TRUSTED_PROXIES", 0) or 0)
    if proxies <= 0:
        return remote
    entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    entries = [entry for entry in entries if entry]
    if len(entries) < proxies:
        return remote
    return _address(entries[-proxies]) or remote


def _address(value: str) -> str | None:
    """``value`` as a normalised IP address, or None."""
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def from_request(request) -> Actor:
    user = getattr(request, "user", None)
    return Actor(
        user=user if getattr(user, "is_authenticated", False) else None,
        ip=client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        path=request.path[:255],
    )
