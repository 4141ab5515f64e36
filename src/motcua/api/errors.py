"""One JSON error shape for the whole API: ``{"error": {"code", "message", "fields"}}``."""

from rest_framework.views import exception_handler as drf_handler


def exception_handler(exc, context):
    response = drf_handler(exc, context)
    if response is None:
        return None
    data = response.data
    fields = {}
    message = ""
    if isinstance(data, dict):
        if "detail" in data and len(data) == 1:
            message = str(data["detail"])
        else:
            fields = {
                key: [str(m) for m in (value if isinstance(value, list) else [value])] for key, value in data.items()
            }
            message = "; ".join(f"{key}: {' '.join(msgs)}" for key, msgs in fields.items())
    else:
        message = " ".join(str(item) for item in data)
    code = getattr(exc, "default_code", "error")
    response.data = {"error": {"code": code, "message": message, "fields": fields}}
    return response
