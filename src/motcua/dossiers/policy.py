"""Who may do what on a dossier now: one answer for the services, the office page and the portal.

:func:`available_actions` lists the actions a user may take on a dossier at a moment;
:func:`require` refuses one action with the exception the services raise: ``TransitionError`` when the
status does not allow it (``workflow.TRANSITIONS``), ``PermissionDenied`` (audited through
``orgs.permissions.require``) when the user may not, ``ValidationError`` when the dossier's own state
forbids it now (the appointment was already moved, no earlier step to send back to, …). Both read the
same rules below, so what the page offers is what the service accepts. Pure reads: nothing is written
except the audit row of a refusal.

The rules (docs/dossiers.md, “Who may act”):

- intake (receive, request completion, refuse): the desk (``dossier.receive``) of the dossier's desk;
- step work (forward, decide, send back, consult, send to another agency, request a supplement, request
  fees): the current step's role in the step's unit and its handler, or someone who may reassign the
  step (:func:`can_act_on_step`); a supplement only once for a dossier of the 2025 regime
  (``lifecycle.supplement_refusal``, ND 118 Art 11);
- forward: not from the last processing step (the next open step is the return step or none);
- send back: only to an earlier processing step (never to the desk's receipt step);
- decide: on any step the user may act on — an early decision skips the steps left (as the service
  has always done; the office page used to offer it only on the last processing step or the leader's);
- assign: ``dossier.assign`` on the current step's unit;
- note: anyone who receives or processes dossiers for the desk, the lead agency or a step's unit;
- answer: ``dossier.process`` on the unit asked, once per consultation;
- record payment: the desk or a processing official involved, only while fees are due;
- resubmit, withdraw: the applicant's own account, or the desk;
- apologise (form 04): the desk, or an approver involved; once, and only from one working day before the
  appointment on, counted on the dossier's own calendar (``clock.due_within_one_working_day``);
- stop: an approver of the lead agency, or the desk;
- return the result: ``dossier.return`` at the desk where the applicant collects it (``collect_at``, else
  the receiving desk; ND 118 Art 14(2));
- send the paper originals to the competent agency: the receiving desk (``dossier.receive``), once, only
  when the desk is not inside the competent agency; record them received: the competent agency's desk
  (``dossier.receive`` on the agency or its service centre), once, after they were sent (``centres``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from motcua.orgs import permissions
from motcua.orgs import selectors as org_selectors
from motcua.orgs.permissions import Perm, Role

from . import centres, clock, lifecycle, routing
from .models import Dossier, DossierEvent, DossierStep
from .routing import ROLE_PERM
from .workflow import Action, Status, allowed_actions, target

__all__ = ["PermissionDenied", "available_actions", "can_act_on_step", "may_answer", "require"]

INTAKE = frozenset({Action.RECEIVE, Action.REQUEST_COMPLETION, Action.REFUSE_INTAKE})
STEP_WORK = frozenset(
    {
        Action.FORWARD,
        Action.DECIDE,
        Action.SEND_BACK,
        Action.CONSULT,
        Action.INTERAGENCY,
        Action.REQUEST_SUPPLEMENT,
        Action.REQUEST_PAYMENT,
    }
)
BY_APPLICANT = frozenset({Action.RESUBMIT, Action.WITHDRAW})

# A refusal: the permission and the agency it is reported against (``None``: no agency would do).
Denial = tuple[Perm, object]


def can_act_on_step(user, step: DossierStep | None) -> bool:
    """The step's role in the step's unit, and the assigned handler (or someone who may reassign)."""
    if step is None or step.finished_at is not None:
        return False
    if not routing.eligible(user, step):
        return False
    return step.handler_id in (None, user.pk) or permissions.can(user, Perm.ASSIGN_DOSSIER, step.unit)


class _Facts:
    """What the rules read about one dossier, read once (the steps in one query)."""

    def __init__(self, dossier: Dossier, steps: Iterable[DossierStep] | None = None):
        self.dossier = dossier
        self._steps = list(steps) if steps is not None else None

    @property
    def steps(self) -> list[DossierStep]:
        if self._steps is None:
            self._steps = list(self.dossier.steps.select_related("unit").order_by("seq"))
        return self._steps

    @property
    def step(self) -> DossierStep | None:
        return self.dossier.current_step if self.dossier.current_step_id else None

    def next_step(self) -> DossierStep | None:
        step = self.step
        return next((s for s in self.steps if s.seq > step.seq and s.finished_at is None), None)

    def previous_step(self) -> DossierStep | None:
        step = self.step
        return next((s for s in reversed(self.steps) if s.seq < step.seq), None)

    def is_return_step(self, step: DossierStep | None) -> bool:
        return step is not None and step.actor == Role.DESK_OFFICER and step.seq == self.steps[-1].seq

    def agencies(self) -> set:
        d = self.dossier
        return {d.agency, d.lead_agency, *(s.unit for s in self.steps)}


def _involved(user, facts: _Facts, perm: Perm) -> bool:
    """``perm`` on the desk, the lead agency or the unit of any of the dossier's steps."""
    return any(permissions.can(user, perm, agency) for agency in facts.agencies())


