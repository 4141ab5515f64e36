import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from motcua.dossiers import services
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.workflow import Status, TransitionError
from motcua.orgs.permissions import Role

from .conftest import applicant, at, components, pdf


def _receive(officials, tree, procedure, when=None):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=when or at(2026, 3, 6, 10, 0),
    )


def test_receipt_gives_code_appointment_and_steps(officials, tree, procedure):
    dossier = _receive(officials, tree, procedure)
    assert dossier.code == "H15.03-260306-0001"
    assert dossier.status == Status.RECEIVED and dossier.national_status == 2
    # Friday 06/03/2026 + 3 working days → Wednesday 11/03/2026, end of the working day.
    assert dossier.due_at.astimezone(at(2026, 1, 1).tzinfo) == at(2026, 3, 11, 17, 0)
    steps = list(dossier.steps.order_by("seq"))
    assert [s.unit.code for s in steps] == ["H15.03", "H15.03.02", "H15.03.02", "H15.03", "H15.03"]
    assert steps[2].due_at == at(2026, 3, 11, 11, 30)  # 2.5 days → the morning of the third working day
    assert steps[1].due_at == at(2026, 3, 9, 17, 0)  # 1 day
    assert dossier.components.get(key="giay-chung-sinh").sha256
    second = _receive(officials, tree, procedure, at(2026, 3, 6, 11, 0))
    assert second.code == "H15.03-260306-0002"


def test_the_whole_walk_to_the_returned_result(officials, tree, procedure):
    dossier = _receive(officials, tree, procedure)
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 6, 14, 0))
    assert dossier.status == Status.PROCESSING and dossier.current_unit == tree.justice_unit
    dossier = services.forward(
        dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=at(2026, 3, 9, 8, 0)
    )
    assert dossier.handler == officials[Role.SPECIALIST]
    services.add_note(dossier, user=officials[Role.SPECIALIST], text="Đã xác minh tại chỗ", kind="site_visit")
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 10, 9, 0))
    dossier = services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 10, 15, 0))
    assert dossier.status == Status.DONE and dossier.verdict == "early" and dossier.result_file
    dossier = services.return_result(
        dossier, user=officials[Role.DESK_OFFICER], received_by="Nguyễn Văn An", at=at(2026, 3, 11, 8, 0)
    )
    assert dossier.status == Status.RETURNED and dossier.national_status == 10
    actions = list(dossier.events.values_list("action", "from_status", "to_status"))
    assert actions == [
        ("receive", "", "received"),
        ("forward", "received", "processing"),
        ("forward", "processing", "processing"),
        ("note", "processing", "processing"),
        ("forward", "processing", "processing"),
        ("decide", "processing", "done"),
        ("return", "done", "returned"),
    ]
    assert all(step.finished_at for step in dossier.steps.all())
    assert services.state_differences(dossier) == {}


def test_an_action_out_of_order_is_refused_and_changes_nothing(officials, tree, procedure):
    dossier = _receive(officials, tree, procedure)
    before = (dossier.revision, dossier.events.count())
    with pytest.raises(TransitionError):
        services.return_result(dossier, user=officials[Role.DESK_OFFICER], received_by="X")
    with pytest.raises(TransitionError):
        services.send_back(dossier, user=officials[Role.DESK_OFFICER], reason="x")
    with pytest.raises(PermissionDenied):  # allowed now, but it is the desk's step, not the leader's
        services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf())
    with pytest.raises(TransitionError):
        services.resubmit(dossier, user=officials[Role.DESK_OFFICER])
    dossier.refresh_from_db()
    assert (dossier.revision, dossier.events.count()) == before


def test_roles_and_agencies_are_checked(officials, other_official, citizen, tree, procedure):
    from ..conftest import make_staff

    other_desk = make_staff("otherdesk", tree.construction, Role.DESK_OFFICER)
    for user in (other_desk, citizen, officials[Role.SPECIALIST]):
        with pytest.raises(PermissionDenied):
            services.receive(
                user=user, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components()
            )
    assert not Dossier.objects.exists()
    dossier = _receive(officials, tree, procedure)
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER])
    with pytest.raises(PermissionDenied):  # a specialist cannot do the unit head's step
        services.forward(dossier, user=officials[Role.SPECIALIST])
    with pytest.raises(PermissionDenied):
        services.forward(dossier, user=other_official)
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST])
    colleague = make_staff("colleague", tree.justice_unit, Role.SPECIALIST)
    with pytest.raises(PermissionDenied):  # assigned to someone else
        services.forward(dossier, user=colleague)
    with pytest.raises(ValidationError):  # a desk officer cannot be the appraising specialist
        services.assign(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.DESK_OFFICER])


