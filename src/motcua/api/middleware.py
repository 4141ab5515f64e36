"""Requests to the API whose query holds a NUL character are refused with a 400 JSON error naming it.

PostgreSQL text cannot hold NUL (0x00): such a value would reach a query and fail there with a 500.
Path parameters are checked by their views (a code with NUL is no code: 404).
"""

from __future__ import annotations

from django.http import JsonResponse
from django.utils.translation import gettext as _

PREFIX = "/api/"


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(PREFIX):
            fields = nul_fields(request)
            if fields:
                message = _("Remove the NUL character (0x00).")
                return JsonResponse(
                    {
                        "error": {
                            "code": "invalid",
                            "message": "; ".join(f"{name}: {message}" for name in fields),
                            "fields": {name: [message] for name in fields},
                        }
                    },
                    status=400,
                )
        return self.get_response(request)


def nul_fields(request) -> list[str]:
    """The query parameters that hold a NUL character."""
    fields = []
    for name, values in request.GET.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            fields.append(name.replace("\x00", "\\x00"))
    return fields
