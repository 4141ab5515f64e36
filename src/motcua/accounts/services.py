"""The write path of accounts: staff accounts, citizen and business registration (đăng ký tài khoản),
profile changes and sign-in through VNeID (tài khoản định danh điện tử).

Every change saves the ``User`` row, which the audit registry records (create/update with the
values before and after); logins are recorded by the login signal.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core import validators
from motcua.core.text import nfc

from .models import User

ID_NUMBER_RE = re.compile(r"^\d{12}$")  # số định danh cá nhân (căn cước)
TAX_CODE_RE = re.compile(r"^\d{10}(-\d{3})?$")  # mã số thuế: 10 digits, or 10-3 for a branch
MOBILE_RE = re.compile(r"^0[35789]\d{8}$")  # Vietnamese mobile numbers (10 digits)
LANGUAGES = ("vi", "en")


class OfficialNotAllowed(PermissionDenied):
    """An official's account cannot be used on the citizens' side (registration, VNeID login)."""

    user: User | None = None

    @classmethod
    def about(cls, user: User, message: str) -> OfficialNotAllowed:
        exc = cls(message)
        exc.user = user
        return exc


def normalise_phone(raw: str) -> str:
    """'+84 912 345 678' / '84912345678' / '0912.345.678' → '0912345678' (other text is only stripped)."""
    phone = re.sub(r"[\s.\-()]", "", raw or "")
    if phone.startswith("+84"):
        phone = "0" + phone[3:]
    elif phone.startswith("84") and len(phone) == 11:
        phone = "0" + phone[2:]
    return phone


def _others(user: User | None):
    return User.objects.exclude(pk=user.pk) if user is not None and user.pk else User.objects.all()


def _check_contact(errors: dict, *, phone: str, email: str, user: User | None = None, taken: bool = True) -> None:
    if phone and not MOBILE_RE.match(phone):
        errors["phone"] = _("Enter a Vietnamese mobile number of 10 digits, e.g. 0912345678.")
    elif taken and phone and _others(user).filter(phone=phone).exists():
        errors["phone"] = _("An account with this phone number already exists.")
    if taken and email and _others(user).filter(email__iexact=email).exists():
        errors["email"] = _("An account with this e-mail address already exists.")


@transaction.atomic
def create_staff(*, username: str, full_name: str, password: str, email: str = "", phone: str = "") -> User:
    """Create a staff account (cán bộ); roles are given separately by ``orgs.services.assign_role``."""
    username = username.strip().lower()
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("This username is already taken.")})
    user = User(
        username=username,
        full_name=nfc(full_name.strip()),
        email=email.strip(),
        phone=phone.strip(),
        account_type=User.AccountType.STAFF,
        must_change_password=True,  # the administrator knows this password: the official sets their own
    )
    user.full_clean(exclude=["password"])
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return user


def _registration(
    *,
    account_type: str,
    name: str,
    id_number: str,
    phone: str,
    email: str,
    password: str,
    consent: bool,
    address: str = "",
    preferred_language: str = "vi",
    taken: bool = True,
) -> tuple[User, dict[str, str]]:
    """The unsaved account and the problems found, one message per field (``taken``: including
    "an account already has this number or address")."""
    name, id_number = nfc(" ".join((name or "").split())), (id_number or "").strip()
    phone, email = normalise_phone(phone), (email or "").strip()
    errors: dict[str, str] = {}
    if account_type not in (User.AccountType.CITIZEN, User.AccountType.BUSINESS):
        errors["account_type"] = _("Choose a person or a business or organisation.")
    business = account_type == User.AccountType.BUSINESS
    if not name:
        errors["name"] = _("Enter the organisation's name.") if business else _("Enter your full name.")
    try:
        if business:
            id_number = validators.validate_tax_code(id_number, field=_("Tax code"))
        else:
            id_number = validators.validate_personal_id(
                id_number, field=_("Personal identification number"), allow_old=False
            )
    except ValidationError as exc:
        errors["id_number"] = " ".join(exc.messages)
    else:
        if taken and User.objects.filter(Q(id_number=id_number) | Q(username__iexact=id_number)).exists():
            errors["id_number"] = _(
                "An account with this identification number already exists. "
                "If the number is yours, log in with VNeID: the account will be handed to you."
            )
    if not phone:
        errors["phone"] = _("Enter a mobile phone number.")
    if not email:
        errors["email"] = _("Enter an e-mail address.")
    _check_contact(errors, phone=phone, email=email, taken=taken)
    if not consent:
        errors["consent"] = _("You must agree to the processing of your personal data to open an account.")
    user = User(
        username=id_number,
        account_type=account_type,
        full_name=name,
        organisation_name=name if business else "",
        id_number=id_number,
        phone=phone,
        email=email,
        address=nfc((address or "").strip()),
        preferred_language=preferred_language if preferred_language in LANGUAGES else "vi",
        consented_at=timezone.now(),
    )
    try:
        validate_password(password or "", user)
    except ValidationError as exc:
        errors["password"] = " ".join(exc.messages)
    return user, errors


def registration_errors(*, taken: bool = True, **data) -> dict[str, str]:
    """What :func:`register` would refuse, per field, without saving anything (for forms).

    ``taken=False`` leaves out "an account already has this identification number, phone or e-mail"
    (the portal's form must not tell a visitor which numbers and addresses have accounts)."""
    return _registration(taken=taken, **data)[1]


def _pending(user: User) -> bool:
    """An account opened on the portal whose e-mail link was never followed."""
    return not user.is_active and user.last_login is None and not user.vneid_subject and not user.is_official


@transaction.atomic
def register_pending(*, actor: User | None = None, **data) -> tuple[User, bool]:
    """Open an account that works once its holder follows the link sent to its e-mail address.

    Returns ``(account, True)``: a new, inactive account (an earlier unconfirmed registration with the
    same number, phone or address is replaced), or ``(existing account, False)`` when an active account
    already has the identification number, phone or e-mail — nothing is saved then; the caller tells
    the address typed, not the visitor. Raises ``ValidationError`` for every other problem."""
    if actor is not None and getattr(actor, "is_authenticated", False) and actor.is_official:
        raise OfficialNotAllowed(_("Officials cannot register a citizen account."))
    user, errors = _registration(taken=False, **data)
    if errors:
        raise ValidationError(errors)
    holders = list(
        User.objects.select_for_update().filter(
            Q(id_number=user.id_number)
            | Q(username__iexact=user.username)
            | Q(phone=user.phone)
            | Q(email__iexact=user.email)
        )
    )
    existing = [holder for holder in holders if not _pending(holder)]
    if existing:
        return existing[0], False
    for holder in holders:
        holder.delete()  # an unconfirmed registration: whoever follows this one's link gets the numbers
    user.is_active = False
    user.set_password(data["password"])
    user.save()
    return user, True


@transaction.atomic
def confirm_registration(user: User) -> User:
    """The holder followed the link sent to the account's e-mail: the account works from now on."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not _pending(user):
        raise PermissionDenied(_("This link has already been used or is no longer valid."))
    user.is_active = True
    user.save(update_fields=["is_active"])
    return user


@transaction.atomic
def register(*, actor: User | None = None, **data) -> User:
    """Register a citizen (công dân: full name + 12-digit personal identification number) or a business
    or organisation (tổ chức, doanh nghiệp: its name + tax code). The identification number becomes the
    user name. Consent to personal data processing (Decree 13/2023/NĐ-CP, Art 11) is required.

    Keyword arguments: ``account_type, name, id_number, phone, email, password, consent`` and optional
    ``address, preferred_language``. Raises ``ValidationError`` with a message per field; nothing is
    saved then.
    """
    if actor is not None and getattr(actor, "is_authenticated", False) and actor.is_official:
        raise OfficialNotAllowed(_("Officials cannot register a citizen account."))
    user, errors = _registration(**data)
    if errors:
        raise ValidationError(errors)
    user.set_password(data["password"])
    user.save()
    return user


@transaction.atomic
def update_profile(
    user: User, *, actor: User, phone: str, email: str, address: str = "", preferred_language: str = "vi"
) -> User:
    """Change one's own contact details and language (used for notifications); only the owner may."""
    if actor is None or actor.pk != user.pk or user.is_official:
        raise PermissionDenied(_("You can change only your own profile."))
    user = User.objects.select_for_update().get(pk=user.pk)
    phone, email = normalise_phone(phone), (email or "").strip()
    errors: dict[str, str] = {}
    if not phone and not email:
        errors["phone"] = _("Keep at least a phone number or an e-mail address.")
    _check_contact(errors, phone=phone, email=email, user=user)
    if preferred_language not in LANGUAGES:
        errors["preferred_language"] = _("Choose Vietnamese or English.")
    if errors:
        raise ValidationError(errors)
    user.phone, user.email = phone, email
    user.address = nfc((address or "").strip())
    user.preferred_language = preferred_language
    user.save(update_fields=["phone", "email", "address", "preferred_language"])
    return user


@transaction.atomic
def record_consent(user: User, *, actor: User) -> User:
    """Record the holder's own consent to personal data processing (Decree 13/2023/NĐ-CP, Art 11),
    asked once of accounts opened through VNeID; the first moment is kept."""
    if actor is None or actor.pk != user.pk or user.is_official:
        raise PermissionDenied(_("Only the account holder can give this consent."))
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.consented_at is None:
        user.consented_at = timezone.now()
        user.save(update_fields=["consented_at"])
    return user


# --- VNeID (through the national SSO) ---------------------------------------------------------------


@dataclass(frozen=True)
class VneidIdentity:
    """What an identity provider tells us about a person or business, already mapped from its claims."""

    subject: str
    account_type: str
    id_number: str = ""
    full_name: str = ""
    organisation_name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    level: int = 1


def _find_for_vneid(identity: VneidIdentity) -> User | None:
    users = User.objects.select_for_update()
    user = users.filter(vneid_subject=identity.subject).first()
    if user is None and identity.id_number:
        user = users.filter(id_number=identity.id_number).first()
    return user


def _fill_contact(user: User, identity: VneidIdentity, *, replace: bool = False) -> None:
    """Copy the provider's contact details into empty fields (or over unverified ones when ``replace``),
    never taking another account's."""
    phone = normalise_phone(identity.phone)
    if (replace or not user.phone) and MOBILE_RE.match(phone) and not _others(user).filter(phone=phone).exists():
        user.phone = phone
    email_free = identity.email and not _others(user).filter(email__iexact=identity.email).exists()
    if (replace or not user.email) and email_free:
        user.email = identity.email
    if (replace or not user.address) and identity.address:
        user.address = nfc(identity.address)


def _new_username(identity: VneidIdentity) -> str:
    if identity.id_number and not User.objects.filter(username__iexact=identity.id_number).exists():
        return identity.id_number
    return "vneid-" + hashlib.sha256(identity.subject.encode()).hexdigest()[:24]


@transaction.atomic
def sign_in_with_vneid(identity: VneidIdentity) -> User:
    """The account for a VNeID identity: the one already linked to its subject, else the local account
    with the same identification number (now linked), else a new citizen or business account.

    Linking a local (unverified) account makes its password unusable and puts the provider's contacts
    in place of its own, so that someone who registered another person's ID number loses the account
    to its rightful holder; the holder sets a new password on the profile page if wanted.

    Officials' accounts are never returned (``OfficialNotAllowed``): the back office is entered only
    with an office account, so a VNeID identity matching an official's number cannot open it.
    """
    if not identity.subject:
        raise ValidationError(_("The identity provider did not name the person."))
    user = _find_for_vneid(identity)
    if user is not None and user.is_official:
        raise OfficialNotAllowed.about(
            user,
            _(
                "This identity belongs to an official's account; "
                "officials log in to the back office with their office account."
            ),
        )
    if user is not None and not user.is_active:
        raise PermissionDenied(_("This account is disabled."))
    # A local account claimed by this ID number for the first time: whoever registered it proved
    # nothing, so its password stops working and the provider's verified contacts replace its own.
    first_link = user is not None and user.vneid_subject != identity.subject and user.identity_level == 0
    if user is None:
        user = User(username=_new_username(identity), account_type=identity.account_type)
    if user.pk is None or first_link:
        user.set_unusable_password()
    if not user.id_number and identity.id_number and not _others(user).filter(id_number=identity.id_number).exists():
        user.id_number = identity.id_number
    user.vneid_subject = identity.subject
    user.identity_level = max(1, min(2, identity.level))
    if identity.full_name:
        user.full_name = nfc(identity.full_name)  # verified by the national population database
    if identity.organisation_name:
        user.organisation_name = nfc(identity.organisation_name)
        if user.is_business:
            user.full_name = user.organisation_name
    _fill_contact(user, identity, replace=first_link)
    user.save()
    return user
