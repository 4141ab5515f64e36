"""The one-stop forms rendered to PDF for dossiers walked through the actions that issue them.

The text is read back with poppler's ``pdftotext`` without normalising it, so the assertions also
check that every Vietnamese letter comes out precomposed (NFC) and correctly accented.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from django.utils import translation

from motcua.documents import forms, pdf
from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role

from .conftest import applicant, at, components, flat, pdf_page_size, pdf_pages, pdf_text, timed

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
SITE = "https://motcua.laocai.gov.vn"


def render(dossier: Dossier, kind: str, label: str = "", **kwargs) -> tuple[forms.FormDoc, bytes]:
    dossier = Dossier.objects.get(pk=dossier.pk)
    doc = forms.build(dossier, kind, base_url=SITE, **kwargs)
    data = timed(label or f"{kind} ({doc.form_set})", pdf.render, doc.template, doc.context)
    assert data.startswith(b"%PDF-")
    return doc, data


def check_nfc(text: str) -> None:
    assert text == unicodedata.normalize("NFC", text), "pdftotext returned decomposed (NFD) letters"


# --- formatting and the choice of the form set -----------------------------------------------------------


def test_dates_follow_decree_30():
    assert forms.vn_date(dt.date(2026, 3, 11)) == "ngày 11 tháng 3 năm 2026"
    assert forms.vn_date(dt.date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert forms.vn_date(dt.date(2026, 12, 1)) == "ngày 01 tháng 12 năm 2026"
    assert forms.vn_time(at(2026, 3, 11, 17, 0)) == "17 giờ 00 phút, ngày 11 tháng 3 năm 2026"
    # an aware UTC moment is shown in Vietnamese time
    assert forms.vn_time(dt.datetime(2026, 3, 10, 20, 5, tzinfo=dt.UTC)) == "03 giờ 05 phút, ngày 11 tháng 3 năm 2026"
    assert forms.amount_words("0.5", "working_days") == "0,5 ngày làm việc"


def test_form_set_changes_on_1_july_2025():
    assert forms.form_set(at(2025, 6, 30, 23, 59)) == "2018"
    assert forms.form_set(at(2025, 7, 1, 0, 0)) == "2025"
    assert forms.form_set(dt.datetime(2025, 6, 30, 17, 30, tzinfo=dt.UTC)) == "2025"  # 00:30 on 1 July in Hà Nội
    assert forms.FORM_NUMBERS["2018"]["control"] == "05" and forms.FORM_NUMBERS["2025"]["control"] == "06"
    assert "stop" not in forms.FORM_NUMBERS["2018"]


# --- form 01 ---------------------------------------------------------------------------------------------


def test_receipt_slip(walk, tmp_path):
    dossier = walk.received()
    doc, data = render(dossier, "receipt")
    assert (doc.number, doc.form_set, doc.paper) == ("01", "2025", "a5")
    assert pdf_page_size(data, tmp_path) == (148, 210)
    assert pdf_pages(data, tmp_path) == 2  # two copies, one page each
    text = pdf_text(data, tmp_path)
    check_nfc(text)
    words = flat(text)
    for phrase in (
        *MOTTO,
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Mã hồ sơ: H15.03-260306-0001",
        "Nguyễn Văn An",
        "Số định danh cá nhân/tổ chức: 010203004005",
        "Phường Cốc Lếu, TP Lào Cai",
        "Nội dung yêu cầu giải quyết: Cấp phiếu lý lịch tư pháp",
        "Tờ khai đăng ký khai sinh",
        "Giấy chứng sinh",
        "Số lượng hồ sơ: 01 (bộ)",
        "4 ngày làm việc",
        "10 giờ 00 phút, ngày 06 tháng 3 năm 2026",
        "17 giờ 00 phút, ngày 11 tháng 3 năm 2026",
        "Bộ phận Tiếp nhận và Trả kết quả (Sở Tư pháp)",
        "Quyển số: 2026, Số thứ tự: 1",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
        "(Ký và ghi rõ họ tên)",
        "Lào Cai, ngày 06 tháng 3 năm 2026",
        "Liên 1: Lưu",
        "Liên 2: Giao người nộp hồ sơ",
        "UBND TỈNH LÀO CAI",
        "SỞ TƯ PHÁP",
    ):
        assert phrase in words, phrase
    assert words.count("17 giờ 00 phút, ngày 11 tháng 3 năm 2026") == 2
    # the QR code is an embedded SVG of the public status URL, also printed in full
    assert doc.context["status_url"] == f"{SITE}/lookup/H15.03-260306-0001/"
    assert doc.context["qr"].startswith("data:image/svg+xml,")
    assert "H15.03-260306-0001" in text.replace("\n", "")


def test_receipt_names_the_authorised_representative(officials, tree, procedure, tmp_path):
    person = applicant()
    person.representative = {
        "name": "Trần Thị Bình",
        "id_number": "001199000111",
        "authorisation": "Giấy ủy quyền số 12",
    }
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=person,
        components=components(),
        return_method="post",
        at=at(2026, 3, 6, 10, 0),
    )
    _doc, data = render(dossier, "receipt", label="receipt (representative, by post)")
    words = flat(pdf_text(data, tmp_path))
    assert "Người được ủy quyền nộp hồ sơ: Họ và tên: Trần Thị Bình" in words
    assert "Giấy tờ ủy quyền: Giấy ủy quyền số 12" in words
    assert "qua dịch vụ bưu chính công ích (địa chỉ: Phường Cốc Lếu, TP Lào Cai)" in words


def test_receipt_numbers_follow_the_logbook_of_the_year(walk, officials, tree, procedure, tmp_path):
    first = walk.received()
    second = walk.received(at(2026, 3, 6, 11, 0))
    next_year = walk.received(at(2027, 1, 5, 9, 0))
    assert [forms.logbook_number(d) for d in (first, second, next_year)] == [1, 2, 1]
    _doc, data = render(second, "receipt")
    assert "Quyển số: 2026, Số thứ tự: 2" in flat(pdf_text(data, tmp_path))
    assert _doc.context["number"] == "2/BPTNTKQ"


def test_receipt_after_a_supplement_gives_the_new_appointment(walk, officials, tmp_path):
    dossier = walk.supplemented()
    dossier = services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 16, 9, 0))
    _doc, data = render(dossier, "receipt")
    assert "ngày 19 tháng 3 năm 2026" in flat(pdf_text(data, tmp_path))
    first = dossier.events.get(action="receive").seq
    _doc, data = render(dossier, "receipt", label="receipt (first event)", event_seq=first)
    assert "17 giờ 00 phút, ngày 11 tháng 3 năm 2026" in flat(pdf_text(data, tmp_path))


# --- forms 02 and 03 ---------------------------------------------------------------------------------------


def test_supplement_request_after_appraisal(walk, tmp_path):
    doc, data = render(walk.supplemented(), "supplement")
    assert doc.number == "02" and doc.context["number"] == "1/PBS-BPTNTKQ"
    text = pdf_text(data, tmp_path)
    check_nfc(text)
    words = flat(text)
    for phrase in (
        *MOTTO,
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        "Hồ sơ của: Nguyễn Văn An",
        "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
        "1. Giấy chứng sinh",
        "2. Tờ khai",
        "Bản sao không rõ nét",
        "Chưa ghi quê quán",
        "NGƯỜI HƯỚNG DẪN",
        "Số: 1/PBS-BPTNTKQ",
        "Lào Cai, ngày 09 tháng 3 năm 2026",
    ):
        assert phrase in words, phrase


def test_completion_request_at_intake_has_no_code_yet(walk, tmp_path):
    dossier = walk.completion_at_intake()
    assert dossier.code is None
    doc, data = render(dossier, "supplement", label="supplement at intake")
    words = flat(pdf_text(data, tmp_path))
    assert "Thiếu bản chính" in words and "Mã hồ sơ" not in words
    assert doc.filename == f"ho-so-{dossier.pk}-mau-02-supplement.pdf"


def test_refusal_at_intake(walk, tmp_path):
    doc, data = render(walk.refused_at_intake(), "refusal")
    assert doc.number == "03"
    words = flat(pdf_text(data, tmp_path))
    for phrase in (
        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        "Mã hồ sơ (nếu có): …",
        "1. Không thuộc thẩm quyền giải quyết",
        "2. Đề nghị nộp tại UBND xã nơi cư trú",
        "Xin thông báo cho Ông (Bà) được biết và thực hiện./.",
        "NGƯỜI NỘP HỒ SƠ",
        "Số: 1/PTC-BPTNTKQ",
    ):
        assert phrase in words, phrase


def test_refusal_after_appraisal(walk, officials, tmp_path):
    dossier = walk.at_specialist()
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 10, 9, 0))
    dossier = services.decide(
        dossier, user=officials[Role.AGENCY_LEADER], outcome="refused", reasons="Hồ sơ giả mạo", at=at(2026, 3, 10, 15)
    )
    _doc, data = render(dossier, "refusal", label="refusal after appraisal")
    words = flat(pdf_text(data, tmp_path))
    assert "Hồ sơ giả mạo" in words and "Mã hồ sơ (nếu có): H15.03-260306-0001" in words


# --- forms 04 and 05 ---------------------------------------------------------------------------------------


def test_apology_with_the_new_appointment(walk, tmp_path):
    doc, data = render(walk.apologised(), "apology")
    assert doc.number == "04" and doc.context["number"] == "1/PXL-BPTNTKQ"
    text = pdf_text(data, tmp_path)
    check_nfc(text)
    words = flat(text)
    for phrase in (
        *MOTTO,
        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
        "Kính gửi: Ông (Bà) Nguyễn Văn An",
        "mã số hồ sơ: H15.03-260306-0001",
        "17 giờ 00 phút, ngày 11 tháng 3 năm 2026",
        "Lý do: Cần xác minh thêm thông tin lý lịch",
        "ngày 20 tháng 3 năm 2026",
        "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
        "Lào Cai, ngày 10 tháng 3 năm 2026",
    ):
        assert phrase in words, phrase


def test_stop_notice(walk, tmp_path):
    doc, data = render(walk.stopped(), "stop")
    assert doc.number == "05" and doc.form_set == "2025"
    words = flat(pdf_text(data, tmp_path))
    for phrase in (
        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
        "Mã hồ sơ: H15.03-260306-0001",
        "Người nộp hồ sơ đề nghị dừng",
        "10 giờ 00 phút, ngày 09 tháng 3 năm 2026",
        "Số: 1/TB-BPTNTKQ",
    ):
        assert phrase in words, phrase


def test_withdrawal_gives_a_stop_notice_too(walk, officials, tmp_path):
    dossier = walk.received()
    dossier = services.withdraw(
        dossier, user=officials[Role.DESK_OFFICER], reason="Không còn nhu cầu", at=at(2026, 3, 9, 9)
    )
    _doc, data = render(dossier, "stop", label="stop (withdrawn)")
    words = flat(pdf_text(data, tmp_path))
    assert "nhận được đề nghị dừng giải quyết hồ sơ" in words and "Không còn nhu cầu" in words


# --- the control sheet ------------------------------------------------------------------------------------


def test_control_sheet_follows_every_hand_over(walk, tmp_path):
    dossier = walk.returned(interagency=True)
    doc, data = render(dossier, "control")
    assert (doc.number, doc.paper) == ("06", "a4")
    assert pdf_page_size(data, tmp_path) == (210, 297)
    rows = doc.context["rows"]
    assert [(r["giver"], r["receiver"]) for r in rows] == [
        ("Sở Tư pháp", "Phòng Hành chính tư pháp"),
        ("Phòng Hành chính tư pháp", "Phòng Hành chính tư pháp"),
        ("Phòng Hành chính tư pháp", "Sở Xây dựng"),
        ("Sở Xây dựng", "Phòng Hành chính tư pháp"),  # the answer returns to the specialist who asked
        ("Phòng Hành chính tư pháp", "Sở Tư pháp"),
        ("Sở Tư pháp", "Sở Tư pháp"),
        ("Sở Tư pháp", "Tổ chức, cá nhân nộp hồ sơ"),
    ]
    assert [r["giver_name"] for r in rows] == [
        "desk",
        "unithead",
        "specialist",
        "Lê Văn Xây",
        "specialist",
        "leader",
        "desk",
    ]
    assert [r["receiver_name"] for r in rows] == [
        "unithead",
        "specialist",
        "Lê Văn Xây",
        "specialist",
        "leader",
        "desk",
        "Nguyễn Văn An",
    ]
    assert rows[0]["at"] == "14 giờ 00 phút, ngày 06/03/2026"
    assert all(r["verdict"] in ("Trước hạn", "Đúng hạn", "Quá hạn") for r in rows)
    assert rows[2]["note"] == "Liên thông: Cho ý kiến về hiện trạng công trình"
    assert doc.context["partners"] == ["Sở Xây dựng"]
    text = pdf_text(data, tmp_path)
    check_nfc(text)
    words = flat(text)
    for phrase in (
        *MOTTO,
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        "Mã hồ sơ: H15.03-260306-0001",
        "Cơ quan (bộ phận) giải quyết hồ sơ: Sở Tư pháp",
        "Cơ quan phối hợp giải quyết hồ sơ: Sở Xây dựng",
        "Hẹn trả kết quả vào: 17 giờ 00 phút, ngày 11 tháng 3 năm 2026",
        "Giao: Sở Tư pháp",
        "Nhận: Sở Xây dựng",
        "Người giao",
        "Người nhận",
        "Trước hạn",
        "Lê Văn Xây",
    ):
        assert phrase in words, phrase


def test_late_hand_over_is_marked_late(walk, officials):
    dossier = walk.received()
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 12, 9, 0))
    doc = forms.build(Dossier.objects.get(pk=dossier.pk), "control")
    assert doc.context["rows"][0]["verdict"] == "Quá hạn"


# --- the 2018 set ------------------------------------------------------------------------------------------


def test_dossiers_received_before_july_2025_use_the_2018_set(officials, tree, old_procedure, tmp_path):
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=old_procedure,
        applicant=applicant(),
        components=components(),
        at=at(2025, 3, 5, 9, 0),
    )
    doc, data = render(dossier, "receipt", label="receipt (2018 set)")
    assert (doc.form_set, doc.number) == ("2018", "01")
    words = flat(pdf_text(data, tmp_path))
    assert "được lập thành 02 liên" in words and "Số định danh" not in words and "(nếu có)" not in words
    assert "Mẫu số 01" in words
    doc = forms.build(Dossier.objects.get(pk=dossier.pk), "control")
    assert doc.number == "05"
    with pytest.raises(forms.NotApplicable, match="2018"):
        forms.build(dossier, "stop")
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=at(2025, 3, 5, 10, 0))
    dossier = services.forward(
        dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=at(2025, 3, 5, 11, 0)
    )
    leader = officials[Role.AGENCY_LEADER]
    dossier = services.apologise(
        dossier, user=leader, reason="Chờ xác minh", new_due=dt.date(2025, 3, 14), at=at(2025, 3, 7, 9)
    )
    doc, data = render(dossier, "apology", label="apology (2018 set)")
    words = flat(pdf_text(data, tmp_path))
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in words and "hẹn lại thời gian trả kết quả" in words


# --- forms that do not apply -------------------------------------------------------------------------------


@pytest.fixture
def english():
    """The reasons are matched in their English source wording."""
    with translation.override("en"):
        yield


def test_a_form_that_does_not_apply_says_why(walk, english):
    received = walk.received()
    with pytest.raises(forms.NotApplicable, match="No apology"):
        forms.build(received, "apology")
    with pytest.raises(forms.NotApplicable, match="not refused"):
        forms.build(received, "refusal")
    with pytest.raises(forms.NotApplicable, match="not stopped"):
        forms.build(received, "stop")
    with pytest.raises(forms.NotApplicable, match="supplement"):
        forms.build(received, "supplement")
    with pytest.raises(forms.NotApplicable, match="Event 1 "):
        forms.build(received, "supplement", event_seq=1)
    with pytest.raises(forms.NotApplicable, match="Unknown form"):
        forms.build(received, "passport")
    refused = walk.refused_at_intake()
    with pytest.raises(forms.NotApplicable, match="never received"):
        forms.build(refused, "receipt")
    with pytest.raises(forms.NotApplicable, match="never received"):
        forms.build(refused, "control")
    approved = walk.returned()
    with pytest.raises(forms.NotApplicable, match="not refused"):  # decided, but approved
        forms.build(approved, "refusal")


# --- the renderer -----------------------------------------------------------------------------------------


def test_decomposed_text_prints_precomposed(tmp_path):
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hoà — Độc lập - Tự do - Hạnh phúc")
    data = pdf.html_to_pdf(f'<html lang="vi"><body class="forms"><p>{nfd}</p></body></html>')
    text = pdf_text(data, tmp_path)
    assert "Nguyễn Thị Hoà" in text and "Độc lập - Tự do - Hạnh phúc" in text
    check_nfc(text)


def test_the_committed_fonts_are_embedded(walk, tmp_path):
    import subprocess

    _doc, data = render(walk.received(), "receipt", label="receipt (fonts check)")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    listing = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    names = [line.split()[0] for line in listing.splitlines()[2:]]
    # only the @font-face family loaded from the committed files, embedded as subsets; no system font
    assert names and all(name.split("+")[-1].startswith("Forms-Serif") for name in names), names
    assert any(name.endswith("Forms-Serif-Bold") for name in names)
    assert all(" yes yes yes " in line for line in listing.splitlines()[2:])


def test_the_renderer_fetches_nothing_outside_its_static_folder():
    fetcher = pdf._fetcher_class()()
    for url in ("http://127.0.0.1:8000/admin/", "https://example.com/x.png", "file:///etc/passwd"):
        with pytest.raises(ValueError, match="not allowed"):
            fetcher.fetch(url)
    font = (pdf.FONT_DIR / "LiberationSerif-Regular.ttf").as_uri()
    assert fetcher.fetch(font) is not None
