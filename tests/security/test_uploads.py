"""Issue 14, High 1 and part of Medium 7: uploads are inspected with bounded work, before any transaction.

Zip bombs (a huge ``mimetype``, thousands of entries, overlapping entries) are refused from the table of
contents, quickly and in little memory; PDFs that can run scripts or launch programs are refused; and
the portal inspects a file before the service opens its transaction (nothing is unpacked while the
database is locked)."""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from motcua.core import uploads
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role

from ..submissions import conftest as submissions
from ..submissions.conftest import pdf, ready_draft

procedure = submissions.procedure  # a fixture

MB = 1024 * 1024


def _zip(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def mimetype_bomb(megabytes: int = 200) -> bytes:
    """An ODT-looking archive whose ``mimetype`` entry unpacks to ``megabytes`` MB of zeros (~200 KB packed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("mimetype", "w") as member:
            zeros = bytes(MB)
            for _ in range(megabytes):
                member.write(zeros)
        archive.writestr("content.xml", b"<office:document-content/>")
    return buffer.getvalue()


def _refusal(upload) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        uploads.check_upload(upload)
    return caught.value


def _measured(upload):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        error = _refusal(upload)
    finally:
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return error, elapsed, peak


def test_a_mimetype_zip_bomb_is_refused_quickly_in_little_memory():
    data = mimetype_bomb(200)
    assert len(data) < 400 * 1024
    error, elapsed, peak = _measured(SimpleUploadedFile("don.odt", data))
    assert error.code == "archive"
    assert "don.odt" in error.messages[0]
    assert peak < 20 * MB  # the old check read the whole 200 MB entry into memory
    assert elapsed < 2


def test_an_ooxml_file_with_thousands_of_entries_is_refused():
    members = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    members.update({f"word/media/p{n}.xml": b"" for n in range(20000)})
    data = _zip(members, zipfile.ZIP_STORED)
    error, elapsed, peak = _measured(SimpleUploadedFile("don.docx", data))
    assert error.code == "archive"  # the old check accepted it as a DOCX
    assert peak < 10 * MB  # the table of contents is not even parsed
    assert elapsed < 2


def test_overlapping_entries_are_refused():
    """Two entries of the table of contents pointing at the same data (the "better zip bomb")."""
    data = bytearray(_zip({"word/document.xml": b"<w:document/>" * 50, "word/styles.xml": b"<w:document/>" * 50}))
    second = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 4)
    data[second + 42 : second + 46] = struct.pack("<L", 0)  # its local header offset → the first entry's
    assert _refusal(SimpleUploadedFile("don.docx", bytes(data))).code == "archive"


def test_an_entry_that_unpacks_a_thousand_times_its_size_is_refused():
    data = _zip({"word/document.xml": b"<w:document/>", "word/media/big.xml": bytes(20 * MB)})
    assert _refusal(SimpleUploadedFile("don.docx", data)).code == "archive"


@pytest.mark.parametrize(
    ("name", "members", "kind"),
    [
        ("don.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" + b"x" * 5000}, "docx"),
        ("bang.xlsx", {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}, "xlsx"),
        ("van-ban.odt", {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "odt"),
    ],
)
def test_real_office_documents_are_still_accepted(name, members, kind):
    assert uploads.check_upload(SimpleUploadedFile(name, _zip(members))).kind == kind


def test_an_encrypted_odt_is_refused_with_a_message_not_a_crash():
    data = bytearray(_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}, zipfile.ZIP_STORED))
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + flags_at] |= 1  # "encrypted": zipfile refuses to read it without a password
    assert _refusal(SimpleUploadedFile("don.odt", bytes(data))).code == "content"


# --- PDF with scripts or launch actions ---------------------------------------------------------


def _pdf(*objects: bytes) -> bytes:
    body = b"%PDF-1.7\n"
    for number, obj in enumerate(objects, start=1):
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    return body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def _object_stream(text: bytes) -> bytes:
    packed = zlib.compress(text)
    return (
        b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed)
        + packed
        + b"\nendstream"
    )


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


@pytest.mark.parametrize(
    "objects",
    [
        (b"<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",),
        (CATALOG, b"<< /S /Launch /F (cmd.exe) >>"),
        (b"<< /Type /Catalog /OpenAction << /S /J#61va#53cript /J#53 (app.alert(1)) >> >>",),  # names in #xx
        (CATALOG, b"<< /Type /Page /AA << /O 5 0 R >> >>"),
        (CATALOG, b"<< /Type /Filespec /EF << /F 4 0 R >> /Type /EmbeddedFile >>"),
        (CATALOG, _object_stream(b"3 0 << /S /JavaScript /JS (app.launchURL('x')) >>")),  # hidden when packed
    ],
)
def test_pdfs_with_scripts_launch_actions_or_attached_files_are_refused(objects):
    error = _refusal(SimpleUploadedFile("don.pdf", _pdf(*objects)))
    assert error.code == "pdf_active"
    assert "don.pdf" in error.messages[0]


def test_a_plain_pdf_is_accepted_even_when_picture_bytes_look_like_names():
    picture = b"<< /Type /XObject /Subtype /Image /Length 12 >>\nstream\n/JS (x) /AA \nendstream"
    assert uploads.check_upload(SimpleUploadedFile("don.pdf", _pdf(CATALOG, picture))).kind == "pdf"


def test_a_pdf_object_stream_bomb_is_refused_in_little_memory():
    packed = zlib.compress(bytes(100 * MB), 9)
    bomb = b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n" + packed + b"\nendstream"
    error, elapsed, peak = _measured(SimpleUploadedFile("don.pdf", _pdf(CATALOG, bomb)))
    assert error.code == "pdf_size"
    assert peak < 20 * MB
    assert elapsed < 5


# --- inspected before the transaction -----------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_portal_inspects_uploads_before_the_service_opens_its_transaction(client, citizen, procedure, monkeypatch):
    """Every archive opened while a citizen uploads and submits is opened outside any transaction."""
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    opened_inside: list[bool] = []

    class Recording(zipfile.ZipFile):
        def __init__(self, *args, **kwargs):
            opened_inside.append(connection.in_atomic_block)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(zipfile, "ZipFile", Recording)
    client.force_login(citizen)
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    response = client.post(
        reverse("portal:draft-components", args=[draft.pk]),
        {"file_to-khai": SimpleUploadedFile("to-khai.docx", docx), "file_giay-chung-sinh": pdf("gcs.pdf")},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(reverse("portal:draft-check", args=[draft.pk]), {"declaration": "on"})
    assert response.status_code == 302
    assert Dossier.objects.get().components.get(key="to-khai").content_type.endswith("document")
    assert opened_inside == [False]  # once, in the form; neither save_components nor submit_draft reread it


@pytest.mark.django_db(transaction=True)
def test_the_counter_inspects_uploads_before_the_service_opens_its_transaction(officials, tree, procedure, login):
    """The desk's receive form: the file is read in the form, not inside ``dossiers.services.receive``."""
    from ..office.dossiers.test_dossier_office import COUNTER, counter_data

    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    opened_inside: list[bool] = []

    class Recording(zipfile.ZipFile):
        def __init__(self, *args, **kwargs):
            opened_inside.append(connection.in_atomic_block)
            super().__init__(*args, **kwargs)

    client = login(officials[Role.DESK_OFFICER])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(zipfile, "ZipFile", Recording)
        data = counter_data(tree, procedure, **{"file_giay-chung-sinh": SimpleUploadedFile("gcs.docx", docx)})
        response = client.post(COUNTER, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Dossier.objects.get().components.get(key="giay-chung-sinh").content_type.endswith("document")
    assert opened_inside == [False]


def test_a_refused_bomb_is_reported_next_to_its_field(client, citizen, procedure):
    client.force_login(citizen)
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    response = client.post(
        reverse("portal:draft-components", args=[draft.pk]),
        {"file_to-khai": SimpleUploadedFile("to-khai.odt", mimetype_bomb(50))},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_file_to-khai_error"' in html and "to-khai.odt" in html
    assert "quá nhiều" in html  # in Vietnamese
    assert not draft.components.filter(key="to-khai").exists()


def test_the_catalogue_workbook_import_refuses_a_bomb_before_openpyxl_reads_it():
    from motcua.catalogue import transfer_xlsx

    sheet = _zip({"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": bytes(150 * MB)})
    with pytest.raises(transfer_xlsx.WorkbookError):
        transfer_xlsx.check_zip(sheet)  # the old check added the declared sizes only (150 MB < 200 MB)
    many = _zip({"xl/workbook.xml": b"<workbook/>", **{f"xl/p{n}.xml": b"" for n in range(300000)}}, zipfile.ZIP_STORED)
    tracemalloc.start()
    try:
        with pytest.raises(transfer_xlsx.WorkbookError):
            transfer_xlsx.check_zip(many)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * MB  # the old check let zipfile build 300 000 entry objects first
