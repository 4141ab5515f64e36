from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A login identity. Staff (cán bộ, công chức) act for agencies through their roles in ``orgs``;
    citizens (công dân) and businesses (tổ chức, doanh nghiệp) are separate account types.

    ``id_number`` is the holder's legal identifier: the personal identification number
    (số định danh cá nhân, 12 digits) of a citizen, the tax code (mã số thuế) of a business.
    """

    class AccountType(models.TextChoices):
        STAFF = "staff", _("Staff")
        CITIZEN = "citizen", _("Citizen")
        BUSINESS = "business", _("Business or organisation")

    class IdentityLevel(models.IntegerChoices):
        LOCAL = 0, _("Local account (not verified)")
        LEVEL_1 = 1, _("VNeID level 1")
        LEVEL_2 = 2, _("VNeID level 2")

    account_type = models.CharField(
        _("account type"),
        max_length=10,
        choices=AccountType.choices,
        default=AccountType.CITIZEN,
    )
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, db_index=True)
    preferred_language = models.CharField(_("preferred language"), max_length=5, default="vi")
    id_number = models.CharField(
        _("identification number"),
        max_length=20,
        blank=True,
        db_index=True,
        help_text=_("Personal identification number (12 digits) or, for a business, its tax code."),
    )
    organisation_name = models.CharField(_("organisation name"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=500, blank=True)
    vneid_subject = models.CharField(_("VNeID subject"), max_length=255, blank=True, db_index=True)
    identity_level = models.PositiveSmallIntegerField(
        _("identity level"), choices=IdentityLevel.choices, default=IdentityLevel.LOCAL
    )
    consented_at = models.DateTimeField(_("consent to personal data processing"), null=True, blank=True)
    must_change_password = models.BooleanField(
        _("must change the password"), default=False, help_text=_("Set when an administrator chose the password.")
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(fields=["id_number"], condition=~Q(id_number=""), name="user_id_number_unique"),
            models.UniqueConstraint(
                fields=["vneid_subject"], condition=~Q(vneid_subject=""), name="user_vneid_subject_unique"
            ),
        ]
        indexes = [models.Index(fields=["email"], name="user_email_idx")]

    def __str__(self) -> str:
        return self.full_name or self.username

    def get_full_name(self) -> str:
        """The ``full_name`` we store (Django's default reads the unused first/last name fields)."""
        return self.full_name or super().get_full_name()

    @property
    def is_official(self) -> bool:
        return self.account_type == self.AccountType.STAFF

    @property
    def is_business(self) -> bool:
        return self.account_type == self.AccountType.BUSINESS


class SecondFactor(models.Model):
    """An official's enrolled authenticator app (xác thực hai yếu tố, TOTP RFC 6238).

    The shared secret is kept encrypted (Fernet, key derived from ``SECRET_KEY``) and never shown after
    enrolment. ``last_step`` is the last time step accepted, so each code is usable once.
    """

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="second_factor")
    secret_encrypted = models.TextField()
    last_step = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("second factor")
        verbose_name_plural = _("second factors")

    def __str__(self) -> str:
        return f"{self.user} — TOTP"


class RecoveryCode(models.Model):
    """A one-time recovery code (mã khôi phục): 120 random bits, stored as its SHA-256 only."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("recovery code")
        verbose_name_plural = _("recovery codes")

    def __str__(self) -> str:
        return f"{self.user} — {'used' if self.used_at else 'unused'}"


class RememberedDevice(models.Model):
    """A computer where the official ticked "remember this computer" (ghi nhớ máy tính này).

    The cookie holds a random token, signed and bound to the user and their factor; only its SHA-256 is
    kept here. The record is what makes the cookie revocable: a reset of the factor deletes it, and
    ending one's sessions ("log out everywhere else") or an administrator ending them revokes it."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="remembered_devices")
    token_hash = models.CharField(max_length=64, unique=True)
    user_agent = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("remembered computer")
        verbose_name_plural = _("remembered computers")

    def __str__(self) -> str:
        return f"{self.user} — {self.user_agent[:40]}"
