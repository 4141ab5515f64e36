"""One's own browser sessions: the list, and "log out everywhere else" (officials and citizens alike)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from motcua.audit import services as audit

from . import sessions
from .models import UserSession


@login_required
def my_sessions(request):
    token = sessions.current_token(request)
    if request.method == "POST":
        count = sessions.end_sessions(request.user, keep_token=token)
        audit.record("update", obj=request.user, changes={"sessions_ended": count}, request=request)
        messages.success(request, _("%(count)d other sessions were ended.") % {"count": count})
        return redirect("sessions")
    rows = UserSession.objects.filter(user=request.user)
    base = "office/base_office.html" if sessions.is_official(request.user) else "base.html"
    return render(request, "core/sessions.html", {"rows": rows, "current": token, "base": base})