def test_missing_components_and_bad_files(officials, tree, procedure):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from motcua.dossiers.services import ComponentInput

    with pytest.raises(ValidationError) as error:
        services.receive(
            user=officials[Role.DESK_OFFICER],
            desk=tree.justice,
            procedure=procedure,
            applicant=applicant(),
            components=[ComponentInput("to-khai", received=True)],
        )
    assert "Giấy chứng sinh" in str(error.value)
    exe = SimpleUploadedFile("scan.pdf", b"MZ\x90\x00 not a pdf")
    with pytest.raises(ValidationError):
        services.receive(
            user=officials[Role.DESK_OFFICER],
            desk=tree.justice,
            procedure=procedure,
            applicant=applicant(),
            components=[ComponentInput("to-khai", received=True), ComponentInput("giay-chung-sinh", file=exe)],
        )
    with pytest.raises(ValidationError):
        services.receive(
            user=officials[Role.DESK_OFFICER],
            desk=tree.justice,
            procedure=procedure,
            applicant=services.Applicant(name="  "),
            components=components(),
        )
    assert not Dossier.objects.exists()


def test_names_are_normalised_to_nfc(officials, tree, procedure):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=services.Applicant(name=decomposed),
        components=components(),
    )
    assert dossier.applicant_name == unicodedata.normalize("NFC", "Nguyễn Thị Hoà")
    assert "nguyen thi hoa" in dossier.search_text


def test_intake_supplement_and_refusal_forms(officials, tree, procedure):
    incomplete = services.request_completion(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        items=[{"item": "Giấy chứng sinh", "reason": "Thiếu bản chính"}, {"item": "Tờ khai", "reason": "Chưa ký"}],
    )
    assert incomplete.status == Status.INTAKE_INCOMPLETE and incomplete.code is None
    with pytest.raises(ValidationError):  # the completed components must be recorded
        services.receive(user=officials[Role.DESK_OFFICER], dossier=incomplete)
    received = services.receive(user=officials[Role.DESK_OFFICER], dossier=incomplete, components=components())
    assert received.code and received.status == Status.RECEIVED
    assert received.components.filter(received=True).count() == 2
    refused = services.refuse_intake(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        reasons="Không thuộc thẩm quyền",
    )
    assert refused.status == Status.REFUSED and refused.national_status == 3
    with pytest.raises(ValidationError):
        services.request_completion(
            user=officials[Role.DESK_OFFICER],
            desk=tree.justice,
            procedure=procedure,
            applicant=applicant(),
            items=[{"item": "Tờ khai", "reason": ""}],
        )


def test_online_dossier_is_accepted_by_the_desk(officials, citizen, tree, procedure):
    dossier = services.submit_online(
        account=citizen,
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        return_method="post",
        at=at(2026, 3, 6, 20, 0),
    )
    assert dossier.status == Status.SUBMITTED and dossier.national_status == 1 and dossier.code is None
    dossier = services.receive(user=officials[Role.DESK_OFFICER], dossier=dossier, at=at(2026, 3, 9, 8, 0))
    assert dossier.code == "H15.03-260309-0001" and dossier.channel == 2
    assert dossier.return_method == "post"  # the citizen's choice survives the acceptance


def _to_appraisal(officials, tree, procedure, when):
    dossier = _receive(officials, tree, procedure, when)
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=when)
    return services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=when)


def test_supplement_restarts_the_clock_and_a_second_request_is_refused(officials, tree, procedure):
    dossier = _to_appraisal(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    items = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]
    dossier = services.request_supplement(
        dossier, user=officials[Role.SPECIALIST], items=items, at=at(2026, 3, 9, 9, 0)
    )
    assert dossier.status == Status.SUPPLEMENT and dossier.national_status == 5
    assert dossier.events.latest("seq").data["fault"] is False
    dossier = services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 16, 9, 0))
    assert dossier.status == Status.PROCESSING
    # the full 3 working days count again from Monday 16/03 → Thursday 19/03
    assert dossier.due_at.astimezone(at(2026, 1, 1).tzinfo).date() == dt.date(2026, 3, 19)
    assert dossier.pauses.get().ended_at is not None
    # a dossier of 2026 follows Decree 118/2025 (Art 11): only once (the 2018 rule: tests/dossiers/test_regime.py)
    with pytest.raises(ValidationError, match="chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần"):
        services.request_supplement(dossier, user=officials[Role.SPECIALIST], items=items, at=at(2026, 3, 17, 9, 0))
    assert Dossier.objects.get(pk=dossier.pk).supplement_requests == 1


