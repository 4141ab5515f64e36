from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from motcua import __version__

from . import outbox


@require_GET
def healthz(request):
    """Liveness and readiness: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        database = {"ok": True, "vendor": connection.vendor}
        queue = outbox.queue_state()
    except Exception as exc:  # noqa: BLE001 — report, never crash the health check
        return JsonResponse(
            {"status": "error", "database": {"ok": False, "error": type(exc).__name__}},
            status=503,
        )
    return JsonResponse({"status": "ok", "version": __version__, "database": database, "worker": queue})
