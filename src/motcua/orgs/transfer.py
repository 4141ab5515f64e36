"""Import and export of the agency tree as JSON or CSV.

One record per agency, parents before children, keyed by e-ID code (units without a code are
keyed by their parent's code and their name). An import is all or nothing: every row is checked
and the first error rolls everything back, with the row number in the message.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.core import exports

from . import services
from .models import Agency

COLUMNS = [
    "code",
    "name",
    "short_name",
    "level",
    "kind",
    "parent_code",
    "parent_name",
    "address",
    "phone",
    "email",
    "valid_from",
    "valid_to",
]


def export_rows(agencies) -> list[dict]:
    rows = []
    for agency in agencies.select_related("parent").order_by("path"):
        parent = agency.parent
        rows.append(
            {
                "code": agency.code or "",
                "name": agency.name,
                "short_name": agency.short_name,
                "level": agency.level,
                "kind": agency.kind,
                "parent_code": parent.code or "" if parent else "",
                "parent_name": parent.name if parent else "",
                "address": agency.address,
                "phone": agency.phone,
                "email": agency.email,
                "valid_from": agency.valid_from.isoformat() if agency.valid_from else "",
                "valid_to": agency.valid_to.isoformat() if agency.valid_to else "",
            }
        )
    return rows


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1)


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(exports.csv_dict(row) for row in rows)
    return out.getvalue()


def parse(text: str, fmt: str) -> list[dict]:
    if fmt == "json":
        data = json.loads(text)
        if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
            raise ValidationError(_("The JSON file must be a list of objects."))
        return data
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    return [{key: exports.from_csv_cell(value) for key, value in row.items()} for row in reader]


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _find(code: str, parent: Agency | None, name: str) -> Agency | None:
    if code:
        return Agency.objects.filter(code=code).first()
    return Agency.objects.filter(parent=parent, name=name, code__isnull=True).first()


def _parent(row: dict) -> Agency | None:
    code = (row.get("parent_code") or "").strip().upper()
    if code:
        parent = Agency.objects.filter(code=code).first()
        if parent is None:
            raise ValidationError(_("Unknown parent code %(code)s.") % {"code": code})
        return parent
    if row.get("parent_name"):
        raise ValidationError(_("A parent must be given by its e-ID code."))
    return None


@transaction.atomic
def import_rows(rows: list[dict]) -> dict:
    """Create or update agencies from rows; return counts. Raises ``ValidationError`` naming the row."""
    created = updated = 0
    for number, row in enumerate(rows, start=1):
        try:
            parent = _parent(row)
            code = (row.get("code") or "").strip().upper()
            fields = {
                "name": (row.get("name") or "").strip(),
                "short_name": (row.get("short_name") or "").strip(),
                "code": code or None,
                "level": row.get("level") or "",
                "kind": row.get("kind") or "",
                "parent": parent,
                "address": row.get("address") or "",
                "phone": row.get("phone") or "",
                "email": row.get("email") or "",
                "valid_from": _date(row.get("valid_from")),
                "valid_to": _date(row.get("valid_to")),
            }
            existing = _find(code, parent, fields["name"])
            if existing:
                services.update_agency(existing, **fields)
                updated += 1
            else:
                services.create_agency(**fields)
                created += 1
        except (ValidationError, ValueError) as exc:
            messages = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
            raise ValidationError(_("Row %(row)s: %(error)s") % {"row": number, "error": "; ".join(messages)}) from exc
    return {"created": created, "updated": updated}
