"""Who does the work in the demo: the units the demo catalogue's processes name, and officials in them.

The demo catalogue's internal processes put each step on a unit by name ("Phòng Hành chính tư pháp",
"Phòng Tư pháp" of a district, "Công chức Tư pháp - Hộ tịch" of a commune, "Văn phòng Sở …" for the
seal). For every provincial department that owns a sector, for the demo city (TP Lào Cai) and the demo
ward (phường Cốc Lếu), the demo tree gets those units, and the demo officials hold their roles in them:
the specialist in every unit (the office's clerk included), the unit head in every unit that appraises.
So every step of every demo procedure at those agencies has somebody who may take it, which
``tests/demo/test_demo_walk.py`` checks for one procedure of every sector at every level.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from motcua.core.text import fold
from motcua.orgs.permissions import Role

from .catalogue_data import sectors_and_templates
from .catalogue_data.base import COMMUNE, DISTRICT, PROVINCE

CITY = "H15.50"  # UBND thành phố Lào Cai: the demo's district-level agency with officials
WARD = "H15.50.04"  # UBND phường Cốc Lếu: the demo's commune with officials
FEATURED = {"H15.03": "stp", "H15.08": "sxd", CITY: "tplc", WARD: "cocleu"}  # hand-written in ``loader``
GENERIC = ("Phòng chuyên môn thuộc UBND cấp huyện", "Công chức chuyên môn UBND cấp xã")
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Đinh", "Mai")
_MIDDLE = ("Văn", "Thị", "Đức", "Thị Thu", "Quang", "Thị Minh", "Hữu", "Thị Ngọc", "Minh", "Thanh")
_GIVEN = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Linh", "Nam", "Oanh", "Phúc", "Quyên", "Sơn", "Tâm")


@dataclass(frozen=True)
class DemoUnit:
    parent: str  # e-ID code of the agency the unit belongs to
    name: str
    appraises: bool  # a unit that appraises dossiers (has a unit head); False for the office that seals


def _place(agency_name: str) -> str:
    return re.sub(r"^UBND\s+", "", agency_name)


def local_name(generic: str, place: str) -> str:
    """A unit named the generic way, in one place: "Phòng Tư pháp" → "Phòng Tư pháp thành phố Lào Cai",
    "Thanh tra huyện" → "Thanh tra thành phố Lào Cai", "Công chức Tư pháp - Hộ tịch" → "Bộ phận Tư pháp -
    Hộ tịch phường Cốc Lếu"."""
    name = re.sub(r"^Công chức ", "Bộ phận ", generic)
    for level in ("cấp huyện", "cấp xã"):
        if level in name:
            return name.replace(level, place)
    name = re.sub(r"\s+(huyện|xã)$", "", name)
    return f"{name} {place}"


@cache
def demo_units(names: tuple[tuple[str, str], ...]) -> tuple[DemoUnit, ...]:
    """The units the catalogue names, for the agencies of ``names`` (``(code, name)`` pairs)."""
    agency_names = dict(names)
    sectors, templates = sectors_and_templates()
    levels = defaultdict(set)
    for template in templates:
        levels[template.sector.code].add(template.level)
    wanted: dict[tuple[str, str], bool] = {}
    for sector in sectors:
        used = levels.get(sector.code, set())
        if PROVINCE in used and sector.owner in agency_names:
            wanted[(sector.owner, sector.unit)] = True
            wanted.setdefault((sector.owner, f"Văn phòng {agency_names[sector.owner]}"), False)
        if DISTRICT in used and sector.district_unit not in GENERIC:
            wanted[(CITY, local_name(sector.district_unit, _place(agency_names[CITY])))] = True
        if COMMUNE in used and sector.commune_officer not in GENERIC:
            wanted[(WARD, local_name(sector.commune_officer, _place(agency_names[WARD])))] = True
    for code in (CITY, WARD):
        level = "HĐND và UBND" if code == CITY else "UBND"
        wanted.setdefault((code, f"Văn phòng {level} {_place(agency_names[code])}"), False)
    return tuple(DemoUnit(parent, name, appraises) for (parent, name), appraises in sorted(wanted.items()))


def prefix_for(code: str, short_name: str) -> str:
    """The user-name prefix of an agency's demo officials: "Sở Nội vụ" (SNV) → ``snv``."""
    return FEATURED.get(code) or re.sub(r"[^a-z0-9]", "", fold(short_name)) or code.replace(".", "").lower()


def person(seed: int) -> str:
    """A plausible Vietnamese full name, the same for the same number."""
    return " ".join(
        (_SURNAMES[seed % len(_SURNAMES)], _MIDDLE[(seed // 3) % len(_MIDDLE)], _GIVEN[(seed // 7) % len(_GIVEN)])
    )


STAFF_ROLES = (
    ("motcua", Role.DESK_OFFICER),
    ("chuyenvien", Role.SPECIALIST),
    ("truongphong", Role.UNIT_HEAD),
    ("lanhdao", Role.AGENCY_LEADER),
    ("quantri", Role.AGENCY_ADMIN),
)
