"""Giải quyết: hand-overs, assignment, sending back, notes, consultations and liên thông."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.core.text import nfc
from motcua.orgs.models import Agency

from .. import clock, lifecycle, policy, routing
from ..models import Dossier, DossierStep
from ..workflow import Action
from .shell import _open, _save, _transition

# --- processing ------------------------------------------------------------------------------


def _check_handler(step: DossierStep, handler) -> None:
    if handler is not None and not routing.eligible(handler, step):
        raise ValidationError(
            {"handler": [_("%(name)s cannot act on the step “%(step)s”.") % {"name": handler, "step": step.name}]}
        )


@transaction.atomic
def forward(dossier: Dossier, *, user, handler=None, note: str = "", revision: int | None = None, at=None) -> Dossier:
    """Hand the dossier over to the next step (transfer from the desk, or between units)."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.FORWARD)
    step = policy.require(user, Action.FORWARD, dossier, now)
    following = lifecycle.next_step(case, case.current or step)
    if following is not None and not lifecycle.is_return_step(case, following):
        _check_handler(following, handler)
    lifecycle.forward(case, now, by=user, handler=handler, note=nfc(note), actor=user)
    _save(case)
    return dossier


@transaction.atomic
def assign(dossier: Dossier, *, user, handler, revision: int | None = None, at=None) -> Dossier:
    """A unit head or the leader (re)assigns the current step to an official who may take it."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.ASSIGN)
    policy.require(user, Action.ASSIGN, dossier, now)
    step = case.current
    _check_handler(step, handler)
    lifecycle.assign(case, now, handler=handler, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def send_back(dossier: Dossier, *, user, reason: str, revision: int | None = None, at=None) -> Dossier:
    """Return the dossier to the previous step with a reason (approval refused, more work needed)."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.SEND_BACK)
    policy.require(user, Action.SEND_BACK, dossier, now)
    if not nfc(reason).strip():
        raise ValidationError({"reason": [_("Say why the dossier is sent back.")]})
    lifecycle.send_back(case, now, reason=nfc(reason).strip(), actor=user)
    _save(case)
    return dossier


@transaction.atomic
def add_note(dossier: Dossier, *, user, text: str, kind: str = "note", revision: int | None = None, at=None) -> Dossier:
    """A note, an appraisal remark or a site visit (time, place, participants, content)."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.NOTE)
    policy.require(user, Action.NOTE, dossier, now)
    text = nfc(text).strip()
    if not text:
        raise ValidationError({"text": [_("Write the note.")]})
    data = {"kind": kind if kind in ("note", "site_visit", "appraisal") else "note", "text": text}
    lifecycle.remark(case, Action.NOTE, now, data, step=case.current, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def consult(
    dossier: Dossier, *, user, unit: Agency, question: str, days: int = 2, revision: int | None = None, at=None
) -> Dossier:
    """Ask another unit's opinion, with a deadline for the answer (ND 61 Art 19(5))."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.CONSULT)
    policy.require(user, Action.CONSULT, dossier, now)
    question = nfc(question).strip()
    if not question:
        raise ValidationError({"question": [_("Write the question.")]})
    due = clock.engine.compute_due(now, days, "working_days", clock.calendar(dossier)).due_at
    data = {"unit": unit.pk, "unit_name": unit.name, "question": question, "due_at": due.isoformat()}
    lifecycle.remark(case, Action.CONSULT, now, data, step=case.current, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def answer(
    dossier: Dossier, *, user, consultation_seq: int, text: str, revision: int | None = None, at=None
) -> Dossier:
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.ANSWER)
    policy.require(user, Action.ANSWER, dossier, now, consultation_seq=consultation_seq)
    asked = dossier.events.filter(seq=consultation_seq, action=Action.CONSULT).first()
    unit = Agency.objects.get(pk=asked.data["unit"])
    text = nfc(text).strip()
    if not text:
        raise ValidationError({"text": [_("Write the answer.")]})
    data = {"consultation": consultation_seq, "text": text, "unit": unit.pk}
    lifecycle.remark(case, Action.ANSWER, now, data, actor=user)
    _save(case)
    return dossier


@transaction.atomic
def send_to_agency(dossier: Dossier, *, user, agency: Agency, task: str, budget: Decimal, revision=None, at=None):
    """Liên thông: insert a step at another agency with its task and time budget, and hand over to it."""
    case, now = _open(dossier, revision, at)
    dossier = case.dossier
    _transition(dossier, Action.INTERAGENCY)
    policy.require(user, Action.INTERAGENCY, dossier, now)
    task = nfc(task).strip()
    if not task:
        raise ValidationError({"task": [_("Describe the other agency's task.")]})
    budget = Decimal(str(budget))
    if budget < 0 or (budget * 2) % 1:
        raise ValidationError({"budget": [_("Give whole or half working days.")]})
    if agency.is_within(dossier.lead_agency):
        raise ValidationError({"agency": [_("Choose an agency outside the lead agency.")]})
    lifecycle.send_to_agency(case, now, agency=agency, task=task, budget=budget, by=user, actor=user)
    _save(case)
    return dossier
