from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import lockout, services
from .models import User


class LoginForm(AuthenticationForm):
    """The login form, refusing a user name or an address after too many failed attempts."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Too many failed attempts. Please wait %(minutes)s minutes and try again."),
    }

    def clean_username(self) -> str:
        """One spelling per phone number (+84 912…, 0912.…→ 0912…), so the lockout counts them together."""
        return lockout.normal_identifier(self.cleaned_data.get("username") or "")

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if lockout.is_locked(username, self.request):
            raise ValidationError(
                self.error_messages["locked"], code="locked", params={"minutes": lockout.WINDOW_MINUTES}
            )
        return super().clean()


class _ServiceErrorsMixin:
    """Put a service's ``ValidationError`` messages on the form's fields (``service_field → form_field``)."""

    field_map: dict[str, str] = {}

    def add_service_errors(self, exc: ValidationError) -> None:
        if not hasattr(exc, "error_dict"):
            self.add_error(None, exc)
            return
        for name, errors in exc.error_dict.items():
            field = self.field_map.get(name, name)
            self.add_error(field if field in self.fields else None, errors)


class RegistrationForm(_ServiceErrorsMixin, forms.Form):
    """Đăng ký tài khoản: a person (công dân) or a business or organisation (tổ chức, doanh nghiệp)."""

    field_map = {"password": "password1"}

    account_type = forms.ChoiceField(
        label=_("I register as"),
        choices=[
            (User.AccountType.CITIZEN, _("A person (citizen)")),
            (User.AccountType.BUSINESS, _("A business or organisation")),
        ],
        initial=User.AccountType.CITIZEN,
        widget=forms.RadioSelect,
    )
    name = forms.CharField(
        label=_("Full name, or the organisation's name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    id_number = forms.CharField(
        label=_("Identification number"),
        max_length=20,
        help_text=_(
            "A person: the personal identification number on the citizen ID card (12 digits). "
            "A business: its tax code (10 digits, or 10-3 for a branch)."
        ),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=20,
        help_text=_("For example 0912345678."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    address = forms.CharField(
        label=_("Address"),
        max_length=500,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=_("At least 10 characters, not only digits, not a common password."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the public service portal processes my personal data to handle my "
            "administrative procedures (Decree 13/2023/NĐ-CP on personal data protection)."
        ),
        error_messages={"required": _("You must agree to the processing of your personal data to open an account.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password2") and data["password1"] != data["password2"]:
            self.add_error("password2", _("The two passwords differ."))
        # Every problem at once: the service's own checks, on the fields that passed the form's.
        # "already has an account" is left out: the answer is the same for new and known details.
        for name, message in services.registration_errors(taken=False, **self.service_kwargs()).items():
            field = self.field_map.get(name, name)
            if field in self.fields and field not in self.errors and field in self.cleaned_data:
                self.add_error(field, message)
        return self.cleaned_data

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "account_type": data.get("account_type", ""),
            "name": data.get("name", ""),
            "id_number": data.get("id_number", ""),
            "phone": data.get("phone", ""),
            "email": data.get("email", ""),
            "address": data.get("address", ""),
            "password": data.get("password1", ""),
            "consent": bool(data.get("consent")),
        }


class ProfileForm(_ServiceErrorsMixin, forms.Form):
    """The contact details a citizen or business may change themselves."""

    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail"), required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    address = forms.CharField(
        label=_("Address"),
        max_length=500,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Language of notifications"),
        choices=[("vi", _("Vietnamese")), ("en", _("English"))],
    )
    current_password = forms.CharField(
        label=_("Current password"),
        required=False,
        strip=False,
        help_text=_("Needed to change your e-mail address or phone. The new one must then be confirmed."),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class PhoneCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code sent by SMS"),
        max_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class ConsentForm(forms.Form):
    consent = RegistrationForm.base_fields["consent"]


class SecondFactorCodeForm(forms.Form):
    """The 6-digit code of the authenticator app (or, on the login step, a recovery code)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("The 6-digit code shown by your authenticator app."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


class SecondFactorLoginForm(SecondFactorCodeForm):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("The 6-digit code shown by your authenticator app, or one of your recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )
    remember = forms.BooleanField(
        label=_("Remember this computer until the end of today"),
        required=False,
        help_text=_("Only on a computer that you alone use. Never at a shared desk."),
    )
