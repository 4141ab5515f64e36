"""The header lines of an agency's forms: its own ``FormHeader``, else its ancestors', else defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields

from motcua.core.text import nfc
from motcua.orgs.models import Agency, AgencyKind

from .models import FormHeader

RECEIVER_TITLE = "NGƯỜI TIẾP NHẬN HỒ SƠ"
GUIDE_TITLE = "NGƯỜI HƯỚNG DẪN"
HEAD_TITLE = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"
# Prefixes stripped from the top agency's name to find the place name ("UBND tỉnh Lào Cai" → "Lào Cai").
PLACE_PREFIXES = (
    "ủy ban nhân dân tỉnh ",
    "uỷ ban nhân dân tỉnh ",
    "ủy ban nhân dân thành phố ",
    "uỷ ban nhân dân thành phố ",
    "ubnd tỉnh ",
    "ubnd thành phố ",
    "ubnd tp ",
    "ubnd tp. ",
    "tỉnh ",
    "thành phố ",
)


@dataclass(frozen=True)
class Header:
    governing_body: str
    desk_name: str
    place_name: str
    number_suffix: str
    receiver_title: str
    guide_title: str
    head_title: str
    head_name: str


FIELDS = [f.name for f in fields(Header)]


def ancestors(agency: Agency) -> list[Agency]:
    """The agency's chain from the top of the tree down to itself (one query)."""
    pks = [int(part) for part in agency.path.strip("/").split("/") if part.isdigit()]
    if not pks:
        return [agency]
    found = {a.pk: a for a in Agency.objects.filter(pk__in=pks)}
    return [found[pk] for pk in pks if pk in found]


def place_from_name(name: str) -> str:
    text = nfc(name).strip()
    lowered = text.lower()
    for prefix in PLACE_PREFIXES:
        if lowered.startswith(prefix):
            return text[len(prefix) :].strip()
    return ""


def resolve(agency: Agency) -> Header:
    """Each field from the nearest agency up the tree that fills it, else a default from the tree."""
    chain = ancestors(agency)
    rows = {row.agency_id: row for row in FormHeader.objects.filter(agency__in=[a.pk for a in chain])}
    values: dict[str, str] = {}
    for node in reversed(chain):
        row = rows.get(node.pk)
        if row is None:
            continue
        for name in FIELDS:
            value = nfc(getattr(row, name)).strip()
            if value and not values.get(name):
                values[name] = value
    parent = chain[-2] if len(chain) > 1 else None
    defaults = {
        "governing_body": nfc(parent.name).upper() if parent else "",
        "desk_name": nfc(agency.name).upper(),
        "place_name": next((p for p in (place_from_name(a.name) for a in chain) if p), ""),
        "number_suffix": "TTPVHCC" if agency.kind == AgencyKind.SERVICE_CENTRE else "BPTNTKQ",
        "receiver_title": RECEIVER_TITLE,
        "guide_title": GUIDE_TITLE,
        "head_title": HEAD_TITLE,
        "head_name": "",
    }
    return Header(**{name: values.get(name) or defaults[name] for name in FIELDS})