def _superuser(user) -> bool:
    return bool(getattr(user, "is_superuser", False) and user.is_active)


def _consultations(dossier: Dossier) -> tuple[list[DossierEvent], set]:
    events = list(dossier.events.filter(action__in=[Action.CONSULT, Action.ANSWER]).order_by("seq"))
    answered = {e.data.get("consultation") for e in events if e.action == Action.ANSWER}
    return [e for e in events if e.action == Action.CONSULT], answered


def may_answer(user, consultation: DossierEvent) -> bool:
    """``dossier.process`` on the unit asked by this consultation."""
    from motcua.orgs.models import Agency

    unit = Agency.objects.filter(pk=consultation.data.get("unit")).first()
    return unit is not None and permissions.can(user, Perm.PROCESS_DOSSIER, unit)


def _denial(user, action: Action, facts: _Facts, desk) -> Denial | None:
    """``None`` when the user may take ``action`` (by role and jurisdiction), else what is refused."""
    d = facts.dossier
    if action in INTAKE:
        return None if permissions.can(user, Perm.RECEIVE_DOSSIER, desk) else (Perm.RECEIVE_DOSSIER, desk)
    if action in STEP_WORK:
        step = facts.step
        if step is not None and can_act_on_step(user, step):
            return None
        return (ROLE_PERM[Role(step.actor)] if step else Perm.PROCESS_DOSSIER, None)
    if action == Action.ASSIGN:
        step = facts.step
        if step is None or permissions.can(user, Perm.ASSIGN_DOSSIER, step.unit):
            return None  # no step at all is a state problem, below
        return (Perm.ASSIGN_DOSSIER, step.unit)
    if action == Action.NOTE:
        if _involved(user, facts, Perm.PROCESS_DOSSIER) or _involved(user, facts, Perm.RECEIVE_DOSSIER):
            return None
        return (Perm.PROCESS_DOSSIER, None)
    if action == Action.RECORD_PAYMENT:
        if _involved(user, facts, Perm.RECEIVE_DOSSIER) or _involved(user, facts, Perm.PROCESS_DOSSIER):
            return None
        return (Perm.RECEIVE_DOSSIER, d.agency)
    if action in BY_APPLICANT:
        if d.account_id is not None and d.account_id == getattr(user, "pk", None):
            return None
        return None if permissions.can(user, Perm.RECEIVE_DOSSIER, d.agency) else (Perm.RECEIVE_DOSSIER, d.agency)
    if action == Action.APOLOGISE:
        if _involved(user, facts, Perm.APPROVE_DOSSIER) or permissions.can(user, Perm.RECEIVE_DOSSIER, d.agency):
            return None
        return (Perm.APPROVE_DOSSIER, d.lead_agency)
    if action == Action.STOP:
        if permissions.can(user, Perm.APPROVE_DOSSIER, d.lead_agency) or permissions.can(
            user, Perm.RECEIVE_DOSSIER, d.agency
        ):
            return None
        return (Perm.APPROVE_DOSSIER, d.lead_agency)
    if action == Action.RETURN:
        point = centres.return_point(d)
        return None if permissions.can(user, Perm.RETURN_RESULT, point) else (Perm.RETURN_RESULT, point)
    if action == Action.SEND_ORIGINALS:
        return None if permissions.can(user, Perm.RECEIVE_DOSSIER, d.agency) else (Perm.RECEIVE_DOSSIER, d.agency)
    if action == Action.RECEIVE_ORIGINALS:
        if permissions.can(user, Perm.RECEIVE_DOSSIER, d.lead_agency):
            return None
        desk = org_selectors.desk_of(d.lead_agency)
        return None if permissions.can(user, Perm.RECEIVE_DOSSIER, desk) else (Perm.RECEIVE_DOSSIER, desk)
    raise ValueError(f"no rule for {action}")  # ANSWER and SUBMIT are decided elsewhere


