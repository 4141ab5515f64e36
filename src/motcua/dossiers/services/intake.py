"""Tiếp nhận: the applicant, the components, the code, online submission, receipt and forms 02/03."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.catalogue import selectors as catalogue_selectors
from motcua.catalogue.models import Procedure, ProcedureVersion
from motcua.core import counters, moments, validators
from motcua.core.text import nfc
from motcua.core.uploads import check_upload
from motcua.orgs.models import Agency

from .. import centres, lifecycle, policy
from ..models import Channel, CodeCounter, Dossier, DossierComponent
from ..workflow import Action
from .shell import _case, _lock, _notify, _now, _save, _transition


@dataclass
class Applicant:
    """Chủ hồ sơ: a person or an organisation, with an optional authorised representative."""

    name: str
    kind: str = "person"
    id_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    representative: dict = field(default_factory=dict)

    def clean(self) -> Applicant:
        errors = {}
        name = nfc(self.name).strip()
        if not name:
            errors["applicant_name"] = [_("Enter the applicant's name.")]
        if self.kind not in ("person", "organisation"):
            errors["applicant_kind"] = [_("Choose a person or an organisation.")]
        id_number = self.id_number.strip()
        if id_number and self.kind in ("person", "organisation"):
            label = _("Tax code") if self.kind == "organisation" else _("Personal ID number")
            try:
                id_number = validators.validate_id_or_tax(id_number, kind=self.kind, field=label)
            except ValidationError as exc:
                errors["applicant_id_number"] = exc.messages
        representative = {key: nfc(str(value)).strip() for key, value in (self.representative or {}).items() if value}
        if representative.get("id_number"):
            try:
                representative["id_number"] = validators.validate_personal_id(
                    representative["id_number"], field=_("Representative's personal ID number")
                )
            except ValidationError as exc:
                errors["rep_id_number"] = exc.messages
        phone = self.phone.strip().replace(" ", "")
        if phone and not phone.lstrip("+").isdigit():
            errors["applicant_phone"] = [_("The phone number may contain only digits.")]
        if errors:
            raise ValidationError(errors)
        return Applicant(
            name, self.kind, id_number, nfc(self.address).strip(), phone, self.email.strip(), representative
        )


@dataclass
class ComponentInput:
    """What arrived for one component: a paper, an uploaded file, or an item of the citizen's data store.

    ``name`` is given only for a paper outside the procedure's list (key starting with ``@``, e.g. the
    authorisation letter of an online dossier filed on someone's behalf).
    """

    key: str
    received: bool = False
    file: object | None = None
    from_data_store: bool = False
    store_item: object | None = None  # submissions.DataStoreItem reused; its file is copied
    name: str = ""

    @property
    def given(self) -> bool:
        return bool(self.received or self.from_data_store or self.file or self.store_item)


def lead_agency_for(version: ProcedureVersion, desk: Agency) -> Agency:
    """The implementing agency, else the agency the desk works for (a centre's desk is never competent)."""
    return centres.lead_agency_for(version, desk)


def _choose_agencies(dossier: Dossier, competent: Agency | None, collect_at: Agency | None) -> None:
    """Phi địa giới (ND 118 Art 14(2)): the competent agency the official confirmed, and where the applicant
    collects the result; both checked against what the desk may receive (``dossiers/centres.py``)."""
    if competent is not None:
        dossier.lead_agency = centres.check_competent(dossier.version, dossier.agency, competent)
    dossier.collect_at = centres.check_collect_at(dossier.agency, dossier.lead_agency, collect_at)


def next_code(agency: Agency, day: dt.date) -> str:
    """``<agency e-ID>-YYMMDD-NNNN``: a per-agency, per-day sequence, never reused, safe under concurrency."""
    if not agency.code:
        raise ValidationError(_("The receiving desk has no e-ID code; set one before receiving dossiers."))
    number = counters.take_next(CodeCounter, agency=agency, day=day)
    return f"{agency.code}-{day:%y%m%d}-{number:04d}"


def required_online(spec: dict) -> bool:
    """Online, a component must be sent unless the procedure says it need not be digitised."""
    return bool(spec.get("required", spec.get("must_digitise", True)))


def _check_components(
    version: ProcedureVersion, case: str, components: list[ComponentInput], *, online: bool = False
) -> list[dict]:
    """Required components for the case, matched with what was received; missing ones are errors.

    At the desk every listed component is required; online, those that need not be digitised may be
    left out. Extra papers (key ``@…`` with a name) are kept after the listed ones.
    """
    given = {c.key: c for c in components}
    rows, missing = [], []
    for spec in version.content["components"]:
        if spec.get("cases") and case not in spec["cases"]:
            continue
        item = given.get(spec["key"], ComponentInput(spec["key"]))
        if not item.given and (not online or required_online(spec)):
            missing.append(spec["name"])
        rows.append({"spec": spec, "input": item})
    for item in components:
        if item.key.startswith("@") and item.name and item.given:
            rows.append({"spec": {"key": item.key, "name": item.name}, "input": item})
    unknown = set(given) - {row["spec"]["key"] for row in rows}
    errors = {}
    if missing:
        errors["components"] = [_("Missing components: %(names)s.") % {"names": "; ".join(missing)}]
    if unknown:
        errors["components"] = [
            *errors.get("components", []),
            _("Unknown components: %(keys)s.") % {"keys": ", ".join(sorted(unknown))},
        ]
    if errors:
        raise ValidationError(errors)
    return rows


def _store_components(dossier: Dossier, rows: list[dict]) -> None:
    """One row per component; those without a file (papers ticked at the desk) in one INSERT."""
    papers = []
    for row in rows:
        spec, item = row["spec"], row["input"]
        component = DossierComponent(
            dossier=dossier,
            key=spec["key"],
            name=spec["name"],
            received=bool(item.received or item.file or item.store_item),
            from_data_store=bool(item.from_data_store or item.store_item),
            store_item=item.store_item,
        )
        if item.store_item is not None and not item.file:
            _copy_store_item(component, item.store_item)
        elif item.file:
            checked = check_upload(item.file)
            component.content_type, component.size, component.sha256 = (
                checked.content_type,
                checked.size,
                checked.sha256,
            )
            component.file.save(item.file.name, item.file, save=False)
        else:
            papers.append(component)
            continue
        component.save()
    DossierComponent.objects.bulk_create(papers)


def _copy_store_item(component: DossierComponent, store_item) -> None:
    """The reused file is copied: the dossier keeps it even if the citizen deletes the item later."""
    from django.core.files import File

    component.content_type, component.size, component.sha256 = (
        store_item.content_type,
        store_item.size,
        store_item.sha256,
    )
    if store_item.file:
        name = store_item.original_name or store_item.file.name.rsplit("/", 1)[-1]
        with store_item.file.open("rb") as handle:
            component.file.save(name, File(handle, name=name), save=False)


def _version_for(procedure: Procedure, at: dt.datetime) -> ProcedureVersion:
    version = catalogue_selectors.version_at(procedure, at)
    if version is None:
        raise ValidationError({"procedure": [_("This procedure is not in force on this date.")]})
    return version


def _fill_applicant(dossier: Dossier, applicant: Applicant) -> None:
    applicant = applicant.clean()
    dossier.applicant_name = applicant.name
    dossier.applicant_kind = applicant.kind
    dossier.applicant_id_number = applicant.id_number
    dossier.applicant_address = applicant.address
    dossier.applicant_phone = applicant.phone
    dossier.applicant_email = applicant.email
    dossier.representative = applicant.representative


def _new_dossier(desk, procedure, case, applicant, channel, at, account=None) -> Dossier:
    version = _version_for(procedure, at)
    case = case or ""
    if case and case not in {c["key"] for c in version.content.get("cases", [])}:
        raise ValidationError({"case": [_("This case does not belong to the procedure.")]})
    dossier = Dossier(
        agency=desk,
        lead_agency=lead_agency_for(version, desk),
        procedure=procedure,
        version=version,
        case=case,
        channel=channel,
        account=account,
    )
    _fill_applicant(dossier, applicant)
    return dossier


# --- intake ----------------------------------------------------------------------------------


@transaction.atomic
def submit_online(
    *,
    account,
    desk: Agency,
    procedure: Procedure,
    applicant: Applicant,
    components,
    case="",
    return_method: str = "counter",
    at=None,
):
    """An online dossier arrives as submitted (national status 1); the desk accepts or returns it."""
    now = _now(at)
    _transition(None, Action.SUBMIT)
    dossier = _new_dossier(desk, procedure, case, applicant, Channel.ONLINE, now, account=account)
    rows = _check_components(dossier.version, dossier.case, components, online=True)
    if return_method not in ("counter", "post", "online"):
        raise ValidationError({"return_method": [_("Choose how the result is returned.")]})
    dossier.return_method = return_method
    case = _case(dossier)
    lifecycle.submit(case, now, actor=account)
    _save(case)
    _store_components(dossier, rows)
    _notify(dossier, "submitted", at=now)
    return dossier


@transaction.atomic
def receive(
    *,
    user,
    desk: Agency | None = None,
    procedure: Procedure | None = None,
    applicant: Applicant | None = None,
    components: list[ComponentInput] | None = None,
    case: str = "",
    channel: int = Channel.COUNTER,
    return_method: str | None = None,
    dossier: Dossier | None = None,
    at: dt.datetime | None = None,
    competent: Agency | None = None,
    collect_at: Agency | None = None,
) -> Dossier:
    """Receive a complete dossier: code, appointment, steps, receipt slip (form 01).

    At the counter pass the procedure, applicant and components; for an online dossier pass it.
    ``competent`` and ``collect_at``: a phi-địa-giới receipt at a centre's desk (``dossiers/centres.py``).
    """
    now = _now(at)
    if dossier is not None:
        dossier = _lock(dossier)
        desk = dossier.agency
    policy.require(user, Action.RECEIVE, dossier, now, desk=desk)
    _transition(dossier, Action.RECEIVE)
    if dossier is None:
        dossier = _new_dossier(desk, procedure, case, applicant or Applicant(""), channel, now)
        rows = _check_components(dossier.version, dossier.case, components or [])
        if competent is not None or collect_at is not None:
            _choose_agencies(dossier, competent, collect_at)
    elif components is not None or not dossier.components.exists():
        # completed at the desk after form 02, or an online dossier checked again: record what arrived
        rows = _check_components(dossier.version, dossier.case, components or [])
        dossier.components.all().delete()
    else:
        rows = []
    # an online dossier keeps the citizen's choice unless the desk records another one
    dossier.return_method = return_method or dossier.return_method or "counter"
    case = _case(dossier)
    code = next_code(desk, moments.local_date(now))
    lifecycle.receive(case, now, code=code, handler=user, actor=user)
    _save(case)
    _store_components(dossier, rows)
    _notify(dossier, "accepted", at=now)
    return dossier


def _intake_reasons(items: list[dict]) -> list[dict]:
    cleaned = [
        {"item": nfc(str(i.get("item", ""))).strip(), "reason": nfc(str(i.get("reason", ""))).strip()} for i in items
    ]
    cleaned = [i for i in cleaned if i["item"] or i["reason"]]
    if not cleaned or any(not i["reason"] for i in cleaned):
        raise ValidationError({"items": [_("List every item with its reason, all at once.")]})
    return cleaned


def _intake_decision(
    action: Action, *, user, dossier, desk, procedure, applicant, case, now, data: dict, check=lambda: None
) -> Dossier:
    """Form 02 or 03 at intake: the dossier is recorded but not received (it gets no code)."""
    if dossier is not None:
        dossier = _lock(dossier)
        desk = dossier.agency
    policy.require(user, action, dossier, now, desk=desk)
    _transition(dossier, action)
    check()
    if dossier is None:
        dossier = _new_dossier(desk, procedure, case, applicant or Applicant(""), Channel.COUNTER, now)
    state = _case(dossier)
    lifecycle.intake_decision(state, action, now, data, actor=user)
    _save(state)
    if action == Action.REFUSE_INTAKE:
        _notify(dossier, "refused", at=now, reason=data["reasons"])
    elif dossier.channel == Channel.ONLINE:
        _notify(dossier, "completion_requested", at=now, items=data["items"])
    return dossier


@transaction.atomic
def request_completion(
    *,
    user,
    items: list[dict],
    dossier: Dossier | None = None,
    desk=None,
    procedure=None,
    applicant: Applicant | None = None,
    case="",
    at=None,
) -> Dossier:
    """Form 02 at intake: ask for every missing or wrong item at once; the dossier is not received."""
    data: dict = {}

    def check():
        data["items"] = _intake_reasons(items)

    return _intake_decision(
        Action.REQUEST_COMPLETION,
        user=user,
        dossier=dossier,
        desk=desk,
        procedure=procedure,
        applicant=applicant,
        case=case,
        now=_now(at),
        data=data,
        check=check,
    )


@transaction.atomic
def refuse_intake(
    *,
    user,
    reasons: str,
    dossier: Dossier | None = None,
    desk=None,
    procedure=None,
    applicant: Applicant | None = None,
    case="",
    at=None,
) -> Dossier:
    """Form 03: refusal with reasons; the dossier is not received."""
    reasons = nfc(reasons or "").strip()

    def check():
        if not reasons:
            raise ValidationError({"reasons": [_("Give the reasons for the refusal.")]})

    return _intake_decision(
        Action.REFUSE_INTAKE,
        user=user,
        dossier=dossier,
        desk=desk,
        procedure=procedure,
        applicant=applicant,
        case=case,
        now=_now(at),
        data={"reasons": reasons},
        check=check,
    )
