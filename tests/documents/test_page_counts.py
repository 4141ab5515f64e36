"""Every printed form keeps to its paper for realistic long dossiers, and no signature stands alone.

The dossiers here carry the longest data of the demo catalogue: a 312-character procedure name, nine
components whose names run to 150 characters, an organisation with a long name and address filing through
a representative, results sent by post. Pages are counted with poppler's ``pdfinfo`` and read one by one
with ``pdftotext``: the receipt slip (form 01) is exactly two A5 pages, one per copy, each with both its
signatures; the other A5 forms fit one page; the control sheet keeps its signatures on the page of their
row; the logbook repeats its header on every page.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from motcua.documents import forms, pdf
from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, ComponentInput
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from .conftest import PROCESS, at, flat, pdf_page_size, pdf_pages
from .conftest import pdf as pdf_file

LONG_NAME = (
    "Giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất đối với dự án phải trình cơ quan "
    "nhà nước có thẩm quyền xét duyệt hoặc phải cấp giấy chứng nhận đầu tư mà người xin giao đất, thuê đất là tổ "
    "chức, cơ sở tôn giáo, người Việt Nam định cư ở nước ngoài, doanh nghiệp có vốn đầu tư nước ngoài"
)
LONG_COMPONENTS = [
    "Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất theo mẫu số 01 ban hành kèm theo Thông tư",
    "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất hoặc giấy tờ về quyền "
    "sử dụng đất theo quy định",
    "Bản sao giấy chứng nhận đầu tư hoặc văn bản chấp thuận chủ trương đầu tư kèm theo bản thuyết minh dự án đầu tư",
    "Trích lục bản đồ địa chính thửa đất hoặc trích đo địa chính thửa đất do Văn phòng đăng ký đất đai cung cấp",
    "Văn bản thẩm định nhu cầu sử dụng đất; thẩm định điều kiện giao đất, cho thuê đất của Sở Tài nguyên và Môi trường",
    "Báo cáo đánh giá tác động môi trường đã được cơ quan nhà nước có thẩm quyền phê duyệt theo quy định của pháp luật",
    "Văn bản xác nhận của cơ quan thuế về việc chấp hành pháp luật đất đai của người sử dụng đất đối với các thửa "
    "đất đang sử dụng",
    "Giấy tờ chứng minh năng lực tài chính để bảo đảm việc sử dụng đất theo tiến độ của dự án đầu tư",
    "Văn bản ủy quyền cho người đại diện nộp hồ sơ và nhận kết quả giải quyết thủ tục hành chính (nếu có)",
]
ORGANISATION = "Công ty trách nhiệm hữu hạn Đầu tư Xây dựng và Thương mại Dịch vụ Du lịch Hoàng Liên Sơn Lào Cai"
ADDRESS = "Số nhà 168, đường Hoàng Liên, tổ dân phố số 12, phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai"
A5 = (148, 210)


def long_applicant() -> Applicant:
    return Applicant(
        name=ORGANISATION,
        kind="organisation",
        id_number="5300123467",
        phone="0214 3840 123",
        email="phongphaply.hoanglienson@example.vn",
        address=ADDRESS,
        representative={
            "name": "Nguyễn Thị Thu Hương",
            "id_number": "010203004006",
            "phone": "0912345679",
            "authorisation": "Giấy ủy quyền số 25/2026/UQ-HLS ngày 02 tháng 3 năm 2026 của Giám đốc công ty",
        },
    )


def long_components() -> list[ComponentInput]:
    papers = [ComponentInput(f"tp-{n}", received=True) for n in range(1, len(LONG_COMPONENTS))]
    return [*papers, ComponentInput(f"tp-{len(LONG_COMPONENTS)}", file=pdf_file("uy-quyen.pdf"))]


@pytest.fixture
def procedure(tree):
    """The demo catalogue's longest procedure name with nine long components (overrides the conftest's)."""
    sector("DD", "Đất đai")
    components = [
        {"key": f"tp-{n}", "name": name, "copy_type": "original_or_certified_copy", "quantity": 1}
        for n, name in enumerate(LONG_COMPONENTS, start=1)
    ]
    data = content(
        name=LONG_NAME,
        sector="DD",
        level="province",
        implementing_agency="H15.03",
        components=components,
        sets=2,
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("1.001990", "new", data)], day=dt.date(2026, 1, 5))


@pytest.fixture
def long_walk(walk):
    walk.person = long_applicant
    walk.papers = long_components
    return walk


def page_texts(data: bytes, tmp_path: Path, pages: int) -> list[str]:
    """The text of each page (poppler's ``pdftotext -f n -l n``), whitespace collapsed, in NFC."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to check the PDFs")
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    texts = []
    for number in range(1, pages + 1):
        command = ["pdftotext", "-enc", "UTF-8", "-f", str(number), "-l", str(number), str(path), "-"]
        out = subprocess.run(command, check=True, capture_output=True).stdout.decode("utf-8")
        texts.append(flat(unicodedata.normalize("NFC", out)))
    return texts


def printed(dossier: Dossier, kind: str, tmp_path: Path) -> tuple[forms.FormDoc, bytes, list[str]]:
    doc = forms.build(Dossier.objects.get(pk=dossier.pk), kind, base_url="https://motcua.laocai.gov.vn")
    data = pdf.render(doc.template, doc.context)
    pages = pdf_pages(data, tmp_path)
    return doc, data, page_texts(data, tmp_path, pages)


def test_receipt_slip_of_a_long_dossier_is_two_a5_pages_one_per_copy(long_walk, tmp_path):
    dossier = long_walk.received(return_method="post")
    _doc, data, pages = printed(dossier, "receipt", tmp_path)
    assert pdf_page_size(data, tmp_path) == A5
    assert len(pages) == 2
    for page, copy in zip(pages, ("Liên 1: Lưu", "Liên 2: Giao người nộp hồ sơ"), strict=True):
        assert copy in page
        # the whole slip is on its copy's page: the last component, the appointment, both signatures
        assert "1.9" in page and "2. Số lượng hồ sơ: 02 (bộ)" in page
        assert "5. Thời gian trả kết quả giải quyết hồ sơ" in page
        assert "NGƯỜI NỘP HỒ SƠ" in page and "NGƯỜI TIẾP NHẬN HỒ SƠ" in page
        assert "Tra cứu tình trạng giải quyết hồ sơ" in page


def test_receipt_slip_of_the_2018_set_with_its_note_is_two_pages(officials, tree, procedure, tmp_path):
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=long_applicant(),
        components=long_components(),
        return_method="post",
        at=at(2026, 3, 6, 10, 0),
    )
    Dossier.objects.filter(pk=dossier.pk).update(received_at=at(2025, 3, 5, 9, 0))
    doc, _data, pages = printed(dossier, "receipt", tmp_path)
    assert doc.form_set == "2018"
    assert len(pages) == 2
    for page in pages:
        assert "NGƯỜI NỘP HỒ SƠ" in page and "được lập thành 02 liên" in page


