"""The only write path of online submission: drafts (hồ sơ nháp), their components, the data store.

Each action is one transaction; the draft row is locked and checked against its owner; a submitted
draft is read-only. Files are content-checked with ``core.uploads.check_upload``; a file dropped by an
action is deleted from storage only once the transaction has committed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from motcua.catalogue import selectors as catalogue_selectors
from motcua.catalogue.models import Procedure
from motcua.core import validators
from motcua.core.text import nfc
from motcua.core.uploads import KINDS, check_upload, detect, inspected
from motcua.dossiers import services as dossier_services
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, ComponentInput
from motcua.orgs.models import Agency

from . import selectors
from .models import ApplyingAs, DataStoreItem, Draft, DraftComponent, ReturnMethod

AUTHORISATION = "@authorisation"  # the authorisation letter: not a component key of any procedure (slugs)
AUTHORISATION_NAME = "Văn bản ủy quyền"  # stored as data in the dossier, shown to the desk


# --- helpers ----------------------------------------------------------------------------------


def _require_applicant(user) -> None:
    if not selectors.is_applicant_account(user):
        raise PermissionDenied("online submission is for citizen and business accounts")


def _lock(draft: Draft | int, user) -> Draft:
    """The draft locked for the action; only its owner may act, and only before submission."""
    _require_applicant(user)
    pk = draft.pk if isinstance(draft, Draft) else draft
    # no select_related: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join (desk)
    locked = Draft.objects.select_for_update().filter(pk=pk).first()
    if locked is None or locked.owner_id != user.pk:
        raise PermissionDenied("not the owner of this draft")
    if locked.submitted_at is not None:
        raise ValidationError(_("This dossier was already submitted; it can no longer be changed."))
    return locked


def _delete_later(*files) -> None:
    """Delete stored files once the transaction commits (never when it rolls back)."""
    for field_file in files:
        if field_file:
            storage, name = field_file.storage, field_file.name
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))


def _checked(upload, field: str):
    try:
        return check_upload(upload)
    except ValidationError as exc:
        raise ValidationError({field: exc.messages}) from exc


def _text(data: dict, key: str) -> str:
    return nfc(str(data.get(key) or "")).strip()


def _basename(name: str) -> str:
    return os.path.basename(name or "")[:255]


def _put_file(draft: Draft, key: str, upload, checked) -> DraftComponent:
    component = DraftComponent.objects.filter(draft=draft, key=key).first() or DraftComponent(draft=draft, key=key)
    _delete_later(component.file)
    component.store_item = None
    component.original_name = _basename(upload.name)
    component.content_type, component.size, component.sha256 = checked.content_type, checked.size, checked.sha256
    component.file.save(component.original_name, upload, save=False)
    component.save()
    return component


def _touch(draft: Draft, step: int, fields: list[str]) -> None:
    draft.step = max(draft.step, step)
    draft.save(update_fields=[*fields, "step", "updated_at"])


# --- starting -----------------------------------------------------------------------------------


def prefill(user) -> dict:
    """The account's own details (the other fields arrive with the VNeID/profile work)."""
    return {
        "name": user.get_full_name() or user.username,
        "id_number": getattr(user, "id_number", "") or "",
        "address": getattr(user, "address", "") or "",
        "phone": user.phone or "",
        "email": user.email or "",
    }


def verified_fields(user) -> dict[str, str]:
    """The applicant fields a VNeID login verified (name and ID number of a citizen, name and tax code of
    a business): they are read from the account, whatever a form sends."""
    if getattr(user, "identity_level", 0) < 1:
        return {}
    if getattr(user, "is_business", False):
        fields = {"org_name": user.organisation_name or user.full_name, "org_tax_code": user.id_number}
    else:
        fields = {"name": user.full_name, "id_number": user.id_number}
    return {key: value for key, value in fields.items() if value}


