"""The write path of accounts."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.core.text import nfc

from .models import User


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
    )
    user.full_clean(exclude=["password"])
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return user
