"""Server-rendered SVG charts: no JavaScript, no external library, readable by screen readers.

Each chart is one ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` (named by
``aria-labelledby``), a ``<title>`` on every bar or point ("March: received 120"), the value written
next to every bar or point, and series told apart by fill *and* pattern (solid / hatched) with a
text legend — never by colour alone. Colours have at least 3:1 contrast against white (WCAG 1.4.11).
The page shows the same numbers in a table after each chart. Markup is built with escaped strings;
the result is well-formed XML (tests parse it with ``xml.etree``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from django.utils import numberformat
from django.utils.formats import get_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Fills with ≥ 3:1 contrast on white: dark blue 8.6:1, dark orange 5.2:1, dark green 5.9:1.
FILLS = ("#1d4f91", "#b34700", "#1e6b3a")
AXIS = "#595959"  # 7:1 on white
TEXT = "#1a1a1a"
WIDTH = 640
FONT = 12


@dataclass
class Series:
    label: str
    values: list  # numbers or None (no value for that category)


def nice_max(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ at least ``value`` (1 for an empty chart)."""
    if value <= 0:
        return 1
    power = 1.0
    while power * 10 <= value:
        power *= 10
    while power > value:
        power /= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power  # pragma: no cover


def fmt(value, decimals: int = 0) -> str:
    """A number in the active language's separators, grouped by thousands (1.234,5 in Vietnamese,
    1,234.5 in English); – for none."""
    if value is None:
        return "–"
    if isinstance(value, Decimal | float) and decimals == 0 and value != int(value):
        decimals = 1
    return numberformat.format(
        value,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=decimals,
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
        use_l10n=True,
    )


def _e(text) -> str:
    return escape(str(text))


CHAR = 0.62  # average advance of a sans-serif glyph, in ems (Vietnamese diacritics stack, they do not widen)


def text_width(text: str, size: int = FONT) -> float:
    """An upper estimate of the width of ``text`` in pixels, to keep labels from overlapping."""
    return len(str(text)) * size * CHAR


def every(width: float, room: float) -> int:
    """Label every n-th category so that labels ``width`` wide fit in slots ``room`` wide (with a gap)."""
    if room <= 0:
        return 1
    return max(1, math.ceil((width + 6) / room))


def shorten(label: str, room: float, size: int = FONT) -> str:
    """``label`` cut with "…" to fit ``room`` pixels (the full text goes into the element's title)."""
    fits = max(4, int(room / (size * CHAR)))
    return label if len(label) <= fits else label[: fits - 1].rstrip() + "…"


def _link(href: str | None, markup: str) -> str:
    return f'<a href="{_e(href)}">{markup}</a>' if href else markup


def _open(chart_id: str, title: str, desc: str, width: int, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{_e(chart_id)}" role="img" '
        f'aria-labelledby="{_e(chart_id)}-title {_e(chart_id)}-desc" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-size="{FONT}" font-family="sans-serif">',
        f'<title id="{_e(chart_id)}-title">{_e(title)}</title>',
        f'<desc id="{_e(chart_id)}-desc">{_e(desc)}</desc>',
        "<defs>"
        + "".join(
            f'<pattern id="{_e(chart_id)}-p{i}" width="6" height="6" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{fill}"/>'
            f'<line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern>'
            for i, fill in enumerate(FILLS)
        )
        + "</defs>",
    ]


def _fill(chart_id: str, index: int) -> str:
    """Series 0 solid, the others hatched: told apart without colour."""
    if index == 0:
        return FILLS[0]
    return f"url(#{_e(chart_id)}-p{index % len(FILLS)})"


def _legend(chart_id: str, labels: list[str], x: float, y: float) -> list[str]:
    parts = ['<g class="legend">']
    for index, label in enumerate(labels):
        parts.append(
            f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="14" height="14" fill="{_fill(chart_id, index)}" '
            f'stroke="{AXIS}" stroke-width="1"/>'
            f'<text class="legend-label" x="{x + 20:.1f}" y="{y + 2:.1f}" fill="{TEXT}">{_e(label)}</text>'
        )
        x += 40 + 7.5 * len(label)
    parts.append("</g>")
    return parts


