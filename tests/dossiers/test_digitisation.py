"""Digitisation at receipt (ND 118 Art 17(1)(c)): e-copies, pages, exemptions, confirmation, results."""

import datetime as dt
import hashlib
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from weasyprint import HTML

from motcua.accounts.models import User
from motcua.audit.models import AuditEntry
from motcua.core.pdfpages import page_count
from motcua.dossiers import services
from motcua.dossiers.models import Channel, Dossier, ECopyFile, Exemption
from motcua.dossiers.services import digitise
from motcua.orgs.permissions import Role
from motcua.submissions import selectors as store
from motcua.submissions.models import DataStoreItem

from ..catalogue.factories import content, publish, sector
from ..conftest import make_staff
from .conftest import PROCESS, applicant, at, pdf, procedure  # noqa: F401


def scan_pdf(pages: int, name: str = "scan.pdf") -> SimpleUploadedFile:
    """A real PDF of ``pages`` pages (WeasyPrint writes compressed object streams)."""
    html = "".join(f"<p style='page-break-after: always'>Trang {i + 1}</p>" for i in range(pages))
    return SimpleUploadedFile(name, HTML(string=html).write_pdf(), content_type="application/pdf")


def scan_png(name: str) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def mixed_procedure(tree):
    """Components: a form, a paper only shown for comparison, and one the procedure does not digitise."""
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        components=[
            {"key": "to-khai", "name": "Tờ khai", "copy_type": "original", "quantity": 1},
            {"key": "cccd", "name": "Căn cước (xuất trình)", "copy_type": "shown", "quantity": 1},
            {"key": "anh", "name": "Ảnh 4x6", "copy_type": "original", "quantity": 1, "must_digitise": False},
        ],
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000489", "new", data)], day=dt.date(2026, 1, 5))


def received(officials, tree, procedure, keys=("to-khai", "giay-chung-sinh"), **kwargs):  # noqa: F811
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=[services.ComponentInput(key, received=True) for key in keys],
        at=at(2026, 3, 2, 9, 0),
        **kwargs,
    )


def by_key(dossier):
    return {c.key: c for c in dossier.components.all()}


def test_the_pdf_page_count_is_read_from_the_file():
    for pages in (1, 3, 12):
        assert page_count(scan_pdf(pages)) == pages
    plain = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n"
    )
    assert page_count(io.BytesIO(plain)) == 2
    assert page_count(io.BytesIO(b"%PDF-1.4\n% no page tree\n")) is None


def test_a_three_page_pdf_declared_as_two_pages_is_refused_in_vietnamese(officials, tree, procedure):  # noqa: F811
    dossier = received(officials, tree, procedure)
    c = by_key(dossier)
    scans = [
        digitise.ScanInput(c["to-khai"].pk, files=[scan_pdf(3)], paper_pages=2),
        digitise.ScanInput(c["giay-chung-sinh"].pk, files=[scan_png("p1.png")], paper_pages=1),
    ]
    with translation.override("vi"), pytest.raises(ValidationError) as exc:
        digitise.digitise(dossier, user=officials[Role.DESK_OFFICER], scans=scans, confirmed=True)
    errors = exc.value.message_dict
    assert set(errors) == {f"pages_{c['to-khai'].pk}"}
    message = errors[f"pages_{c['to-khai'].pk}"][0]
    assert "Tờ khai đăng ký khai sinh" in message and "3 trang" in message and "bản giấy" in message
    assert not ECopyFile.objects.exists()  # nothing half-saved
    assert Dossier.objects.get(pk=dossier.pk).digitised_at is None


def test_e_copies_are_stored_in_page_order_with_checksums_and_the_confirmation_audited(
    officials,
    tree,
    procedure,  # noqa: F811
):
    desk = officials[Role.DESK_OFFICER]
    dossier = received(officials, tree, procedure)
    c = by_key(dossier)
    pages = [scan_png(f"trang-{i}.png") for i in (1, 2, 3)]
    expected = [hashlib.sha256(p.read()).hexdigest() for p in pages]
    for p in pages:
        p.seek(0)
    scans = [
        digitise.ScanInput(c["to-khai"].pk, files=[scan_pdf(3)], paper_pages=3),
        digitise.ScanInput(c["giay-chung-sinh"].pk, files=pages, paper_pages=3),
    ]
    with pytest.raises(ValidationError) as exc:  # the officer must confirm
        digitise.digitise(dossier, user=desk, scans=scans, confirmed=False)
    assert set(exc.value.message_dict) == {"confirm"}
    for item in scans:
        for f in item.files:
            f.seek(0)
    dossier = digitise.digitise(dossier, user=desk, scans=scans, confirmed=True, at=at(2026, 3, 2, 9, 30))

    dossier.refresh_from_db()
    assert dossier.digitised_by == desk and dossier.digitised_at == at(2026, 3, 2, 9, 30)
    form, birth = by_key(dossier)["to-khai"], by_key(dossier)["giay-chung-sinh"]
    assert (form.paper_pages, form.pages) == (3, 3) and (birth.paper_pages, birth.pages) == (3, 3)
    files = list(birth.ecopy_files.all())
    assert [f.seq for f in files] == [1, 2, 3]
    assert [f.original_name for f in files] == ["trang-1.png", "trang-2.png", "trang-3.png"]
    assert [f.sha256 for f in files] == expected
    assert hashlib.sha256(files[0].file.open("rb").read()).hexdigest() == expected[0]
    assert form.ecopy_files.get().pages == 3
    entry = AuditEntry.objects.filter(object_type="dossiers.dossier", object_id=str(dossier.pk)).latest("pk")
    confirmed = entry.changes["digitisation_confirmed"]
    assert entry.actor == desk and confirmed["statement"] == "Tôi xác nhận bản điện tử khớp với bản giấy"
    assert len(confirmed["files"]) == 4
    assert AuditEntry.objects.filter(object_type="dossiers.ecopyfile", action=AuditEntry.Action.CREATE).count() == 4
    with pytest.raises(ValidationError):  # confirmed once
        digitise.digitise(dossier, user=desk, scans=[], confirmed=True)