@transaction.atomic
def start_draft(*, user, procedure: Procedure, at: dt.datetime | None = None) -> Draft:
    """Begin an online application under the version in force now."""
    _require_applicant(user)
    version = catalogue_selectors.version_at(procedure, at or timezone.now())
    if version is None:
        raise ValidationError({"procedure": [_("This procedure is not in force today.")]})
    if not selectors.online_allowed(version):
        raise ValidationError({"procedure": [_("This procedure cannot be done online; apply at the desk.")]})
    business = getattr(user, "account_type", "") == "business"
    draft = Draft(
        owner=user,
        procedure=procedure,
        version=version,
        applicant=prefill(user),
        applying_as=ApplyingAs.ORGANISATION if business else ApplyingAs.SELF,
        acting_for={"name": getattr(user, "organisation_name", "") or ""} if business else {},
    )
    desks = selectors.desks_for(version)
    draft.desk = desks[0] if len(desks) == 1 else None
    draft.save()
    return draft


# --- step 1: who applies --------------------------------------------------------------------------


def _check_applicant(applying_as: str, data: dict, has_letter: bool, letter) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}

    def need(field: str, message: str) -> None:
        if not _text(data, field):
            errors[field] = [message]

    if applying_as not in ApplyingAs.values:
        errors["applying_as"] = [_("Choose who the dossier is for.")]
        return errors
    need("name", _("Enter your full name."))
    if applying_as == ApplyingAs.SELF:
        need("id_number", _("Enter your personal ID number."))
    phone, email = _text(data, "phone").replace(" ", ""), _text(data, "email")
    if not phone and not email:
        errors["phone"] = [_("Give a phone number or an e-mail address so that the desk can reach you.")]
    elif phone and not phone.lstrip("+").isdigit():
        errors["phone"] = [_("The phone number may contain only digits.")]
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = [_("Enter a valid e-mail address, such as an@example.vn.")]
    if applying_as == ApplyingAs.ORGANISATION:
        need("org_name", _("Enter the organisation's name."))
        need("org_tax_code", _("Enter the organisation's tax code."))
        need("org_address", _("Enter the organisation's address."))
    if applying_as == ApplyingAs.OTHER:
        need("principal_name", _("Enter the name of the person you apply for."))
        need("principal_id_number", _("Enter that person's ID number."))
        need("principal_address", _("Enter that person's address."))
        need("relation", _("Say how you are related to that person."))
        need("authorisation_number", _("Enter the number of the authorisation letter."))
        day = parse_date(_text(data, "authorisation_date")) if _text(data, "authorisation_date") else None
        if day is None:
            errors["authorisation_date"] = [_("Enter the date of the authorisation letter as YYYY-MM-DD.")]
        elif day > timezone.localdate():
            errors["authorisation_date"] = [_("The authorisation letter cannot be dated in the future.")]
        if letter is None and not has_letter:
            errors["authorisation_file"] = [_("Attach a scan of the authorisation letter.")]
    for field, check in _id_checks().items():
        value = _text(data, field)
        if value and field not in errors:
            try:
                data[field] = check(value)
            except ValidationError as exc:
                errors[field] = exc.messages
    return errors


def _id_checks() -> dict:
    """The check of each identification field (core.validators), its message naming the field."""
    return {
        "id_number": lambda value: validators.validate_personal_id(value, field=_("Your personal ID number")),
        "org_tax_code": lambda value: validators.validate_tax_code(value, field=_("Tax code")),
        "principal_id_number": lambda value: validators.validate_personal_id(
            value, field=_("Their personal ID number")
        ),
    }


