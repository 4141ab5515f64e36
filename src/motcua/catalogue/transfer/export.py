"""Export: the catalogue (or one owner's part of it) as one JSON-ready document."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections import defaultdict

from django.db.models import QuerySet

from motcua.orgs.models import Agency

from ..models import (
    DecisionItem,
    FormTemplate,
    Procedure,
    ProcedureVersion,
    ProcessTemplate,
    PublicationDecision,
    Sector,
)
from .document import FORMAT, VERSION

# --- Export ----------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _code(agency: Agency | None) -> str | None:
    return agency.code if agency else None


def _file_entry(fieldfile, include_data: bool) -> dict | None:
    if not fieldfile:
        return None
    entry = {"name": fieldfile.name.rsplit("/", 1)[-1], "sha256": None, "data": None}
    try:
        with fieldfile.open("rb") as handle:
            raw = handle.read()
    except OSError:
        return entry
    entry["sha256"] = hashlib.sha256(raw).hexdigest()
    if include_data:
        entry["data"] = base64.b64encode(raw).decode("ascii")
    else:
        entry.pop("data")
    return entry


def form_ids(content: dict) -> set[int]:
    return {c["form"] for c in content.get("components", []) if isinstance(c, dict) and isinstance(c.get("form"), int)}


def build_document(owners: QuerySet[Agency] | None = None, *, include_files: bool = True) -> dict:
    """The catalogue as one JSON-ready document: everything, or the procedures ``owners`` own."""
    procedures = Procedure.objects.select_related("owner").order_by("code")
    if owners is not None:
        procedures = procedures.filter(owner__in=owners)
    versions = defaultdict(list)
    for version in (
        ProcedureVersion.objects.filter(procedure__in=procedures)
        .select_related("decision")
        .order_by("procedure_id", "number")
    ):
        versions[version.procedure_id].append(version)
    procedure_rows, used_sectors, used_forms = [], set(), set()
    for procedure in procedures:
        rows = []
        for version in versions[procedure.pk]:
            used_sectors.add(version.content.get("sector"))
            used_forms |= form_ids(version.content)
            rows.append(
                {
                    "number": version.number,
                    "state": version.state,
                    "valid_from": _iso(version.valid_from),
                    "valid_to": _iso(version.valid_to),
                    "decision": version.decision.number if version.decision else None,
                    "content": version.content,
                }
            )
        procedure_rows.append(
            {"code": procedure.code, "owner": _code(procedure.owner), "status": procedure.status, "versions": rows}
        )

    decisions = PublicationDecision.objects.select_related("issuing_agency").order_by(
        "effective_from", "signed_on", "number"
    )
    items = DecisionItem.objects.select_related("procedure", "version").order_by("pk")
    if owners is not None:
        items = items.filter(procedure__in=procedures)
        decisions = decisions.filter(pk__in=items.values("decision_id"))
    items_of = defaultdict(list)
    for item in items:
        items_of[item.decision_id].append(
            {
                "procedure": item.procedure.code,
                "action": item.action,
                "version": item.version.number if item.version else None,
            }
        )
    decision_rows = [
        {
            "number": decision.number,
            "title": decision.title,
            "signed_on": _iso(decision.signed_on),
            "signer": decision.signer,
            "effective_from": _iso(decision.effective_from),
            "issuing_agency": _code(decision.issuing_agency),
            "state": decision.state,
            "file": _file_entry(decision.file, include_files),
            "items": items_of[decision.pk],
        }
        for decision in decisions
    ]

    sectors = Sector.objects.order_by("code")
    forms = FormTemplate.objects.select_related("owner").order_by("pk")
    templates = ProcessTemplate.objects.select_related("owner").order_by("owner__code", "name", "pk")
    if owners is not None:
        sectors = sectors.filter(code__in=used_sectors)
        forms = forms.filter(pk__in=used_forms) | forms.filter(owner__in=owners)
        templates = templates.filter(owner__in=owners)
    form_rows = []
    for form in forms.distinct():
        entry = _file_entry(form.file, include_files) or {"name": "", "sha256": form.sha256}
        row = {"id": form.pk, "name": form.name, "owner": _code(form.owner), "file_name": entry["name"]}
        row["sha256"] = form.sha256 or entry["sha256"]
        if include_files:
            row["data"] = entry.get("data")
        form_rows.append(row)
    return {
        "format": FORMAT,
        "version": VERSION,
        "sectors": [{"code": s.code, "name": s.name} for s in sectors],
        "forms": form_rows,
        "decisions": decision_rows,
        "procedures": procedure_rows,
        "process_templates": [{"name": t.name, "owner": _code(t.owner), "steps": t.steps} for t in templates],
    }
