"""Evaluation: only after the result, once, validated, with snapshots, audited."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Channel
from motcua.evaluations import services
from motcua.evaluations.models import Evaluation
from motcua.evaluations.services import ALREADY_RATED, RESULT_NOT_READY
from motcua.orgs.permissions import Role

from ..conftest import make_staff
from .conftest import at

ANSWERS = {"satisfaction": "very_satisfied", "time": "earlier", "attitude": "polite", "online_quality": "satisfied"}


def test_rated_online_by_the_owner_after_the_result_with_snapshots(flow, citizen, officials, tree):
    dossier = flow.returned()
    evaluation = services.rate(
        dossier, by_user=citizen, channel="online", answers=ANSWERS, comment="  Cán bộ nhiệt tình  ", at=at(2026, 3, 12)
    )
    evaluation.refresh_from_db()
    assert evaluation.satisfaction == "very_satisfied" and evaluation.time == "earlier"
    assert evaluation.online_quality == "satisfied" and evaluation.bodies == ""
    assert evaluation.comment == "Cán bộ nhiệt tình"
    # the deciding step is "Phê duyệt" of Sở Tư pháp, decided by the leader
    assert (evaluation.agency, evaluation.agency_name) == (tree.justice, "Sở Tư pháp")
    assert (evaluation.unit, evaluation.unit_name) == (tree.justice, "Sở Tư pháp")
    assert (evaluation.officer, evaluation.officer_name) == (officials[Role.AGENCY_LEADER], "leader")
    assert AuditEntry.objects.filter(object_type="evaluations.evaluation", object_id=str(evaluation.pk)).exists()


def test_officer_snapshot_is_the_step_handler_and_survives_renames(flow, citizen, officials, tree):
    dossier = flow.decided()
    step = dossier.events.get(action="decide").step
    step.handler = officials[Role.UNIT_HEAD]
    step.save()
    evaluation = services.rate(dossier, by_user=citizen, channel="online", answers={"satisfaction": "satisfied"})
    assert evaluation.officer == officials[Role.UNIT_HEAD]
    tree.justice.name = "Sở Tư pháp (mới)"
    tree.justice.save()
    evaluation.refresh_from_db()
    assert evaluation.agency_name == "Sở Tư pháp"


def test_only_after_the_result(flow, citizen):
    for dossier in (flow.submitted(), flow.received(), flow.supplemented()):
        with pytest.raises(ValidationError) as error:
            services.rate(dossier, by_user=citizen, channel="online", answers={"satisfaction": "satisfied"})
        assert str(RESULT_NOT_READY) in str(error.value)
        assert not services.can_rate(dossier)
    assert not Evaluation.objects.exists()


def test_only_once(flow, citizen, officials):
    dossier = flow.decided()
    assert services.can_rate(dossier)
    services.rate(dossier, by_user=citizen, channel="online", answers={"satisfaction": "satisfied"})
    assert not services.can_rate(dossier)
    with pytest.raises(ValidationError) as error:
        services.rate(dossier, by_user=officials[Role.DESK_OFFICER], channel="desk_device", answers=ANSWERS)
    assert str(ALREADY_RATED) in str(error.value)
    assert Evaluation.objects.count() == 1


def test_validation_errors_are_named(flow, citizen):
    dossier = flow.returned()
    with pytest.raises(ValidationError) as error:
        services.rate(dossier, by_user=citizen, channel="online", answers={"time": "yesterday", "colour": "red"})
    errors = error.value.message_dict
    assert set(errors) == {"satisfaction", "time", "__all__"}
    assert "colour" in errors["__all__"][0]
    with pytest.raises(ValidationError) as error:
        services.rate(dossier, by_user=citizen, channel="online", answers={"satisfaction": "ecstatic"})
    assert "satisfaction" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.rate(
            dossier, by_user=citizen, channel="online", answers={"satisfaction": "satisfied"}, comment="x" * 2001
        )
    assert "comment" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.rate(dossier, by_user=citizen, channel="carrier-pigeon", answers={"satisfaction": "satisfied"})
    assert not Evaluation.objects.exists()


def test_online_question_only_for_online_dossiers(flow, citizen, officials):
    dossier = flow.returned()
    dossier.channel = Channel.COUNTER
    dossier.save()
    with pytest.raises(ValidationError) as error:
        services.rate(dossier, by_user=officials[Role.DESK_OFFICER], channel="desk_device", answers=ANSWERS)
    assert "online_quality" in error.value.message_dict


def test_who_may_rate(flow, citizen, other_citizen, officials, tree):
    dossier = flow.returned()
    other_desk = make_staff("xd.desk", tree.construction, Role.DESK_OFFICER)
    refused = [
        (other_citizen, "online"),
        (officials[Role.DESK_OFFICER], "online"),  # a desk officer cannot rate "online" for the citizen
        (citizen, "desk_device"),  # the device is opened by the desk
        (other_desk, "desk_device"),
        (officials[Role.SPECIALIST], "desk_device"),
        (None, "online"),
    ]
    for user, channel in refused:
        with pytest.raises(PermissionDenied):
            services.rate(dossier, by_user=user, channel=channel, answers={"satisfaction": "satisfied"})
    assert not Evaluation.objects.exists()
    evaluation = services.rate(
        dossier, by_user=officials[Role.DESK_OFFICER], channel="desk_device", answers={"satisfaction": "not_satisfied"}
    )
    assert evaluation.channel == "desk_device" and evaluation.recorded_by == officials[Role.DESK_OFFICER]