@transaction.atomic
def save_applicant(draft: Draft, *, user, applying_as: str, data: dict, authorisation_file=None) -> Draft:
    """Step 1: for oneself, for an organisation (the account holder represents it), or on behalf of
    another person (ủy quyền) with the authorisation letter."""
    draft = _lock(draft, user)
    data = {**data, **verified_fields(user)}  # a VNeID-verified name and number cannot be changed
    has_letter = DraftComponent.objects.filter(draft=draft, key=AUTHORISATION).exclude(file="").exists()
    errors = _check_applicant(applying_as, data, has_letter, authorisation_file)
    checked = None
    if authorisation_file is not None and applying_as == ApplyingAs.OTHER and "authorisation_file" not in errors:
        try:
            checked = _checked(authorisation_file, "authorisation_file")
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if errors:
        raise ValidationError(errors)
    draft.applying_as = applying_as
    draft.applicant = {key: _text(data, key) for key in ("name", "id_number", "address", "phone", "email")}
    draft.applicant["phone"] = draft.applicant["phone"].replace(" ", "")
    if applying_as == ApplyingAs.ORGANISATION:
        draft.acting_for = {
            "name": _text(data, "org_name"),
            "tax_code": _text(data, "org_tax_code"),
            "address": _text(data, "org_address"),
        }
    elif applying_as == ApplyingAs.OTHER:
        draft.acting_for = {
            key: _text(data, field)
            for key, field in (
                ("name", "principal_name"),
                ("id_number", "principal_id_number"),
                ("address", "principal_address"),
                ("relation", "relation"),
                ("document_number", "authorisation_number"),
                ("document_date", "authorisation_date"),
            )
        }
    else:
        draft.acting_for = {}
    if checked is not None:
        _put_file(draft, AUTHORISATION, authorisation_file, checked)
    if applying_as != ApplyingAs.OTHER:
        _remove(draft, AUTHORISATION)
    _touch(draft, 1, ["applying_as", "applicant", "acting_for"])
    return draft


# --- step 2: case, desk, return ---------------------------------------------------------------------


@transaction.atomic
def save_case(draft: Draft, *, user, case: str, desk: Agency | int | None, return_method: str) -> Draft:
    """Step 2: the case (trường hợp), the receiving desk and how the result comes back."""
    draft = _lock(draft, user)
    errors: dict[str, list[str]] = {}
    version = selectors.working_version(draft)
    cases = {c["key"] for c in version.content.get("cases", [])}
    case = (case or "").strip()
    if case and case not in cases:  # "" is the normal case of every procedure
        errors["case"] = [_("Choose the case that fits your situation.")]
    desks = {agency.pk: agency for agency in selectors.desks_for(version)}
    desk_pk = desk.pk if isinstance(desk, Agency) else desk
    try:
        chosen = desks.get(int(desk_pk)) if desk_pk not in (None, "") else None
    except (TypeError, ValueError):
        chosen = None
    if chosen is None:
        errors["desk"] = [_("Choose the desk that will receive your dossier.")]
    if return_method not in ReturnMethod.values:
        errors["return_method"] = [_("Choose how you want to receive the result.")]
    if errors:
        raise ValidationError(errors)
    draft.case, draft.desk, draft.return_method = case, chosen, return_method
    _touch(draft, 2, ["case", "desk", "return_method"])
    return draft


# --- step 3: components ---------------------------------------------------------------------------


def _remove(draft: Draft, key: str) -> None:
    for component in DraftComponent.objects.filter(draft=draft, key=key):
        _delete_later(component.file)
        component.delete()


