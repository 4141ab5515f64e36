"""Consent before use (Decree 13/2023/NĐ-CP on personal data): a citizen's or business's account that has
not consented to the processing of its personal data is sent to the consent page before any portal page.

Accounts opened by registration consent on the form; an account opened by a first VNeID login is asked
once. Officials, anonymous visitors, the API (which answers JSON) and the pages needed to consent or leave
are not concerned.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

EXEMPT_PREFIXES = ("/account/consent/", "/accounts/logout/", "/account/vneid/", "/static/", "/media/", "/i18n/")
NOT_PORTAL = ("/api/", "/office/", "/admin/", "/vneid-sim/", "/healthz")


class ConsentRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if settings.SESSION_COOKIE_NAME not in request.COOKIES or path.startswith(NOT_PORTAL + EXEMPT_PREFIXES):
            return self.get_response(request)
        user = request.user
        if user.is_authenticated and not user.is_official and user.consented_at is None:
            return redirect(f"{reverse('portal:consent')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class SecondFactorMiddleware:
    """The one place that asks for the second factor (xác thực hai yếu tố), whatever the way in
    (``/accounts/login/``, ``/admin/login/``): an enrolled official whose session is not yet verified sees
    only the code page; an official of a role in ``MOTCUA_2FA_ROLES`` who has not enrolled sees only the
    enrolment page. The API answers 403 in JSON instead of redirecting. A valid "remember this computer"
    cookie verifies the session without a code.
    """

    ALWAYS_OPEN = ("/static/", "/media/", "/i18n/", "/accounts/logout/", "/healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if not user.is_authenticated or request.path.startswith(self.ALWAYS_OPEN):
            return self.get_response(request)
        from . import second_factor

        if not second_factor.can_enrol(user) or second_factor.is_verified(request):
            return self.get_response(request)
        if second_factor.is_enrolled(user):
            if second_factor.is_remembered(request):
                second_factor.mark_verified(request)
                second_factor.record_remembered(request)
                return self.get_response(request)
            return self._send_to(request, "office:two-factor-verify")
        if second_factor.is_required(user):
            return self._send_to(request, "office:two-factor-setup")
        return self.get_response(request)

    def _send_to(self, request, url_name: str):
        from django.http import JsonResponse
        from django.utils.translation import gettext as _

        target = reverse(url_name)
        if request.path == target:
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return JsonResponse(
                {"detail": _("Two-step verification is required: log in through the web page first.")}, status=403
            )
        return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")


class PasswordChangeRequiredMiddleware:
    """An official whose password an administrator chose (a new staff account) sees only the page to set
    their own, whatever the way in, until they do; the API answers 403 in JSON."""

    OPEN = (
        "/office/password/",
        "/accounts/logout/",
        "/static/",
        "/media/",
        "/i18n/",
        "/healthz",
        "/office/two-factor/",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if not user.is_authenticated or not user.must_change_password or request.path.startswith(self.OPEN):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            from django.http import JsonResponse
            from django.utils.translation import gettext as _

            return JsonResponse({"detail": _("Set your own password first, on the web page.")}, status=403)
        return redirect(reverse("office:password-change"))
