"""A password must not be the holder's own name, user name, identification number, phone or e-mail."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from motcua.core.text import fold

ATTRIBUTES = ("full_name", "organisation_name", "username", "id_number", "phone", "email")
MIN_PART = 4  # shorter values (a two-letter name) are not checked as parts of a password


def _plain(text: str) -> str:
    """'Nguyễn Văn An' → 'nguyenvanan': lower-case, no accents, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(text or ""))


def _values(user) -> list[str]:
    values = []
    for name in ATTRIBUTES:
        value = str(getattr(user, name, "") or "")
        values.append(value)
        if name == "email" and "@" in value:
            values.append(value.split("@", 1)[0])
        if name in ("full_name", "organisation_name"):
            values.append(" ".join(reversed(value.split())))  # "An Văn Nguyễn"
    return [plain for plain in map(_plain, values) if len(plain) >= MIN_PART]


class PersonalDataValidator:
    """Refuse a password that is, or is built on, the account's own personal data (accents, case,
    spaces and punctuation ignored): 'Nguyễn Văn An', 'nguyenvanan2024', '0912345678'."""

    def validate(self, password: str, user=None) -> None:
        if user is None:
            return
        plain = _plain(password)
        for value in _values(user):
            if value in plain or (len(plain) >= MIN_PART and plain in value):
                raise ValidationError(
                    _("The password must not contain your name, identification number, phone or e-mail."),
                    code="password_personal_data",
                )

    def get_help_text(self) -> str:
        return _("Your password must not contain your name, identification number, phone or e-mail.")
