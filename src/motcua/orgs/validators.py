"""Agency electronic identification codes (mã định danh điện tử, QĐ 20/2020/QĐ-TTg).

A code is at most 35 characters: groups of upper-case letters and digits separated by dots,
the level-1 group first (``MX1X2``: a letter A–Y and two digits, e.g. ``H15``), then the groups
of lower levels (``H15.50``, ``H15.50.05``). A child's code extends its parent's code.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 35
_LEVEL1 = re.compile(r"^[A-Y][0-9]{2}$")
_GROUP = re.compile(r"^[0-9A-Z]{2,3}$")


def validate_eid_code(code: str) -> None:
    if not code or len(code) > MAX_LENGTH:
        raise ValidationError(
            _("The e-ID code must have 1 to %(max)s characters."),
            code="eid_length",
            params={"max": MAX_LENGTH},
        )
    groups = code.split(".")
    if not _LEVEL1.match(groups[0]):
        raise ValidationError(
            _("The e-ID code must start with a level-1 group: a letter A–Y and two digits, e.g. H15."),
            code="eid_level1",
        )
    if any(not _GROUP.match(group) for group in groups[1:]):
        raise ValidationError(
            _("Each group after the first must have 2 or 3 upper-case letters or digits, separated by dots."),
            code="eid_group",
        )


def validate_child_code(parent_code: str, child_code: str) -> None:
    if parent_code and child_code and not child_code.startswith(parent_code + "."):
        raise ValidationError(
            _("The e-ID code %(code)s must extend the parent's code %(parent)s."),
            code="eid_parent",
            params={"code": child_code, "parent": parent_code},
        )
