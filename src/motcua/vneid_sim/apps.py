from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VneidSimConfig(AppConfig):
    """A local OpenID Connect identity provider standing in for VNeID / DVCQG single sign-on (demo and tests only)."""

    name = "motcua.vneid_sim"
    label = "vneid_sim"
    verbose_name = _("VNeID simulator")

    def ready(self) -> None:
        from motcua.accounts import oidc

        from . import checks, keys  # noqa: F401 — checks registers the deploy check

        oidc.register_stand_in(keys.local_client)
