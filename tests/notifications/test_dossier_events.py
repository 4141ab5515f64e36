"""Every dossier action tells the applicant by e-mail and SMS, in their language, inside the action's transaction."""

import datetime as dt

import pytest
from django.core import mail
from django.db import transaction

from motcua.core import outbox
from motcua.core.models import OutboxMessage
from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant
from motcua.notifications import selectors
from motcua.notifications import services as notifications
from motcua.notifications.models import NotificationTemplate, SimulatedSms
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, pdf

LOOKUP = "https://dichvucong.laocai.gov.vn/lookup/"


def sent(dossier, event: str, n: int = 1) -> tuple[dict, dict]:
    """The (e-mail, SMS) payloads queued for the n-th ``event`` of the dossier."""
    key = f"dossier-{dossier.pk}-{event}-{n}"
    email = OutboxMessage.objects.get(idempotency_key=f"{key}-email")
    sms = OutboxMessage.objects.get(idempotency_key=f"{key}-sms")
    assert (email.task, sms.task) == ("email.send", "sms.send")
    return email.payload, sms.payload


def receive(officials, tree, procedure, when=None, who=None):
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=who or applicant(),
        components=components(),
        at=when or at(2026, 3, 6, 10, 0),
    )


def online(citizen, tree, procedure, language="vi"):
    citizen.preferred_language = language
    citizen.save()
    return services.submit_online(
        account=citizen,
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 9, 15),
    )


def to_processing(officials, dossier):
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 6, 14, 0))
    return services.forward(
        dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=at(2026, 3, 6, 15, 0)
    )


def test_online_submission_in_english_then_acceptance(officials, tree, procedure, citizen):
    dossier = online(citizen, tree, procedure, language="en")
    email, sms = sent(dossier, "submitted")
    assert email["to"] == ["an@example.vn"] and email["subject"].startswith("Online dossier sent: Cấp phiếu")
    assert "09:15 06/03/2026" in email["body"] and "Sở Tư pháp" in email["body"]
    assert sms["phone"] == "84912345678" and sms["text"].startswith("Sở Tư pháp got your online dossier")
    dossier = services.receive(user=officials[Role.DESK_OFFICER], dossier=dossier, at=at(2026, 3, 6, 10, 0))
    email, sms = sent(dossier, "accepted")
    assert email["subject"] == f"Dossier {dossier.code} received" and email["language"] == "en"
    assert "Appointment for the result: 17:00 11/03/2026" in email["body"]
    assert f"{LOOKUP}{dossier.code}/" in sms["text"]


def test_a_counter_dossier_without_account_is_told_in_vietnamese(officials, tree, procedure):
    dossier = receive(officials, tree, procedure)
    email, sms = sent(dossier, "accepted")
    assert email["subject"] == f"Hồ sơ {dossier.code} đã được tiếp nhận"
    assert "Ngày hẹn trả kết quả: 17:00 11/03/2026" in email["body"]
    assert sms["text"] == (
        f"Hồ sơ {dossier.code} (Cấp phiếu lý lịch tư pháp) đã được tiếp nhận. "
        f"Hẹn trả kết quả: 17:00 11/03/2026. Tra cứu: {LOOKUP}{dossier.code}/"
    )


def test_completion_request_of_an_online_dossier_lists_the_items(officials, tree, procedure, citizen):
    dossier = online(citizen, tree, procedure)
    items = [{"item": "Tờ khai", "reason": "thiếu chữ ký"}, {"item": "Giấy chứng sinh", "reason": "ảnh mờ"}]
    services.request_completion(user=officials[Role.DESK_OFFICER], dossier=dossier, items=items)
    email, sms = sent(dossier, "completion_requested")
    assert "- Tờ khai: thiếu chữ ký\n- Giấy chứng sinh: ảnh mờ" in email["body"]
    assert "Tờ khai (thiếu chữ ký); Giấy chứng sinh (ảnh mờ)" in sms["text"]


def test_a_counter_completion_request_is_handed_over_not_sent(officials, tree, procedure):
    services.request_completion(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        items=[{"item": "Tờ khai", "reason": "thiếu"}],
    )
    assert not OutboxMessage.objects.exists()


def test_refusal_at_intake_is_sent_when_the_applicant_gave_contact_data(officials, tree, procedure):
    desk = officials[Role.DESK_OFFICER]
    dossier = services.refuse_intake(
        user=desk, desk=tree.justice, procedure=procedure, applicant=applicant(), reasons="Không thuộc thẩm quyền"
    )
    email, sms = sent(dossier, "refused")
    assert "Lý do: Không thuộc thẩm quyền" in sms["text"] and "Không thuộc thẩm quyền" in email["body"]
    services.refuse_intake(
        user=desk, desk=tree.justice, procedure=procedure, applicant=Applicant(name="Lò Văn Páo"), reasons="Sai"
    )
    assert OutboxMessage.objects.count() == 2


