"""The public catalogue search puts the best match first (issue 13, item 7).

The demo catalogue of Lào Cai (2,042 procedures in force) is loaded once for the module inside a
transaction rolled back at the end, as in ``tests/demo/test_demo_catalogue.py``.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from motcua.catalogue import selectors
from motcua.core.text import fold

API = "/api/v1/procedures"


@pytest.fixture(scope="module")
def seeded(demo_catalogue):
    return demo_catalogue


@pytest.fixture
def demo(seeded, db):
    return seeded


# Realistic citizens' queries, with and without accents, and the procedure they look for.
FIRST = [
    ("cap giay phep xay dung", "Cấp giấy phép xây dựng"),
    ("Cấp giấy phép xây dựng", "Cấp giấy phép xây dựng"),
    ("đăng ký kết hôn", "Đăng ký kết hôn"),
    ("dang ky ket hon", "Đăng ký kết hôn"),
    ("khai sinh", "Đăng ký khai sinh"),
    ("  Dang Ky  Khai Sinh ", "Đăng ký khai sinh"),
    ("ly lich tu phap", "Cấp Phiếu lý lịch tư pháp"),
    ("chung thuc ban sao", "Chứng thực bản sao"),
    ("1.000894", "Đăng ký kết hôn"),
]


@pytest.mark.parametrize(("q", "start"), FIRST)
def test_first_result_is_the_procedure_asked_for(demo, q, start):
    first = selectors.search(q).first()
    assert first is not None
    assert fold(first.name).startswith(fold(start)), first.name


def test_exact_name_comes_before_longer_names(demo):
    names = [v.name for v in selectors.search("dang ky ket hon")[:3]]
    assert names[0] == "Đăng ký kết hôn"
    assert all(fold(name).startswith("dang ky ket hon") for name in names[1:])


def test_names_holding_the_words_apart_come_after_the_phrase(demo):
    rows = list(selectors.search("cap giay phep xay dung"))
    folded = [fold(v.name) for v in rows]
    prefix = [n.startswith("cap giay phep xay dung") for n in folded]
    # every name that starts with the query comes before every name that does not
    assert prefix == sorted(prefix, reverse=True)
    assert sum(prefix) >= 10
    # a name holding the phrase deep inside follows them
    deep = next(i for i, n in enumerate(folded) if "cap giay phep xay dung" in n and not n.startswith("cap"))
    assert deep >= sum(prefix)


def test_api_and_portal_list_the_best_match_first(demo, client):
    body = client.get(API, {"q": "cap giay phep xay dung", "limit": 5}).json()
    assert fold(body["results"][0]["name"]).startswith("cap giay phep xay dung")
    page = client.get(reverse("portal:procedures"), {"q": "dang ky ket hon"}).content.decode()
    assert page.index("Đăng ký kết hôn</a>") < page.index("Đăng ký kết hôn có yếu tố nước ngoài")


def test_api_keyset_pages_follow_the_relevance_order(demo, client):
    expected = [v.procedure.code for v in selectors.search("khai sinh")]
    seen, params = [], {"q": "khai sinh", "limit": 3}
    url = API
    while url:
        body = client.get(url, params).json()
        seen += [row["code"] for row in body["results"]]
        url, params = body["next"], None
    assert seen == expected and len(seen) > 6
