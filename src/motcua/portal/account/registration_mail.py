"""The e-mail that finishes a registration on the portal, sent through the outbox.

A new account gets a one-time link that opens it; details that already belong to an account get,
at the address typed, a note saying so with the ways back in (log in, new password, VNeID). The page
the visitor sees is the same in both cases (no account enumeration).
"""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.template import loader
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.core import outbox


def _base_url(request) -> str:
    configured = getattr(settings, "PUBLIC_URL", "") or os.environ.get("MOTCUA_PUBLIC_URL", "")
    return (configured or request.build_absolute_uri("/")).rstrip("/")


def send(request, user: User, *, to: str, new: bool) -> None:
    """Queue the e-mail to ``to``: the confirmation link of ``user`` (new) or the "already registered" note."""
    base = _base_url(request)
    if new:
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        context = {"name": user.full_name, "link": base + reverse("portal:register-confirm", args=[uid, token])}
        subject = _("Open your account on the public-service portal")
        body = loader.render_to_string("portal/account/register_email.txt", context)
        key = f"register-{uid}-{token}"
    else:
        context = {
            "login": base + reverse("login"),
            "reset": base + reverse("portal:password-reset"),
            "vneid": base + reverse("portal:vneid-login"),
        }
        subject = _("You already have an account on the public-service portal")
        body = loader.render_to_string("portal/account/register_known_email.txt", context)
        key = f"register-known-{user.pk}-{os.urandom(8).hex()}"
    outbox.enqueue("email.send", {"to": [to], "subject": subject, "body": body}, key)


def user_for(uidb64: str, token: str) -> User | None:
    """The account of a registration link, if the link is valid and the account still waits for it."""
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError):
        return None
    user = User.objects.filter(pk=pk, is_active=False, last_login__isnull=True).first()
    if user is None or not default_token_generator.check_token(user, token):
        return None
    return user
