"""Header lines of the forms: set per agency, inherited down the tree, defaults from the tree."""

from __future__ import annotations

from django.urls import reverse

from motcua.documents import forms, headers, pdf
from motcua.documents.models import FormHeader
from motcua.orgs import services as org_services
from motcua.orgs.permissions import Role

from .conftest import flat, pdf_text


def test_defaults_come_from_the_tree(tree):
    header = headers.resolve(tree.justice)
    assert header.governing_body == "UBND TỈNH LÀO CAI"
    assert header.desk_name == "SỞ TƯ PHÁP"
    assert header.place_name == "Lào Cai"
    assert header.number_suffix == "BPTNTKQ"
    assert (header.receiver_title, header.guide_title, header.head_title) == (
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
        "NGƯỜI HƯỚNG DẪN",
        "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
    )
    top = headers.resolve(tree.province)
    assert top.governing_body == "" and top.desk_name == "UBND TỈNH LÀO CAI"
    centre = org_services.create_agency(
        name="Trung tâm Phục vụ hành chính công tỉnh", level="province", kind="service_centre", parent=tree.province
    )
    assert headers.resolve(centre).number_suffix == "TTPVHCC"
    assert headers.place_from_name("Ủy ban nhân dân tỉnh Lào Cai") == "Lào Cai"
    assert headers.place_from_name("Sở Tư pháp") == ""


def test_each_line_is_inherited_from_the_nearest_agency_that_sets_it(tree):
    FormHeader.objects.create(agency=tree.province, place_name="TP. Lào Cai", head_title="GIÁM ĐỐC")
    FormHeader.objects.create(
        agency=tree.justice, desk_name="Bộ phận Tiếp nhận và Trả kết quả Sở Tư pháp", head_title="", head_name=""
    )
    unit = headers.resolve(tree.justice_unit)
    assert unit.place_name == "TP. Lào Cai"  # from the province
    assert unit.desk_name == "Bộ phận Tiếp nhận và Trả kết quả Sở Tư pháp"  # from Sở Tư pháp
    assert unit.head_title == "GIÁM ĐỐC"
    assert unit.governing_body == "SỞ TƯ PHÁP"  # default: the parent's name
    assert headers.resolve(tree.construction).desk_name == "SỞ XÂY DỰNG"  # a sibling does not inherit it


def test_the_printed_slip_uses_the_agencys_header(walk, tree, tmp_path):
    FormHeader.objects.create(
        agency=tree.justice,
        governing_body="Ủy ban nhân dân tỉnh Lào Cai",
        desk_name="Trung tâm Phục vụ hành chính công",
        place_name="Cam Đường",
        number_suffix="TTPVHCC",
        receiver_title="CÔNG CHỨC TIẾP NHẬN",
    )
    dossier = walk.received()
    doc = forms.build(dossier, "receipt")
    words = flat(pdf_text(pdf.render(doc.template, doc.context), tmp_path))
    for phrase in (
        "ỦY BAN NHÂN DÂN",  # the long line wraps within its column
        "TỈNH LÀO CAI",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "Cam Đường, ngày 06 tháng 3 năm 2026",
        "Số: 1/TTPVHCC",
        "CÔNG CHỨC TIẾP NHẬN",
    ):
        assert phrase in words, phrase


def test_an_agency_administrator_edits_the_header(officials, other_official, tree, login):
    url = reverse("office:agency-form-header", kwargs={"pk": tree.justice.pk})
    client = login(officials[Role.AGENCY_ADMIN])
    response = client.get(url)
    assert response.status_code == 200 and "SỞ TƯ PHÁP" in response.content.decode()
    response = client.post(url, {"place_name": "Lào Cai", "head_title": "GIÁM ĐỐC SỞ", "head_name": "Trần Văn B"})
    assert response.status_code == 302
    header = FormHeader.objects.get(agency=tree.justice)
    assert (header.place_name, header.head_title, header.desk_name) == ("Lào Cai", "GIÁM ĐỐC SỞ", "")
    assert headers.resolve(tree.justice).head_name == "Trần Văn B"
    assert login(other_official).get(url).status_code == 403
    assert login(officials[Role.DESK_OFFICER]).get(url).status_code == 403
