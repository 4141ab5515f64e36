"""Each one-stop form of a dossier received on 30 June 2025 (TT 01/2018) and on 1 July 2025 (TT 03/2025).

The set follows the regime of the dossier's receipt day (``dossiers/regime.py``), whenever the form
itself is issued: both dossiers below are handled after 1 July. The rendered PDF is read back and must
carry the form's number, its circular and its title.
"""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.documents import forms, pdf
from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role

from .conftest import applicant, at, components, flat, pdf_text

OLD = {"day": at(2025, 6, 30, 9, 0), "set": "2018", "circular": "Thông tư số 01/2018/TT-VPCP"}
NEW = {"day": at(2025, 7, 1, 9, 0), "set": "2025", "circular": "Thông tư số 03/2025/TT-VPCP"}
EXPECTED = {  # kind → (2018 number, 2025 number, 2018 title, 2025 title)
    "receipt": ("01", "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    "supplement": ("02", "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    "refusal": ("03", "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    "apology": (
        "04",
        "04",
        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
    ),
    "stop": (None, "05", None, "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
    "control": ("05", "06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    "logbook": ("06", "07", "SỔ THEO DÕI HỒ SƠ", "SỔ THEO DÕI HỒ SƠ"),
}


@pytest.fixture
def walk(officials, tree, old_procedure):
    """Dossiers received on a given day of 2025, walked to the action that issues each form."""
    desk, head, specialist, leader = (
        officials[Role.DESK_OFFICER],
        officials[Role.UNIT_HEAD],
        officials[Role.SPECIALIST],
        officials[Role.AGENCY_LEADER],
    )

    class Walk:
        def received(self, day):
            return services.receive(
                user=desk,
                desk=tree.justice,
                procedure=old_procedure,
                applicant=applicant(),
                components=components(),
                at=day,
            )

        def at_specialist(self, day):
            dossier = services.forward(self.received(day), user=desk, at=day + dt.timedelta(hours=1))
            return services.forward(dossier, user=head, handler=specialist, at=day + dt.timedelta(hours=2))

        def issued(self, kind, day):
            if kind in ("receipt", "control"):
                return self.received(day)
            if kind == "supplement":
                items = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ nét"}]
                return services.request_supplement(
                    self.at_specialist(day), user=specialist, items=items, at=at(2025, 7, 2, 9, 0)
                )
            if kind == "refusal":
                return services.refuse_intake(
                    user=desk,
                    desk=tree.justice,
                    procedure=old_procedure,
                    applicant=applicant(),
                    reasons="Không thuộc thẩm quyền giải quyết",
                    at=day,
                )
            if kind == "apology":  # on the day before the appointment (3 working days after receipt)
                dossier = self.at_specialist(day)
                return services.apologise(
                    dossier,
                    user=leader,
                    reason="Cần xác minh thêm",
                    new_due=(day + dt.timedelta(days=10)).date(),
                    at=day + dt.timedelta(days=2, hours=6),
                )
            if kind == "stop":
                return services.stop(
                    self.received(day), user=leader, reason="Người nộp hồ sơ đề nghị dừng", at=at(2025, 7, 3, 9, 0)
                )
            raise AssertionError(kind)

    return Walk()


def _render(dossier: Dossier, kind: str) -> tuple[forms.FormDoc, bytes]:
    doc = forms.build(Dossier.objects.get(pk=dossier.pk), kind, base_url="https://motcua.laocai.gov.vn")
    return doc, pdf.render(doc.template, doc.context)


def _check(words: str, number: str, circular: str, title: str, other_circular: str) -> None:
    assert f"Mẫu số {number} ({circular})" in words
    assert title in words
    assert other_circular not in words


@pytest.mark.parametrize("kind", ["receipt", "supplement", "refusal", "apology", "control"])
@pytest.mark.parametrize("regime_", [OLD, NEW], ids=["30-june-2025", "1-july-2025"])
def test_each_form_follows_the_receipt_day(walk, kind, regime_, tmp_path):
    dossier = walk.issued(kind, regime_["day"])
    doc, data = _render(dossier, kind)
    old = regime_["set"] == "2018"
    number, title = EXPECTED[kind][0 if old else 1], EXPECTED[kind][2 if old else 3]
    assert (doc.form_set, doc.number, doc.title) == (regime_["set"], number, title)
    other = (NEW if old else OLD)["circular"]
    _check(flat(pdf_text(data, tmp_path, kind)), number, regime_["circular"], title, other)


def test_the_stop_notice_exists_only_for_a_dossier_received_from_1_july_2025(walk, tmp_path):
    old = walk.issued("stop", OLD["day"])
    with pytest.raises(forms.NotApplicable, match="01/07/2025"):
        forms.build(old, "stop")
    doc, data = _render(walk.issued("stop", NEW["day"]), "stop")
    assert (doc.form_set, doc.number) == ("2025", "05")
    _check(flat(pdf_text(data, tmp_path, "stop")), "05", NEW["circular"], EXPECTED["stop"][3], OLD["circular"])


def test_the_apology_wording_follows_the_regime(walk, tmp_path):
    _doc, data = _render(walk.issued("apology", OLD["day"]), "apology")
    assert "hẹn lại thời gian trả kết quả" in flat(pdf_text(data, tmp_path, "old"))
    _doc, data = _render(walk.issued("apology", NEW["day"]), "apology")
    assert "đề nghị gia hạn thời gian giải quyết" in flat(pdf_text(data, tmp_path, "new"))


def _logbook(tree, start, end) -> tuple[dict, str]:
    rows = list(forms.logbook_queryset(tree.justice, start, end))
    forms.number_rows(tree.justice, rows)
    context = forms.logbook_context(tree.justice, start, end, rows)
    return context, pdf.render("documents/logbook.html", context)


@pytest.mark.parametrize("regime_", [OLD, NEW], ids=["30-june-2025", "1-july-2025"])
def test_the_logbook_of_a_day_follows_its_regime(walk, tree, regime_, tmp_path):
    dossier = walk.received(regime_["day"])
    day = regime_["day"].date()
    context, data = _logbook(tree, day, day)
    old = regime_["set"] == "2018"
    number = EXPECTED["logbook"][0 if old else 1]
    assert [book["form_number"] for book in context["books"]] == [number]
    words = flat(pdf_text(data, tmp_path, "logbook"))
    other = (NEW if old else OLD)["circular"]
    _check(words, number, regime_["circular"], "SỔ THEO DÕI HỒ SƠ", other)
    assert dossier.code in words
    assert ("Ngày, tháng, năm" if old else "Nhận và trả kết quả") in words


def test_a_logbook_straddling_1_july_2025_prints_each_dossier_in_its_own_book(walk, tree, tmp_path):
    june = walk.received(OLD["day"])
    july = walk.received(NEW["day"])
    context, data = _logbook(tree, dt.date(2025, 6, 1), dt.date(2025, 7, 31))
    books = context["books"]
    assert [(book["set"], book["form_number"]) for book in books] == [("2018", "06"), ("2025", "07")]
    assert [row["code"] for row in books[0]["rows"]] == [june.code]
    assert [row["code"] for row in books[1]["rows"]] == [july.code]
    assert [row["number"] for book in books for row in book["rows"]] == [1, 2]  # one numbering over the year
    words = flat(pdf_text(data, tmp_path, "logbook"))
    old_at, new_at = words.index(f"Mẫu số 06 ({OLD['circular']})"), words.index(f"Mẫu số 07 ({NEW['circular']})")
    assert old_at < words.index(june.code) < new_at < words.index(july.code)
    assert "Từ 01/06/2025 đến 30/06/2025" in words and "Từ 01/07/2025 đến 31/07/2025" in words
