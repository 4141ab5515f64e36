"""Agency codes between provinces: a prefix mapping such as ``{"H15": "H56"}`` applied to whole groups of a code."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from motcua.orgs.validators import validate_eid_code

# --- Agency code mapping ---------------------------------------------------------------------


def parse_mapping(value: Iterable[str] | dict | str | None) -> dict[str, str]:
    """``["H15=H56", ...]``, ``"H15=H56, H15.03=H56.09"`` or a dict → ``{"H15": "H56"}``."""
    if not value:
        return {}
    if isinstance(value, str):
        value = [part for part in re.split(r"[\s,;]+", value) if part]
    pairs = value.items() if isinstance(value, dict) else (str(item).partition("=")[::2] for item in value)
    mapping, errors = {}, []
    for written_source, written_target in pairs:
        source, target = str(written_source).strip().upper(), str(written_target).strip().upper()
        try:
            validate_eid_code(source)
            validate_eid_code(target)
        except ValidationError:
            pair = f"{written_source}={written_target}" if written_target else str(written_source)
            errors.append(_("%(pair)s is not a mapping of two e-ID codes (e.g. H15=H56).") % {"pair": pair})
            continue
        mapping[source] = target
    if errors:
        raise ValidationError(errors)
    return mapping


def map_code(code: str | None, mapping: dict[str, str]) -> str | None:
    """Apply the longest prefix of ``mapping`` that matches whole groups of ``code``."""
    if not code or not mapping:
        return code
    best = max((p for p in mapping if code == p or code.startswith(p + ".")), key=len, default=None)
    return mapping[best] + code[len(best) :] if best else code
