"""Public catalogue pages: search, a procedure's page and its versions, time cuts, forms, 404s."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motcua.catalogue import services
from motcua.catalogue.models import FormTemplate

from ...catalogue.factories import content, publish, sector
from ...conftest import make_staff

START = dt.date(2025, 1, 1)
SEARCH = reverse("portal:procedures")
TIME_CUT = reverse("portal:procedures-time-cut")

BUILDING = {
    "name": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    "sector": "XD",
    "level": "district",
    "statutory": {"amount": "15", "unit": "working_days"},
    "committed": {"amount": "10", "unit": "working_days"},
    "fees": [
        {
            "name": "Lệ phí cấp giấy phép xây dựng",
            "kind": "charge",
            "amount": 75000,
            "exemptions": "Miễn cho hộ nghèo",
        }
    ],
    "online_service": "partial",
    "processes": [],
}


@pytest.fixture
def catalogue(tree):
    sector()
    sector("XD", "Xây dựng")
    tree.construction.address = "Số 2 đường Hoàng Liên, phường Cốc Lếu"
    tree.construction.phone = "0214 3840 123"
    tree.construction.save()
    clerk = make_staff("clerk-who-typed-it")
    birth = publish(tree.justice, [("1.001193", "new", content())], creator=clerk)
    building = publish(
        tree.construction,
        [("1.009999", "new", content(**BUILDING, implementing_agency="H15.07"))],
        creator=clerk,
    )
    return {"birth": birth, "building": building, "clerk": clerk}


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def _codes(response) -> list[str]:
    return [row.version.procedure.code for row in response.context["rows"]]


def test_accent_insensitive_search(client, catalogue):
    for q in ["cap giay phep xay dung", "Cấp giấy phép xây dựng", "CAP GIAY", "phep  XÂY", "1.009999"]:
        response = client.get(SEARCH, {"q": q})
        assert response.status_code == 200
        assert _codes(response) == ["1.009999"], q
    body = client.get(SEARCH, {"q": "cap giay phep xay dung"}).content.decode()
    assert "Cấp giấy phép xây dựng nhà ở riêng lẻ" in body
    assert reverse("portal:procedure", args=["1.009999"]) in body
    assert _codes(client.get(SEARCH, {"q": "giay phep khai sinh"})) == []  # every word must match
    landing = client.get(SEARCH)
    assert _codes(landing) == ["1.001193", "1.009999"]
    assert f'href="{TIME_CUT}">' in landing.content.decode() and landing.context["summary"]["cut"] == 2


def test_search_filters(client, catalogue, tree):
    by_sector = client.get(SEARCH, {"sector": "HT"})
    assert _codes(by_sector) == ["1.001193"]
    assert '<option value="HT" selected>Hộ tịch (1)</option>' in by_sector.content.decode()  # the choice stays
    assert _codes(client.get(SEARCH, {"level": "district"})) == ["1.009999"]
    assert _codes(client.get(SEARCH, {"agency": "H15.07"})) == ["1.009999"]
    assert _codes(client.get(SEARCH, {"agency": "H15.03"})) == ["1.001193"]  # the owner counts too
    assert _codes(client.get(SEARCH, {"q": "dang ky", "level": "district"})) == []
    both = client.get(SEARCH, {"time_cut": "on"})
    assert _codes(both) == ["1.001193", "1.009999"]  # 3 → 2 and 15 → 10 working days
    body = both.content.decode()
    # no inline script or style (CSP); the agency filter's vendored script is the only one
    assert 'name="q"' in body and "style=" not in body
    assert re.findall(r"<script[^>]*>", body) == ['<script src="/static/motcua/js/agency-picker.js" defer>']


def test_bad_filters_are_a_400_page_not_a_500(english, catalogue):
    response = english.get(SEARCH, {"level": "city", "sector": "NOPE"})
    assert response.status_code == 400
    assert response.context["rows"] == []
    assert "Select a valid choice" in response.content.decode()
    assert english.get(SEARCH, {"q": "x" * 201}).status_code == 400
    assert english.get(SEARCH, {"page": "abc"}).status_code == 200
    assert english.get(SEARCH, {"page": "999"}).status_code == 200


def test_results_are_paginated(english, catalogue, tree):
    publish(
        tree.justice,
        [(f"2.{n:06d}", "new", content(name=f"Chứng thực bản sao số {n}")) for n in range(1, 26)],
    )
    first = english.get(SEARCH, {"q": "chung thuc"})
    assert first.context["page"].paginator.count == 25
    second = english.get(SEARCH, {"q": "chung thuc", "page": 2})
    codes = _codes(first) + _codes(second)
    assert len(_codes(first)) == 20 and len(codes) == 25 and len(set(codes)) == 25
    body = first.content.decode()
    assert "q=chung+thuc&amp;page=2" in body or "q=chung+thuc&page=2" in body
    assert "Page 1 of 2" in body


def test_the_procedure_page_has_everything_a_citizen_needs(english, catalogue, tree):
    form = FormTemplate.objects.create(
        name="Mẫu đơn đề nghị cấp giấy phép xây dựng",
        file=SimpleUploadedFile("mau-01.pdf", b"%PDF-1.4 form"),
        owner=tree.construction,
        sha256="0" * 64,
    )
    data = content(**BUILDING, implementing_agency="H15.07", conditions="Có quyền sử dụng đất hợp pháp")
    data["components"][0].update(form=form.pk, copy_type="certified_copy", quantity=2)
    building = catalogue["building"]
    publish(tree.construction, [(building, "amend", data)], day=dt.date(2025, 6, 1))

    response = english.get(reverse("portal:procedure", args=["1.009999"]))
    assert response.status_code == 200
    body = response.content.decode()
    for text in [
        "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "1.009999",
        "Sở Xây dựng",
        "Số 2 đường Hoàng Liên, phường Cốc Lếu",  # where to go
        "0214 3840 123",
        "Tờ khai đăng ký khai sinh",  # components
        "Certified copy",
        "2 copies",
        reverse("portal:procedure-form", args=[form.pk]),
        "Download the form: Mẫu đơn đề nghị cấp giấy phép xây dựng",
        "15 working days",  # statutory
        "10 working days",  # committed
        "5 working days per dossier (33% shorter)",  # the cut
        "75.000 ₫",
        "Miễn cho hộ nghèo",  # exemptions
        "Giấy khai sinh",  # result
        "Có quyền sử dụng đất hợp pháp",  # conditions
        "Luật Hộ tịch số 60/2014/QH13",  # legal basis
        "Partial online",
        reverse("portal:procedure-apply", args=["1.009999"]),
        "Bước 1: Nộp hồ sơ.",  # sequence
        "At the one-stop desk",  # channels
        "15:00",  # cut-off
    ]:
        assert text in body, text
    assert response.context["version"].number == 2
    assert "01/06/2025" in body  # in force since the decision
    assert response.context["version"].decision.number in body
    assert "What changed since version 1" in body and "conditions" in body
    assert "<script" not in body and "style=" not in body


def test_no_personal_data_on_public_pages(client, catalogue):
    for url in [
        SEARCH,
        TIME_CUT,
        reverse("portal:procedure", args=["1.001193"]),
        reverse("portal:procedure-apply", args=["1.001193"]),
    ]:
        body = client.get(url).content.decode()
        assert "clerk-who-typed-it" not in body, url
        assert "Nguyễn Văn Ký" not in body, url  # the decision's signer


def test_old_versions_stay_readable_with_on(english, catalogue, tree):
    birth = catalogue["birth"]
    publish(
        tree.justice,
        [(birth, "amend", content(name="Đăng ký khai sinh (sửa đổi)", processes=[]))],
        day=dt.date(2025, 9, 1),
    )
    url = reverse("portal:procedure", args=["1.001193"])
    today = english.get(url)
    assert today.context["version"].number == 2 and today.context["is_current"]
    old = english.get(url, {"on": "2025-05-01"})
    assert old.status_code == 200 and old.context["version"].number == 1
    body = old.content.decode()
    assert "You are reading the version that was in force on 01/05/2025" in body
    assert "Read the version in force today" in body
    assert f"{url}?on=2025-01-01" in today.content.decode()  # the list of versions links to them
    before = english.get(url, {"on": "2024-12-31"})
    assert before.status_code == 404 and "not in force yet" in before.content.decode()
    for bad in ["yesterday", "2025-13-01", "2025-02-30"]:
        response = english.get(url, {"on": bad})
        assert response.status_code == 400, bad
        assert "is not a date" in response.content.decode()
    xss = english.get(url, {"on": "<b>x</b>"}).content.decode()
    assert "<b>x</b>" not in xss


def test_abolished_unpublished_and_unknown_procedures_are_helpful_404s(english, catalogue, tree):
    publish(tree.construction, [(catalogue["building"], "abolish", None)], day=dt.date(2025, 10, 1))
    draft = services.create_procedure(code="1.000001", owner=tree.justice, content=content(name="Bí mật dự thảo"))

    abolished = english.get(reverse("portal:procedure", args=["1.009999"]))
    assert abolished.status_code == 404
    body = abolished.content.decode()
    assert "has been abolished" in body and abolished.context["decision"].number in body
    assert "?on=2025-01-01" in body  # the last version stays readable
    assert english.get(reverse("portal:procedure", args=["1.009999"]), {"on": "2025-09-30"}).status_code == 200
    assert english.get(reverse("portal:procedure-apply", args=["1.009999"])).status_code == 404
    assert _codes(english.get(SEARCH, {"q": "xay dung"})) == []

    unknown = english.get(reverse("portal:procedure", args=["9.999999"]))
    hidden = english.get(reverse("portal:procedure", args=[draft.code]))
    assert unknown.status_code == hidden.status_code == 404
    assert "Bí mật" not in hidden.content.decode()
    assert hidden.context["reason"] == unknown.context["reason"] == "unknown"
    assert "No published procedure has the code" in unknown.content.decode()
    assert english.get(reverse("portal:procedure", args=["not-a-code"])).status_code == 404
    for path in ["/procedures/%00/", "/procedures/1.0%0001/apply/", "/procedures/1.001193/?on=%00"]:
        assert english.get(path).status_code in (400, 404), path  # never a 500, on PostgreSQL too
    assert english.get(SEARCH, {"q": "a\x00b", "agency": "\x00"}).status_code == 400


def test_the_time_cut_programme(english, catalogue, tree):
    publish(
        tree.justice,
        [("1.000002", "new", content(name="Đăng ký kết hôn", committed=None, processes=[]))],
    )
    response = english.get(TIME_CUT)
    assert response.status_code == 200
    assert _codes(response) == ["1.001193", "1.009999"]  # not the one without a cut
    body = response.content.decode()
    assert "2 of the 3 procedures in force have a shortened time limit" in body
    assert "5 working days (33%)" in body and "1 working day (33%)" in body
    assert "<dd><strong>10 working days</strong></dd>" in body
    assert _codes(english.get(TIME_CUT, {"level": "district"})) == ["1.009999"]
    assert english.get(TIME_CUT, {"level": "nope"}).status_code == 400


def test_apply_online_asks_visitors_to_log_in(english, catalogue):
    response = english.get(reverse("portal:procedure-apply", args=["1.001193"]))
    assert response.status_code == 200
    assert "Log in to apply" in response.content.decode()  # the flow itself: tests/portal/apply/test_apply.py


def test_forms_download_only_while_a_version_in_force_uses_them(client, catalogue, tree):
    def make(name):
        return FormTemplate.objects.create(
            name=name, file=SimpleUploadedFile("f.pdf", b"%PDF-1.4 " + name.encode()), owner=tree.justice, sha256="0"
        )

    used, unused, draft_only, old_only = (make(n) for n in ["Tờ khai", "Không dùng", "Nháp", "Cũ"])
    birth = catalogue["birth"]
    old = content(processes=[])
    old["components"][0]["form"] = old_only.pk
    publish(tree.justice, [(birth, "amend", old)], day=dt.date(2025, 3, 1))
    new = content(processes=[])
    new["components"][0]["form"] = used.pk
    publish(tree.justice, [(birth, "amend", new)], day=dt.date(2025, 4, 1))
    pending = content(processes=[])
    pending["components"][1]["form"] = draft_only.pk
    services.save_draft(birth, pending)

    response = client.get(reverse("portal:procedure-form", args=[used.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "filename*=utf-8''T%E1%BB%9D%20khai.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == "%PDF-1.4 Tờ khai".encode()
    for form in (unused, draft_only, old_only):
        assert client.get(reverse("portal:procedure-form", args=[form.pk])).status_code == 404
    assert client.get(reverse("portal:procedure-form", args=[999999])).status_code == 404
    assert client.get("/procedures/forms/99999999999999999999999/").status_code == 404


def test_home_links_to_the_catalogue(client, db):
    body = client.get("/").content.decode()
    assert f'action="{SEARCH}"' in body and f'href="{TIME_CUT}"' in body


def test_vietnamese_amounts_are_grouped_by_thousands(client, catalogue):
    body = client.get(reverse("portal:procedure", args=["1.009999"])).content.decode()
    assert '<html lang="vi">' in body
    assert "75.000" in body


def test_the_page_shows_the_normal_time_and_each_cases_time(english, tree):
    """Issue 13 item 2: 'Đăng ký kết hôn' said 1 working day and offered only the 5-day verification case."""
    sector()
    data = content(
        name="Đăng ký kết hôn",
        statutory={"amount": "1", "unit": "working_days"},
        committed=None,
        cases=[
            {"key": "xac-minh", "name": "Trường hợp cần xác minh", "statutory": {"amount": "5", "unit": "working_days"}}
        ],
        processes=[],
    )
    publish(tree.justice, [("1.000894", "new", data)])
    body = english.get(reverse("portal:procedure", args=["1.000894"])).content.decode()
    head = body[: body.index('id="toc-heading"')]
    assert "1 working day" in head and "(the normal case)" in head
    assert "Trường hợp cần xác minh: 5 working days" in head
    listed = body[body.index('class="case-list"') :]
    assert "The normal case</strong>: 1 working day" in listed
    assert "Trường hợp cần xác minh</strong>: 5 working days" in listed
