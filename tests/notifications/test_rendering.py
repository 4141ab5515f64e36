"""Templates: placeholders per event, vi/en defaults, checks made before saving."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from motcua.audit.models import AuditEntry
from motcua.notifications import rendering, services
from motcua.notifications.defaults import DEFAULTS
from motcua.notifications.models import Channel, Event, NotificationTemplate
from motcua.orgs.permissions import Role


def test_every_event_has_four_default_texts_installed(db):
    assert NotificationTemplate.objects.count() == len(Event) * 4
    for event in Event:
        for channel in Channel:
            for language in ("vi", "en"):
                row = NotificationTemplate.objects.get(event=event, channel=channel, language=language)
                assert row.is_active and row.body == DEFAULTS[(event, channel, language)][1]
                assert bool(row.subject) == (channel == Channel.EMAIL)


def test_defaults_pass_their_own_checks(db):
    for (event, channel, _language), (subject, body) in DEFAULTS.items():
        rendering.validate(event, channel, subject, body)


def test_render_in_vietnamese_and_english(db):
    values = rendering.sample_values()
    vi = rendering.render(Channel.EMAIL, *DEFAULTS[("accepted", "email", "vi")], values)
    assert vi.subject == "Hồ sơ H15.03-261125-0001 đã được tiếp nhận"
    assert "Ngày hẹn trả kết quả: 16:30 28/11/2026" in vi.body
    assert "https://dichvucong.laocai.gov.vn/lookup/H15.03-261125-0001/" in vi.body
    en = rendering.render(Channel.EMAIL, *DEFAULTS[("accepted", "email", "en")], values)
    assert en.subject == "Dossier H15.03-261125-0001 received"
    assert "Appointment for the result: 16:30 28/11/2026" in en.body


def test_items_are_lines_in_an_email_and_one_line_in_an_sms(db):
    values = {"items": [{"item": "Tờ khai", "reason": "thiếu chữ ký"}, {"item": "CCCD", "reason": "mờ"}]}
    email = rendering.render(Channel.EMAIL, "s", "Cần bổ sung:\n{items}", values)
    assert email.body == "Cần bổ sung:\n- Tờ khai: thiếu chữ ký\n- CCCD: mờ"
    sms = rendering.render(Channel.SMS, "", "Cần bổ sung:\n{items}", values)
    assert sms.body == "Cần bổ sung: Tờ khai (thiếu chữ ký); CCCD (mờ)"


def test_rendering_never_reaches_into_objects(db):
    text = rendering.render(Channel.EMAIL, "{code.__class__}", "{code} {unknown} {{code}}", {"code": "X"})
    assert text.subject == "{code.__class__}"
    assert text.body == "X {unknown} {X}"


def test_an_unknown_placeholder_is_refused_naming_the_field(db):
    with pytest.raises(ValidationError) as err:
        rendering.validate("submitted", Channel.EMAIL, "Hồ sơ {code}", "Kính gửi {applicant} {ma_ho_so}")
    # a submitted dossier has no code yet: {code} is not offered for this event
    assert set(err.value.message_dict) == {"subject", "body"}
    assert "{code}" in err.value.message_dict["subject"][0]
    assert "{ma_ho_so}" in err.value.message_dict["body"][0]


def test_an_sms_longer_than_three_segments_is_refused(db):
    short = "Hồ sơ {code} đã có kết quả. " * 10
    rendering.validate("result_ready", Channel.SMS, "", short)  # 10 × ~46 characters: fits
    with pytest.raises(ValidationError) as err:
        rendering.validate("result_ready", Channel.SMS, "", short + "Tra cứu: {lookup_url} " * 2)
    assert "459" in err.value.message_dict["body"][0]


def test_an_email_needs_a_one_line_subject(db):
    with pytest.raises(ValidationError) as err:
        rendering.validate("result_ready", Channel.EMAIL, "  ", "Hồ sơ {code}")
    assert list(err.value.message_dict) == ["subject"]


def test_the_province_admin_edits_and_resets_a_template(officials):
    admin = officials[Role.PROVINCE_ADMIN]
    template = NotificationTemplate.objects.get(event="accepted", channel="sms", language="vi")
    services.save_template(template, user=admin, subject="ignored", body="Đã nhận hồ sơ {code}.", is_active=False)
    template.refresh_from_db()
    assert (template.subject, template.body, template.is_active, template.updated_by) == (
        "",
        "Đã nhận hồ sơ {code}.",
        False,
        admin,
    )
    assert AuditEntry.objects.filter(object_type__endswith="notificationtemplate").exists()
    services.reset_template(template, user=admin)
    template.refresh_from_db()
    assert template.body == DEFAULTS[("accepted", "sms", "vi")][1] and template.is_active


def test_a_refused_edit_changes_nothing(officials):
    template = NotificationTemplate.objects.get(event="accepted", channel="email", language="vi")
    before = (template.subject, template.body)
    with pytest.raises(ValidationError):
        services.save_template(
            template, user=officials[Role.PROVINCE_ADMIN], subject="Hồ sơ {ma}", body="x", is_active=True
        )
    template.refresh_from_db()
    assert (template.subject, template.body) == before


@pytest.mark.parametrize("role", [Role.AGENCY_ADMIN, Role.DESK_OFFICER])
def test_only_the_province_may_edit_templates(officials, other_official, role):
    template = NotificationTemplate.objects.get(event="accepted", channel="email", language="vi")
    for user in (officials[role], other_official):
        with pytest.raises(PermissionDenied):
            services.save_template(template, user=user, subject="x", body="y", is_active=True)
        with pytest.raises(PermissionDenied):
            services.reset_template(template, user=user)
