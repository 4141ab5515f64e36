from . import context


class AuditContextMiddleware:
    """Makes the acting user, IP and path available to the audit writer for this request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = context.set_actor(context.from_request(request))
        try:
            return self.get_response(request)
        finally:
            context.reset(token)
