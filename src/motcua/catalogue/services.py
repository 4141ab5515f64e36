"""The write path of the catalogue: procedures, draft versions, publication decisions, processes.

Every function runs in one transaction and validates the whole change before writing. Errors are
Django ``ValidationError``s whose keys are field paths (``components[2].name``).
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import serializers

from motcua.core.text import fold, nfc
from motcua.orgs.models import Agency

from . import schema
from .models import DecisionItem, Procedure, ProcedureVersion, ProcessTemplate, PublicationDecision, Sector


def _nfc_all(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {key: _nfc_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_nfc_all(item) for item in value]
    return value


def check_content(content: dict) -> dict:
    """Validate content; return it normalised or raise ``ValidationError`` keyed by field path."""
    if not isinstance(content, dict):
        raise ValidationError({"content": [_("The content must be an object.")]})
    try:
        data = schema.validate_content(_nfc_all(content))
    except serializers.ValidationError as exc:
        raise ValidationError(schema.flatten_errors(exc.detail)) from exc
    errors = {}
    if not Sector.objects.filter(code=data["sector"]).exists():
        errors["sector"] = [_("Unknown sector code %(code)s.") % {"code": data["sector"]}]
    for field in ("implementing_agency", "receiving_agency"):
        code = data.get(field)
        if code and not Agency.objects.filter(code=code).exists():
            errors[field] = [_("No agency has the e-ID code %(code)s.") % {"code": code}]
    if errors:
        raise ValidationError(errors)
    return data


def _columns(content: dict, code: str) -> dict:
    """The searchable copies of a version's content."""
    sector = Sector.objects.get(code=content["sector"])
    implementing = (
        Agency.objects.filter(code=content["implementing_agency"]).first() if content["implementing_agency"] else None
    )
    committed = content.get("committed") or content["statutory"]
    return {
        "name": content["name"],
        "search_text": fold(" ".join([code, content["name"], sector.name, sector.code])),
        "sector": sector,
        "level": content["level"],
        "implementing_agency": implementing,
        "statutory_amount": content["statutory"]["amount"],
        "statutory_unit": content["statutory"]["unit"],
        "committed_amount": committed["amount"],
        "committed_unit": committed["unit"],
        "online_service": content["online_service"],
        "at_desk": content["at_desk"],
        "on_the_spot": content["on_the_spot"],
        "any_desk": content.get("any_desk", False),
        "has_fees": any(int(fee["amount"]) > 0 for fee in content["fees"]),
    }


@transaction.atomic
def create_procedure(*, code: str, owner: Agency, content: dict, user=None) -> Procedure:
    """A new procedure with its first draft version; it appears in public once a decision publishes it."""
    code = (code or "").strip()
    procedure = Procedure(code=code, owner=owner)
    try:
        procedure.full_clean()
    except ValidationError as exc:
        raise ValidationError(exc.message_dict) from exc
    data = check_content(content)
    procedure.save()
    ProcedureVersion.objects.create(
        procedure=procedure, number=1, content=data, created_by=user, **_columns(data, code)
    )
    return procedure


def draft_of(procedure: Procedure) -> ProcedureVersion | None:
    return procedure.versions.filter(state=ProcedureVersion.State.DRAFT).order_by("-number").first()


@transaction.atomic
def save_draft(procedure: Procedure, content: dict, user=None) -> ProcedureVersion:
    """Write the procedure's open draft (creating the next version number when there is none)."""
    procedure = Procedure.objects.select_for_update().get(pk=procedure.pk)
    if procedure.status == Procedure.Status.ABOLISHED:
        raise ValidationError({"procedure": [_("An abolished procedure cannot get a new version.")]})
    data = check_content(content)
    draft = draft_of(procedure)
    if draft is None:
        number = (procedure.versions.aggregate(m=Max("number"))["m"] or 0) + 1
        draft = ProcedureVersion(procedure=procedure, number=number)
    draft.content = data
    draft.created_by = user
    for name, value in _columns(data, procedure.code).items():
        setattr(draft, name, value)
    draft.save()
    return draft


@transaction.atomic
def discard_draft(version: ProcedureVersion) -> None:
    if version.state != ProcedureVersion.State.DRAFT:
        raise ValidationError(_("Only a draft can be discarded."))
    if DecisionItem.objects.filter(version=version).exists():
        raise ValidationError(_("Remove the draft from its decision first."))
    procedure = version.procedure
    version.delete()
    if not procedure.versions.exists():
        procedure.delete()


# --- Publication decisions -----------------------------------------------------------------

DECISION_FIELDS = ("number", "title", "signed_on", "signer", "effective_from", "issuing_agency", "file")


@transaction.atomic
def create_decision(**fields) -> PublicationDecision:
    decision = PublicationDecision(**{k: v for k, v in fields.items() if k in DECISION_FIELDS})
    decision.number = nfc(decision.number.strip())
    try:
        decision.full_clean()
    except ValidationError as exc:
        raise ValidationError(exc.message_dict) from exc
    if decision.effective_from < decision.signed_on:
        raise ValidationError({"effective_from": [_("A decision cannot take effect before it is signed.")]})
    decision.save()
    return decision


