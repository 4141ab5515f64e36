"""Back office: the messages to citizens (templates, preview, reset) and the SMS simulator, province admin only."""

import pytest
from django.urls import reverse

from motcua.notifications.defaults import DEFAULTS
from motcua.notifications.models import NotificationTemplate, SimulatedSms
from motcua.orgs.permissions import Role

from ...conftest import make_staff

LIST = reverse("office:notification-templates")
SMS = reverse("office:notification-sms")


@pytest.fixture(autouse=True)
def english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def tpl(event="accepted", channel="email", language="vi") -> NotificationTemplate:
    return NotificationTemplate.objects.get(event=event, channel=channel, language=language)


def urls() -> list[tuple[str, str]]:
    pk = tpl().pk
    return [
        ("get", LIST),
        ("get", SMS),
        ("get", reverse("office:notification-template-edit", args=[pk])),
        ("post", reverse("office:notification-template-edit", args=[pk])),
        ("get", reverse("office:notification-template-reset", args=[pk])),
        ("post", reverse("office:notification-template-reset", args=[pk])),
    ]


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    for method, url in urls():
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/login" in response["Location"], url


@pytest.mark.parametrize("who", ["agency_admin", "desk", "other", "citizen", "inspector"])
def test_everyone_but_the_province_is_refused(login, officials, other_official, citizen, who):
    user = {
        "agency_admin": officials[Role.AGENCY_ADMIN],
        "desk": officials[Role.DESK_OFFICER],
        "inspector": officials[Role.INSPECTOR],
        "other": other_official,
        "citizen": citizen,
    }[who]
    client = login(user)
    before = tpl().body
    for method, url in urls():
        data = {"subject": "x", "body": "hacked", "is_active": "on"} if method == "post" else None
        response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
        assert response.status_code == 403, (who, url)
    assert tpl().body == before
    assert b"Messages to citizens" not in login(user).get(reverse("office:dashboard")).content


def test_the_province_admin_sees_every_template_and_the_menu(login, officials):
    client = login(officials[Role.PROVINCE_ADMIN])
    response = client.get(LIST)
    assert response.status_code == 200
    body = response.content.decode()
    for template in NotificationTemplate.objects.all():
        assert f'href="{reverse("office:notification-template-edit", args=[template.pk])}"' in body
    assert b"Apology and new appointment (form 04)" in response.content
    assert b"Messages to citizens" in client.get(reverse("office:dashboard")).content
    assert len(response.content) < 150_000


def test_preview_renders_sample_data_and_saves_nothing(login, officials):
    client = login(officials[Role.PROVINCE_ADMIN])
    url = reverse("office:notification-template-edit", args=[tpl().pk])
    page = client.get(url)
    assert page.status_code == 200 and "{appointment}" in page.content.decode()
    response = client.post(
        url, {"subject": "Mã hồ sơ {code}", "body": "Hẹn ngày {appointment}.", "is_active": "on", "preview": "1"}
    )
    body = response.content.decode()
    assert response.status_code == 200 and "Preview with sample data" in body
    assert "Mã hồ sơ H15.03-261125-0001" in body and "Hẹn ngày 16:30 28/11/2026." in body
    assert tpl().subject == DEFAULTS[("accepted", "email", "vi")][0]


def test_save_and_errors_tied_to_the_field(login, officials):
    client = login(officials[Role.PROVINCE_ADMIN])
    url = reverse("office:notification-template-edit", args=[tpl().pk])
    response = client.post(url, {"subject": "Hồ sơ {ma_ho_so}", "body": "Xin chào", "is_active": "on", "save": "1"})
    body = response.content.decode()
    assert response.status_code == 200 and 'id="id_subject_error"' in body and "{ma_ho_so}" in body
    assert 'aria-describedby="id_subject_error"' in body and 'aria-invalid="true"' in body
    assert tpl().subject == DEFAULTS[("accepted", "email", "vi")][0]
    response = client.post(url, {"subject": "Hồ sơ {code}", "body": "Xin chào {applicant}", "save": "1"})
    assert response.status_code == 302 and response["Location"] == LIST
    saved = tpl()
    assert (saved.subject, saved.body, saved.is_active) == ("Hồ sơ {code}", "Xin chào {applicant}", False)
    assert saved.updated_by == officials[Role.PROVINCE_ADMIN]


def test_an_sms_has_no_subject_and_a_length_limit(login, officials):
    client = login(officials[Role.PROVINCE_ADMIN])
    sms = tpl(channel="sms")
    url = reverse("office:notification-template-edit", args=[sms.pk])
    assert 'name="subject"' not in client.get(url).content.decode()
    response = client.post(url, {"body": "Hồ sơ {code} đã được tiếp nhận. " * 20, "is_active": "on", "save": "1"})
    body = response.content.decode()
    assert 'id="id_body_error"' in body and "459" in body
    assert tpl(channel="sms").body == sms.body


def test_reset_puts_back_the_default(login, officials):
    client = login(officials[Role.PROVINCE_ADMIN])
    template = tpl(language="en")
    template.body, template.is_active = "changed", False
    template.save()
    url = reverse("office:notification-template-reset", args=[template.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.body == DEFAULTS[("accepted", "email", "en")][1] and template.is_active


def test_the_sms_simulator_lists_newest_first(login, officials):
    SimulatedSms.objects.create(phone="84912345678", text="Hồ sơ thứ nhất", provider_id="sim-1")
    SimulatedSms.objects.create(phone="84987654321", text="Hồ sơ thứ hai", provider_id="sim-2")
    body = login(officials[Role.PROVINCE_ADMIN]).get(SMS).content.decode()
    assert body.index("Hồ sơ thứ hai") < body.index("Hồ sơ thứ nhất")
    assert "84987654321" in body


def test_an_agency_admin_at_the_top_agency_may_edit(login, tree):
    admin = make_staff("topadmin", tree.province, Role.AGENCY_ADMIN)
    assert login(admin).get(LIST).status_code == 200