def test_exemptions_come_from_the_kind_or_the_desk(officials, tree, mixed_procedure):
    dossier = received(officials, tree, mixed_procedure, keys=("to-khai", "cccd", "anh"))
    c = by_key(dossier)
    scans = [digitise.ScanInput(c["to-khai"].pk, exemption=Exemption.CLASSIFIED)]
    digitise.digitise(dossier, user=officials[Role.DESK_OFFICER], scans=scans, confirmed=True)
    c = by_key(dossier)
    assert c["to-khai"].exemption == Exemption.CLASSIFIED
    assert c["cccd"].exemption == Exemption.SHOWN
    assert c["anh"].exemption == Exemption.NOT_REQUIRED
    assert c["cccd"].get_exemption_display() == "Chỉ xuất trình để đối chiếu"  # the reason shown
    assert not ECopyFile.objects.exists()
    other = received(officials, tree, mixed_procedure, keys=("to-khai", "cccd", "anh"))
    bad = [digitise.ScanInput(by_key(other)["to-khai"].pk, exemption=Exemption.ONLINE)]
    with pytest.raises(ValidationError) as exc:  # "filed online" is the channel's, not the desk's choice
        digitise.digitise(other, user=officials[Role.DESK_OFFICER], scans=bad, confirmed=True)
    assert f"exemption_{by_key(other)['to-khai'].pk}" in exc.value.message_dict


def test_a_paper_component_without_a_scan_and_a_non_scan_file_are_refused(officials, tree, procedure):  # noqa: F811
    dossier = received(officials, tree, procedure)
    c = by_key(dossier)
    word = SimpleUploadedFile("to-khai.pdf", b"PK\x03\x04 not a pdf", content_type="application/pdf")
    scans = [digitise.ScanInput(c["to-khai"].pk, files=[word], paper_pages=1)]
    with pytest.raises(ValidationError) as exc:
        digitise.digitise(dossier, user=officials[Role.DESK_OFFICER], scans=scans, confirmed=True)
    assert set(exc.value.message_dict) == {f"files_{c['to-khai'].pk}", f"files_{c['giay-chung-sinh'].pk}"}


def test_online_dossiers_are_exempt(officials, citizen, tree, procedure):  # noqa: F811
    dossier = services.submit_online(
        account=citizen,
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=[
            services.ComponentInput("to-khai", file=pdf()),
            services.ComponentInput("giay-chung-sinh", file=pdf("b.pdf")),
        ],
        at=at(2026, 3, 2, 7, 0),
    )
    dossier = services.receive(user=officials[Role.DESK_OFFICER], dossier=dossier, at=at(2026, 3, 2, 8, 0))
    assert dossier.channel == Channel.ONLINE and not digitise.applies(dossier)
    with pytest.raises(ValidationError):
        digitise.digitise(dossier, user=officials[Role.DESK_OFFICER], scans=[], confirmed=True)


def test_only_the_receiving_desk_digitises(officials, other_official, tree, procedure):  # noqa: F811
    dossier = received(officials, tree, procedure)
    for user in (other_official, officials[Role.SPECIALIST], make_staff("desk2", tree.construction, Role.DESK_OFFICER)):
        with pytest.raises(PermissionDenied):
            digitise.digitise(dossier, user=user, scans=[], confirmed=True)


def test_the_result_keeps_its_checksum_and_goes_to_the_applicants_store(officials, tree, procedure):  # noqa: F811
    holder = User.objects.create_user(
        "an", account_type="citizen", id_number="010203004005", identity_level=User.IdentityLevel.LEVEL_2
    )
    dossier = received(officials, tree, procedure)
    moment = at(2026, 3, 2, 10, 0)
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=moment)
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=moment)
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=moment)
    result = scan_pdf(2, "ket-qua.pdf")
    digest = hashlib.sha256(result.read()).hexdigest()
    result.seek(0)
    dossier = services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=result, at=moment)
    dossier.refresh_from_db()
    assert (dossier.result_sha256, dossier.result_pages) == (digest, 2)
    # filed at the desk without an account: the result is in the store of the verified account holding the ID
    item = store.store_items(holder).get(kind=DataStoreItem.Kind.RESULT)
    assert item.source_dossier == dossier and item.sha256 == digest
    # a new receipt for the same applicant: the desk sees it for reuse
    again = received(officials, tree, procedure)
    reuse = store.reusable_for_applicant(again.applicant_id_number, exclude_dossier=again)
    assert [(row["code"], row["in_store"]) for row in reuse] == [(dossier.code, True)]
    # an unverified account with the same number gets nothing (anyone may type a number)
    holder.identity_level = User.IdentityLevel.LOCAL
    holder.save()
    assert store.owner_of(dossier) is None and not store.approved_results_missing(holder).exists()
    # without an account the result still shows at the desk (the store keyed by the ID number)
    DataStoreItem.objects.all().delete()
    reuse = store.reusable_for_applicant("010203004005")
    assert [(row["code"], row["in_store"]) for row in reuse] == [(dossier.code, False)]
