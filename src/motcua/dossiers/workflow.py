"""The dossier's life: one explicit transition table, mapped onto the national status codes 1–10.

An action not allowed in the current state is refused with a clear message and nothing changes.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted online, not yet received")
    INTAKE_INCOMPLETE = "intake_incomplete", _("Asked to complete before receipt")
    REFUSED = "refused", _("Refused at intake")
    RECEIVED = "received", _("Received")
    PROCESSING = "processing", _("Being processed")
    SUPPLEMENT = "supplement", _("Waiting for supplementary documents")
    AWAITING_PAYMENT = "awaiting_payment", _("Waiting for fees to be paid")
    WITHDRAWN = "withdrawn", _("Withdrawn by the applicant")
    STOPPED = "stopped", _("Processing stopped")
    DONE = "done", _("Result ready")
    RETURNED = "returned", _("Result returned")


# National status codes used for the DVCQG sync (legal.md §2.8).
NATIONAL_STATUS = {
    Status.SUBMITTED: 1,
    Status.INTAKE_INCOMPLETE: 5,
    Status.REFUSED: 3,
    Status.RECEIVED: 2,
    Status.PROCESSING: 4,
    Status.SUPPLEMENT: 5,
    Status.AWAITING_PAYMENT: 6,
    Status.WITHDRAWN: 7,
    Status.STOPPED: 8,
    Status.DONE: 9,
    Status.RETURNED: 10,
}

OPEN = frozenset({Status.RECEIVED, Status.PROCESSING, Status.SUPPLEMENT, Status.AWAITING_PAYMENT})
ENDED = frozenset({Status.REFUSED, Status.WITHDRAWN, Status.STOPPED, Status.DONE, Status.RETURNED})


class Action(models.TextChoices):
    SUBMIT = "submit", _("submitted online")
    RECEIVE = "receive", _("received; receipt slip issued")
    REQUEST_COMPLETION = "request_completion", _("asked to complete the dossier before receipt")
    REFUSE_INTAKE = "refuse_intake", _("refused at intake")
    FORWARD = "forward", _("handed over")
    ASSIGN = "assign", _("assigned")
    SEND_BACK = "send_back", _("sent back")
    NOTE = "note", _("note or site visit recorded")
    CONSULT = "consult", _("consultation requested")
    ANSWER = "answer", _("consultation answered")
    INTERAGENCY = "interagency", _("sent to another agency")
    REQUEST_SUPPLEMENT = "request_supplement", _("supplement requested")
    RESUBMIT = "resubmit", _("supplement received; clock restarted")
    REQUEST_PAYMENT = "request_payment", _("fees requested")
    RECORD_PAYMENT = "record_payment", _("fees paid")
    APOLOGISE = "apologise", _("apology and new appointment")
    DECIDE = "decide", _("result decided")
    RETURN = "return", _("result returned")
    WITHDRAW = "withdraw", _("withdrawn by the applicant")
    STOP = "stop", _("processing stopped")
    SEND_ORIGINALS = "send_originals", _("paper originals sent to the competent agency")
    RECEIVE_ORIGINALS = "receive_originals", _("paper originals received by the competent agency")


SAME = None  # the action leaves the status unchanged
_NEW = None  # the dossier does not exist yet

TRANSITIONS: dict[Action, tuple[frozenset, Status | None]] = {
    Action.SUBMIT: (frozenset({_NEW}), Status.SUBMITTED),
    Action.RECEIVE: (frozenset({_NEW, Status.SUBMITTED, Status.INTAKE_INCOMPLETE}), Status.RECEIVED),
    Action.REQUEST_COMPLETION: (frozenset({_NEW, Status.SUBMITTED}), Status.INTAKE_INCOMPLETE),
    Action.REFUSE_INTAKE: (frozenset({_NEW, Status.SUBMITTED, Status.INTAKE_INCOMPLETE}), Status.REFUSED),
    Action.FORWARD: (frozenset({Status.RECEIVED, Status.PROCESSING}), Status.PROCESSING),
    Action.ASSIGN: (frozenset({Status.RECEIVED, Status.PROCESSING}), SAME),
    Action.SEND_BACK: (frozenset({Status.PROCESSING}), SAME),
    Action.NOTE: (frozenset({Status.RECEIVED, Status.PROCESSING, Status.SUPPLEMENT, Status.AWAITING_PAYMENT}), SAME),
    Action.CONSULT: (frozenset({Status.PROCESSING}), SAME),
    Action.ANSWER: (frozenset({Status.PROCESSING, Status.SUPPLEMENT, Status.AWAITING_PAYMENT}), SAME),
    Action.INTERAGENCY: (frozenset({Status.PROCESSING}), SAME),
    Action.REQUEST_SUPPLEMENT: (frozenset({Status.PROCESSING}), Status.SUPPLEMENT),
    Action.RESUBMIT: (frozenset({Status.SUPPLEMENT}), Status.PROCESSING),
    Action.REQUEST_PAYMENT: (frozenset({Status.PROCESSING}), Status.AWAITING_PAYMENT),
    Action.RECORD_PAYMENT: (frozenset({Status.AWAITING_PAYMENT, Status.PROCESSING, Status.DONE}), SAME),
    Action.APOLOGISE: (frozenset(OPEN), SAME),
    Action.DECIDE: (frozenset({Status.RECEIVED, Status.PROCESSING}), Status.DONE),
    Action.RETURN: (frozenset({Status.DONE}), Status.RETURNED),
    Action.WITHDRAW: (frozenset({Status.SUBMITTED, Status.INTAKE_INCOMPLETE} | OPEN), Status.WITHDRAWN),
    Action.STOP: (frozenset(OPEN), Status.STOPPED),
    # phi địa giới (ND 118 Art 14(2)): the paper originals travel from the receiving desk to the competent agency
    Action.SEND_ORIGINALS: (frozenset(OPEN | {Status.DONE}), SAME),
    Action.RECEIVE_ORIGINALS: (frozenset(OPEN | {Status.DONE}), SAME),
}


class TransitionError(Exception):
    """An action that the dossier's current state does not allow."""


def target(action: Action, current: Status | None) -> Status | None:
    """The status after ``action`` from ``current``; raises ``TransitionError`` when not allowed."""
    allowed, to = TRANSITIONS[action]
    if current not in allowed:
        label = Status(current).label if current else _("not yet created")
        raise TransitionError(
            _("The action “%(action)s” is not possible while the dossier is “%(status)s”.")
            % {"action": Action(action).label, "status": label}
        )
    if action == Action.RECORD_PAYMENT and current == Status.AWAITING_PAYMENT:
        return Status.PROCESSING
    return current if to is SAME else to


def allowed_actions(current: Status | None) -> list[Action]:
    return [action for action, (allowed, _to) in TRANSITIONS.items() if current in allowed]