@transaction.atomic
def save_components(
    draft: Draft,
    *,
    user,
    uploads: dict | None = None,
    reuse: dict | None = None,
    remove: tuple[str, ...] = (),
) -> Draft:
    """Step 3: files uploaded and data-store items chosen, per component key, all or nothing.

    ``uploads``: key → uploaded file; ``reuse``: key → data-store item id (tái sử dụng);
    ``remove``: keys to clear. What is valid is kept even if required components are still missing.
    """
    draft = _lock(draft, user)
    specs = {spec["key"]: spec for spec in selectors.component_specs(selectors.working_version(draft), draft.case)}
    uploads, reuse = uploads or {}, {k: v for k, v in (reuse or {}).items() if v not in (None, "")}
    errors: dict[str, list[str]] = {}
    checked, items = {}, {}
    for key in {*uploads, *reuse, *remove} - set(specs):
        errors[key] = [_("This component does not belong to the procedure.")]
    for key, upload in uploads.items():
        if key in specs:
            try:
                checked[key] = check_upload(upload)
            except ValidationError as exc:
                errors[key] = exc.messages
    for key, item_id in reuse.items():
        if key in specs and key not in uploads:
            try:
                item = selectors.store_item_for(user, int(item_id))
            except (TypeError, ValueError):
                item = None
            if item is None or not item.file:
                errors[key] = [_("Choose an item of your data store.")]
            else:
                items[key] = item
    if errors:
        raise ValidationError(errors)
    for key in remove:
        _remove(draft, key)
    for key, upload in uploads.items():
        _put_file(draft, key, upload, checked[key])
    for key, item in items.items():
        component = DraftComponent.objects.filter(draft=draft, key=key).first() or DraftComponent(draft=draft, key=key)
        _delete_later(component.file)
        component.file, component.store_item = "", item
        component.original_name, component.content_type = item.original_name, item.content_type
        component.size, component.sha256 = item.size, item.sha256
        component.save()
    draft.save(update_fields=["updated_at"])
    return draft


def save_component(
    draft: Draft, *, user, key: str, upload=None, store_item: DataStoreItem | int | None = None
) -> Draft:
    """One component: an uploaded file, or an item of the owner's data store reused."""
    if upload is not None:
        return save_components(draft, user=user, uploads={key: upload})
    if store_item is None:
        raise ValidationError({key: [_("Choose a file or an item of your data store.")]})
    item_id = store_item.pk if isinstance(store_item, DataStoreItem) else store_item
    return save_components(draft, user=user, reuse={key: item_id})


def remove_component(draft: Draft, *, user, key: str) -> Draft:
    return save_components(draft, user=user, remove=(key,))


@transaction.atomic
def finish_components(draft: Draft, *, user) -> Draft:
    """Leave step 3: every required component of the case has a file or a data-store item."""
    draft = _lock(draft, user)
    missing = selectors.missing_components(draft)
    if missing:
        raise ValidationError(
            {spec["key"]: [_("Attach “%(name)s”: a file, or an item of your data store.") % spec] for spec in missing}
        )
    _touch(draft, 3, [])
    return draft


# --- step 4: submission -----------------------------------------------------------------------------


def applicant_for(draft: Draft) -> Applicant:
    """Chủ hồ sơ and, when someone else files it, the representative (người được ủy quyền)."""
    me, other = draft.applicant or {}, draft.acting_for or {}
    contact = {"phone": me.get("phone", ""), "email": me.get("email", "")}
    if draft.applying_as == ApplyingAs.ORGANISATION:
        representative = {key: me.get(key, "") for key in ("name", "id_number", "address", "phone", "email")}
        return Applicant(
            name=other.get("name", ""),
            kind="organisation",
            id_number=other.get("tax_code", ""),
            address=other.get("address", ""),
            representative=representative,
            **contact,
        )
    if draft.applying_as == ApplyingAs.OTHER:
        day = parse_date(other.get("document_date") or "")
        representative = {key: me.get(key, "") for key in ("name", "id_number", "address", "phone", "email")}
        on = day.strftime("%d/%m/%Y") if day else ""
        representative["authorisation"] = (
            f"Số {other.get('document_number', '')} ngày {on}; quan hệ với người ủy quyền: {other.get('relation', '')}"
        )
        return Applicant(
            name=other.get("name", ""),
            id_number=other.get("id_number", ""),
            address=other.get("address", ""),
            representative=representative,
            **contact,
        )
    return Applicant(
        name=me.get("name", ""),
        id_number=me.get("id_number", ""),
        address=me.get("address", ""),
        **contact,
    )


