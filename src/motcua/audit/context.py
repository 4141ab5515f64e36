"""Who is acting, and from where: set per request by the middleware, read by the audit writer."""

from __future__ import annotations

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
    """The client's address; X-Forwarded-For is trusted only behind a configured proxy."""
    from django.conf import settings

    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip() or None
    return request.META.get("REMOTE_ADDR") or None


def from_request(request) -> Actor:
    user = getattr(request, "user", None)
    return Actor(
        user=user if getattr(user, "is_authenticated", False) else None,
        ip=client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        path=request.path[:255],
    )
