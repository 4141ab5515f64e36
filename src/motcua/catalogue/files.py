"""Uploaded catalogue documents (form templates, signed decisions), checked by ``core.uploads``."""

from __future__ import annotations

from motcua.core import uploads

MAX_BYTES = 10 * 1024 * 1024
KINDS = {kind: uploads.KINDS[kind][:2] for kind in uploads.DOCUMENT_KINDS}
DOCUMENT_KINDS = uploads.DOCUMENT_KINDS
detect = uploads.detect


def check_document(upload, kinds=DOCUMENT_KINDS) -> tuple[str, str]:
    """Check an uploaded document (≤ 10 MB); return ``(kind, sha256 hex)`` or raise ``ValidationError``."""
    checked = uploads.check_upload(upload, tuple(kinds), max_bytes=MAX_BYTES)
    return checked.kind, checked.sha256
