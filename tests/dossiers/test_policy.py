"""``dossiers.policy``: the kinds of refusal, the rules the office page and the services used to disagree
on, and that asking what is offered writes nothing (the grid itself is in test_policy_grid.py)."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError

from motcua.audit.models import AuditEntry
from motcua.dossiers import policy, services
from motcua.dossiers.models import DossierEvent
from motcua.dossiers.workflow import Action, TransitionError
from motcua.orgs.permissions import Role

from ..conftest import make_staff
from .conftest import applicant, at, components, pdf

NOW = at(2026, 3, 9, 9, 0)


def _received(officials, tree, procedure):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 10, 0),
    )


def test_offering_writes_nothing(officials, other_official, tree, procedure):
    dossier = _received(officials, tree, procedure)
    audit, events = AuditEntry.objects.count(), DossierEvent.objects.count()
    for user in (AnonymousUser(), other_official, *officials.values()):
        policy.available_actions(user, dossier, NOW)
    assert (AuditEntry.objects.count(), DossierEvent.objects.count()) == (audit, events)
    assert policy.available_actions(AnonymousUser(), dossier, NOW) == set()
    assert policy.available_actions(other_official, dossier, NOW) == set()


def test_the_three_kinds_of_refusal(officials, other_official, tree, procedure):
    dossier = _received(officials, tree, procedure)
    desk = officials[Role.DESK_OFFICER]
    with pytest.raises(TransitionError):  # the status does not allow it
        policy.require(desk, Action.RETURN, dossier, NOW)
    with pytest.raises(PermissionDenied):  # the user may not
        policy.require(other_official, Action.FORWARD, dossier, NOW)
    with pytest.raises(ValidationError):  # the dossier's state forbids it now: the appointment is days away
        policy.require(desk, Action.APOLOGISE, dossier, NOW)
    assert policy.require(desk, Action.FORWARD, dossier, NOW) == dossier.current_step


def test_intake_at_the_counter_is_the_desks(officials, tree):
    builder_desk = make_staff("xd.motcua", tree.construction, Role.DESK_OFFICER)
    assert policy.require(officials[Role.DESK_OFFICER], Action.RECEIVE, None, NOW, desk=tree.justice) is None
    with pytest.raises(PermissionDenied):
        policy.require(builder_desk, Action.RECEIVE, None, NOW, desk=tree.justice)


def test_a_payment_is_recorded_only_while_fees_are_due(officials, tree, procedure):
    desk, specialist = officials[Role.DESK_OFFICER], officials[Role.SPECIALIST]
    dossier = services.forward(_received(officials, tree, procedure), user=desk, at=NOW)
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=specialist, at=NOW)
    assert dossier.fees_due == 0  # the procedure's fee is 0
    assert Action.RECORD_PAYMENT not in policy.available_actions(desk, dossier, NOW)
    with pytest.raises(ValidationError, match="không có phí"):
        services.record_payment(dossier, user=desk, amount=1000, at=NOW)
    dossier = services.request_payment(dossier, user=specialist, amount=1000, at=NOW)
    assert Action.RECORD_PAYMENT in policy.available_actions(desk, dossier, NOW)
    services.record_payment(dossier, user=desk, amount=1000, at=NOW)


def test_decide_only_on_the_last_processing_step_or_the_leaders(officials, tree, procedure):
    """The service used to accept a decision from whoever held the current step (the desk on its receipt
    step, a specialist mid-way), skipping the leader's approval; the page offered it only on the last
    processing step or the leader's. The page's rule is the rule, and the service keeps it."""
    o = officials
    dossier = _received(o, tree, procedure)
    desk, leader = o[Role.DESK_OFFICER], o[Role.AGENCY_LEADER]
    assert Action.DECIDE not in policy.available_actions(desk, dossier, NOW)
    with pytest.raises(ValidationError, match="lãnh đạo"):
        services.decide(dossier, user=desk, result_file=pdf(), at=NOW)
    for official in (desk, o[Role.UNIT_HEAD], o[Role.SPECIALIST]):  # to the leader's step (4 of 5)
        dossier = services.forward(dossier, user=official, at=NOW)
    assert Action.DECIDE in policy.available_actions(leader, dossier, NOW)
    dossier = services.decide(dossier, user=leader, result_file=pdf(), at=NOW)
    assert dossier.status == "done"


def test_apology_window_uses_the_dossiers_calendar_and_is_given_once(officials, tree, procedure):
    dossier = _received(officials, tree, procedure)  # appointment Wednesday 11/03/2026 17:00
    desk = officials[Role.DESK_OFFICER]
    assert Action.APOLOGISE not in policy.available_actions(desk, dossier, at(2026, 3, 9, 16, 0))
    late = at(2026, 3, 11, 9, 0)
    assert Action.APOLOGISE in policy.available_actions(desk, dossier, late)
    dossier = services.apologise(dossier, user=desk, reason="Chậm", new_due=dt.date(2026, 3, 12), at=late)
    assert Action.APOLOGISE not in policy.available_actions(desk, dossier, at(2026, 3, 12, 9, 0))
    with pytest.raises(ValidationError, match="đã được hẹn lại một lần"):
        policy.require(desk, Action.APOLOGISE, dossier, at(2026, 3, 12, 9, 0))


def test_a_counter_dossier_has_no_owner_to_withdraw_it(officials, tree, procedure):
    """The services compared ``dossier.account_id`` with ``user.pk``: on a counter dossier both are None for
    an anonymous user, which let anyone withdraw it. The owner must be an account."""
    dossier = _received(officials, tree, procedure)
    assert dossier.account_id is None
    assert Action.WITHDRAW not in policy.available_actions(AnonymousUser(), dossier, NOW)
    with pytest.raises(PermissionDenied):
        services.withdraw(dossier, user=AnonymousUser(), at=NOW)
    assert Action.WITHDRAW in policy.available_actions(officials[Role.DESK_OFFICER], dossier, NOW)
