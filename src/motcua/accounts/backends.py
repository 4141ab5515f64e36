"""Citizens' and businesses' log-in identifiers.

Staff log in with their user name only (Django's ``ModelBackend``). A citizen's or business's user
name is its identification number, so ``ModelBackend`` already accepts that; this backend adds the
e-mail address and the mobile phone number (any common spelling: 0912…, +84 912…), for citizen and
business accounts only.
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend

from .models import User
from .services import MOBILE_RE, normalise_phone


class CitizenBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        identifier = (username or kwargs.get(User.USERNAME_FIELD) or "").strip()
        if not identifier or password is None:
            return None
        users = User.objects.exclude(account_type=User.AccountType.STAFF)
        if "@" in identifier:
            matches = users.filter(email__iexact=identifier)
        elif MOBILE_RE.match(normalise_phone(identifier)):
            matches = users.filter(phone=normalise_phone(identifier))
        else:
            matches = users.filter(id_number=identifier)
        found = list(matches[:2])
        if len(found) != 1:
            User().set_password(password)  # same time whether or not the account exists
            return None
        user = found[0]
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