def _check_item(decision: PublicationDecision, procedure: Procedure, action: str) -> ProcedureVersion | None:
    if decision.state != PublicationDecision.State.DRAFT:
        raise ValidationError(_("Decision %(number)s is already published.") % {"number": decision.number})
    label = procedure.code
    if action == DecisionItem.Action.ABOLISH:
        if procedure.status != Procedure.Status.ACTIVE:
            raise ValidationError(_("Procedure %(code)s is not in force and cannot be abolished.") % {"code": label})
        return None
    if action not in DecisionItem.Action.values:
        raise ValidationError({"action": [_("Unknown action %(action)s.") % {"action": action}]})
    draft = draft_of(procedure)
    if draft is None:
        raise ValidationError(_("Procedure %(code)s has no draft version to publish.") % {"code": label})
    if action == DecisionItem.Action.NEW and procedure.status != Procedure.Status.DRAFT:
        raise ValidationError(_("Procedure %(code)s is already published: amend or replace it.") % {"code": label})
    if action != DecisionItem.Action.NEW and procedure.status != Procedure.Status.ACTIVE:
        raise ValidationError(_("Procedure %(code)s is not in force: publish it as new.") % {"code": label})
    return draft


@transaction.atomic
def add_to_decision(decision: PublicationDecision, procedure: Procedure, action: str) -> DecisionItem:
    decision = PublicationDecision.objects.select_for_update().get(pk=decision.pk)
    procedure = Procedure.objects.get(pk=procedure.pk)
    version = _check_item(decision, procedure, action)
    if decision.items.filter(procedure=procedure).exists():
        raise ValidationError(_("Procedure %(code)s is already in this decision.") % {"code": procedure.code})
    return DecisionItem.objects.create(decision=decision, procedure=procedure, action=action, version=version)


@transaction.atomic
def remove_from_decision(item: DecisionItem) -> None:
    if item.decision.state != PublicationDecision.State.DRAFT:
        raise ValidationError(_("Decision %(number)s is already published.") % {"number": item.decision.number})
    item.delete()


def _latest_published(procedure: Procedure) -> ProcedureVersion | None:
    return (
        procedure.versions.select_for_update()
        .filter(state=ProcedureVersion.State.PUBLISHED, valid_to__isnull=True)
        .order_by("-number")
        .first()
    )


def _close(previous: ProcedureVersion | None, effective: dt.date, procedure: Procedure) -> None:
    if previous is None:
        return
    if previous.valid_from and previous.valid_from >= effective:
        raise ValidationError(
            _("Procedure %(code)s already has a version taking effect on %(date)s.")
            % {"code": procedure.code, "date": previous.valid_from.strftime("%d/%m/%Y")}
        )
    previous.valid_to = effective - dt.timedelta(days=1)
    previous.save(update_fields=["valid_to"])


@transaction.atomic
def publish_decision(decision: PublicationDecision, user=None) -> PublicationDecision:
    """Apply a decision: publish new versions, close the versions they replace, abolish procedures."""
    decision = PublicationDecision.objects.select_for_update().get(pk=decision.pk)
    items = list(decision.items.select_related("procedure", "version").order_by("pk"))
    if not items:
        raise ValidationError(_("A decision must contain at least one procedure."))
    for item in items:  # validate everything first
        _check_item(decision, item.procedure, item.action)
        if item.version is not None:
            check_content(item.version.content)
    effective = decision.effective_from
    for item in items:
        procedure = Procedure.objects.select_for_update().get(pk=item.procedure_id)
        if item.action != DecisionItem.Action.NEW:
            _close(_latest_published(procedure), effective, procedure)
        if item.action == DecisionItem.Action.ABOLISH:
            procedure.status = Procedure.Status.ABOLISHED
        else:
            version = ProcedureVersion.objects.get(pk=item.version_id)
            version.state = ProcedureVersion.State.PUBLISHED
            version.decision = decision
            version.valid_from = effective
            version.save()
            procedure.status = Procedure.Status.ACTIVE
        procedure.save(update_fields=["status"])
    decision.state = PublicationDecision.State.PUBLISHED
    decision.published_at = timezone.now()
    decision.published_by = user
    decision.save(update_fields=["state", "published_at", "published_by"])
    return decision


# --- Internal processes ----------------------------------------------------------------------


@transaction.atomic
def save_process_template(*, name: str, owner: Agency, steps: list[dict]) -> ProcessTemplate:
    serializer = schema.StepSerializer(data=steps, many=True)
    if not serializer.is_valid():
        raise ValidationError(schema.flatten_errors(serializer.errors, "steps"))
    return ProcessTemplate.objects.create(name=nfc(name), owner=owner, steps=schema.to_json(serializer.validated_data))


