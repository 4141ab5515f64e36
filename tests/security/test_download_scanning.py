"""Issue 14, Medium 7: an official's download of an uploaded file is checked by the virus scanner, fail closed.

A real TCP server in the test speaks clamd's INSTREAM protocol (``FakeClamd`` of ``test_scanning``),
or nobody listens on the configured port (the scanner is down). The views, the stored verdicts, the
audit rows and the clamd client are the project's own, unmocked."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from motcua.audit.models import AuditEntry
from motcua.core.models import FileScan
from motcua.dossiers import services
from motcua.dossiers.services import Applicant, ComponentInput
from motcua.orgs.permissions import Role

from ..dossiers import conftest as dossiers
from .test_scanning import EICAR, FakeClamd

pytestmark = pytest.mark.django_db
procedure = dossiers.procedure  # a fixture
at = dossiers.at


def pdf(body: bytes, name: str = "gcs.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4\n%" + body + b"\n%%EOF\n", content_type="application/pdf")


def receive(officials, tree, procedure, body: bytes):
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=Applicant(name="Lò Văn Páo", phone="0912000111"),
        components=[ComponentInput("to-khai", received=True), ComponentInput("giay-chung-sinh", file=pdf(body))],
        at=at(2026, 3, 6, 9, 0),
    )
    return dossier, dossier.components.exclude(file="").get()


def download(client, officials, dossier, component):
    client.force_login(officials[Role.DESK_OFFICER])
    return client.get(reverse("office:dossier-component", args=[dossier.pk, component.pk]))


def use_clamd(settings, fake: FakeClamd) -> None:
    settings.MOTCUA_VIRUS_SCANNER = "clamd"
    settings.MOTCUA_CLAMD_ADDRESS = fake.address
    settings.MOTCUA_CLAMD_TIMEOUT = 5


def use_unreachable_clamd(settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed once the block ends: nobody listens there
    settings.MOTCUA_VIRUS_SCANNER = "clamd"
    settings.MOTCUA_CLAMD_ADDRESS = f"tcp://127.0.0.1:{port}"
    settings.MOTCUA_CLAMD_TIMEOUT = 2


@pytest.fixture
def clamd():
    fake = FakeClamd()
    yield fake
    fake.close()


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_eicar_uploaded_before_a_scanner_was_configured_is_refused_at_the_first_download(
    client,
    officials,
    tree,
    procedure,
    settings,
    clamd,
):
    settings.MOTCUA_VIRUS_SCANNER = ""  # no scanner: only the project's own content checks ran
    dossier, component = receive(officials, tree, procedure, EICAR)
    use_clamd(settings, clamd)
    response = download(client, officials, dossier, component)
    assert response.status_code == 403
    html = body_of(response).decode()
    assert EICAR.decode() not in html
    assert "mã độc" in html and "Eicar-Test-Signature" in html
    assert EICAR in clamd.streams[-1]
    row = AuditEntry.objects.get(action=AuditEntry.Action.DENIED)
    assert row.actor == officials[Role.DESK_OFFICER] and row.object_id == str(dossier.pk)
    assert row.changes["reason"] == "malware" and row.changes["signature"] == "Eicar-Test-Signature"
    assert row.changes["download"].endswith(".pdf")
    # the verdict is kept: the next download is refused without asking the scanner again
    assert download(client, officials, dossier, component).status_code == 403
    assert len(clamd.streams) == 1


def test_a_scanner_that_is_down_refuses_the_download_with_503_in_vietnamese(
    client,
    officials,
    tree,
    procedure,
    settings,
):
    settings.MOTCUA_VIRUS_SCANNER = ""
    dossier, component = receive(officials, tree, procedure, b"an ordinary birth certificate")
    use_unreachable_clamd(settings)
    response = download(client, officials, dossier, component)
    assert response.status_code == 503
    html = body_of(response).decode()
    assert "an ordinary birth certificate" not in html
    assert "không thể kiểm tra virus" in html
    row = AuditEntry.objects.get(action=AuditEntry.Action.DENIED)
    assert row.changes["reason"] == "scanner unavailable" and row.object_id == str(dossier.pk)
    assert not FileScan.objects.exists()  # no verdict: nothing remembered as clean


def test_a_clean_file_is_served_and_its_verdict_kept_for_the_recheck_period(
    client,
    officials,
    tree,
    procedure,
    settings,
    clamd,
):
    use_clamd(settings, clamd)
    dossier, component = receive(officials, tree, procedure, b"an ordinary birth certificate")
    assert len(clamd.streams) == 1  # scanned once at the upload, the verdict kept
    scan = FileScan.objects.get()
    assert scan.clean and scan.sha256 == component.sha256
    response = download(client, officials, dossier, component)
    assert response.status_code == 200 and b"an ordinary birth certificate" in body_of(response)
    assert len(clamd.streams) == 1  # the kept clean verdict served it
    # the scanner goes down: a fresh clean verdict still serves the file ...
    clamd.close()
    assert download(client, officials, dossier, component).status_code == 200
    # ... an old one does not (new signatures since): scanned again, and the scanner cannot answer
    FileScan.objects.update(scanned_at=timezone.now() - dt.timedelta(hours=25))
    assert download(client, officials, dossier, component).status_code == 503


def test_a_file_changed_on_disk_after_its_clean_verdict_is_scanned_again(
    client,
    officials,
    tree,
    procedure,
    settings,
    clamd,
):
    use_clamd(settings, clamd)
    dossier, component = receive(officials, tree, procedure, b"an ordinary birth certificate")
    with open(component.file.path, "ab") as stored:
        stored.write(EICAR)
    # the checksum recorded at receipt no longer matches: refused before anything is served or scanned
    assert component.sha256
    assert download(client, officials, dossier, component).status_code == 409
    assert len(clamd.streams) == 1
    # a file stored without a checksum (before they were recorded) is scanned again, and the virus found
    type(component).objects.filter(pk=component.pk).update(sha256="")
    response = download(client, officials, dossier, component)
    assert response.status_code == 403
    assert len(clamd.streams) == 2 and EICAR in clamd.streams[-1]


def test_without_a_scanner_files_are_served_as_before(client, officials, tree, procedure, settings):
    settings.MOTCUA_VIRUS_SCANNER = ""
    dossier, component = receive(officials, tree, procedure, b"an ordinary birth certificate")
    response = download(client, officials, dossier, component)
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.DENIED).exists()


def test_the_result_file_is_checked_too(client, officials, tree, procedure, settings, clamd):
    settings.MOTCUA_VIRUS_SCANNER = ""
    dossier, _component = receive(officials, tree, procedure, b"x")
    dossier.result_file.save("ket-qua.pdf", pdf(EICAR, "ket-qua.pdf"), save=True)
    use_clamd(settings, clamd)
    client.force_login(officials[Role.DESK_OFFICER])
    assert client.get(reverse("office:dossier-result", args=[dossier.pk])).status_code == 403