def _problem(action: Action, facts: _Facts, now: dt.datetime) -> str | None:
    """Why the dossier's own state forbids ``action`` now (a ``ValidationError`` message), or ``None``."""
    d = facts.dossier
    if action == Action.FORWARD:
        following = facts.next_step()
        if following is None or facts.is_return_step(following):
            return _("This is the last processing step: record the result instead.")
    elif action == Action.DECIDE:
        following = facts.next_step()
        last = following is None or facts.is_return_step(following)
        if facts.step is not None and not last and facts.step.actor != Role.AGENCY_LEADER:
            return _(
                "The result is decided on the last processing step or by the agency's leader: hand the dossier on."
            )
    elif action == Action.SEND_BACK:
        previous = facts.previous_step()
        if previous is None or previous.seq == 1:
            return _("There is no earlier processing step to send the dossier back to.")
    elif action == Action.ASSIGN:
        if facts.step is None:
            return _("There is no step to assign.")
    elif action == Action.REQUEST_SUPPLEMENT:
        return lifecycle.supplement_refusal(d)  # once only under the 2025 regime (dossiers/regime.py)
    elif action == Action.RECORD_PAYMENT:
        if d.status != Status.AWAITING_PAYMENT and d.fees_due <= d.fees_paid:
            return _("No fees are due on this dossier.")
    elif action == Action.SEND_ORIGINALS:
        state = centres.originals_state(d)
        if state != "at_desk":
            return _("The paper originals are already with the competent agency or on their way.")
    elif action == Action.RECEIVE_ORIGINALS:
        if centres.originals_state(d) != "sent":
            return _("The paper originals have not been sent, or were already received.")
    elif action == Action.APOLOGISE:
        if d.apologies:
            return _("The appointment was already moved once; it cannot be moved again.")
        if d.due_at is None or not clock.due_within_one_working_day(d, now):
            return _("An apology is issued when the appointment is less than one working day away.")
    return None


def _allowed(user, denial: Denial | None) -> bool:
    # ``orgs.permissions.require`` lets an active superuser through whatever the agency
    return denial is None or _superuser(user)


def available_actions(
    user, dossier: Dossier, now: dt.datetime, *, steps: Iterable[DossierStep] | None = None
) -> set[Action]:
    """The actions ``user`` may take on ``dossier`` at ``now`` (``steps``: the dossier's steps, if read)."""
    facts = _Facts(dossier, steps)
    status = Status(dossier.status) if dossier.status else None
    result = set()
    for action in allowed_actions(status):
        if action == Action.SUBMIT:
            continue
        if action == Action.ANSWER:
            consultations, answered = _consultations(dossier)
            if any(e.seq not in answered and may_answer(user, e) for e in consultations):
                result.add(action)
            continue
        if not _allowed(user, _denial(user, action, facts, dossier.agency)):
            continue
        if _problem(action, facts, now) is None:
            result.add(action)
    return result


def require(user, action: Action, dossier: Dossier | None, now: dt.datetime, **context) -> DossierStep | None:
    """Refuse ``action`` unless ``user`` may take it on ``dossier`` at ``now``; return the current step.

    Context: ``desk`` for an intake at the counter (no dossier yet), ``consultation_seq`` for an answer.
    Raises ``TransitionError``, ``PermissionDenied`` or ``ValidationError`` (see the module docstring).
    """
    action = Action(action)
    if action in INTAKE:  # the desk is checked before the state, as the counter always did
        desk = dossier.agency if dossier is not None else context.get("desk")
        if not permissions.can(user, Perm.RECEIVE_DOSSIER, desk):
            permissions.require(user, Perm.RECEIVE_DOSSIER, desk)
        target(action, Status(dossier.status) if dossier is not None and dossier.status else None)
        return None
    target(action, Status(dossier.status) if dossier.status else None)
    facts = _Facts(dossier)
    if action == Action.ANSWER:
        seq = context["consultation_seq"]
        asked = dossier.events.filter(seq=seq, action=Action.CONSULT).first()
        if asked is None:
            raise ValidationError(_("There is no such consultation."))
        if dossier.events.filter(action=Action.ANSWER, data__consultation=seq).exists():
            raise ValidationError(_("This consultation was already answered."))
        from motcua.orgs.models import Agency

        permissions.require(user, Perm.PROCESS_DOSSIER, Agency.objects.get(pk=asked.data["unit"]))
        return facts.step
    denial = _denial(user, action, facts, dossier.agency)
    if denial is not None:
        permissions.require(user, *denial)  # audited; an active superuser passes
    problem = _problem(action, facts, now)
    if problem is not None:
        raise ValidationError(problem)
    return facts.step
