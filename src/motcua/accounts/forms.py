from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import lockout


class LoginForm(AuthenticationForm):
    """The login form, refusing a user name or an address after too many failed attempts."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Too many failed attempts. Please wait %(minutes)s minutes and try again."),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if lockout.is_locked(username, self.request):
            raise ValidationError(
                self.error_messages["locked"], code="locked", params={"minutes": lockout.WINDOW_MINUTES}
            )
        return super().clean()