def _recheck(draft: Draft, version) -> None:
    """A draft started under a replaced version is checked again against the version in force."""
    errors: dict[str, list[str]] = {}
    if not selectors.online_allowed(version):
        raise ValidationError(_("This procedure can no longer be done online; please apply at the desk."))
    cases = {c["key"] for c in version.content.get("cases", [])}
    if draft.case and draft.case not in cases:
        errors["case"] = [_("The procedure was amended: choose your case again.")]
    if draft.desk_id not in {agency.pk for agency in selectors.desks_for(version)}:
        errors["desk"] = [_("The procedure was amended: choose the receiving desk again.")]
    if errors:
        raise ValidationError(errors)


def _inputs(draft: Draft, version, opened: list) -> list[ComponentInput]:
    have = selectors.draft_components(draft)
    inputs = []
    keys = [spec["key"] for spec in selectors.component_specs(version, draft.case)]
    if draft.applying_as == ApplyingAs.OTHER:
        keys.append(AUTHORISATION)
    for key in keys:
        component = have.get(key)
        name = AUTHORISATION_NAME if key == AUTHORISATION else ""
        if component is None:
            continue
        if component.file:
            handle = component.file.open("rb")
            opened.append(handle)
            upload = File(handle, name=component.original_name or _basename(component.file.name))
            # checked when it was uploaded: the submission's transaction does not read it again
            inspected(upload, content_type=component.content_type, size=component.size, sha256=component.sha256)
            inputs.append(ComponentInput(key, file=upload, name=name))
        elif component.store_item is not None and component.store_item.removed_at is None:
            inputs.append(ComponentInput(key, store_item=component.store_item, name=name))
    return inputs


def _keep_uploads(draft: Draft, dossier: Dossier, version, save_to_store: bool) -> None:
    """Newly uploaded files move into the owner's data store (or are dropped); the dossier has copies."""
    names = {spec["key"]: spec["name"] for spec in selectors.component_specs(version, draft.case)}
    names[AUTHORISATION] = AUTHORISATION_NAME
    for component in draft.components.exclude(file=""):
        if save_to_store and component.key in names:
            DataStoreItem.objects.create(
                owner=draft.owner,
                kind=DataStoreItem.Kind.DOCUMENT,
                name=names[component.key],
                component_key=component.key,
                procedure_code=draft.procedure.code,
                file=component.file.name,  # the store takes over the draft's file: no second copy
                original_name=component.original_name,
                content_type=component.content_type,
                size=component.size,
                sha256=component.sha256,
                source_dossier=dossier,
            )
        else:
            _delete_later(component.file)
        component.file = ""
        component.save(update_fields=["file", "updated_at"])


@transaction.atomic
def submit_draft(
    draft: Draft, *, user, declaration: bool, save_to_store: bool = True, at: dt.datetime | None = None
) -> Dossier:
    """Nộp hồ sơ: the dossier is created as submitted (national status 1) under the version in force;
    the draft becomes read-only and links it."""
    draft = _lock(draft, user)
    now = at or timezone.now()
    if not declaration:
        raise ValidationError({"declaration": [_("Confirm that the information you give is true.")]})
    if draft.step < 3:
        raise ValidationError(_("Complete every step before submitting."))
    version = catalogue_selectors.version_at(draft.procedure, now)
    if version is None:
        raise ValidationError(_("This procedure is no longer in force; it cannot be submitted."))
    if version.pk != draft.version_id:
        _recheck(draft, version)
        draft.version = version
    missing = selectors.missing_components(draft, version)
    if missing:
        raise ValidationError(
            {spec["key"]: [_("Attach “%(name)s”: a file, or an item of your data store.") % spec] for spec in missing}
        )
    opened: list = []
    try:
        dossier = dossier_services.submit_online(
            account=user,
            desk=draft.desk,
            procedure=draft.procedure,
            applicant=applicant_for(draft),
            components=_inputs(draft, version, opened),
            case=draft.case,
            return_method=draft.return_method,
            at=now,
        )
    finally:
        for handle in opened:
            handle.close()
    _keep_uploads(draft, dossier, version, save_to_store)
    draft.dossier, draft.submitted_at, draft.step = dossier, now, 4
    draft.save(update_fields=["version", "dossier", "submitted_at", "step", "updated_at"])
    return dossier


