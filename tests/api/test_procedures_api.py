"""Public procedures API: search, keyset pagination, a procedure in force, its versions, sectors."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.catalogue import services
from motcua.catalogue.models import FormTemplate, Procedure

from ..catalogue.factories import content, publish, sector
from ..conftest import make_staff

START = dt.date(2025, 1, 1)
LIST = "/api/v1/procedures"


def building(**overrides):
    data = content(
        name="Cấp giấy phép xây dựng nhà ở riêng lẻ",
        sector="XD",
        level="district",
        implementing_agency="H15.07",
        statutory={"amount": "15", "unit": "working_days"},
        committed={"amount": "10.5", "unit": "working_days"},
        online_service="partial",
        processes=[],
    )
    data.update(overrides)
    return data


@pytest.fixture
def catalogue(tree):
    sector()
    sector("XD", "Xây dựng")
    clerk = make_staff("clerk-who-typed-it")
    birth = publish(tree.justice, [("1.001193", "new", content())], creator=clerk)
    house = publish(tree.construction, [("1.009999", "new", building())], creator=clerk)
    marriage = publish(
        tree.justice, [("2.000635", "new", content(name="Đăng ký kết hôn", committed=None, processes=[]))]
    )
    return {"birth": birth, "house": house, "marriage": marriage}


def _codes(body) -> list[str]:
    return [row["code"] for row in body["results"]]


def test_list_is_public_and_accent_insensitive(client, catalogue):
    for q in ["cap giay phep xay dung", "Cấp Giấy Phép", "XÂY dung", "1.009999"]:
        response = client.get(LIST, {"q": q})
        assert response.status_code == 200, q
        assert _codes(response.json()) == ["1.009999"], q
    body = client.get(LIST, {"q": "cap giay phep xay dung"}).json()
    row = body["results"][0]
    assert body["next"] is None
    assert row["name"] == "Cấp giấy phép xây dựng nhà ở riêng lẻ"
    assert row["sector"] == {"code": "XD", "name": "Xây dựng"}
    assert row["implementing_agency"] == {"code": "H15.07", "name": "Sở Xây dựng"}
    assert row["statutory"] == {"amount": "15", "unit": "working_days"}
    assert row["committed"] == {"amount": "10.5", "unit": "working_days"}
    assert row["time_cut"] is True and row["saved"] == {"amount": "4.5", "unit": "working_days"}
    assert row["online_service"] == "partial" and row["level"] == "district"
    assert row["version"] == 1 and row["valid_from"] == "2025-01-01" and row["valid_to"] is None
    assert row["url"] == "http://testserver/api/v1/procedures/1.009999"
    assert _codes(client.get(LIST).json()) == ["1.001193", "1.009999", "2.000635"]


def test_filters(client, catalogue):
    assert _codes(client.get(LIST, {"sector": "HT"}).json()) == ["1.001193", "2.000635"]
    assert _codes(client.get(LIST, {"level": "commune"}).json()) == ["1.001193", "2.000635"]
    assert _codes(client.get(LIST, {"agency": "H15.07"}).json()) == ["1.009999"]
    assert _codes(client.get(LIST, {"agency": "H15.03"}).json()) == ["1.001193", "2.000635"]
    assert _codes(client.get(LIST, {"time_cut": "true"}).json()) == ["1.001193", "1.009999"]
    assert _codes(client.get(LIST, {"time_cut": "false"}).json()) == ["1.001193", "1.009999", "2.000635"]
    assert _codes(client.get(LIST, {"q": "dang ky", "sector": "HT", "time_cut": "1"}).json()) == ["1.001193"]
    assert _codes(client.get(LIST, {"on": "2024-12-31"}).json()) == []


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "201"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"after": "1.00"}, "after"),
        ({"after": "'; DROP TABLE x"}, "after"),
        ({"level": "city"}, "level"),
        ({"time_cut": "maybe"}, "time_cut"),
        ({"sector": "NOPE"}, "sector"),
        ({"agency": "H99"}, "agency"),
        ({"q": "x" * 201}, "q"),
        ({"on": "2026-13-01"}, "on"),
        ({"on": "yesterday"}, "on"),
        ({"q": "khai\x00sinh"}, "q"),
        ({"agency": "H15\x00"}, "agency"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(client, catalogue, params, field):
    response = client.get(LIST, params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert list(error["fields"]) == [field]
    assert field in error["message"]


def test_limits_at_the_edges(client, catalogue):
    assert len(client.get(LIST, {"limit": "1"}).json()["results"]) == 1
    assert len(client.get(LIST, {"limit": "200"}).json()["results"]) == 3


def _walk(client, params) -> list[str]:
    codes, url, pages = [], LIST, 0
    response = client.get(url, params)
    while True:
        body = response.json()
        codes += _codes(body)
        pages += 1
        if not body["next"]:
            return codes
        assert pages < 50
        response = client.get(body["next"])


def test_keyset_pagination_has_no_duplicates_or_gaps(client, catalogue, tree):
    publish(tree.justice, [(f"2.{n:06d}", "new", content(name=f"Chứng thực bản sao {n}")) for n in range(1, 12)])
    expected = sorted(["1.001193", "1.009999", "2.000635"] + [f"2.{n:06d}" for n in range(1, 12)])
    for limit in (1, 2, 3, 5, 13, 14, 50):
        assert _walk(client, {"limit": limit}) == expected, limit
    # the filters travel in the next link
    first = client.get(LIST, {"q": "chung thuc", "limit": 4}).json()
    assert "q=chung+thuc" in first["next"] and "limit=4" in first["next"] and "after=2.000004" in first["next"]
    assert _walk(client, {"q": "chung thuc", "limit": 4}) == [f"2.{n:06d}" for n in range(1, 12)]
    with CaptureQueriesContext(connection) as queries:
        client.get(LIST, {"limit": 3, "after": "2.000004"})
    assert not any("OFFSET" in q["sql"].upper() for q in queries.captured_queries)


def test_keyset_pagination_is_stable_under_inserts(client, catalogue, tree):
    publish(tree.justice, [(f"2.{n:06d}", "new", content(name=f"Chứng thực {n}")) for n in range(10, 20)])
    page = client.get(LIST, {"q": "chung thuc", "limit": 4}).json()
    seen = _codes(page)
    assert seen == ["2.000010", "2.000011", "2.000012", "2.000013"]
    # meanwhile one procedure is added before the cursor, one after it, and one after it is abolished
    abolished = Procedure.objects.get(code="2.000015")
    publish(
        tree.justice,
        [
            ("2.000001", "new", content(name="Chứng thực chữ ký")),
            (abolished, "abolish", None),
            ("2.000099", "new", content(name="Chứng thực hợp đồng")),
        ],
        day=dt.date(2025, 2, 1),
    )
    rest = []
    url = page["next"]
    for _ in range(10):
        body = client.get(url).json()
        rest += _codes(body)
        url = body["next"]
        if not url:
            break
    assert not set(seen) & set(rest)  # nothing twice
    assert rest == ["2.000014", "2.000016", "2.000017", "2.000018", "2.000019", "2.000099"]


def test_a_procedure_in_force_with_its_full_content(client, catalogue, tree):
    form = FormTemplate.objects.create(
        name="Mẫu đơn đề nghị", file=SimpleUploadedFile("don.pdf", b"%PDF-1.4"), owner=tree.construction, sha256="0"
    )
    data = building(conditions="Có đất hợp pháp")
    data["components"][0]["form"] = form.pk
    publish(tree.construction, [(catalogue["house"], "amend", data)], day=dt.date(2025, 6, 1))

    response = client.get(f"{LIST}/1.009999")
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == "1.009999" and body["version"] == 2 and body["status"] == "active"
    assert body["valid_from"] == "2025-06-01" and body["valid_to"] is None
    assert body["decision"]["effective_from"] == "2025-06-01"
    assert body["decision"]["issuing_agency"] == {"code": "H15", "name": "UBND tỉnh Lào Cai"}
    assert body["content"]["conditions"] == "Có đất hợp pháp"
    assert body["content"]["components"][0]["form"] == form.pk
    assert body["content"]["fees"] == data["fees"]
    assert body["forms"] == [
        {"id": form.pk, "name": "Mẫu đơn đề nghị", "url": f"http://testserver/procedures/forms/{form.pk}/"}
    ]
    assert client.get(body["forms"][0]["url"]).status_code == 200

    old = client.get(f"{LIST}/1.009999", {"on": "2025-05-31"}).json()
    assert old["version"] == 1 and old["valid_to"] == "2025-05-31" and "conditions" in old["content"]
    assert old["content"]["conditions"] == "" and old["forms"] == []
    assert old["url"].endswith("/api/v1/procedures/1.009999?on=2025-05-31")


def test_versions_history(client, catalogue, tree):
    house = catalogue["house"]
    publish(
        tree.construction, [(house, "amend", building(name="Cấp giấy phép xây dựng (sửa đổi)"))], dt.date(2025, 6, 1)
    )
    services.save_draft(house, building(name="Bản nháp chưa công bố"))
    body = client.get(f"{LIST}/1.009999/versions").json()
    assert body["code"] == "1.009999" and body["status"] == "active" and body["abolished_by"] is None
    assert [(v["version"], v["action"], v["valid_from"], v["valid_to"]) for v in body["versions"]] == [
        (1, "new", "2025-01-01", "2025-05-31"),
        (2, "amend", "2025-06-01", None),
    ]
    assert "Bản nháp" not in str(body)
    assert client.get(body["versions"][0]["url"]).json()["version"] == 1


def test_abolished_draft_and_unknown_procedures_are_404(client, catalogue, tree):
    marriage = publish(tree.justice, [(catalogue["marriage"], "abolish", None)], day=dt.date(2025, 7, 1))
    marriage.refresh_from_db()
    assert marriage.status == "abolished"
    gone = client.get(f"{LIST}/2.000635")
    assert gone.status_code == 404
    assert gone.json()["error"]["code"] == "not_found" and "abolished" in gone.json()["error"]["message"]
    assert client.get(f"{LIST}/2.000635", {"on": "2025-06-30"}).json()["name"] == "Đăng ký kết hôn"
    history = client.get(f"{LIST}/2.000635/versions").json()
    assert history["status"] == "abolished" and history["abolished_by"]["effective_from"] == "2025-07-01"
    assert history["versions"][0]["valid_to"] == "2025-06-30"
    assert "2.000635" not in _codes(client.get(LIST).json())

    services.create_procedure(code="1.000001", owner=tree.justice, content=content(name="Dự thảo"))
    for url in [
        f"{LIST}/1.000001",
        f"{LIST}/1.000001/versions",
        f"{LIST}/9.999999",
        f"{LIST}/abc",
        f"{LIST}/abc/versions",
        f"{LIST}/%00",
        f"{LIST}/1.00%0001/versions",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert set(response.json()["error"]) == {"code", "message", "fields"}
        assert "Dự thảo" not in response.content.decode()
    assert client.get(f"{LIST}/1.001193", {"on": "01/02/2025"}).status_code == 400


def test_sectors(client, catalogue):
    sector("GT", "Giao thông")
    rows = client.get("/api/v1/sectors").json()
    assert rows == [
        {"code": "GT", "name": "Giao thông", "procedures_in_force": 0},
        {"code": "HT", "name": "Hộ tịch", "procedures_in_force": 2},
        {"code": "XD", "name": "Xây dựng", "procedures_in_force": 1},
    ]
    assert client.get("/api/v1/sectors", {"on": "2024-01-01"}).json()[1]["procedures_in_force"] == 0
    assert client.get("/api/v1/sectors", {"on": "soon"}).status_code == 400


def test_no_personal_data(client, catalogue):
    for url in [LIST, f"{LIST}/1.001193", f"{LIST}/1.001193/versions", "/api/v1/sectors"]:
        body = client.get(url).content.decode()
        assert "clerk-who-typed-it" not in body, url
        assert "Nguyễn Văn Ký" not in body and "signer" not in body, url  # the decision's signer
        assert "created_by" not in body and "published_by" not in body, url


def test_login_is_not_needed_and_csrf_does_not_matter(client, catalogue, citizen, login):
    assert client.get(LIST).status_code == 200
    assert login(citizen).get(LIST).status_code == 200
    assert client.post(LIST).status_code == 405
