"""The citizen's part of the clock: supplements, fees and the apology with a new appointment."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.core.text import nfc
from motcua.core.uploads import check_upload

from .. import lifecycle, policy
from ..models import Dossier, DossierComponent
from ..workflow import Action
from .intake import ComponentInput, _intake_reasons
from .shell import _notify, _open, _save, _transition

# --- the citizen's part of the clock -------------------------------------------------------------


@transaction.atomic
def request_supplement(dossier: Dossier, *, user, items: list[dict], revision=None, at=None) -> Dossier:
    """After appraisal: ask for everything missing at once; the clock restarts on re-submission.

    Under the 2018 regime, asking after three working days from receipt, or a second time, is recorded as
    the agency's fault; a dossier received from 1 July 2025 may be asked only once (ND 118 Art 11,
    ``lifecycle.supplement_refusal``, ``dossiers/regime.py``).
    """
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.REQUEST_SUPPLEMENT)
    policy.require(user, Action.REQUEST_SUPPLEMENT, dossier, now)
    reasons = _intake_reasons(items)
    lifecycle.request_supplement(case, now, items=reasons, actor=user)
    _save(case)
    _notify(dossier, "supplement_requested", at=now, items=reasons)
    return dossier


@transaction.atomic
def resubmit(
    dossier: Dossier,
    *,
    user,
    components: list[ComponentInput] | None = None,
    note: str = "",
    extra: list[tuple[str, object]] | None = None,
    revision: int | None = None,
    at=None,
) -> Dossier:
    """The complete supplement arrives: the full limit counts again from now (ND 61 Art 19(4)).

    ``extra`` holds (item, file) for requested items that are not components of the procedure (free
    rows of form 02); each becomes a new component named after the item. ``note`` is the applicant's.
    """
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.RESUBMIT)
    policy.require(user, Action.RESUBMIT, dossier, now)
    for item in components or []:
        component = dossier.components.filter(key=item.key).first()
        if component is None:
            raise ValidationError({"components": [_("Unknown component %(key)s.") % {"key": item.key}]})
        if item.file:
            checked = check_upload(item.file)
            component.file.save(item.file.name, item.file, save=False)
            component.content_type, component.size, component.sha256 = (
                checked.content_type,
                checked.size,
                checked.sha256,
            )
        component.received = True
        component.save()
    for number, (item, upload) in enumerate(extra or [], start=dossier.components.count() + 1):
        checked = check_upload(upload)
        component = DossierComponent(
            dossier=dossier,
            key=f"extra-{number}",
            name=nfc(item).strip()[:1000] or _("Supplementary document"),
            received=True,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
        )
        component.file.save(upload.name, upload, save=False)
        component.save()
    lifecycle.resubmit(case, now, note=nfc(note).strip(), actor=user)
    _save(case)
    return dossier


@transaction.atomic
def request_payment(dossier: Dossier, *, user, amount: int, revision: int | None = None, at=None) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.REQUEST_PAYMENT)
    policy.require(user, Action.REQUEST_PAYMENT, dossier, now)
    if amount <= 0:
        raise ValidationError({"amount": [_("Give the amount to pay.")]})
    lifecycle.request_payment(case, now, amount=amount, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def record_payment(
    dossier: Dossier, *, user, amount: int, reference: str = "", revision: int | None = None, at=None
) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.RECORD_PAYMENT)
    policy.require(user, Action.RECORD_PAYMENT, dossier, now)
    if amount <= 0:
        raise ValidationError({"amount": [_("Give the amount paid.")]})
    lifecycle.record_payment(case, now, amount=amount, reference=reference, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def apologise(
    dossier: Dossier, *, user, reason: str, new_due: dt.date, revision: int | None = None, at=None
) -> Dossier:
    """Form 04: apology and a new appointment, at the latest one working day before the due date; once only."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.APOLOGISE)
    policy.require(user, Action.APOLOGISE, dossier, now)
    reason = nfc(reason).strip()
    if not reason:
        raise ValidationError({"reason": [_("Give the reason for the delay.")]})
    lifecycle.apologise(case, now, new_due=new_due, reason=reason, actor=user)
    _save(case)
    _notify(dossier, "apology", at=now, reason=reason, new_appointment=dossier.due_at)
    return dossier