def test_apology_only_near_the_due_date_and_only_once(officials, tree, procedure):
    dossier = _to_appraisal(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    with pytest.raises(ValidationError):  # three working days ahead: too early
        services.apologise(
            dossier,
            user=officials[Role.AGENCY_LEADER],
            reason="Cần xác minh thêm",
            new_due=dt.date(2026, 3, 20),
            at=at(2026, 3, 6, 11, 0),
        )
    dossier = services.apologise(
        dossier,
        user=officials[Role.AGENCY_LEADER],
        reason="Cần xác minh thêm",
        new_due=dt.date(2026, 3, 20),
        at=at(2026, 3, 10, 17, 0),
    )
    assert dossier.due_at.astimezone(at(2026, 1, 1).tzinfo).date() == dt.date(2026, 3, 20)
    assert dossier.original_due_at.astimezone(at(2026, 1, 1).tzinfo).date() == dt.date(2026, 3, 11)
    with pytest.raises(ValidationError):
        services.apologise(
            dossier,
            user=officials[Role.AGENCY_LEADER],
            reason="Lần hai",
            new_due=dt.date(2026, 3, 27),
            at=at(2026, 3, 19, 17, 0),
        )
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 18, 9, 0))
    dossier = services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 18, 10, 0))
    assert dossier.verdict == "late"  # measured against the legal appointment, not the apology's date


def test_interagency_step(officials, tree, procedure):
    from ..conftest import make_staff

    district_specialist = make_staff("bx.cv", tree.district, Role.SPECIALIST)
    dossier = _to_appraisal(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    dossier = services.send_to_agency(
        dossier,
        user=officials[Role.SPECIALIST],
        agency=tree.district,
        task="Xác nhận nơi cư trú",
        budget="1",
        at=at(2026, 3, 9, 9, 0),
    )
    assert dossier.current_unit == tree.district and dossier.current_step.interagency
    with pytest.raises(PermissionDenied):
        services.forward(dossier, user=officials[Role.SPECIALIST])
    dossier = services.forward(dossier, user=district_specialist, at=at(2026, 3, 10, 9, 0))
    # the answer comes back to the specialist who asked, who carries on to the approval
    assert dossier.current_unit == tree.justice_unit and dossier.handler == officials[Role.SPECIALIST]
    assert dossier.current_step.name.startswith("Thẩm định")
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 10, 10, 0))
    assert dossier.current_unit == tree.justice and dossier.current_step.name == "Phê duyệt"
    seqs = list(dossier.steps.values_list("seq", flat=True))
    assert seqs == [1, 2, 3, 4, 5, 6, 7]


def test_withdraw_and_stop(officials, citizen, tree, procedure):
    online = services.submit_online(
        account=citizen, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components()
    )
    assert services.withdraw(online, user=citizen, reason="Không còn nhu cầu").status == Status.WITHDRAWN
    dossier = _receive(officials, tree, procedure)
    with pytest.raises(ValidationError):
        services.stop(dossier, user=officials[Role.AGENCY_LEADER], reason="")
    assert services.stop(dossier, user=officials[Role.AGENCY_LEADER], reason="Theo đề nghị").national_status == 8


def test_concurrent_officials_one_wins(officials, tree, procedure):
    dossier = _receive(officials, tree, procedure)
    seen = dossier.revision
    services.forward(dossier, user=officials[Role.DESK_OFFICER], revision=seen)
    with pytest.raises(services.ConcurrentChange):
        services.forward(dossier, user=officials[Role.DESK_OFFICER], revision=seen)


def test_events_are_append_only_and_state_can_be_rebuilt(officials, tree, procedure):
    from motcua.dossiers.models import AppendOnly

    dossier = _receive(officials, tree, procedure)
    event = dossier.events.get()
    with pytest.raises(AppendOnly):
        event.save()
    with pytest.raises(AppendOnly):
        event.delete()
    Dossier.objects.filter(pk=dossier.pk).update(status="done", due_at=None)
    dossier.refresh_from_db()
    wrong = services.state_differences(dossier)
    assert set(wrong) == {"status", "due_at"}
    services.rebuild_state(dossier)
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED and services.state_differences(dossier) == {}
    assert DossierEvent.objects.count() == 1


def test_on_the_spot(officials, tree, on_the_spot_procedure):
    quick = on_the_spot_procedure
    dossier = services.resolve_on_the_spot(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=quick,
        applicant=applicant(),
        components=components(),
        result_file=pdf(),
        at=at(2026, 3, 6, 9, 0),
    )
    assert dossier.status == Status.RETURNED and dossier.verdict == "early"
    assert [e.action for e in dossier.events.order_by("seq")] == ["receive", "decide", "return"]


def test_a_consulted_unit_may_view_and_answer(officials, tree, procedure):
    from motcua.dossiers import selectors

    from ..conftest import make_staff

    builder = make_staff("xd.cv", tree.construction, Role.SPECIALIST)
    dossier = _to_appraisal(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    assert not selectors.can_view(builder, dossier)
    dossier = services.consult(
        dossier, user=officials[Role.SPECIALIST], unit=tree.construction, question="Công trình có phép không?"
    )
    assert selectors.can_view(builder, dossier)
    asked = dossier.events.latest("seq")
    services.answer(dossier, user=builder, consultation_seq=asked.seq, text="Có giấy phép số 12/GPXD")
    with pytest.raises(ValidationError):
        services.answer(dossier, user=builder, consultation_seq=asked.seq, text="Lần hai")
