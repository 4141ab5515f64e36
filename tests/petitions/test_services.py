"""The write path of petitions: receipt, code, deadlines, each transition, refusals, messages, audit."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from motcua.audit.models import AuditEntry
from motcua.core.models import OutboxMessage
from motcua.orgs.permissions import Role
from motcua.petitions import services
from motcua.petitions.models import AppendOnly, Petition, PetitionChannel, PetitionEvent, PetitionStatus
from motcua.petitions.services import TransitionError

from ..conftest import make_staff
from .conftest import PETITIONER, accepted, answered, at, petition_input


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(at(2026, 1, 1).tzinfo)


# --- receipt ---------------------------------------------------------------------------------------


def test_submit_gives_a_code_per_agency_and_day_and_a_15_working_day_deadline(tree, submitted):
    assert submitted.code == "PAKN-H15.03-260306-0001"
    assert submitted.status == PetitionStatus.RECEIVED
    assert submitted.channel == PetitionChannel.PORTAL
    # Friday 6 March 2026: day 1 is Monday 9 March, day 15 is Friday 27 March, end of the working day.
    assert local(submitted.due_at) == at(2026, 3, 27, 17, 0)
    assert local(submitted.forward_due_at) == at(2026, 3, 13, 17, 0)
    second = services.submit(petition_input(tree.justice), at=at(2026, 3, 6, 16, 0))
    other = services.submit(petition_input(tree.construction), at=at(2026, 3, 6, 16, 0))
    next_day = services.submit(petition_input(tree.justice), at=at(2026, 3, 9, 8, 0))
    assert second.code == "PAKN-H15.03-260306-0002"
    assert other.code == "PAKN-H15.07-260306-0001"
    assert next_day.code == "PAKN-H15.03-260309-0001"


def test_deadline_skips_weekends_and_public_holidays(tree):
    # Friday 24 April 2026: Hùng Kings' day (observed Monday 27 April), 30 April and 1 May are holidays.
    petition = services.submit(petition_input(tree.justice), at=at(2026, 4, 24, 9, 0))
    assert local(petition.due_at) == at(2026, 5, 20, 17, 0)
    assert local(petition.forward_due_at) == at(2026, 5, 6, 17, 0)


def test_a_petition_sent_on_a_saturday_counts_from_the_next_working_day(tree):
    petition = services.submit(petition_input(tree.justice), at=at(2026, 3, 7, 10, 0))
    assert local(petition.due_at) == at(2026, 3, 30, 17, 0)


def test_name_address_and_phone_are_required_and_errors_name_the_fields(tree):
    with pytest.raises(ValidationError) as caught:
        services.submit(petition_input(tree.justice, name=" ", address="", phone="12", title="", email="x@"))
    assert set(caught.value.message_dict) == {"name", "address", "phone", "title", "email"}
    assert Petition.objects.count() == 0


def test_unknown_procedure_or_dossier_code_and_a_unit_without_code_are_refused(tree):
    with pytest.raises(ValidationError) as caught:
        services.submit(petition_input(tree.justice, procedure="9.999999", dossier="H15.03-260101-9999"))
    assert set(caught.value.message_dict) == {"procedure", "dossier"}
    tree.justice.code = None
    with pytest.raises(ValidationError) as caught:
        services.submit(petition_input(tree.justice))
    assert "agency" in caught.value.message_dict
    with pytest.raises(ValidationError):
        services.submit(petition_input(None))


def test_submit_links_a_citizen_account_but_not_an_official(tree, citizen, officials):
    own = services.submit(petition_input(tree.justice), account=citizen)
    assert own.account == citizen
    official = services.submit(petition_input(tree.justice), account=officials[Role.DESK_OFFICER])
    assert official.account is None


def test_record_by_an_official_of_the_agency_with_an_earlier_receipt_date(tree, officials):
    petition = services.record(
        petition_input(tree.justice),
        user=officials[Role.DESK_OFFICER],
        channel=PetitionChannel.POST,
        received_at=at(2026, 3, 6, 9, 0),
        at=at(2026, 3, 9, 10, 0),
    )
    assert petition.channel == "post"
    assert local(petition.due_at) == at(2026, 3, 27, 17, 0)  # from the receipt, not from the typing
    event = petition.events.get()
    assert (event.action, event.actor) == ("record", officials[Role.DESK_OFFICER])


def test_record_refuses_another_agencys_official_a_citizen_and_a_portal_channel(
    tree, officials, other_official, citizen
):
    for user in (other_official, citizen, officials[Role.INSPECTOR]):
        with pytest.raises(PermissionDenied):
            services.record(petition_input(tree.justice), user=user, channel="post")
    with pytest.raises(ValidationError) as caught:
        services.record(petition_input(tree.justice), user=officials[Role.DESK_OFFICER], channel="portal")
    assert "channel" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        services.record(
            petition_input(tree.justice),
            user=officials[Role.DESK_OFFICER],
            channel="phone",
            received_at=at(2026, 3, 10, 9, 0),
            at=at(2026, 3, 9, 9, 0),
        )
    assert "received_at" in caught.value.message_dict
    assert Petition.objects.count() == 0
    assert (
        AuditEntry.objects.filter(action=AuditEntry.Action.DENIED, changes__permission="petition.handle").count() == 3
    )


# --- transitions -------------------------------------------------------------------------------------


def test_accept_assigns_the_handler_and_a_specialist_of_a_unit_may_then_answer(submitted, officials):
    specialist = officials[Role.SPECIALIST]  # holds its role in the unit below Sở Tư pháp
    petition = services.accept(submitted, user=officials[Role.AGENCY_LEADER], handler=specialist, at=at(2026, 3, 9, 9))
    assert (petition.status, petition.handler) == (PetitionStatus.PROCESSING, specialist)
    petition = services.answer(petition, user=specialist, text="Trả lời: đã sửa quy định.", at=at(2026, 3, 20, 9))
    assert petition.status == PetitionStatus.ANSWERED
    assert petition.handled_at == at(2026, 3, 20, 9)
    assert petition.handled_on_time is True
    assert [e.action for e in petition.events.all()] == ["submit", "accept", "answer"]
    assert [e.to_status for e in petition.events.all()] == ["received", "processing", "answered"]


def test_a_unit_specialist_not_assigned_may_not_act_on_the_agencys_petition(submitted, officials):
    with pytest.raises(PermissionDenied):
        services.accept(submitted, user=officials[Role.SPECIALIST])


def test_the_handler_must_handle_petitions_in_that_agency(submitted, officials, other_official, citizen):
    for handler in (other_official, citizen, officials[Role.INSPECTOR]):
        with pytest.raises(ValidationError) as caught:
            services.accept(submitted, user=officials[Role.DESK_OFFICER], handler=handler)
        assert "handler" in caught.value.message_dict
    assert Petition.objects.get(pk=submitted.pk).status == PetitionStatus.RECEIVED


def test_reject_needs_a_reason_and_is_handled(submitted, officials):
    with pytest.raises(ValidationError) as caught:
        services.reject(submitted, user=officials[Role.DESK_OFFICER], reason="  ")
    assert "reason" in caught.value.message_dict
    petition = services.reject(
        submitted,
        user=officials[Role.DESK_OFFICER],
        reason="Nội dung là khiếu nại, không phải PAKN.",
        at=at(2026, 3, 9),
    )
    assert petition.status == PetitionStatus.REJECTED
    assert petition.handled_at == at(2026, 3, 9)
    assert petition.reason.startswith("Nội dung")


def test_forward_ends_here_and_restarts_the_deadline_at_the_receiving_agency(submitted, officials, tree):
    new = services.forward(
        submitted,
        user=officials[Role.DESK_OFFICER],
        to=tree.construction,
        reason="Thuộc thẩm quyền Sở Xây dựng.",
        at=at(2026, 3, 12, 10, 0),
    )
    old = Petition.objects.get(pk=submitted.pk)
    assert old.status == PetitionStatus.FORWARDED
    assert old.forwarded_to == tree.construction
    assert old.forwarded_on_time is True  # within 5 working days (by 13 March)
    assert new.agency == tree.construction
    assert new.code == "PAKN-H15.07-260312-0001"
    assert new.status == PetitionStatus.RECEIVED
    assert new.forwarded_from == old
    assert new.petitioner_name == PETITIONER["name"]
    assert local(new.received_at) == at(2026, 3, 12, 10, 0)
    assert local(new.due_at) == at(2026, 4, 2, 17, 0)  # 15 working days from 12 March
    assert old.events.last().data == {"to": tree.construction.pk, "code": new.code, "on_time": True}
    assert new.events.get().action == "receive_forwarded"


def test_a_late_forward_is_recorded_as_late(submitted, officials, tree):
    services.forward(submitted, user=officials[Role.DESK_OFFICER], to=tree.construction, reason="x", at=at(2026, 3, 17))
    old = Petition.objects.get(pk=submitted.pk)
    assert old.forwarded_on_time is False
    assert old.events.last().data["on_time"] is False


def test_forward_refuses_the_same_agency_a_unit_and_no_agency(submitted, officials, tree):
    desk = officials[Role.DESK_OFFICER]
    for to in (tree.justice, tree.justice_unit, None):
        with pytest.raises(ValidationError) as caught:
            services.forward(submitted, user=desk, to=to, reason="x")
        assert "to" in caught.value.message_dict
    assert Petition.objects.count() == 1


def test_publish_checks_the_public_text_for_personal_data(submitted, officials):
    petition = accepted(officials, submitted)
    petition = services.answer(
        petition,
        user=officials[Role.DESK_OFFICER],
        text=f"Kính gửi bà {PETITIONER['name']}, số điện thoại 0977 123 456: Sở đã sửa quy định.",
    )
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        services.publish(petition, user=officials[Role.AGENCY_LEADER])
    assert "public_answer" in caught.value.message_dict
    assert "name" in caught.value.message_dict["public_answer"][0]
    assert "phone" in caught.value.message_dict["public_answer"][0]
    petition = services.publish(
        petition,
        user=officials[Role.AGENCY_LEADER],
        public_title="Giấy khai sinh trong hồ sơ lý lịch tư pháp",
        public_answer="Sở đã sửa quy định.",
        at=at(2026, 3, 11),
    )
    assert petition.status == PetitionStatus.PUBLISHED
    assert petition.published_at == at(2026, 3, 11)
    assert petition.public_answer == "Sở đã sửa quy định."
    assert petition.answer.startswith("Kính gửi")  # the letter to the petitioner is kept as sent


def test_invalid_transitions_are_refused_with_a_clear_error(submitted, officials):
    desk = officials[Role.DESK_OFFICER]
    with pytest.raises(TransitionError, match="“Received”: it cannot be answered now"), translation.override("en"):
        services.answer(submitted, user=desk, text="x")  # not accepted yet
    with pytest.raises(TransitionError, match="cannot be published now"), translation.override("en"):
        services.publish(submitted, user=desk)
    with pytest.raises(TransitionError):
        services.publish(submitted, user=desk)
    petition = answered(officials, submitted)
    for call in (
        lambda: services.accept(petition, user=desk),
        lambda: services.reject(petition, user=desk, reason="x"),
        lambda: services.answer(petition, user=desk, text="again"),
    ):
        with pytest.raises(TransitionError):
            call()
    petition = services.publish(petition, user=desk)
    with pytest.raises(TransitionError):
        services.publish(petition, user=desk)
    assert services.allowed_actions(petition) == []


def test_other_agency_official_citizen_and_inspector_may_not_act(submitted, other_official, citizen, officials):
    for user in (other_official, citizen, officials[Role.INSPECTOR]):
        for call in (
            lambda u: services.accept(submitted, user=u),
            lambda u: services.reject(submitted, user=u, reason="x"),
            lambda u: services.forward(submitted, user=u, to=other_official.staff_roles.get().agency, reason="x"),
        ):
            with pytest.raises(PermissionDenied):
                call(user)
    assert Petition.objects.get(pk=submitted.pk).status == PetitionStatus.RECEIVED


def test_province_admin_may_handle_any_agencys_petition(submitted, officials):
    petition = services.accept(submitted, user=officials[Role.PROVINCE_ADMIN])
    assert petition.status == PetitionStatus.PROCESSING


# --- history, audit, messages ------------------------------------------------------------------------


def test_every_change_leaves_an_audit_row_and_events_are_append_only(submitted, officials):
    petition = answered(officials, submitted)
    rows = AuditEntry.objects.filter(object_type="petitions.petition", object_id=str(petition.pk))
    assert list(rows.order_by("pk").values_list("action", flat=True)) == ["create", "update", "update"]
    assert rows.order_by("pk").last().changes["status"] == ["processing", "answered"]
    event = petition.events.first()
    with pytest.raises(AppendOnly):
        event.save()
    with pytest.raises(AppendOnly):
        event.delete()
    assert PetitionEvent.objects.count() == 3


def test_the_petitioner_is_told_by_email_and_sms_on_receipt_and_answer(submitted, officials):
    answered(officials, submitted)
    messages = OutboxMessage.objects.order_by("pk")
    assert [m.task for m in messages] == ["email.send", "sms.send", "email.send", "sms.send"]
    receipt, answer = messages[0].payload, messages[2].payload
    assert receipt["to"] == [PETITIONER["email"]]
    assert submitted.code in receipt["subject"]
    assert "Sở đã kiến nghị bỏ yêu cầu này." in answer["body"]
    assert messages[1].payload["phone"] == "84977123456"


def test_a_failed_action_queues_no_message(submitted, officials):
    before = OutboxMessage.objects.count()
    with pytest.raises(ValidationError):
        services.reject(submitted, user=officials[Role.DESK_OFFICER], reason="")
    assert OutboxMessage.objects.count() == before


def test_a_landline_gets_no_sms(tree):
    services.submit(petition_input(tree.justice, phone="0203 3840 123", email=""))
    assert not OutboxMessage.objects.exists()


def test_handlers_for_lists_the_agency_and_its_units(tree, officials, other_official):
    from motcua.petitions import selectors

    make_staff("commune", tree.commune, Role.DESK_OFFICER)
    names = set(selectors.handlers_for(tree.justice).values_list("username", flat=True))
    assert names == {"desk", "specialist", "unithead", "leader", "agencyadmin", "provadmin"}
