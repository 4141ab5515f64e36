from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A login identity. Staff (cán bộ, công chức) act for agencies through their roles in ``orgs``;
    citizens (công dân) and businesses (tổ chức, doanh nghiệp) are separate account types."""

    class AccountType(models.TextChoices):
        STAFF = "staff", _("Staff")
        CITIZEN = "citizen", _("Citizen")
        BUSINESS = "business", _("Business or organisation")

    account_type = models.CharField(
        _("account type"),
        max_length=10,
        choices=AccountType.choices,
        default=AccountType.CITIZEN,
    )
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=5, default="vi")

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.username

    def get_full_name(self) -> str:
        """The ``full_name`` we store (Django's default reads the unused first/last name fields)."""
        return self.full_name or super().get_full_name()

    @property
    def is_official(self) -> bool:
        return self.account_type == self.AccountType.STAFF
