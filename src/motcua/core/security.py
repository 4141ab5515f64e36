"""Security headers and limits for every response: CSP, no-store for personal pages, request-body size,
and no TRACE."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers

# Every directive the outside test asked for (issue 14): nothing inline, no <base>, no plugins, no framing,
# forms only to ourselves.
POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Third-party pages (Django's admin, the Swagger UI of the API) carry inline scripts and styles: they get the
# same policy with only those two relaxed.
THIRD_PARTY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
THIRD_PARTY_PREFIXES = ("/admin/", "/api/v1/docs")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        policy = THIRD_PARTY_POLICY if request.path.startswith(THIRD_PARTY_PREFIXES) else self.policy
        response.headers.setdefault("Content-Security-Policy", policy)
        return response


class RefuseTraceMiddleware:
    """TRACE, TRACK and CONNECT are answered 405 everywhere (ASVS 5.0 V13.4.4): Django would otherwise run a
    function view for them as for GET."""

    REFUSED = frozenset({"TRACE", "TRACK", "CONNECT"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.REFUSED:
            response = HttpResponse(status=405, content_type="text/plain; charset=utf-8")
            response["Allow"] = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
            return response
        return self.get_response(request)


class ApiHttpsOnlyMiddleware:
    """Under ``SECURE_SSL_REDIRECT`` the pages are redirected to HTTPS but the API is not (it is in
    ``SECURE_REDIRECT_EXEMPT``): a plain-HTTP API call is refused with 403, so a client that sends its data
    unencrypted notices instead of being transparently redirected (ASVS 5.0 V4.1.2)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SECURE_SSL_REDIRECT and request.path.startswith("/api/") and not request.is_secure():
            return JsonResponse({"detail": "HTTPS is required. / Phải dùng HTTPS."}, status=403)
        return self.get_response(request)


class RequestBodyLimitMiddleware:
    """Refuse a request whose declared body is larger than ``MAX_REQUEST_BODY_BYTES`` (413) before reading it.

    Django's own ``DATA_UPLOAD_MAX_MEMORY_SIZE`` leaves uploaded files out; this bounds the whole body. The
    reverse proxy's ``client_max_body_size`` (docs/deploy.md) is the same figure and also covers bodies sent
    without a length.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BODY_BYTES:
            return HttpResponse(
                "Yêu cầu quá lớn. / Request body too large.", status=413, content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


class NoStoreForSignedInMiddleware:
    """``Cache-Control: no-store`` on every answer to a signed-in user (office dossier pages, the citizen's
    dossiers and profile, exports, the API): personal data never stays in a shared desk browser's or a
    proxy's cache. Public pages and static files keep their own caching."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if getattr(user, "is_authenticated", False) and "no-store" not in response.get("Cache-Control", ""):
            add_never_cache_headers(response)
        return response
