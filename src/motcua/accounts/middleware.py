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
