"""Changing one's e-mail address or mobile phone (ASVS 5.0 V6/V7: re-authenticate before changing the
means of recovery, confirm the new one, tell the old one).

- The holder confirms who they are: the current password, or — for an account opened through VNeID
  without a password — a VNeID login in the last 15 minutes.
- A new e-mail address takes effect when the link sent to it (signed, valid 24 hours) is opened by the
  holder; a new phone number when the 6-digit code sent to it by SMS (valid 10 minutes, 5 tries) is typed.
- The old address and the old phone are told of the change, with what to do if it was not the holder.
- Removing one of the two (keeping the other) needs the re-authentication, not a confirmation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.contrib.auth.signals import user_logged_in
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core import outbox
from motcua.core.text import nfc

from . import services
from .models import User

SALT = "motcua.accounts.contact-change"
LINK_AGE = dt.timedelta(hours=24)
CODE_AGE = dt.timedelta(minutes=10)
CODE_TRIES = 5
RECENT_LOGIN = dt.timedelta(minutes=15)


@dataclass
class Requested:
    """What the holder asked for: the confirmations sent, and the pending phone code (kept in the session)."""

    email_sent_to: str = ""
    phone_pending: dict | None = None
    removed: tuple[str, ...] = ()


def _hash(code: str, user: User) -> str:
    return hmac.new(f"{SALT}:{user.pk}".encode(), code.encode(), hashlib.sha256).hexdigest()


def _reauthenticate(user: User, password: str, logged_in_at: dt.datetime | None) -> None:
    if user.has_usable_password():
        if not password or not user.check_password(password):
            raise ValidationError({"current_password": _("Enter your current password to change your contacts.")})
        return
    if logged_in_at is None or timezone.now() - logged_in_at > RECENT_LOGIN:
        raise ValidationError(
            {"current_password": _("Log in again with VNeID (in the last 15 minutes) to change your contacts.")}
        )


def _tell_old(user: User, *, old_email: str, old_phone: str, what: str) -> None:
    """Tell the old address and phone that ``what`` changed (through the outbox)."""
    text = _(
        "motcua: the %(what)s of your account %(username)s was changed on %(when)s. If it was not you, "
        "reset your password and contact the one-stop desk."
    ) % {"what": what, "username": user.get_username(), "when": timezone.localtime().strftime("%H:%M %d/%m/%Y")}
    key = f"contact-change-{user.pk}-{secrets.token_hex(6)}"
    if old_email:
        subject = _("Your account's contacts were changed")
        outbox.enqueue("email.send", {"to": [old_email], "subject": subject, "body": text}, key + "-email")
    if old_phone:
        outbox.enqueue("sms.send", {"phone": old_phone, "text": text, "key": key}, key + "-sms")


@transaction.atomic
def request_change(
    user: User,
    *,
    actor: User,
    password: str,
    phone: str,
    email: str,
    address: str = "",
    preferred_language: str = "vi",
    logged_in_at: dt.datetime | None = None,
    confirm_url,
) -> Requested:
    """Save the address and language; start the change of e-mail or phone (see the module docstring).

    ``confirm_url(token)`` makes the absolute address of the e-mail confirmation link."""
    if actor is None or actor.pk != user.pk or user.is_official:
        raise PermissionDenied(_("You can change only your own profile."))
    user = User.objects.select_for_update().get(pk=user.pk)
    phone, email = services.normalise_phone(phone), (email or "").strip()
    errors: dict[str, str] = {}
    if not phone and not email:
        errors["phone"] = _("Keep at least a phone number or an e-mail address.")
    services._check_contact(errors, phone=phone, email=email, user=user)
    if preferred_language not in services.LANGUAGES:
        errors["preferred_language"] = _("Choose Vietnamese or English.")
    if errors:
        raise ValidationError(errors)
    new_email = email if email.lower() != (user.email or "").lower() else None
    new_phone = phone if phone != (user.phone or "") else None
    if new_email is not None or new_phone is not None:
        _reauthenticate(user, password, logged_in_at)
    user.address = nfc((address or "").strip())
    user.preferred_language = preferred_language
    user.save(update_fields=["address", "preferred_language"])
    done = Requested()
    old_email, old_phone = user.email, user.phone
    removed = []
    if new_email == "":
        user.email = ""
        removed.append(_("e-mail address"))
    if new_phone == "":
        user.phone = ""
        removed.append(_("mobile phone"))
    if removed:
        user.save(update_fields=["email", "phone"])
        _tell_old(user, old_email=old_email, old_phone=old_phone, what=", ".join(removed))
        done.removed = tuple(removed)
    if new_email:
        token = signing.dumps({"u": user.pk, "e": new_email, "was": old_email}, salt=SALT)
        body = _(
            "To use this address for your motcua account %(username)s, open this link within 24 hours:\n%(url)s\n"
            "If you did not ask for it, ignore this message."
        ) % {"username": user.get_username(), "url": confirm_url(token)}
        subject = _("Confirm your new e-mail address")
        outbox.enqueue(
            "email.send", {"to": [new_email], "subject": subject, "body": body}, f"email-confirm-{token[-24:]}"
        )
        done.email_sent_to = new_email
    if new_phone:
        code = f"{secrets.randbelow(10**6):06d}"
        text = _("motcua: your confirmation code is %(code)s (valid 10 minutes). Do not give it to anyone.") % {
            "code": code
        }
        outbox.enqueue(
            "sms.send", {"phone": new_phone, "text": text}, f"phone-confirm-{user.pk}-{secrets.token_hex(6)}"
        )
        expires = timezone.now() + CODE_AGE
        done.phone_pending = {"phone": new_phone, "hash": _hash(code, user), "until": expires.isoformat(), "tries": 0}
    return done


@transaction.atomic
def confirm_email(user: User, token: str) -> User:
    """Open the link sent to the new address: it becomes the account's; the old one is told."""
    try:
        data = signing.loads(token, salt=SALT, max_age=LINK_AGE)
    except signing.BadSignature as exc:
        raise ValidationError(_("This confirmation link is invalid or has expired; change the address again.")) from exc
    if data.get("u") != user.pk:
        raise PermissionDenied(_("This link confirms another account's address."))
    user = User.objects.select_for_update().get(pk=user.pk)
    errors: dict[str, str] = {}
    services._check_contact(errors, phone="", email=data["e"], user=user)
    if errors:
        raise ValidationError(errors["email"])
    old_email = user.email
    if old_email.lower() == data["e"].lower():
        return user  # opened twice
    user.email = data["e"]
    user.save(update_fields=["email"])
    _tell_old(user, old_email=old_email or data.get("was", ""), old_phone=user.phone, what=_("e-mail address"))
    return user