@transaction.atomic
def copy_process(procedure: Procedure, steps: list[dict], case: str | None = None, user=None) -> ProcedureVersion:
    """Put a copy of ``steps`` (from a template or another procedure) into the procedure's draft.

    The process-sum rule applies: the copy is refused when its budgets do not add up to the
    committed time limit of this procedure.
    """
    source = draft_of(procedure) or procedure.versions.order_by("-number").first()
    content = dict(source.content)
    processes = [p for p in content.get("processes", []) if p.get("case") != case]
    processes.append({"case": case, "steps": steps})
    content["processes"] = processes
    return save_draft(procedure, content, user=user)


# --- Form templates (added with the back-office catalogue pages) ------------------------------


@transaction.atomic
def save_form_template(*, name: str, owner: Agency, file):
    """Store a downloadable form (mẫu đơn, tờ khai) after checking its content (PDF, DOC, DOCX, XLSX, ODT)."""
    from . import files
    from .models import FormTemplate

    try:
        _kind, digest = files.check_document(file)
    except ValidationError as exc:
        raise ValidationError({"file": exc.messages}) from exc
    template = FormTemplate(name=nfc((name or "").strip()), owner=owner, file=file, sha256=digest)
    try:
        template.full_clean()
    except ValidationError as exc:
        raise ValidationError(exc.message_dict) from exc
    template.save()
    return template


# --- Mergers of agencies (sắp xếp đơn vị hành chính) ------------------------------------------


def _recode(content: dict, codes: dict[str, str]) -> dict:
    """``content`` with the agency codes it names (implementing, receiving, process steps' units)
    replaced through ``codes`` (old code → new code)."""
    data = dict(content)
    for name in ("implementing_agency", "receiving_agency"):
        if data.get(name) in codes:
            data[name] = codes[data[name]]
    data["processes"] = [
        {
            **process,
            "steps": [{**s, "unit": codes.get(s.get("unit") or "", s.get("unit", ""))} for s in process["steps"]],
        }
        for process in content.get("processes") or []
    ]
    return data


def _names_old(content: dict, codes: dict[str, str]) -> bool:
    return _recode(content, codes) != {**content, "processes": content.get("processes") or []}


@transaction.atomic
def rehome_agencies(mapping: dict[int, Agency], codes: dict[str, str], *, on: dt.date, user=None) -> dict:
    """Move what the catalogue holds of merged agencies onto their successors (``mapping``: old pk →
    new agency; ``codes``: old e-ID code → new code, for the codes written in contents).

    Owners of procedures, form templates and process templates move (the templates' step units too);
    drafts are rewritten; the versions in force on ``on`` get their implementing agency (the column
    routing reads) moved, with an audit row. A published text is never rewritten: the versions whose
    text still names an old agency are returned under ``published_text`` — an amending decision must
    publish them again. Returns counts by kind and that list."""
    from motcua.audit import services as audit

    from .models import FormTemplate

    old = list(mapping)
    done = {"procedure_owners": 0, "form_templates": 0, "process_templates": 0, "drafts": 0, "versions_in_force": 0}
    for procedure in Procedure.objects.select_for_update().filter(owner_id__in=old):
        procedure.owner = mapping[procedure.owner_id]
        procedure.save(update_fields=["owner"])
        done["procedure_owners"] += 1
    for template in FormTemplate.objects.filter(owner_id__in=old):
        template.owner = mapping[template.owner_id]
        template.save(update_fields=["owner"])
        done["form_templates"] += 1
    for template in ProcessTemplate.objects.all():
        steps = [{**s, "unit": codes.get(s.get("unit") or "", s.get("unit", ""))} for s in template.steps]
        if template.owner_id in mapping or steps != template.steps:
            template.owner = mapping.get(template.owner_id, template.owner)
            template.steps = steps
            template.save(update_fields=["owner", "steps"])
            done["process_templates"] += 1
    for draft in ProcedureVersion.objects.filter(state=ProcedureVersion.State.DRAFT).select_related("procedure"):
        if _names_old(draft.content, codes) or draft.implementing_agency_id in mapping:
            save_draft(draft.procedure, _recode(draft.content, codes), user=draft.created_by)
            done["drafts"] += 1
    in_force = ProcedureVersion.objects.filter(state=ProcedureVersion.State.PUBLISHED).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=on)
    )
    published_text = []
    for version in in_force.select_related("procedure").order_by("procedure__code", "number"):
        if version.implementing_agency_id in mapping:
            new = mapping[version.implementing_agency_id]
            ProcedureVersion.objects.filter(pk=version.pk).update(implementing_agency=new)
            audit.record(
                "update",
                obj=version,
                changes={"implementing_agency_id": [version.implementing_agency_id, new.pk]},
                user=user,
            )
            done["versions_in_force"] += 1
        if _names_old(version.content, codes):
            published_text.append(version)
    return {**done, "published_text": published_text}