def test_each_supplement_request_gets_its_own_message(officials, tree, procedure, settings):
    # a second request exists only under the 2018 regime (ND 118 Art 11 allows one): keep 2026 under it
    settings.MOTCUA_REGIME_2025_FROM = dt.date(2027, 1, 1)
    dossier = to_processing(officials, receive(officials, tree, procedure))
    specialist = officials[Role.SPECIALIST]
    items = [{"item": "Bản sao CCCD", "reason": "không rõ"}]
    dossier = services.request_supplement(dossier, user=specialist, items=items, at=at(2026, 3, 9, 9, 0))
    dossier = services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 9, 14, 0))
    items = [{"item": "Giấy ủy quyền", "reason": "thiếu"}]
    services.request_supplement(dossier, user=specialist, items=items, at=at(2026, 3, 10, 9, 0))
    first, _ = sent(dossier, "supplement_requested", 1)
    second, sms = sent(dossier, "supplement_requested", 2)
    assert "Bản sao CCCD: không rõ" in first["body"] and "Giấy ủy quyền: thiếu" in second["body"]
    assert sms["text"].startswith(f"Hồ sơ {dossier.code} cần bổ sung: Giấy ủy quyền (thiếu).")


def test_apology_gives_the_reason_and_the_new_appointment(officials, tree, procedure):
    dossier = receive(officials, tree, procedure)
    services.apologise(
        dossier,
        user=officials[Role.DESK_OFFICER],
        reason="chờ xác minh của Công an tỉnh",
        new_due=dt.date(2026, 3, 13),
        at=at(2026, 3, 11, 9, 0),
    )
    email, sms = sent(dossier, "apology")
    assert "Lý do: chờ xác minh của Công an tỉnh" in email["body"]
    assert "Ngày hẹn trả kết quả mới: 13/03/2026" in email["body"]
    assert "Hẹn lại ngày 13/03/2026" in sms["text"]


def test_result_ready_and_returned(officials, tree, procedure):
    dossier = to_processing(officials, receive(officials, tree, procedure))
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 10, 9, 0))
    dossier = services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 3, 10, 15, 0))
    email, sms = sent(dossier, "result_ready")
    assert email["subject"] == f"Hồ sơ {dossier.code} đã có kết quả" and "nhận kết quả tại Sở Tư pháp" in sms["text"]
    services.return_result(dossier, user=officials[Role.DESK_OFFICER], received_by="Nguyễn Văn An", at=at(2026, 3, 11))
    email, sms = sent(dossier, "returned")
    assert "đã trả kết quả ngày 11/03/2026" in sms["text"]


def test_withdrawn_and_stopped(officials, tree, procedure):
    desk = officials[Role.DESK_OFFICER]
    first = receive(officials, tree, procedure)
    services.withdraw(first, user=desk, reason="Nộp nhầm thủ tục", at=at(2026, 3, 9, 8, 0))
    email, sms = sent(first, "withdrawn")
    assert "đã được rút theo yêu cầu ngày 09/03/2026" in sms["text"]
    second = receive(officials, tree, procedure)
    services.stop(second, user=desk, reason="Người yêu cầu đã chết", at=at(2026, 3, 9, 8, 0))
    email, sms = sent(second, "stopped")
    assert "Lý do: Người yêu cầu đã chết" in email["body"] and email["subject"].startswith("Thông báo dừng")


def test_a_rolled_back_action_sends_nothing(officials, tree, procedure):
    with pytest.raises(RuntimeError), transaction.atomic():
        receive(officials, tree, procedure)
        assert OutboxMessage.objects.count() == 2
        raise RuntimeError("the official's browser lost the connection")
    assert not Dossier.objects.exists() and not OutboxMessage.objects.exists()


def test_an_invalid_phone_skips_the_sms_not_the_action(officials, tree, procedure, caplog):
    who = applicant()
    who.phone = "02143840123"  # a landline
    dossier = receive(officials, tree, procedure, who=who)
    assert dossier.code
    assert list(OutboxMessage.objects.values_list("task", flat=True)) == ["email.send"]
    assert "SMS skipped" in caplog.text


def test_no_contact_data_no_message(officials, tree, procedure):
    receive(officials, tree, procedure, who=Applicant(name="Lò Văn Páo"))
    assert not OutboxMessage.objects.exists()


def test_an_edited_or_switched_off_template_is_used(officials, tree, procedure):
    admin = officials[Role.PROVINCE_ADMIN]
    sms = NotificationTemplate.objects.get(event="accepted", channel="sms", language="vi")
    notifications.save_template(sms, user=admin, subject="", body="Mã hồ sơ của bạn: {code}", is_active=True)
    email = NotificationTemplate.objects.get(event="accepted", channel="email", language="vi")
    email.is_active = False
    email.save()
    dossier = receive(officials, tree, procedure)
    assert [(m.task, m.payload.get("text")) for m in OutboxMessage.objects.all()] == [
        ("sms.send", f"Mã hồ sơ của bạn: {dossier.code}")
    ]


def test_the_officials_see_what_was_sent(officials, tree, procedure):
    dossier = receive(officials, tree, procedure)
    other = receive(officials, tree, procedure)
    assert outbox.drain() == 4
    rows = selectors.notifications_for(dossier)
    assert [(r.channel, r.event, r.recipient, r.status) for r in rows] == [
        ("email", "accepted", "an@example.vn", "done"),
        ("sms", "accepted", "84912345678", "done"),
    ]
    assert all(r.sent_at for r in rows) and len(selectors.notifications_for(other)) == 2
    assert [m.subject for m in mail.outbox] == [
        f"Hồ sơ {dossier.code} đã được tiếp nhận",
        f"Hồ sơ {other.code} đã được tiếp nhận",
    ]
    assert SimulatedSms.objects.filter(phone="84912345678").count() == 2