@transaction.atomic
def confirm_phone(user: User, pending: dict | None, code: str) -> User:
    """Type the code sent to the new phone: it becomes the account's; the old phone and e-mail are told.
    ``pending`` is what :func:`request_change` returned (kept in the session); its ``tries`` grow."""
    if not pending or timezone.now() > dt.datetime.fromisoformat(pending["until"]):
        raise ValidationError({"code": _("The code has expired; change the phone number again.")})
    if pending["tries"] >= CODE_TRIES:
        raise ValidationError({"code": _("Too many wrong codes; change the phone number again.")})
    pending["tries"] += 1
    if not hmac.compare_digest(_hash((code or "").strip(), user), pending["hash"]):
        raise ValidationError({"code": _("This code is not the one we sent.")})
    user = User.objects.select_for_update().get(pk=user.pk)
    errors: dict[str, str] = {}
    services._check_contact(errors, phone=pending["phone"], email="", user=user)
    if errors:
        raise ValidationError({"code": errors["phone"]})
    old_phone = user.phone
    user.phone = pending["phone"]
    user.save(update_fields=["phone"])
    _tell_old(user, old_email=user.email, old_phone=old_phone, what=_("mobile phone"))
    return user


SESSION_LOGIN = "motcua_logged_in_at"
SESSION_PHONE = "motcua_phone_change"


def _mark_login(sender, request, user, **kwargs) -> None:
    """Remember when this session logged in (a VNeID-only account re-authenticates by logging in again)."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_LOGIN] = timezone.now().isoformat()


def logged_in_at(request) -> dt.datetime | None:
    value = request.session.get(SESSION_LOGIN)
    return dt.datetime.fromisoformat(value) if value else None


user_logged_in.connect(_mark_login, dispatch_uid="motcua.accounts.contact_change.mark_login")
