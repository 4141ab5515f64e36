"""Officials' pages of the second factor (xác thực hai yếu tố): enrolment, the code after the password,
and the reset of a colleague's factor by an administrator. The rules live in ``accounts.second_factor``."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from motcua.accounts import lockout, totp
from motcua.accounts import second_factor as factor
from motcua.accounts.forms import SecondFactorCodeForm, SecondFactorLoginForm
from motcua.accounts.models import User
from motcua.audit import services as audit
from motcua.audit.models import AuditEntry
from motcua.documents.qr import svg_data_uri
from motcua.orgs.permissions import Perm

from ..access import staff_required


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("after-login")


@never_cache
@login_required
def setup(request):
    """Enrol an authenticator app: QR code and the secret in text, confirmed by one code; then the ten
    recovery codes, shown once. When enrolled: the state and new recovery codes (with a current code)."""
    if not factor.can_enrol(request.user):
        raise PermissionDenied
    form = SecondFactorCodeForm(request.POST or None)
    if factor.is_enrolled(request.user):
        codes = None
        if request.method == "POST" and form.is_valid():
            if factor.check(request.user, form.cleaned_data["code"]):
                codes = factor.new_recovery_codes(request.user)
                audit.record(AuditEntry.Action.UPDATE, obj=request.user, changes={"recovery_codes": "renewed"})
            else:
                form.add_error("code", _("This code is not valid. Enter the current code from your app."))
        context = {"form": form, "codes": codes, "remaining": factor.remaining_recovery_codes(request.user)}
        return render(request, "office/two_factor/enrolled.html", context)
    secret = factor.pending_secret(request)
    if request.method == "POST" and form.is_valid():
        codes = factor.enrol(request.user, secret, form.cleaned_data["code"])
        if codes is not None:
            factor.mark_verified(request)
            request.session.cycle_key()
            audit.record(AuditEntry.Action.CREATE, obj=request.user, changes={"second_factor": "enrolled"})
            return render(request, "office/two_factor/codes.html", {"codes": codes, "next": _next_url(request)})
        form.add_error("code", _("This code is not valid. Check the time on your phone and try the new code."))
    uri = totp.provisioning_uri(secret, request.user.get_username(), settings.MOTCUA_2FA_ISSUER)
    context = {
        "form": form,
        "qr": svg_data_uri(uri),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "required": factor.is_required(request.user),
        "next": _next_url(request),
    }
    return render(request, "office/two_factor/setup.html", context)


@never_cache
@login_required
def verify(request):
    """The step after the password: a code from the app or a recovery code; wrong codes count toward the
    login lockout. Optionally remembers this computer until the end of the day."""
    if not factor.is_enrolled(request.user):
        return redirect("office:two-factor-setup")
    if factor.is_verified(request):
        return redirect(_next_url(request))
    form = SecondFactorLoginForm(request.POST or None)
    username = request.user.get_username()
    if request.method == "POST" and form.is_valid():
        if lockout.is_locked(username, request):
            form.add_error(
                None,
                _("Too many failed attempts. Please wait %(minutes)s minutes and try again.")
                % {"minutes": lockout.WINDOW_MINUTES},
            )
        elif factor.check(request.user, form.cleaned_data["code"]):
            factor.mark_verified(request)
            used = "totp" if form.cleaned_data["code"].replace(" ", "").isdigit() else "recovery code"
            audit.record(AuditEntry.Action.LOGIN, obj=request.user, changes={"second_factor": used}, request=request)
            request.session.cycle_key()
            response = redirect(_next_url(request))
            if form.cleaned_data["remember"]:
                agent = request.META.get("HTTP_USER_AGENT", "")
                value, expires = factor.remember_value(request.user, user_agent=agent)
                response.set_cookie(
                    factor.remember_cookie_name(),
                    value,
                    expires=expires,
                    secure=settings.SESSION_COOKIE_SECURE,
                    httponly=True,
                    samesite="Lax",
                )
            return response
        else:
            audit.record(
                AuditEntry.Action.LOGIN_FAILED,
                object_type="accounts.user",
                object_repr="second factor",
                actor_label=username,
                request=request,
            )
            form.add_error("code", _("This code is not valid or was already used."))
    return render(request, "office/two_factor/verify.html", {"form": form, "next": _next_url(request)})


@require_POST
@staff_required(Perm.MANAGE_STAFF)
def reset(request, user_pk: int):
    """Reset a colleague's second factor (lost phone): MANAGE_STAFF over their agencies, never oneself."""
    target = get_object_or_404(User, pk=user_pk, account_type=User.AccountType.STAFF)
    factor.reset_by(request.user, target, request=request)
    messages.success(
        request,
        _("The two-step verification of %(name)s was reset; they will enrol again at their next login.")
        % {"name": target.get_username()},
    )
    return redirect("office:staff-list")
