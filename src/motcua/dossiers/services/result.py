"""The result: decision, return, withdrawal, stop, and “4 tại chỗ”."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.catalogue.models import Procedure
from motcua.core.pdfpages import page_count
from motcua.core.text import nfc
from motcua.core.uploads import check_upload
from motcua.orgs.models import Agency

from .. import lifecycle, policy
from ..models import Dossier
from ..workflow import Action
from .intake import Applicant, ComponentInput, _version_for, receive
from .shell import _notify, _now, _open, _save, _transition

IMAGES = ("jpeg", "png")

# --- result ----------------------------------------------------------------------------------


@transaction.atomic
def decide(
    dossier: Dossier, *, user, outcome: str = "approved", result_file=None, reasons: str = "", revision=None, at=None
) -> Dossier:
    """The approved (or refused, with reasons) result: processing ends, early/on time/late is fixed."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.DECIDE)
    policy.require(user, Action.DECIDE, dossier, now)
    if outcome not in ("approved", "refused"):
        raise ValidationError({"outcome": [_("Choose approved or refused.")]})
    reasons = nfc(reasons).strip()
    if outcome == "refused" and not reasons:
        raise ValidationError({"reasons": [_("A refusal must give its reasons.")]})
    if outcome == "approved" and dossier.version.content.get("result_is_document", True) and not result_file:
        raise ValidationError({"result_file": [_("Attach the result document.")]})
    if result_file:
        checked = check_upload(result_file)
        _keep_result(dossier, result_file, checked)
    lifecycle.decide(case, now, outcome=outcome, reasons=reasons, by=user, actor=user)
    _save(case)
    _notify(dossier, "result_ready", at=now)
    return dossier


def _keep_result(dossier: Dossier, result_file, checked) -> None:
    """The result's e-copy (the electronic result, or the scan of a paper one, ND 118 Art 17(1)(c)):
    stored with its SHA-256 and, for a PDF, its pages."""
    dossier.result_sha256 = checked.sha256
    dossier.result_pages = page_count(result_file) if checked.kind == "pdf" else 1 if checked.kind in IMAGES else None
    dossier.result_file.save(result_file.name, result_file, save=False)


@transaction.atomic
def return_result(
    dossier: Dossier, *, user, received_by: str, method: str = "counter", revision: int | None = None, at=None
) -> Dossier:
    """The desk hands the result over (or posts it) and records who received it and when."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.RETURN)
    policy.require(user, Action.RETURN, dossier, now)
    received_by = nfc(received_by).strip()
    if not received_by:
        raise ValidationError({"received_by": [_("Enter who received the result.")]})
    if method not in ("counter", "post", "online"):
        raise ValidationError({"method": [_("Choose how the result was returned.")]})
    lifecycle.return_result(case, now, received_by=received_by, method=method, actor=user)
    _save(case)
    _notify(dossier, "returned", at=now)
    return dossier


@transaction.atomic
def withdraw(dossier: Dossier, *, user, reason: str = "", revision: int | None = None, at=None) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.WITHDRAW)
    policy.require(user, Action.WITHDRAW, dossier, now)
    lifecycle.end(case, Action.WITHDRAW, now, reason=nfc(reason).strip(), actor=user)
    _save(case)
    _notify(dossier, "withdrawn", at=now, reason=nfc(reason).strip())
    return dossier


@transaction.atomic
def stop(dossier: Dossier, *, user, reason: str, revision: int | None = None, at=None) -> Dossier:
    """Thông báo dừng giải quyết hồ sơ."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.STOP)
    policy.require(user, Action.STOP, dossier, now)
    reason = nfc(reason).strip()
    if not reason:
        raise ValidationError({"reason": [_("Give the reason for stopping.")]})
    lifecycle.end(case, Action.STOP, now, reason=reason, actor=user)
    _save(case)
    _notify(dossier, "stopped", at=now, reason=reason)
    return dossier


@transaction.atomic
def resolve_on_the_spot(
    *,
    user,
    desk: Agency,
    procedure: Procedure,
    applicant: Applicant,
    components: list[ComponentInput],
    result_file=None,
    case="",
    received_by="",
    at=None,
):
    """“4 tại chỗ”: received, appraised, approved and returned at the desk in one sitting."""
    now = _now(at)
    version = _version_for(procedure, now)
    if not version.on_the_spot:
        raise ValidationError({"procedure": [_("This procedure is not resolved on the spot.")]})
    dossier = receive(
        user=user, desk=desk, procedure=procedure, applicant=applicant, components=components, case=case, at=now
    )
    state, _at = _open(dossier, None, now)
    lifecycle.jump_to_last(state, now, handler=user)
    _save(state)
    dossier = state.dossier
    if lifecycle.is_return_step(state, state.steps[-1]):
        dossier = decide(dossier, user=user, result_file=result_file, at=now)
    return return_result(dossier, user=user, received_by=received_by or dossier.applicant_name, at=now)