@transaction.atomic
def discard_draft(draft: Draft, *, user) -> None:
    """Delete an unfinished draft and its files."""
    draft = _lock(draft, user)
    for component in draft.components.all():
        _delete_later(component.file)
    draft.delete()


# --- the data store ---------------------------------------------------------------------------------


@transaction.atomic
def delete_store_item(item: DataStoreItem | int, *, user, at: dt.datetime | None = None) -> None:
    """Remove an item from the owner's store; dossiers keep their own copies. The row stays as a
    tombstone so that a removed result is not offered again."""
    _require_applicant(user)
    pk = item.pk if isinstance(item, DataStoreItem) else item
    item = DataStoreItem.objects.select_for_update().filter(pk=pk, owner=user, removed_at__isnull=True).first()
    if item is None:
        raise PermissionDenied("not an item of this data store")
    _delete_later(item.file)
    item.file, item.removed_at = "", at or timezone.now()
    item.save(update_fields=["file", "removed_at"])


def collect_results(user) -> int:
    """Put the results of the owner's approved dossiers into the store (once each); returns how many."""
    if not selectors.is_applicant_account(user):
        return 0
    added = 0
    for dossier in selectors.approved_results_missing(user):
        try:
            with transaction.atomic():
                item = DataStoreItem(
                    owner=user,
                    kind=DataStoreItem.Kind.RESULT,
                    name=nfc(dossier.version.content.get("result") or dossier.version.name)[:1000],
                    procedure_code=dossier.procedure.code,
                    source_dossier=dossier,
                )
                _copy_result(item, dossier)
                item.save()
                added += 1
        except (IntegrityError, OSError, ValidationError):
            continue  # already added by a parallel request, or the result file is unreadable
    return added


def store_result(dossier: Dossier) -> DataStoreItem | None:
    """Put an approved dossier's result into its owner's store at once (``selectors.owner_of``); None
    when it has no owner yet (collected later, when the applicant opens the store) or is there already."""
    owner = selectors.owner_of(dossier)
    if owner is None or dossier.outcome != "approved" or not dossier.result_file:
        return None
    if DataStoreItem.objects.filter(owner=owner, kind=DataStoreItem.Kind.RESULT, source_dossier=dossier).exists():
        return None
    try:
        with transaction.atomic():
            item = DataStoreItem(
                owner=owner,
                kind=DataStoreItem.Kind.RESULT,
                name=nfc(dossier.version.content.get("result") or dossier.version.name)[:1000],
                procedure_code=dossier.procedure.code,
                source_dossier=dossier,
            )
            _copy_result(item, dossier)
            item.save()
    except (IntegrityError, OSError, ValidationError):
        return None
    return item


def on_dossier_event(sender, *, dossier, event, **kwargs) -> None:
    """``result_ready``: the result goes to the applicant's data store (ND 118 Art 17(1)(c))."""
    if event == "result_ready":
        store_result(dossier)


def _copy_result(item: DataStoreItem, dossier: Dossier) -> None:
    name = _basename(dossier.result_file.name)
    with dossier.result_file.open("rb") as handle:
        data = handle.read()
    content = ContentFile(data, name=name)
    kind = detect(content)
    item.original_name = f"{dossier.code or dossier.pk}-{name}"[:255]
    item.content_type = KINDS[kind][2] if kind else "application/octet-stream"
    item.size, item.sha256 = len(data), hashlib.sha256(data).hexdigest()
    item.file.save(item.original_name, content, save=False)


@transaction.atomic
def rehome_drafts(mapping: dict[int, Agency]) -> int:
    """A merger of agencies: unsubmitted drafts that chose an old desk choose the desk that took over."""
    moved = 0
    for draft in Draft.objects.select_for_update().filter(desk_id__in=list(mapping), submitted_at__isnull=True):
        draft.desk = mapping[draft.desk_id]
        draft.save(update_fields=["desk"])
        moved += 1
    return moved
