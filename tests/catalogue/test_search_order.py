"""The order of the catalogue search on a small catalogue: ties by level then code, LIKE wildcards.

The demo catalogue's first results are checked in ``test_search_relevance.py``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.catalogue import selectors

from .factories import content, publish, sector


@pytest.mark.django_db
def test_ties_go_by_level_then_code(tree):
    """The same name at three levels: province, district, commune; the same level: by code."""
    sector()
    items = [
        (code, "new", content(name="Cấp giấy phép xây dựng nhà ở", level=level, implementing_agency=""))
        for code, level in [
            ("1.000003", "commune"),
            ("1.000004", "province"),
            ("1.000002", "district"),
            ("1.000005", "province"),
            ("1.000001", "commune"),
        ]
    ]
    items.append(("1.000000", "new", content(name="Sửa đổi giấy phép; cấp giấy phép xây dựng nhà ở", level="province")))
    publish(tree.province, items, day=dt.date(2026, 1, 5))
    codes = [v.procedure.code for v in selectors.search("cap giay phep xay dung nha o")]
    assert codes == ["1.000004", "1.000005", "1.000002", "1.000001", "1.000003", "1.000000"]
    rows, more = selectors.search_page(q="cap giay phep xay dung nha o", limit=2, after="1.000005")
    assert [v.procedure.code for v in rows] == ["1.000002", "1.000001"] and more


@pytest.mark.django_db
def test_like_wildcards_in_the_query_are_plain_letters(tree):
    sector()
    publish(tree.province, [("1.000001", "new", content(name="Đăng ký khai sinh"))], day=dt.date(2026, 1, 5))
    assert list(selectors.search("dang_ky")) == []
    assert list(selectors.search("dang%")) == []
    assert [v.procedure.code for v in selectors.search("dang ky")] == ["1.000001"]
