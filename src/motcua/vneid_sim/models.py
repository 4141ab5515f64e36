"""The simulator's short-lived grants, in the database so that every web worker process sees them.

THIS IS A SIMULATOR: only hashes of codes and tokens are kept, and expired rows are swept away
whenever a new one is written.
"""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class Grant(models.Model):
    """An authorization code: single use, valid for a minute."""

    code_hash = models.CharField(_("code hash"), max_length=64, unique=True)
    data = models.JSONField(_("request and claims"))
    expires_at = models.DateTimeField(_("expires at"), db_index=True)
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("simulated authorization code")
        verbose_name_plural = _("simulated authorization codes")

    def __str__(self) -> str:
        return f"code {self.code_hash[:8]}…"


class AccessToken(models.Model):
    """A bearer token for ``/userinfo``."""

    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    claims = models.JSONField(_("claims"))
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("simulated access token")
        verbose_name_plural = _("simulated access tokens")

    def __str__(self) -> str:
        return f"token {self.token_hash[:8]}…"
