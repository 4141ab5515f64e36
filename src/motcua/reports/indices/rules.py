"""The numbers of Circular 01/2018/TT-VPCP Art 13–15: which index is scored per dossier, per officer or per
unit, the indices' names, the targets of indices 5, 8 and 9, the grade bands and the rounding.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

from motcua.orgs.models import Level
from motcua.petitions.models import PetitionStatus

TENTH = Decimal("0.1")
DOSSIER_INDICES = (1, 2, 3, 4, 6, 7)
UNIT_INDICES = (5, 8, 9)
STAFF_INDICES = (1, 2, 3, 4, 7)
ALL_INDICES = tuple(range(1, 10))

NAMES = {
    1: _("Total time to resolve the procedure compared with the law"),
    2: _("Time taken by each participating agency or unit"),
    3: _("Number of contacts with the desk to complete the dossier"),
    4: _("Number of bodies contacted to complete the dossier"),
    5: _("Receiving, resolving and returning at the one-stop desk"),
    6: _("Publication of the procedure"),
    7: _("Attitude of the officials"),
    8: _("Handling of feedback and petitions"),
    9: _("Online public services"),
}

# Index 5: share of the listed procedures fully handled at the desk (“4 tại chỗ”) for 2 points.
DESK_TARGET = {Level.PROVINCE: Decimal(20), Level.DISTRICT: Decimal(50), Level.COMMUNE: Decimal(100)}
# Index 8: on-time share of petitions for 1 point (100 % and none prolonged: 2 points).
PETITION_ONE_POINT = Decimal(90)
# Index 9: online services among the listed procedures, online dossiers among those received.
ONLINE_SERVICES_TARGET = Decimal(20)
ONLINE_DOSSIERS_TARGET = Decimal(30)
ONLINE_DOSSIERS_ONE_POINT = Decimal(15)
COMPLAINT_STATUSES = (PetitionStatus.ANSWERED, PetitionStatus.PUBLISHED)

# Grade bands (Art 15(3)).
UNIT_GRADES = [
    (Decimal(15), "excellent", _("Excellent")),
    (Decimal(12), "good", _("Good")),
    (Decimal(9), "fair", _("Fair")),
    (Decimal(6), "average", _("Average")),
    (Decimal(0), "weak", _("Weak")),
]
STAFF_BANDS = [
    (Decimal(5), "full", _("100 % of tasks done")),
    (Decimal("3.5"), "most", _("70 % to under 100 % of tasks done")),
    (Decimal(0), "under_70", _("Under 70 % of tasks done")),
]


def round1(value: Decimal) -> Decimal:
    """One decimal, half up (Art 15(2))."""
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


def unit_grade(total: Decimal) -> tuple[str, str]:
    """(code, label) of the unit's grade for the sum of its nine index scores."""
    for floor, code, label in UNIT_GRADES:
        if total >= floor:
            return code, str(label)
    return UNIT_GRADES[-1][1], str(UNIT_GRADES[-1][2])


def staff_band(total: Decimal) -> tuple[str, str]:
    """(code, label) of an officer's band for the sum of indices 1, 2, 3, 4 and 7."""
    for floor, code, label in STAFF_BANDS:
        if total >= floor:
            return code, str(label)
    return STAFF_BANDS[-1][1], str(STAFF_BANDS[-1][2])