def _y_axis(top: float, bottom: float, left: float, right: float, ymax: float, unit: str) -> list[str]:
    parts = ['<g class="axis">']
    for fraction in (0, 0.5, 1):
        y = bottom - (bottom - top) * fraction
        value = ymax * fraction
        if fraction == 0.5 and not unit and value != int(value):
            continue  # counts: no gridline at 2.5 dossiers
        label = fmt(value if value != int(value) else int(value)) + unit
        dash = "" if fraction == 0 else ' stroke-dasharray="3 3"'
        parts.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}" stroke="{AXIS}" '
            f'stroke-width="{1 if fraction == 0 else 0.5}"{dash}/>'
            f'<text x="{left - 6:.1f}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}">{_e(label)}</text>'
        )
    parts.append("</g>")
    return parts


def bar_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    categories: list[str],
    series: list[Series],
    unit: str = "",
    ymax: float | None = None,
    decimals: int = 0,
) -> SafeString:
    """Vertical bars, one group per category and one bar per series, each labelled with its value."""
    height, left, right, top, bottom = 300, 56, WIDTH - 8, 40, 250
    values = [v for s in series for v in s.values if v is not None]
    ymax = ymax or nice_max(float(max(values, default=0)))
    group = (right - left) / max(1, len(categories))
    bar = min(36.0, (group * 0.8) / max(1, len(series)))
    value_size = 10
    widest_value = max((text_width(fmt(v, decimals) + unit, value_size) for s in series for v in s.values), default=0)
    rotate = widest_value > bar - 2  # values that do not fit across a bar are written up along it
    show_values = bar - 2 >= value_size + 1  # thinner bars than the text's height: the table has the values
    if rotate and show_values:
        top = max(top, 28 + widest_value)  # room above the tallest bar for its upright value
    parts = _open(chart_id, title, desc, WIDTH, height)
    if len(series) > 1:
        parts += _legend(chart_id, [s.label for s in series], left, 18)
    parts += _y_axis(top, bottom, left, right, ymax, unit)
    parts.append('<g class="bars">')
    label_step = every(max((text_width(c) for c in categories), default=0), group)
    for i, category in enumerate(categories):
        x0 = left + group * i + (group - bar * len(series)) / 2
        for j, s in enumerate(series):
            value = s.values[i]
            h = 0 if value is None else (bottom - top) * float(value) / ymax
            x, y = x0 + bar * j, bottom - h
            text = fmt(value, decimals) + (unit if value is not None else "")
            cx = x + (bar - 2) / 2
            parts.append(
                f'<rect class="bar series-{j}" x="{x:.1f}" y="{y:.1f}" width="{bar - 2:.1f}" height="{h:.1f}" '
                f'fill="{_fill(chart_id, j)}"><title>{_e(category)}: {_e(s.label)} {_e(text)}</title></rect>'
            )
            if not show_values:
                continue
            if rotate:
                parts.append(
                    f'<text class="value" x="{cx + 3.5:.1f}" y="{y - 4:.1f}" transform="rotate(-90 {cx + 3.5:.1f} '
                    f'{y - 4:.1f})" font-size="{value_size}" fill="{TEXT}">{_e(text)}</text>'
                )
            else:
                parts.append(
                    f'<text class="value" x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
                    f'font-size="{value_size}" fill="{TEXT}">{_e(text)}</text>'
                )
        if i % label_step == 0:
            parts.append(
                f'<text class="label" x="{left + group * i + group / 2:.1f}" y="{bottom + 18:.1f}" '
                f'text-anchor="middle" fill="{TEXT}">{_e(category)}</text>'
            )
    parts.append("</g></svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every text is escaped above)


def line_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    categories: list[str],
    values: list,
    unit: str = "%",
    ymax: float = 100,
    decimals: int = 1,
) -> SafeString:
    """A line through one point per category (a gap where there is no value), each point labelled."""
    height, left, right, top, bottom = 300, 56, WIDTH - 8, 30, 250
    step = (right - left) / max(1, len(categories))
    parts = _open(chart_id, title, desc, WIDTH, height)
    parts += _y_axis(top, bottom, left, right, ymax, unit)
    points: list[tuple[float, float, str, str, bool]] = []
    segments: list[list[tuple[float, float]]] = [[]]
    label_step = every(max((text_width(c) for c in categories), default=0), step)
    value_step = every(text_width(fmt(Decimal("100.0"), decimals) + unit, 10), step)
    for i, category in enumerate(categories):
        x = left + step * i + step / 2
        value = values[i]
        if i % label_step == 0:
            parts.append(
                f'<text class="label" x="{x:.1f}" y="{bottom + 18:.1f}" text-anchor="middle" fill="{TEXT}">'
                f"{_e(category)}</text>"
            )
        if value is None:
            segments.append([])
            if i % value_step == 0:
                parts.append(
                    f'<text class="value" x="{x:.1f}" y="{bottom - 6:.1f}" text-anchor="middle" fill="{TEXT}">–</text>'
                )
            continue
        y = bottom - (bottom - top) * float(value) / ymax
        segments[-1].append((x, y))
        points.append((x, y, category, fmt(value, decimals) + unit, i % value_step == 0))
    for segment in segments:
        if len(segment) > 1:
            coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in segment)
            parts.append(f'<polyline class="line" points="{coords}" fill="none" stroke="{FILLS[0]}" stroke-width="2"/>')
    for x, y, category, text, labelled in points:
        parts.append(
            f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{FILLS[0]}">'
            f"<title>{_e(category)}: {_e(text)}</title></circle>"
        )
        if labelled:  # every n-th value when they would touch (each point keeps its title; the table has all)
            parts.append(
                f'<text class="value" x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle" font-size="10" '
                f'fill="{TEXT}">{_e(text)}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every text is escaped above)


def hbar_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    labels: list[str],
    values: list,
    unit: str = "",
    decimals: int = 0,
    xmax: float | None = None,
    links: list[str | None] | None = None,
) -> SafeString:
    """Horizontal bars, one per label, each on its own line (labels never overlap): long labels are
    shortened to the label column, the full one is in the bar's title; with ``links``, each bar and its
    label link to the dossiers behind it."""
    row, top, left, right = 26, 10, 250, WIDTH - 60
    height = top * 2 + row * max(1, len(labels))
    xmax = xmax or nice_max(float(max((v for v in values if v is not None), default=0)))
    parts = _open(chart_id, title, desc, WIDTH, height)
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - top}" stroke="{AXIS}" stroke-width="1"/>')
    parts.append('<g class="bars">')
    for i, label in enumerate(labels):
        value = values[i]
        y = top + row * i
        w = 0 if value is None else (right - left) * float(value) / xmax
        short = shorten(label, left - 10)
        text = fmt(value, decimals) + (unit if value is not None else "")
        markup = (
            f'<text class="label" x="{left - 6}" y="{y + row / 2 + 4:.1f}" text-anchor="end" fill="{TEXT}">'
            f"{_e(short)}</text>"
            f'<rect class="bar series-0" x="{left}" y="{y + 4:.1f}" width="{w:.1f}" height="{row - 8}" '
            f'fill="{FILLS[0]}"><title>{_e(label)}: {_e(text)}</title></rect>'
            f'<text class="value" x="{left + w + 4:.1f}" y="{y + row / 2 + 4:.1f}" fill="{TEXT}">{_e(text)}</text>'
        )
        parts.append(_link(links[i] if links else None, markup))
    parts.append("</g></svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every text is escaped above)
