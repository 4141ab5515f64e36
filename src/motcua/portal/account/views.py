"""Citizens' and businesses' accounts on the portal: registration, profile, password, VNeID login."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from motcua.accounts import contact_change, oidc, services
from motcua.accounts.forms import ConsentForm, PhoneCodeForm, ProfileForm, RegistrationForm
from motcua.audit import services as audit
from motcua.audit.models import AuditEntry
from motcua.core import ratelimit

from . import registration_mail

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
REGISTRATIONS_PER_MINUTE = 10


def _refuse_officials(user) -> None:
    if user.is_authenticated and user.is_official:
        raise PermissionDenied(_("Officials use the back office, not the citizens' account pages."))


@require_http_methods(["GET", "POST"])
def register(request):
    """/account/register/ — open a citizen or business account (not for officials)."""
    _refuse_officials(request.user)
    if request.user.is_authenticated:
        return redirect("portal:account")
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if ratelimit.exceeded(request, "register", REGISTRATIONS_PER_MINUTE):
            form.add_error(None, _("Too many registrations from your connection; please wait a minute."))
        elif form.is_valid():
            try:
                user, new = services.register_pending(**form.service_kwargs(), actor=request.user)
            except ValidationError as exc:
                form.add_service_errors(exc)
            else:
                # The same page whether or not the number, phone or address already has an account:
                # only the owner of the e-mail address typed learns which it was.
                registration_mail.send(request, user, to=form.cleaned_data["email"], new=new)
                return render(request, "portal/account/register_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "portal/account/register.html", {"form": form}, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def register_confirm(request, uidb64: str, token: str):
    """/account/register/confirm/<uid>/<token>/ — the link of the registration e-mail: a button (mail
    scanners follow links, they do not press buttons) that opens the account and logs its holder in."""
    user = registration_mail.user_for(uidb64, token)
    if user is None:
        return render(request, "portal/account/register_confirm.html", {"invalid": True}, status=400)
    if request.method == "POST":
        try:
            user = services.confirm_registration(user)
        except PermissionDenied:
            return render(request, "portal/account/register_confirm.html", {"invalid": True}, status=400)
        login(request, user, backend=MODEL_BACKEND)
        messages.success(request, _("Your account is open. You can now submit dossiers online."))
        return redirect("portal:account")
    return render(request, "portal/account/register_confirm.html", {"invalid": False})


@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    """/account/ — one's own profile: contacts, language, password, linked VNeID identity."""
    _refuse_officials(request.user)
    user = request.user
    initial = {
        "phone": user.phone,
        "email": user.email,
        "address": user.address,
        "preferred_language": user.preferred_language,
    }
    form = ProfileForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            done = contact_change.request_change(
                user,
                actor=user,
                password=data.pop("current_password"),
                logged_in_at=contact_change.logged_in_at(request),
                confirm_url=lambda token: request.build_absolute_uri(reverse("portal:email-confirm", args=[token])),
                **data,
            )
        except ValidationError as exc:
            form.add_service_errors(exc)
        else:
            messages.success(request, _("Your profile was saved."))
            if done.email_sent_to:
                messages.info(
                    request,
                    _("We sent a link to %(email)s: the new address is used once you open it (within 24 hours).")
                    % {"email": done.email_sent_to},
                )
            if done.phone_pending:
                request.session[contact_change.SESSION_PHONE] = done.phone_pending
                return redirect("portal:phone-confirm")
            return redirect("portal:account")
    return render(request, "portal/account/profile.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def email_confirm(request, token: str):
    """/account/email/confirm/<token>/ — the link sent to a new e-mail address."""
    _refuse_officials(request.user)
    try:
        contact_change.confirm_email(request.user, token)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    except PermissionDenied as exc:
        audit.record_denial(request.user, perm="confirm another account's e-mail", request=request)
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Your new e-mail address is confirmed."))
    return redirect("portal:account")


@login_required
@require_http_methods(["GET", "POST"])
def phone_confirm(request):
    """/account/phone/confirm/ — type the code sent by SMS to the new phone number."""
    _refuse_officials(request.user)
    pending = request.session.get(contact_change.SESSION_PHONE)
    if not pending:
        return redirect("portal:account")
    form = PhoneCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            contact_change.confirm_phone(request.user, pending, form.cleaned_data["code"])
        except ValidationError as exc:
            request.session[contact_change.SESSION_PHONE] = pending  # the tries counted
            for field, errors in exc.message_dict.items():
                form.add_error("code" if field == "code" else None, errors)
        else:
            del request.session[contact_change.SESSION_PHONE]
            messages.success(request, _("Your new phone number is confirmed."))
            return redirect("portal:account")
    context = {"form": form, "phone": pending["phone"]}
    return render(request, "portal/account/phone_confirm.html", context, status=400 if form.errors else 200)


class PasswordChangeView(auth_views.PasswordChangeView):
    """/account/password/ — change the password; an account made by VNeID login sets its first one."""

    template_name = "portal/account/password_change.html"
    success_url = reverse_lazy("portal:account")

    def get_form_class(self):
        return PasswordChangeForm if self.request.user.has_usable_password() else SetPasswordForm

    def form_valid(self, form):
        messages.success(self.request, _("Your password was changed."))
        return super().form_valid(form)


def _callback_uri(request) -> str:
    return request.build_absolute_uri(reverse("portal:vneid-callback"))


def _error(request, message, status: int = 400, code: str = ""):
    context = {"message": message, "error_code": code}
    return render(request, "portal/account/vneid_error.html", context, status=status)


@require_GET
def vneid_login(request):
    """/account/vneid/login/ — send the browser to the identity provider (DVCQG SSO / VNeID)."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = ""
    try:
        idp = oidc.provider(request)
    except oidc.NotConfigured as exc:
        return _error(request, exc.message, status=503, code=exc.code)
    except oidc.OIDCError as exc:
        return _error(request, exc.message, status=502, code=exc.code)
    return redirect(oidc.begin(request, idp, _callback_uri(request), next_url))


@require_GET
def vneid_callback(request):
    """/account/vneid/callback/ — check the answer, find/link/create the account and log it in."""
    try:
        idp = oidc.provider(request)
        result = oidc.complete(request, idp, _callback_uri(request))
    except oidc.AccessDenied as exc:
        messages.error(request, exc.message)
        return redirect("login")
    except oidc.OIDCError as exc:
        audit.record(AuditEntry.Action.LOGIN_FAILED, object_type="accounts.user", object_repr="VNeID", request=request)
        return _error(request, exc.message, code=exc.code)
    next_url = result.next_url
    try:
        user = services.sign_in_with_vneid(result.identity)
    except services.OfficialNotAllowed as exc:
        audit.record_denial(None, perm="vneid_login", target=exc.user, request=request)
        return _error(request, exc.args[0] if exc.args else _("Access denied"), status=403, code="official")
    except (PermissionDenied, ValidationError) as exc:
        return _error(request, " ".join(getattr(exc, "messages", [str(exc)])), status=403, code="refused")
    login(request, user, backend=MODEL_BACKEND)
    oidc.remember_for_logout(request, idp, result)
    if user.consented_at is None:  # an account opened through VNeID: ask for consent once
        return redirect(reverse("portal:consent") + (f"?{urlencode({'next': next_url})}" if next_url else ""))
    return redirect(next_url or "after-login")


@login_required
@require_http_methods(["GET", "POST"])
def consent(request):
    """/account/consent/ — consent to personal data processing (Decree 13/2023), asked once."""
    _refuse_officials(request.user)
    next_url = request.POST.get("next") or request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = ""
    form = ConsentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.record_consent(request.user, actor=request.user)
        return redirect(next_url or "after-login")
    context = {"form": form, "next": next_url}
    return render(request, "portal/account/consent.html", context, status=400 if form.errors else 200)


@require_POST
def vneid_logout(request):
    """/account/vneid/logout/ (POST) — log out here, then offer to sign out at the identity provider too
    (RP-initiated logout). A link, not a redirect: the page's CSP ``form-action 'self'`` would block a
    form's redirect to the provider's host."""
    hint = request.session.get(oidc.LOGOUT_KEY)
    logout(request)
    if not hint:
        return redirect("portal:home")
    end_session = oidc.end_session_url(hint, request.build_absolute_uri(reverse("portal:home")))
    return render(request, "portal/account/logged_out.html", {"end_session": end_session})
