"""Uploaded files are checked by their content, never by their name alone.

A file is accepted only when its first bytes (and, for the zip-based formats, its table of
contents) show one of the allowed kinds, and its extension names that same kind: a Word file
renamed ``.pdf`` is refused, and so is an executable renamed ``.docx``.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
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
_MIMETYPE_MAX = 100
# Zip-based documents (DOCX, XLSX, ODT): a real one has tens of entries, rarely a few hundred
# (one per embedded picture), and unpacks to a few times its size.
ZIP_MAX_MEMBERS = 1000
ZIP_MAX_UNPACKED = 100 * 1024 * 1024
ZIP_MAX_RATIO = 200
ZIP_RATIO_FROM = 1024 * 1024  # small entries (XML of a few KB) may compress very well
# PDF: names that run code or carry other files; looked for in the file and in its object streams.
PDF_ACTIVE_NAMES = {b"JS", b"JavaScript", b"Launch", b"AA", b"EmbeddedFile", b"EmbeddedFiles"}
PDF_MAX_INFLATED = 64 * 1024 * 1024
_PDF_NAME = re.compile(rb"/([A-Za-z0-9#]{2,40})")
_PDF_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_INSPECTION = "_motcua_inspection"


@dataclass(frozen=True)
class CheckedFile:
    kind: str
    content_type: str
    size: int
    sha256: str


class UnsafeArchive(ValueError):
    """A zip-based file whose table of contents promises too much: refused before anything is unpacked."""


def detect(fileobj) -> str | None:
    """The kind of file in ``fileobj`` (read from the start, left at the start), or None.

    An archive that would unpack to too much (a zip bomb) is None here; ``check_upload`` names it."""
    try:
        return _detect(fileobj)
    except UnsafeArchive:
        return None


def _detect(fileobj) -> str | None:
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
            return "doc" if _contains(fileobj, _WORD_STREAM) else None
        if head.startswith(b"PK\x03\x04"):
            return _zip_kind(fileobj)
        return None
    finally:
        fileobj.seek(0)


def _contains(fileobj, needle: bytes, chunk: int = 1024 * 1024) -> bool:
    """``needle`` occurs in the first ``_SCAN_LIMIT`` bytes, read in chunks (never the whole file at once)."""
    fileobj.seek(0)
    tail, read = b"", 0
    while read < _SCAN_LIMIT:
        block = fileobj.read(min(chunk, _SCAN_LIMIT - read))
        if not block:
            return False
        read += len(block)
        if needle in tail + block:
            return True
        tail = block[-len(needle) :]
    return False


def _zip_kind(fileobj) -> str | None:
    """DOCX, XLSX or ODT from the table of contents; the archive is never unpacked.

    Before ``zipfile`` reads the table of contents, its declared size and number of entries are
    checked (a table of 400 000 entries would itself fill the memory); then every entry's declared
    size, the total, the compression ratio and overlapping entries. Only ``mimetype`` of an ODT is
    read, at most ``_MIMETYPE_MAX`` bytes of it."""
    fileobj.seek(0)
    try:
        if zipfile._EndRecData(fileobj) is None:
            return None
        with open_archive(fileobj) as archive:
            names = {info.filename for info in archive.infolist()}
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and _mimetype(archive) == _ODT:
                return "odt"
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, RuntimeError, NotImplementedError, zlib.error):
        return None  # damaged, encrypted or an unknown compression: not a document we accept
    return None


def open_archive(fileobj, max_members: int = ZIP_MAX_MEMBERS, max_unpacked: int = ZIP_MAX_UNPACKED) -> zipfile.ZipFile:
    """The archive opened by ``zipfile`` once its table of contents is known to be safe to unpack.

    Raises ``UnsafeArchive`` (too many entries, too large once unpacked, a suspicious compression
    ratio, overlapping or duplicate entries) or ``zipfile.BadZipFile``."""
    fileobj.seek(0)
    end = zipfile._EndRecData(fileobj)
    if end is None:
        raise zipfile.BadZipFile("no end of central directory")
    if end[zipfile._ECD_ENTRIES_TOTAL] > max_members or end[zipfile._ECD_SIZE] > max_members * 1024:
        raise UnsafeArchive("members")  # checked before zipfile builds one object per entry
    fileobj.seek(0)
    archive = zipfile.ZipFile(fileobj)
    try:
        _check_members(archive.infolist(), fileobj, max_members, max_unpacked)
    except UnsafeArchive:
        archive.close()
        raise
    return archive


def _check_members(infos: list[zipfile.ZipInfo], fileobj, max_members: int, max_unpacked: int) -> None:
    if len(infos) > max_members:
        raise UnsafeArchive("members")
    if len({info.filename for info in infos}) != len(infos):
        raise UnsafeArchive("duplicate")
    total = 0
    for info in infos:
        total += info.file_size
        if total > max_unpacked:
            raise UnsafeArchive("size")
        if info.file_size > ZIP_RATIO_FROM and info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeArchive("ratio")
    fileobj.seek(0, 2)
    archive_size = fileobj.tell()
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for this, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = following.header_offset if following else archive_size
        if this.header_offset + 30 + this.compress_size > end:
            raise UnsafeArchive("overlap")  # entries that share their data (the "better zip bomb")


def _mimetype(archive: zipfile.ZipFile) -> bytes:
    info = archive.getinfo("mimetype")
    if info.file_size > _MIMETYPE_MAX:
        return b""
    with archive.open(info) as member:
        return member.read(_MIMETYPE_MAX + 1)[: _MIMETYPE_MAX + 1].strip()


def labels(kinds) -> str:
    return ", ".join(KINDS[kind][0] for kind in kinds)


@dataclass
class Inspection:
    """What one look at an upload found; kept on the upload object so a second check reads nothing."""

    kind: str | None
    size: int
    sha256: str
    error: str = ""  # the refusal, repeated to every later check of the same upload
    error_code: str = ""


def check_upload(upload, kinds: tuple[str, ...] = SCAN_KINDS, max_bytes: int | None = None) -> CheckedFile:
    """Refuse a file that is too large, whose content is not one of ``kinds``, or whose name lies.

    The content is inspected once per upload object (``inspect``): forms call this before a service
    opens its transaction, and the service's own call then only compares the cached result."""
    limit = max_bytes or settings.UPLOAD_MAX_BYTES
    name = upload.name or ""
    if upload.size > limit:
        raise ValidationError(
            _("The file %(name)s is larger than %(mb)s MB.") % {"name": name, "mb": limit // (1024 * 1024)},
            code="size",
        )
    found = inspect(upload)
    kind = found.kind
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
    return CheckedFile(kind, KINDS[kind][2], found.size, found.sha256)


def inspect(upload) -> Inspection:
    """Detect the kind (bounded), refuse zip bombs and active PDFs, hash, and ask the virus scanner.

    The result (or the refusal) is cached on ``upload``; call it before any database transaction."""
    cached = getattr(upload, _INSPECTION, None)
    if cached is None:
        try:
            cached = _inspect(upload)
        except ValidationError as exc:
            cached = Inspection(None, upload.size, "", error=exc.messages[0], error_code=exc.code or "")
        setattr(upload, _INSPECTION, cached)
    if cached.error:
        raise ValidationError(cached.error, code=cached.error_code)
    return cached


def inspected(upload, *, content_type: str, size: int, sha256: str) -> None:
    """Mark a file this system stored after checking it (a draft's component) as already inspected."""
    kind = next((key for key, (_label, _ext, ctype) in KINDS.items() if ctype == content_type), None)
    if kind is not None and sha256:
        setattr(upload, _INSPECTION, Inspection(kind, size, sha256))


def _inspect(upload) -> Inspection:
    from motcua.core import scanning

    name = upload.name or ""
    try:
        kind = _detect(upload)
    except UnsafeArchive as exc:
        raise ValidationError(
            _(
                "The file %(name)s is an archive that would unpack to too much data or too many parts "
                "(at most %(members)s parts and %(mb)s MB); it is refused."
            )
            % {"name": name, "members": ZIP_MAX_MEMBERS, "mb": ZIP_MAX_UNPACKED // (1024 * 1024)},
            code="archive",
        ) from exc
    if kind == "pdf":
        _check_pdf(upload, name)
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks() if hasattr(upload, "chunks") else iter(lambda: upload.read(65536), b""):
        digest.update(chunk)
    upload.seek(0)
    if kind is not None:
        scanning.check(upload, name, digest.hexdigest())
    return Inspection(kind, upload.size, digest.hexdigest())


# --- PDF: scripts and launch actions ---------------------------------------------------------


def _check_pdf(upload, name: str) -> None:
    """Refuse a PDF that can run JavaScript, launch a program, act on opening, or carry other files.

    Administrative documents need none of these. The names are looked for in the file as written and
    inside its compressed object streams (unpacked up to ``PDF_MAX_INFLATED`` bytes in all)."""
    found = _pdf_active_names(upload)
    upload.seek(0)
    if found is None:
        raise ValidationError(
            _("The PDF file %(name)s has too much compressed content to be checked; it is refused.") % {"name": name},
            code="pdf_size",
        )
    if found:
        raise ValidationError(
            _(
                "The PDF file %(name)s contains scripts, launch actions or attached files (%(what)s), "
                "which are not accepted. Print it to a plain PDF and upload that."
            )
            % {"name": name, "what": ", ".join(sorted(found))},
            code="pdf_active",
        )


def _pdf_active_names(upload) -> set[str] | None:
    """The active names in the PDF, or None when its object streams unpack to more than the limit.

    Stream bodies (pictures, page contents) are skipped: random bytes there would match short names."""
    upload.seek(0)
    data = upload.read()  # at most UPLOAD_MAX_BYTES: check_upload refused larger files already
    found: set[str] = set()
    budget, pos = PDF_MAX_INFLATED, 0
    for match in _PDF_STREAM.finditer(data):
        if match.start() < pos:
            continue
        found |= _names_in(data[pos : match.start()])
        end = data.find(b"endstream", match.end())
        pos = len(data) if end < 0 else end + len(b"endstream")
        before = data[max(0, match.start() - 512) : match.start()]
        if b"/ObjStm" in before and b"/FlateDecode" in before:
            budget = _scan_object_stream(data[match.end() : pos], budget, found)
            if budget < 0:
                return None
    return found | _names_in(data[pos:])


def _scan_object_stream(body: bytes, budget: int, found: set[str]) -> int:
    """Unpack one object stream in blocks of at most 1 MB, never beyond ``budget`` bytes in all."""
    inflater, rest, tail = zlib.decompressobj(), body, b""
    try:
        while rest and not inflater.eof:
            block = inflater.decompress(rest, min(max(budget, 0), 1024 * 1024) + 1)
            rest = inflater.unconsumed_tail
            budget -= len(block)
            if budget < 0 or not block:
                return budget
            found |= _names_in(tail + block)
            tail = block[-48:]
    except zlib.error:
        pass  # a damaged stream: a viewer cannot read what it would hide either
    return budget


def _names_in(data: bytes) -> set[str]:
    found = set()
    for match in _PDF_NAME.finditer(data):
        raw = match.group(1)
        if b"#" in raw:
            raw = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
        if raw in PDF_ACTIVE_NAMES:
            found.add("/" + raw.decode("ascii", "replace"))
    return found
