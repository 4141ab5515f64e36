"""Uploaded files are checked by their content, never by their name alone.

A file is accepted only when its first bytes (and, for the zip-based formats, its table of
contents) show one of the allowed kinds, and its extension names that same kind: a Word file
renamed ``.pdf`` is refused, and so is an executable renamed ``.docx``.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# kind → (label, extensions, content type)
KINDS = {
    "pdf": ("PDF", (".pdf",), "application/pdf"),
    "doc": ("DOC", (".doc",), "application/msword"),
    "docx": ("DOCX", (".docx",), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("XLSX", (".xlsx",), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("ODT", (".odt",), "application/vnd.oasis.opendocument.text"),
    "jpeg": ("JPEG", (".jpg", ".jpeg"), "image/jpeg"),
    "png": ("PNG", (".png",), "image/png"),
}
DOCUMENT_KINDS = ("pdf", "doc", "docx", "xlsx", "odt")
SCAN_KINDS = (*DOCUMENT_KINDS, "jpeg", "png")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ODT = b"application/vnd.oasis.opendocument.text"
_SCAN_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True)
class CheckedFile:
    kind: str
    content_type: str
    size: int
    sha256: str


def detect(fileobj) -> str | None:
    """The kind of file in ``fileobj`` (read from the start, left at the start), or None."""
    fileobj.seek(0)
    head = fileobj.read(8)
    try:
        if head.startswith(b"%PDF-"):
            return "pdf"
        if head.startswith(b"\xff\xd8\xff"):
            return "jpeg"
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return "png"
        if head == _OLE:
            fileobj.seek(0)
            return "doc" if _WORD_STREAM in fileobj.read(_SCAN_LIMIT) else None
        if head.startswith(b"PK\x03\x04"):
            return _zip_kind(fileobj)
        return None
    finally:
        fileobj.seek(0)


def _zip_kind(fileobj) -> str | None:
    fileobj.seek(0)
    try:
        with zipfile.ZipFile(fileobj) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and archive.read("mimetype").strip() == _ODT:
                return "odt"
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        return None
    return None


def labels(kinds) -> str:
    return ", ".join(KINDS[kind][0] for kind in kinds)


def check_upload(upload, kinds: tuple[str, ...] = SCAN_KINDS, max_bytes: int | None = None) -> CheckedFile:
    """Refuse a file that is too large, whose content is not one of ``kinds``, or whose name lies."""
    limit = max_bytes or settings.UPLOAD_MAX_BYTES
    name = upload.name or ""
    if upload.size > limit:
        raise ValidationError(
            _("The file %(name)s is larger than %(mb)s MB.") % {"name": name, "mb": limit // (1024 * 1024)},
            code="size",
        )
    kind = detect(upload)
    if kind not in kinds:
        raise ValidationError(
            _("The content of the file %(name)s is not a %(kinds)s document.") % {"name": name, "kinds": labels(kinds)},
            code="content",
        )
    if not name.lower().endswith(KINDS[kind][1]):
        raise ValidationError(
            _("The file name does not match its content, which is a %(kind)s document.") % {"kind": KINDS[kind][0]},
            code="extension",
        )
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks() if hasattr(upload, "chunks") else iter(lambda: upload.read(65536), b""):
        digest.update(chunk)
    upload.seek(0)
    return CheckedFile(kind, KINDS[kind][2], upload.size, digest.hexdigest())
