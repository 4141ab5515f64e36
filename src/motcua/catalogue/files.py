"""Uploaded documents (form templates, signed decisions): the content decides the type, not the name.

A file is accepted only when its first bytes (and, for the zip-based formats, its table of contents)
show one of the allowed kinds and its extension names that same kind — a Word file renamed
``.pdf`` is refused, and so is an executable renamed ``.docx``.
"""

from __future__ import annotations

import hashlib
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 10 * 1024 * 1024

KINDS = {
    "pdf": ("PDF", (".pdf",)),
    "doc": ("DOC", (".doc",)),
    "docx": ("DOCX", (".docx",)),
    "xlsx": ("XLSX", (".xlsx",)),
    "odt": ("ODT", (".odt",)),
}
DOCUMENT_KINDS = tuple(KINDS)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ODT = b"application/vnd.oasis.opendocument.text"


def detect(fileobj) -> str | None:
    """The kind of document in ``fileobj`` (read from the start, left at the start), or None."""
    fileobj.seek(0)
    head = fileobj.read(8)
    try:
        if head.startswith(b"%PDF-"):
            return "pdf"
        if head == _OLE:
            fileobj.seek(0)
            return "doc" if _WORD_STREAM in fileobj.read(MAX_BYTES + 1) else None
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


def _labels(kinds) -> str:
    return ", ".join(KINDS[kind][0] for kind in kinds)


def check_document(upload, kinds=DOCUMENT_KINDS) -> tuple[str, str]:
    """Check an uploaded file; return ``(kind, sha256 hex)`` or raise ``ValidationError``."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."))
    kind = detect(upload)
    if kind not in kinds:
        raise ValidationError(
            _("The content of the file is not a %(kinds)s document.") % {"kinds": _labels(kinds)}, code="content"
        )
    name = (upload.name or "").lower()
    if not name.endswith(KINDS[kind][1]):
        raise ValidationError(
            _("The file name does not match its content, which is a %(kind)s document.") % {"kind": KINDS[kind][0]},
            code="extension",
        )
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks() if hasattr(upload, "chunks") else iter(lambda: upload.read(65536), b""):
        digest.update(chunk)
    upload.seek(0)
    return kind, digest.hexdigest()
