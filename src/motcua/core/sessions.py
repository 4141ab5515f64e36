"""Browser sessions: idle timeout, no persistent cookie for officials, list and end (ASVS 5.0 V7).

- At every login (``user_logged_in``: the login page, the admin, VNeID) a :class:`UserSession` row is written
  and its random token kept in the session. An official's cookie then ends with the browser: desk computers
  are shared.
- :class:`SessionPolicyMiddleware` reads that row on each signed-in request (one query). No row → the session
  was ended elsewhere; idle longer than the role's limit, or signed in longer ago than ``SESSION_COOKIE_AGE``
  (``MOTCUA_SESSION_AGE_SECONDS``, 8 hours: the absolute limit, however busy the session) → ended now. Either
  way the request goes on signed out.
  ``last_seen_at`` is written at most once a minute.
- :func:`end_sessions` ends a user's sessions (all, or all but the current one): rows and session-store entries,
  and revokes the user's remembered computers (second factor).
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.signals import user_logged_in
from django.dispatch import Signal, receiver
from django.utils import timezone

from .models import UserSession

TOKEN_KEY = "_motcua_session"  # noqa: S105 — the session key holding the row token, not a secret
TOUCH_EVERY = timedelta(seconds=60)

sessions_ended = Signal()  # (user): every session of the user was ended; subscribers drop what outlives them


def is_official(user) -> bool:
    return getattr(user, "account_type", "") == "staff" or user.is_staff or user.is_superuser


def idle_limit(user) -> timedelta | None:
    """How long a session may go unused: ``MOTCUA_STAFF_IDLE_MINUTES`` (30) for officials,
    ``MOTCUA_CITIZEN_IDLE_MINUTES`` (0: only the session age) for citizens and businesses."""
    minutes = settings.STAFF_IDLE_MINUTES if is_official(user) else settings.CITIZEN_IDLE_MINUTES
    return timedelta(minutes=minutes) if minutes > 0 else None


@receiver(user_logged_in, dispatch_uid="core-session-start")
def start(sender, request, user, **kwargs) -> None:
    from motcua.audit.context import client_ip

    session = getattr(request, "session", None)
    if session is None:
        return
    token = secrets.token_urlsafe(32)
    UserSession.objects.create(
        user=user,
        token=token,
        session_key=session.session_key or "",
        last_seen_at=timezone.now(),
        ip=client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
    )
    session[TOKEN_KEY] = token
    if is_official(user):
        session.set_expiry(0)  # the cookie ends with the browser


def end_sessions(user, *, keep_token: str | None = None) -> int:
    """End ``user``'s sessions except the one holding ``keep_token``; the number ended."""
    rows = UserSession.objects.filter(user=user)
    if keep_token:
        rows = rows.exclude(token=keep_token)
    store = import_module(settings.SESSION_ENGINE).SessionStore
    keys = [key for key in rows.values_list("session_key", flat=True) if key]
    count, _ = rows.delete()
    for key in keys:
        store(session_key=key).delete()
    # accounts forgets the remembered computers, which would skip the second step at the next login
    sessions_ended.send(sender=end_sessions, user=user)
    return count


def current_token(request) -> str | None:
    return request.session.get(TOKEN_KEY)


class SessionPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            self._check(request, user)
        return self.get_response(request)

    @staticmethod
    def _check(request, user) -> None:
        token = request.session.get(TOKEN_KEY)
        row = UserSession.objects.filter(token=token, user=user).first() if token else None
        now = timezone.now()
        limit = idle_limit(user)
        too_old = row is not None and now - row.created_at > timedelta(seconds=settings.SESSION_COOKIE_AGE)
        if row is None or too_old or (limit is not None and now - row.last_seen_at > limit):
            if row is not None:
                row.delete()
            auth.logout(request)
            return
        if now - row.last_seen_at > TOUCH_EVERY or row.session_key != request.session.session_key:
            UserSession.objects.filter(pk=row.pk).update(last_seen_at=now, session_key=request.session.session_key)
