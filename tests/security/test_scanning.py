"""Issue 14, Medium 7 (part): the virus-scanner plugin and its clamd client, against a tiny fake clamd.

ClamAV cannot be installed with signatures here, so a socketserver thread speaks clamd's INSTREAM
protocol: it answers ``stream: Eicar-Test-Signature FOUND`` when the EICAR test string is in the
stream and ``stream: OK`` otherwise (or a chosen answer). The client, the registry, the upload check
and the portal are real."""

from __future__ import annotations

import io
import os
import socket
import socketserver
import struct
import tempfile
import threading

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motcua.core import scanning, uploads

from ..submissions import conftest as submissions
from ..submissions.conftest import ready_draft

procedure = submissions.procedure  # a fixture

pytestmark = pytest.mark.django_db  # a scanner's verdicts are kept (core.models.FileScan)

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


class FakeClamd:
    """A clamd that reads one INSTREAM per connection and answers like ClamAV."""

    def __init__(self, address_family=socket.AF_INET):
        self.streams: list[bytes] = []
        self.answer: bytes | None = None  # None: OK or FOUND by content; b"": drop the connection
        fake = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                command = self._exactly(10)
                assert command == b"zINSTREAM\0"
                data = b""
                while True:
                    (length,) = struct.unpack("!L", self._exactly(4))
                    if length == 0:
                        break
                    data += self._exactly(length)
                fake.streams.append(data)
                if fake.answer == b"":
                    return
                answer = fake.answer or (b"stream: Eicar-Test-Signature FOUND" if EICAR in data else b"stream: OK")
                self.request.sendall(answer + b"\0")

            def _exactly(self, size: int) -> bytes:
                data = b""
                while len(data) < size:
                    part = self.request.recv(size - len(data))
                    if not part:
                        raise ConnectionError("closed")
                    data += part
                return data

        if address_family == socket.AF_UNIX:
            self.path = os.path.join(tempfile.mkdtemp(), "clamd.sock")
            self.server = socketserver.ThreadingUnixStreamServer(self.path, Handler)
            self.address = f"unix://{self.path}"
        else:
            self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
            self.address = f"tcp://127.0.0.1:{self.server.server_address[1]}"
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def clamd(settings):
    fake = FakeClamd()
    settings.MOTCUA_VIRUS_SCANNER = "clamd"
    settings.MOTCUA_CLAMD_ADDRESS = fake.address
    settings.MOTCUA_CLAMD_TIMEOUT = 5
    yield fake
    fake.close()


def pdf_with(text: bytes, name: str = "don.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4\n%" + text + b"\n%%EOF\n")


def test_the_clamd_client_speaks_instream_over_tcp_and_unix_sockets():
    for family in (socket.AF_INET, socket.AF_UNIX):
        fake = FakeClamd(family)
        try:
            scanner = scanning.ClamdScanner(fake.address, timeout=5)
            big = b"a" * (200 * 1024)  # several chunks
            assert scanner.scan(io.BytesIO(big)) == scanning.Verdict(clean=True)
            assert fake.streams[-1] == big
            verdict = scanner.scan(io.BytesIO(EICAR))
            assert verdict == scanning.Verdict(clean=False, signature="Eicar-Test-Signature")
        finally:
            fake.close()


def test_the_eicar_test_file_is_refused_through_the_plugin(clamd):
    with pytest.raises(ValidationError) as caught:
        uploads.check_upload(pdf_with(EICAR))
    assert caught.value.code == "malware"
    assert "don.pdf" in caught.value.messages[0] and "Eicar-Test-Signature" in caught.value.messages[0]
    checked = uploads.check_upload(pdf_with(b"an ordinary letter"))
    assert checked.kind == "pdf"
    assert clamd.streams[-1].startswith(b"%PDF-1.4\n%an ordinary letter")


def test_a_second_check_of_the_same_upload_does_not_scan_again(clamd):
    upload = pdf_with(b"an ordinary letter")
    uploads.check_upload(upload)
    uploads.check_upload(upload)
    assert len(clamd.streams) == 1


def test_an_unreachable_scanner_refuses_the_upload(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed once the block ends: nobody listens there
    settings.MOTCUA_VIRUS_SCANNER = "clamd"
    settings.MOTCUA_CLAMD_ADDRESS = f"tcp://127.0.0.1:{port}"
    with pytest.raises(ValidationError) as caught:
        uploads.check_upload(pdf_with(b"an ordinary letter"))
    assert caught.value.code == "scanner"


@pytest.mark.parametrize("answer", [b"INSTREAM size limit exceeded. ERROR", b""])
def test_an_error_answer_or_a_dropped_connection_is_never_clean(clamd, answer):
    clamd.answer = answer
    with pytest.raises(ValidationError) as caught:
        uploads.check_upload(pdf_with(b"an ordinary letter"))
    assert caught.value.code == "scanner"


def test_no_scanner_by_default_and_unknown_names_are_refused(settings):
    settings.MOTCUA_VIRUS_SCANNER = ""
    assert type(scanning.get_scanner()) is scanning.Scanner
    assert uploads.check_upload(pdf_with(EICAR)).kind == "pdf"  # only our own checks run
    settings.MOTCUA_VIRUS_SCANNER = "clamav-typo"
    with pytest.raises(ImproperlyConfigured):
        scanning.get_scanner()


def test_other_scanners_plug_in_through_the_registry(settings, monkeypatch):
    class Refuses(scanning.Scanner):
        name = "refuses"

        def scan(self, fileobj):
            return scanning.Verdict(clean=False, signature="Test.Plugin")

    monkeypatch.setitem(scanning.SCANNERS, "refuses", Refuses)
    settings.MOTCUA_VIRUS_SCANNER = "refuses"
    with pytest.raises(ValidationError, match=r"Test\.Plugin"):
        uploads.check_upload(pdf_with(b"x"))


@pytest.mark.django_db
def test_the_portal_shows_the_refusal_next_to_the_field_in_vietnamese(client, citizen, procedure, clamd):
    client.force_login(citizen)
    draft = ready_draft(citizen, procedure, files={}, finish=False)
    response = client.post(
        reverse("portal:draft-components", args=[draft.pk]), {"file_to-khai": pdf_with(EICAR, "to-khai.pdf")}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_file_to-khai_error"' in html and "mã độc" in html
    assert not draft.components.filter(key="to-khai").exists()
