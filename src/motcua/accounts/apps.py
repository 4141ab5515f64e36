from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Login identities: staff, citizens and businesses."""

    name = "motcua.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from motcua.audit import registry

        from .models import User

        registry.register(User, exclude={"password", "last_login"})

        from motcua.core.sessions import sessions_ended

        sessions_ended.connect(_forget_devices, dispatch_uid="accounts-forget-devices")


def _forget_devices(sender, user, **kwargs) -> None:
    from .second_factor import forget_devices

    forget_devices(user)
