"""Serving a stored upload to an official (tải tệp): checked by the virus scanner first, fail closed.

Every view that hands a citizen's (or another official's) uploaded file to an official goes through
``send_file``. When a scanner is configured (``core.scanning``) the file is served only on a clean
verdict — one kept from the upload or an earlier download within ``MOTCUA_SCAN_RECHECK_HOURS``, or
one given now. A scanner that cannot answer refuses the download with 503, an infected file with
403; both write a ``denied`` audit row naming the file and the reason. Without a configured scanner
files are served as before (they passed the content checks of ``core.uploads`` when uploaded).
"""

from __future__ import annotations

import hashlib
import logging
import os

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from motcua.audit import services as audit
from motcua.audit.models import AuditEntry

from . import scanning

log = logging.getLogger(__name__)


def send_file(request: HttpRequest, field, *, target=None, filename: str = "", sha256: str = "") -> HttpResponse:
    """The file as an attachment (private, no-store, nosniff), or the refusal page when it may not be served.

    With ``sha256`` (the checksum recorded when the file was stored) the file is served only while its
    content still has that checksum: a file changed in the storage is refused (409) and the refusal audited."""
    if not field:
        raise Http404
    try:
        handle = field.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    name = filename or os.path.basename(field.name)
    if sha256 and _digest(handle) != sha256:
        handle.close()
        log.error("checksum mismatch, download refused: %s", name)
        _record_refusal(request, target, name, reason="checksum mismatch")
        message = _(
            "The file %(name)s no longer matches the checksum recorded when it was stored, so it is not "
            "served. Tell the system administrator: the stored copy must be restored."
        ) % {"name": name}
        return _refusal(request, message, status=409)
    try:
        verdict = scanning.check_stored(handle)
    except scanning.ScannerUnavailable as exc:
        handle.close()
        log.error("virus scanner unavailable, download refused: %s", exc)
        _record_refusal(request, target, name, reason="scanner unavailable")
        message = _(
            "The file %(name)s cannot be checked for viruses right now, so it is not served. "
            "Please try again in a few minutes; if this goes on, tell the system administrator."
        ) % {"name": name}
        return _refusal(request, message, status=503)
    if verdict is not None and not verdict.clean:
        handle.close()
        log.warning("virus scanner refused a download of %s: %s", name, verdict.signature)
        _record_refusal(request, target, name, reason="malware", signature=verdict.signature)
        message = _(
            "The file %(name)s contains malware (%(signature)s), so it is not served. "
            "Tell the system administrator; do not ask the applicant to send it again by e-mail."
        ) % {"name": name, "signature": verdict.signature}
        return _refusal(request, message, status=403)
    response = FileResponse(handle, as_attachment=True, filename=name)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _digest(handle) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    handle.seek(0)
    return digest.hexdigest()


def _record_refusal(request, target, name: str, *, reason: str, signature: str = "") -> None:
    changes = {"download": name, "reason": reason}
    if signature:
        changes["signature"] = signature
    user = request.user if request.user.is_authenticated else None
    audit.record(AuditEntry.Action.DENIED, obj=target, changes=changes, request=request, user=user)


def _refusal(request, message: str, *, status: int) -> HttpResponse:
    response = render(request, "core/download_refused.html", {"message": message}, status=status)
    response["Cache-Control"] = "private, no-store"
    if status == 503:
        response["Retry-After"] = "120"
    return response
