"""The SVG charts are well-formed XML, named for screen readers, with one bar or point per value."""

import itertools
import xml.etree.ElementTree as ET
from decimal import Decimal

from django.utils import translation

from motcua.reports import charts

NS = {"svg": "http://www.w3.org/2000/svg"}


def _parse(svg) -> ET.Element:
    root = ET.fromstring(str(svg))  # noqa: S314 (our own markup)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("role") == "img"
    chart_id = root.get("id")
    assert root.get("aria-labelledby") == f"{chart_id}-title {chart_id}-desc"
    assert root.find("svg:title", NS).get("id") == f"{chart_id}-title"
    assert root.find("svg:desc", NS).get("id") == f"{chart_id}-desc"
    return root


def _classes(root, name):
    return [el for el in root.iter() if name in (el.get("class") or "").split()]


def _texts(root, name):
    return [el.text for el in _classes(root, name)]


def test_grouped_bars_one_per_value_with_labels_values_and_a_legend():
    with translation.override("en"):
        svg = charts.bar_chart(
            chart_id="flow",
            title="Received & resolved <per month>",
            desc="Bars",
            categories=["01", "02", "03"],
            series=[charts.Series("Received", [1200, 0, 7]), charts.Series("Resolved", [1100, 3, None])],
        )
    root = _parse(svg)
    assert root.find("svg:title", NS).text == "Received & resolved <per month>"  # escaped, then read back
    bars = _classes(root, "bar")
    assert len(bars) == 6 and len(_classes(root, "series-0")) == 3 and len(_classes(root, "series-1")) == 3
    assert _texts(root, "label") == ["01", "02", "03"]
    assert _texts(root, "value") == ["1,200", "1,100", "0", "3", "7", "–"]
    assert [el.text for el in _classes(root, "legend-label")] == ["Received", "Resolved"]
    assert bars[0].find("svg:title", NS).text == "01: Received 1,200"
    # the second series is hatched (a pattern), not only another colour
    assert bars[1].get("fill").startswith("url(#flow-p") and bars[0].get("fill").startswith("#")
    heights = [float(bar.get("height")) for bar in bars]
    assert heights[0] > heights[1] > heights[5] == heights[2] == 0  # 1,200 of a 2,000 scale


def test_line_chart_points_gaps_and_percent_values_in_vietnamese():
    with translation.override("vi"):
        svg = charts.line_chart(
            chart_id="on-time",
            title="Tỷ lệ đúng hạn",
            desc="…",
            categories=["01", "02", "03", "04"],
            values=[Decimal("97.5"), None, Decimal("100"), Decimal("80")],
        )
    root = _parse(svg)
    assert len(_classes(root, "point")) == 3
    assert _texts(root, "value") == ["–", "97,5%", "100,0%", "80,0%"]
    assert len(_classes(root, "line")) == 1  # the gap splits the line; a single point draws none
    assert _texts(root, "label") == ["01", "02", "03", "04"]


def test_horizontal_bars_shorten_long_labels_but_keep_them_in_the_title():
    name = "Ủy ban nhân dân huyện Bát Xát, tỉnh Lào Cai (trực tiếp)"
    svg = charts.hbar_chart(chart_id="overdue", title="t", desc="d", labels=["Sở Tư pháp", name], values=[3, 12])
    root = _parse(svg)
    bars = _classes(root, "bar")
    assert len(bars) == 2 and _texts(root, "value") == ["3", "12"]
    assert _texts(root, "label")[1].endswith("…") and bars[1].find("svg:title", NS).text == f"{name}: 12"
    assert float(bars[1].get("width")) == 4 * float(bars[0].get("width")) * 1  # 12 of 20 vs 3 of 20


def test_empty_charts_are_still_valid():
    for svg in (
        charts.bar_chart(chart_id="a", title="t", desc="d", categories=[], series=[charts.Series("x", [])]),
        charts.line_chart(chart_id="b", title="t", desc="d", categories=[], values=[]),
        charts.hbar_chart(chart_id="c", title="t", desc="d", labels=[], values=[]),
    ):
        assert not _classes(_parse(svg), "bar")


def test_nice_scale():
    assert [charts.nice_max(v) for v in (0, 1, 3, 7, 12, 20, 21, 230, 999)] == [1, 1, 5, 10, 20, 20, 25, 250, 1000]


def _overlaps(boxes):
    boxes = sorted(boxes)
    return [(a, b) for a, b in itertools.pairwise(boxes) if a[1] > b[0]]


def test_labels_and_values_never_overlap_even_with_36_months_of_large_numbers():
    categories = [f"{m:02}/{y % 100}" for y in (2024, 2025, 2026) for m in range(1, 13)]
    for count in (12, 36):
        svg = charts.bar_chart(
            chart_id="flow",
            title="t",
            desc="d",
            categories=categories[:count],
            series=[charts.Series("a", [123_456] * count), charts.Series("b", [98_765] * count)],
        )
        root = _parse(svg)
        labels = list(_classes(root, "label"))
        widths = [charts.text_width(el.text) for el in labels]
        boxes = [(float(el.get("x")) - w / 2, float(el.get("x")) + w / 2) for el, w in zip(labels, widths, strict=True)]
        assert labels and not _overlaps(boxes)
        values = _classes(root, "value")
        # values wider than a bar are written upright (one text line across: the font's height)
        assert all(el.get("transform", "").startswith("rotate(-90") for el in values)
        boxes = [(float(el.get("x")) - 10, float(el.get("x"))) for el in values]
        assert not _overlaps(boxes)
        assert len(_classes(root, "bar")) == 2 * count  # every bar is drawn, each with its title
    line = _parse(
        charts.line_chart(chart_id="l", title="t", desc="d", categories=categories, values=[Decimal("97.5")] * 36)
    )
    for name in ("label", "value"):
        texts = _classes(line, name)
        w = max(charts.text_width(el.text, 10 if name == "value" else 12) for el in texts)
        assert not _overlaps([(float(el.get("x")) - w / 2, float(el.get("x")) + w / 2) for el in texts])
    assert len(_classes(line, "point")) == 36


def test_horizontal_bar_labels_fit_their_column_and_link_to_the_dossiers():
    names = ["UBND xã Thử Nghiệm Có Tên Rất Dài thuộc huyện Bát Xát, tỉnh Lào Cai"] * 3
    root = _parse(
        charts.hbar_chart(chart_id="o", title="t", desc="d", labels=names, values=[3, 2, 1], links=["/a?x=1&y=2"] * 3)
    )
    for el in _classes(root, "label"):
        assert charts.text_width(el.text) <= 250 - 6 and el.text.endswith("…")
    links = root.findall("svg:g/svg:a", NS)
    assert len(links) == 3 and links[0].get("href") == "/a?x=1&y=2"