def test_supplement_request_with_many_items_is_one_a5_page(long_walk, tmp_path):
    dossier = long_walk.at_specialist()
    items = [
        {
            "item": name,
            "reason": "Bản sao chưa được chứng thực; thiếu chữ ký và đóng dấu của người đại diện theo pháp luật",
        }
        for name in LONG_COMPONENTS[:5]
    ]
    specialist = Dossier.objects.get(pk=dossier.pk).handler
    dossier = services.request_supplement(dossier, user=specialist, items=items, at=at(2026, 3, 9, 9, 0))
    _doc, data, pages = printed(dossier, "supplement", tmp_path)
    assert pdf_page_size(data, tmp_path) == A5
    assert len(pages) == 1
    assert "NGƯỜI HƯỚNG DẪN" in pages[0] and "để được hướng dẫn./." in pages[0]


def test_refusal_is_one_a5_page_with_both_signatures(long_walk, tmp_path):
    dossier = long_walk.refused_at_intake()
    _doc, _data, pages = printed(dossier, "refusal", tmp_path)
    assert len(pages) == 1
    assert "NGƯỜI NỘP HỒ SƠ" in pages[0] and "được biết và thực hiện./." in pages[0]


def test_apology_is_one_a5_page(long_walk, tmp_path):
    _doc, _data, pages = printed(long_walk.apologised(), "apology", tmp_path)
    assert len(pages) == 1
    assert "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ" in pages[0] and "Nơi nhận:" in pages[0]


def test_stop_notice_is_one_a5_page(long_walk, tmp_path):
    _doc, _data, pages = printed(long_walk.stopped(), "stop", tmp_path)
    assert len(pages) == 1
    assert "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ" in pages[0] and "được biết./." in pages[0]


def test_control_sheet_of_a_long_dossier_is_one_a4_page(long_walk, tmp_path):
    _doc, data, pages = printed(long_walk.returned(interagency=True), "control", tmp_path)
    assert pdf_page_size(data, tmp_path) == (210, 297)
    assert len(pages) == 1
    assert pages[0].count("Người giao") == 7 and "Trả kết quả" in pages[0]


def test_signatures_move_with_the_text_they_sign(tmp_path):
    """A body that overflows the page takes the closing paragraph over with the signature block."""
    filler = "".join(f"<p>Đoạn {n}: nội dung của phiếu.</p>" for n in range(1, 28))
    html = (
        '<html lang="vi"><body class="forms"><article class="sheet a5">'
        f"{filler}<p class='closing'>Xin thông báo để Ông (Bà) được biết./.</p>"
        '<table class="signatures"><tr><td><div class="role">NGƯỜI KÝ</div><div class="hint">(Ký và ghi rõ họ tên)'
        '</div><div class="name">Nguyễn Văn An</div></td></tr></table></article></body></html>'
    )
    data = pdf.html_to_pdf(html)
    count = pdf_pages(data, tmp_path)
    pages = page_texts(data, tmp_path, count)
    signed = [page for page in pages if "NGƯỜI KÝ" in page]
    assert len(signed) == 1
    assert "được biết./." in signed[0]


def test_logbook_repeats_its_header_and_counts_its_pages(long_walk, tree, tmp_path):
    rows = [long_walk.received(at(2026, 3, 6, 8, 0) + dt.timedelta(minutes=10 * n)) for n in range(14)]
    start, end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    queryset = list(forms.logbook_queryset(tree.justice, start, end))
    forms.number_rows(tree.justice, queryset)
    assert len(queryset) == len(rows)
    context = forms.logbook_context(tree.justice, start, end, queryset)
    data = pdf.render("documents/logbook.html", context)
    assert pdf_page_size(data, tmp_path) == (297, 210)
    count = pdf_pages(data, tmp_path)
    assert count >= 2
    pages = page_texts(data, tmp_path, count)
    for number, page in enumerate(pages, start=1):
        assert "Tên thủ tục hành chính" in page and f"Trang {number}/{count}" in page
    assert sum(page.count("H15.03-2603") for page in pages) == len(rows)
