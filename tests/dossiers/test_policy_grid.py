"""The grid of issue 15: role × status × step — an action is offered ⇔ the service accepts it.

Each case builds one dossier through the services (an online dossier of the citizen, on a procedure
with a fee and a five-step process), then for every user and every action asks
``policy.available_actions`` and calls the service with valid input inside a savepoint that is rolled
back. ``PermissionDenied``, ``TransitionError`` and ``ValidationError`` count as refused; anything
else fails the test. For the officials the office page (``Situation.actions``) must offer the same.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from motcua.dossiers import policy, routing, services
from motcua.dossiers.models import Dossier
from motcua.dossiers.workflow import Action, Status, TransitionError
from motcua.office.dossiers.views import _ACTION_OF, Situation
from motcua.orgs import services as org_services
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from ..conftest import make_staff
from .conftest import PROCESS, applicant, at, components, pdf

FEE = 50000
SUBMITTED_AT = at(2026, 3, 5, 20, 0)
RECEIVED_AT = at(2026, 3, 6, 10, 0)  # appointment: Wednesday 11/03/2026 17:00
WORK_AT = at(2026, 3, 9, 9, 0)
EARLY = at(2026, 3, 9, 10, 0)  # the appointment is more than one working day away
LATE = at(2026, 3, 11, 9, 0)  # less than one working day away: an apology is due

ACTIONS = [a for a in Action if a != Action.SUBMIT]


class Rollback(Exception):
    pass


@pytest.fixture
def fee_procedure(tree):
    sector()
    data = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        fees=[{"name": "Phí cấp phiếu", "kind": "fee", "amount": FEE, "exemptions": ""}],
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("2.000488", "new", data)], day=dt.date(2026, 1, 5))


@pytest.fixture
def people(officials, citizen, tree) -> dict:
    other = make_staff("other", tree.construction, Role.DESK_OFFICER)
    for role in (Role.SPECIALIST, Role.AGENCY_LEADER):
        org_services.assign_role(other, tree.construction, role)
    return {
        "desk officer": officials[Role.DESK_OFFICER],
        "specialist": officials[Role.SPECIALIST],
        "unit head": officials[Role.UNIT_HEAD],
        "agency leader": officials[Role.AGENCY_LEADER],
        "another agency's official": other,
        "citizen owner": citizen,
        "anonymous": AnonymousUser(),
        # not a user of the grid: the other handler of the “with another handler” case
        "_second specialist": make_staff("specialist2", tree.justice_unit, Role.SPECIALIST),
    }


# --- the dossiers ------------------------------------------------------------------------------


def _online(p, tree, procedure):
    return services.submit_online(
        account=p["citizen owner"],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=SUBMITTED_AT,
    )


def _received(p, tree, procedure):
    return services.receive(user=p["desk officer"], dossier=_online(p, tree, procedure), at=RECEIVED_AT)


def _step2(p, tree, procedure):  # the unit head's step, no handler yet
    return services.forward(_received(p, tree, procedure), user=p["desk officer"], at=WORK_AT)


def _step3(p, tree, procedure, handler="specialist"):  # the specialist's step (a middle step)
    return services.forward(_step2(p, tree, procedure), user=p["unit head"], handler=p[handler], at=WORK_AT)


def _step4(p, tree, procedure):  # the leader's step: the last processing step
    return services.forward(_step3(p, tree, procedure), user=p["specialist"], at=WORK_AT)


def _done(p, tree, procedure):  # the current step is the desk's return step
    return services.decide(_step4(p, tree, procedure), user=p["agency leader"], result_file=pdf(), at=WORK_AT)


def _paid(dossier, p):
    return services.record_payment(dossier, user=p["desk officer"], amount=FEE, at=WORK_AT)


ITEMS = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]

CASES = {
    "submitted": (lambda p, t, pr: _online(p, t, pr), EARLY),
    "intake incomplete": (
        lambda p, t, pr: services.request_completion(
            user=p["desk officer"], dossier=_online(p, t, pr), items=ITEMS, at=RECEIVED_AT
        ),
        EARLY,
    ),
    "refused": (
        lambda p, t, pr: services.refuse_intake(
            user=p["desk officer"], dossier=_online(p, t, pr), reasons="Không thuộc thẩm quyền", at=RECEIVED_AT
        ),
        EARLY,
    ),
    "received, first step, apology due": (_received, LATE),
    "received, first step, appointment far": (_received, EARLY),
    "processing, unit head's step without handler": (_step2, LATE),
    "processing, middle step with its handler": (_step3, LATE),
    "processing, middle step with another handler": (
        lambda p, t, pr: _step3(p, t, pr, handler="_second specialist"),
        LATE,
    ),
    "processing, last processing step": (_step4, EARLY),
    "processing, fees paid": (lambda p, t, pr: _paid(_step3(p, t, pr), p), EARLY),
    "processing, apology already given": (
        lambda p, t, pr: services.apologise(
            _step3(p, t, pr), user=p["agency leader"], reason="Cần xác minh", new_due=dt.date(2026, 3, 13), at=LATE
        ),
        at(2026, 3, 13, 9, 0),
    ),
    "processing, consultation open": (
        lambda p, t, pr: services.consult(
            _step3(p, t, pr), user=p["specialist"], unit=t.construction, question="Có phép không?", at=WORK_AT
        ),
        EARLY,
    ),
    "processing, another agency's step": (
        lambda p, t, pr: services.send_to_agency(
            _step3(p, t, pr), user=p["specialist"], agency=t.construction, task="Xác minh", budget=1, at=WORK_AT
        ),
        EARLY,
    ),
    "supplement": (
        lambda p, t, pr: services.request_supplement(_step3(p, t, pr), user=p["specialist"], items=ITEMS, at=WORK_AT),
        LATE,
    ),
    "awaiting payment": (
        lambda p, t, pr: services.request_payment(_step3(p, t, pr), user=p["specialist"], amount=FEE, at=WORK_AT),
        LATE,
    ),
    "withdrawn": (
        lambda p, t, pr: services.withdraw(_received(p, t, pr), user=p["citizen owner"], at=WORK_AT),
        EARLY,
    ),
    "stopped": (
        lambda p, t, pr: services.stop(_step3(p, t, pr), user=p["agency leader"], reason="Vi phạm", at=WORK_AT),
        EARLY,
    ),
    "done, return step, fees due": (_done, EARLY),
    "done, return step, fees paid": (lambda p, t, pr: _paid(_done(p, t, pr), p), EARLY),
    "returned": (
        lambda p, t, pr: services.return_result(_done(p, t, pr), user=p["desk officer"], received_by="An", at=WORK_AT),
        EARLY,
    ),
}


# --- one service call per action, with valid input ----------------------------------------------


def _official_for(step, p, tree):
    """Someone who may take ``step`` (its role in the grid's officials, or the other agency's)."""
    by_role = {
        Role.DESK_OFFICER: p["desk officer"],
        Role.SPECIALIST: p["specialist"],
        Role.UNIT_HEAD: p["unit head"],
        Role.AGENCY_LEADER: p["agency leader"],
    }
    for candidate in (by_role.get(step.actor), p["another agency's official"]):
        if candidate is not None and routing.eligible(candidate, step):
            return candidate
    return None


def _call(action: Action, dossier: Dossier, user, now, p, tree):
    step = dossier.current_step
    following = None
    if step is not None:
        following = dossier.steps.filter(seq__gt=step.seq, finished_at__isnull=True).order_by("seq").first()
    consultation = dossier.events.filter(action=Action.CONSULT).order_by("-seq").first()
    calls = {
        Action.RECEIVE: lambda: services.receive(user=user, dossier=dossier, at=now),
        Action.REQUEST_COMPLETION: lambda: services.request_completion(user=user, dossier=dossier, items=ITEMS, at=now),
        Action.REFUSE_INTAKE: lambda: services.refuse_intake(user=user, dossier=dossier, reasons="Sai", at=now),
        Action.FORWARD: lambda: services.forward(
            dossier, user=user, handler=_official_for(following, p, tree) if following else None, at=now
        ),
        Action.ASSIGN: lambda: services.assign(
            dossier, user=user, handler=_official_for(step, p, tree) if step else user, at=now
        ),
        Action.SEND_BACK: lambda: services.send_back(dossier, user=user, reason="Cần làm lại", at=now),
        Action.NOTE: lambda: services.add_note(dossier, user=user, text="Ghi chú", at=now),
        Action.CONSULT: lambda: services.consult(
            dossier, user=user, unit=tree.justice_unit, question="Ý kiến?", at=now
        ),
        Action.ANSWER: lambda: services.answer(
            dossier, user=user, consultation_seq=consultation.seq if consultation else 10**6, text="Có", at=now
        ),
        Action.INTERAGENCY: lambda: services.send_to_agency(
            dossier, user=user, agency=tree.district, task="Xác minh", budget=Decimal(1), at=now
        ),
        Action.REQUEST_SUPPLEMENT: lambda: services.request_supplement(dossier, user=user, items=ITEMS, at=now),
        Action.RESUBMIT: lambda: services.resubmit(dossier, user=user, at=now),
        Action.REQUEST_PAYMENT: lambda: services.request_payment(dossier, user=user, amount=FEE, at=now),
        Action.RECORD_PAYMENT: lambda: services.record_payment(dossier, user=user, amount=FEE, at=now),
        Action.APOLOGISE: lambda: services.apologise(
            dossier,
            user=user,
            reason="Chậm xác minh",
            new_due=(dossier.due_at or now).date() + dt.timedelta(days=7),
            at=now,
        ),
        Action.DECIDE: lambda: services.decide(dossier, user=user, result_file=pdf(), at=now),
        Action.RETURN: lambda: services.return_result(dossier, user=user, received_by="An", at=now),
        Action.WITHDRAW: lambda: services.withdraw(dossier, user=user, at=now),
        Action.STOP: lambda: services.stop(dossier, user=user, reason="Dừng", at=now),
        Action.SEND_ORIGINALS: lambda: services.send_originals(dossier, user=user, at=now),
        Action.RECEIVE_ORIGINALS: lambda: services.receive_originals(dossier, user=user, at=now),
    }
    return calls[action]


def _accepts(call) -> tuple[bool, str]:
    try:
        with transaction.atomic():
            call()
            raise Rollback
    except Rollback:
        return True, ""
    except (PermissionDenied, TransitionError, ValidationError) as exc:
        return False, f"{type(exc).__name__}: {' '.join(getattr(exc, 'messages', [str(exc)]))}"


def _fresh(pk: int) -> Dossier:
    return Dossier.objects.select_related("version", "agency", "lead_agency", "current_step__unit").get(pk=pk)


@pytest.mark.parametrize("case", list(CASES))
def test_offered_exactly_when_the_service_accepts(case, people, tree, fee_procedure):
    build, now = CASES[case]
    dossier = build(people, tree, fee_procedure)
    pk = dossier.pk
    slugs = {action: slug for slug, action in _ACTION_OF.items()}
    mismatches, offered_somewhere = [], set()
    for name, user in people.items():
        if name.startswith("_"):
            continue
        offered = policy.available_actions(user, _fresh(pk), now)
        offered_somewhere |= offered
        for action in ACTIONS:
            dossier = _fresh(pk)
            accepted, why = _accepts(_call(action, dossier, user, now, people, tree))
            if accepted != (action in offered):
                mismatches.append(f"{name} / {action}: offered={action in offered}, service: {why or 'accepted'}")
        if getattr(user, "is_official", False) or getattr(user, "account_type", "") == "staff":
            page = Situation(user, _fresh(pk), now).actions()
            assert page == [slugs[a] for a in _ACTION_OF.values() if a in offered and a in slugs], (name, page)
    assert not mismatches, "\n".join(mismatches)
    # every case offers something to someone, except the ended ones
    assert bool(offered_somewhere) == (
        _fresh(pk).status not in (Status.REFUSED, Status.WITHDRAWN, Status.STOPPED, Status.RETURNED)
    )


def test_the_grid_covers_every_status():
    """Every status of the workflow has at least one case (the first word of the case names it)."""
    named = {case.split(",")[0].replace(" ", "_") for case in CASES}
    assert {s.value for s in Status} <= named
