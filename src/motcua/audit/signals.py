from django.contrib.auth.signals import (
    user_logged_in,
    user_logged_out,
    user_login_failed,
)
from django.dispatch import receiver

from . import services
from .models import AuditEntry


@receiver(user_logged_in, dispatch_uid="audit-login")
def on_login(sender, request, user, **kwargs):
    services.record(AuditEntry.Action.LOGIN, obj=user, request=request, user=user)


@receiver(user_logged_out, dispatch_uid="audit-logout")
def on_logout(sender, request, user, **kwargs):
    if user is not None:
        services.record(AuditEntry.Action.LOGOUT, obj=user, request=request, user=user)


@receiver(user_login_failed, dispatch_uid="audit-login-failed")
def on_login_failed(sender, credentials, request=None, **kwargs):
    username = str(credentials.get("username", ""))[:150]
    services.record(
        AuditEntry.Action.LOGIN_FAILED,
        object_type="accounts.user",
        object_repr=username,
        request=request,
        actor_label=username,
    )
