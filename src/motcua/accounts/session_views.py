"""One's own browser sessions: the list, and "log out everywhere else" (officials and citizens alike)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from motcua.audit import services as audit
from motcua.core import sessions
from motcua.core.models import UserSession


@login_required
def my_sessions(request):
    token = sessions.current_token(request)
    error = ""
    if request.method == "POST" and not _reauthenticated(request):
        error = _("Enter your current password to end your other sessions.")
    elif request.method == "POST":
        count = sessions.end_sessions(request.user, keep_token=token)
        audit.record("update", obj=request.user, changes={"sessions_ended": count}, request=request)
        messages.success(request, _("%(count)d other sessions were ended.") % {"count": count})
        return redirect("sessions")
    rows = UserSession.objects.filter(user=request.user)
    base = "office/base_office.html" if sessions.is_official(request.user) else "base.html"
    context = {"rows": rows, "current": token, "base": base, "error": error}
    return render(request, "core/sessions.html", context, status=400 if error else 200)


def _reauthenticated(request) -> bool:
    """ASVS 5.0 V7.5.2: ending sessions needs the password again (accounts with one; VNeID-only accounts have
    none and are let through, their login being the provider's)."""
    from motcua.audit.models import AuditEntry

    from . import lockout

    user = request.user
    if not user.has_usable_password():
        return True
    username = user.get_username()
    if not lockout.is_locked(username, request) and user.check_password(request.POST.get("password", "")):
        return True
    # A wrong password here counts towards the login lockout like one on the login page.
    audit.record(
        AuditEntry.Action.LOGIN_FAILED,
        object_type="accounts.user",
        object_repr=username,
        request=request,
        actor_label=username,
    )
    return False
