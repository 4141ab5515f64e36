"""Petition messages come from editable notification templates, like the dossier ones (petitions.signals)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from motcua.core.models import OutboxMessage
from motcua.notifications import services
from motcua.notifications.defaults import DEFAULTS
from motcua.notifications.models import NotificationTemplate
from motcua.orgs.permissions import Role
from motcua.petitions import services as petitions

from ..dossiers.conftest import at
from ..petitions.conftest import PETITIONER, answered, petition_input

PETITION_EVENTS = ("petition_received", "petition_rejected", "petition_forwarded", "petition_answered")


def template(event: str, channel: str, language: str = "vi") -> NotificationTemplate:
    return NotificationTemplate.objects.get(event=event, channel=channel, language=language)


def payloads(petition, event: str) -> tuple[dict, dict]:
    key = f"petition-{petition.pk}-{event}"
    email = OutboxMessage.objects.get(idempotency_key=f"{key}-email")
    sms = OutboxMessage.objects.get(idempotency_key=f"{key}-sms")
    return email.payload, sms.payload


def test_every_petition_event_has_its_templates_installed_in_both_languages(db):
    for event in PETITION_EVENTS:
        for channel in ("email", "sms"):
            for language in ("vi", "en"):
                row = template(event, channel, language)
                assert (row.subject, row.body) == DEFAULTS[(event, channel, language)]
    assert "Phản ánh, kiến nghị" in template("petition_received", "email").subject


def test_the_default_vietnamese_receipt(tree):
    petition = petitions.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9, 0))
    email, sms = payloads(petition, "received")
    assert email["to"] == [PETITIONER["email"]] and email["petition"] == petition.pk
    assert email["subject"] == f"Phản ánh, kiến nghị {petition.code} của ông/bà đã được tiếp nhận"
    assert email["body"].startswith(f"Kính gửi ông/bà {PETITIONER['name']},")
    assert "Thủ tục cấp phiếu lý lịch tư pháp còn rườm rà" in email["body"]
    assert "https://dichvucong.laocai.gov.vn/petitions/" in email["body"]  # no account: the public list
    due = petition.due_at.astimezone(at(2026, 1, 1).tzinfo).strftime("%d/%m/%Y")
    assert sms["phone"] == "84977123456"
    assert sms["text"] == f"Sở Tư pháp đã tiếp nhận phản ánh, kiến nghị {petition.code} của ông/bà; hạn xử lý: {due}."


def test_an_edited_template_is_used_and_a_switched_off_one_is_not_sent(tree, officials):
    admin = officials[Role.PROVINCE_ADMIN]
    services.save_template(
        template("petition_answered", "email"),
        user=admin,
        subject="Kết quả xử lý kiến nghị {code}",
        body="Chào {petitioner}, {agency} trả lời: {answer}",
        is_active=True,
    )
    sms = template("petition_answered", "sms")
    services.save_template(sms, user=admin, subject="", body=sms.body, is_active=False)
    petition = answered(officials, petitions.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9, 0)))
    email = OutboxMessage.objects.get(idempotency_key=f"petition-{petition.pk}-answered-email").payload
    assert email["subject"] == f"Kết quả xử lý kiến nghị {petition.code}"
    assert email["body"] == f"Chào {PETITIONER['name']}, Sở Tư pháp trả lời: Sở đã kiến nghị bỏ yêu cầu này."
    assert not OutboxMessage.objects.filter(idempotency_key=f"petition-{petition.pk}-answered-sms").exists()
    # the receipt still uses its default text
    assert payloads(petition, "received")[0]["subject"].startswith("Phản ánh, kiến nghị")
    # and "reset to default" puts the shipped text back
    services.reset_template(template("petition_answered", "email"), user=admin)
    assert template("petition_answered", "email").body == DEFAULTS[("petition_answered", "email", "vi")][1]


def test_rejection_and_forwarding_carry_the_reason_and_the_body(tree, officials):
    desk = officials[Role.DESK_OFFICER]
    first = petitions.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9, 0))
    petitions.reject(first, user=desk, reason="Nội dung đã được trả lời", at=at(2026, 3, 9, 9, 0))
    email, sms = payloads(first, "rejected")
    assert "Lý do: Nội dung đã được trả lời" in email["body"]
    assert sms["text"].endswith("không được thụ lý: Nội dung đã được trả lời")
    second = petitions.submit(petition_input(tree.justice), at=at(2026, 3, 6, 9, 0))
    petitions.forward(second, user=desk, to=tree.construction, reason="Thuộc thẩm quyền", at=at(2026, 3, 9, 9, 0))
    email, sms = payloads(second, "forwarded")
    assert tree.construction.name in email["body"] and "Lý do: Thuộc thẩm quyền" in email["body"]
    assert sms["text"] == f"Phản ánh, kiến nghị {second.code} của ông/bà đã được chuyển đến {tree.construction.name}."


def test_an_english_speaking_petitioner_with_an_account_gets_english_and_a_link_to_their_petitions(tree, citizen):
    citizen.preferred_language = "en"
    citizen.save()
    petition = petitions.submit(petition_input(tree.justice), account=citizen, at=at(2026, 3, 6, 9, 0))
    email, sms = payloads(petition, "received")
    assert email["subject"] == f"Your petition {petition.code} was received" and email["language"] == "en"
    assert "https://dichvucong.laocai.gov.vn" + reverse("portal:my-petitions") in email["body"]
    assert sms["text"].startswith("Sở Tư pháp received your petition")


def test_a_petition_template_accepts_only_its_placeholders(officials):
    with pytest.raises(ValidationError) as caught:
        services.save_template(
            template("petition_received", "email"),
            user=officials[Role.PROVINCE_ADMIN],
            subject="Hồ sơ {appointment}",
            body="{lookup_url}",
            is_active=True,
        )
    assert "{appointment}" in str(caught.value) and "{lookup_url}" in str(caught.value)


def test_the_office_editor_lists_and_previews_petition_templates(login, officials):
    client = login(officials[Role.PROVINCE_ADMIN])
    listing = client.get(reverse("office:notification-templates")).content.decode()
    row = template("petition_forwarded", "email")
    assert reverse("office:notification-template-edit", args=[row.pk]) in listing
    response = client.post(
        reverse("office:notification-template-edit", args=[row.pk]),
        {"subject": "Kiến nghị {code}", "body": "Đã chuyển đến {forwarded_to}.", "is_active": "on", "preview": "1"},
    )
    body = response.content.decode()
    assert response.status_code == 200 and "Kiến nghị PAKN-H15.03-261125-0001" in body
    assert "Đã chuyển đến Sở Tài nguyên và Môi trường tỉnh Lào Cai." in body
