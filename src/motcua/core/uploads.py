"""Uploaded files are checked by their content (magic bytes), never by their name."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# kind → (content type, test on the first bytes)
SIGNATURES = {
    "pdf": ("application/pdf", lambda head: head.startswith(b"%PDF-")),
    "jpeg": ("image/jpeg", lambda head: head.startswith(b"\xff\xd8\xff")),
    "png": ("image/png", lambda head: head.startswith(b"\x89PNG\r\n\x1a\n")),
    "zip-office": (
        "application/vnd.openxmlformats-officedocument",
        lambda head: head.startswith(b"PK\x03\x04"),
    ),
    "doc": ("application/msword", lambda head: head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")),
}
DOCUMENT_KINDS = ("pdf", "jpeg", "png", "zip-office", "doc")


@dataclass(frozen=True)
class CheckedFile:
    kind: str
    content_type: str
    size: int
    sha256: str


def sniff(head: bytes) -> str | None:
    return next((kind for kind, (_type, test) in SIGNATURES.items() if test(head)), None)


def check_upload(upload, kinds: tuple[str, ...] = DOCUMENT_KINDS, max_bytes: int | None = None) -> CheckedFile:
    """Refuse a file whose content is not one of ``kinds`` or that is too large; return its facts."""
    limit = max_bytes or settings.UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file %(name)s is larger than %(mb)s MB.") % {"name": upload.name, "mb": limit // (1024 * 1024)}
        )
    upload.seek(0)
    head = upload.read(16)
    kind = sniff(head)
    if kind not in kinds:
        raise ValidationError(
            _("The file %(name)s is not an accepted document (PDF, JPEG, PNG, Word or Excel).") % {"name": upload.name}
        )
    upload.seek(0)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return CheckedFile(kind, SIGNATURES[kind][0], upload.size, digest.hexdigest())
