"""Issue 14, Medium 5: idle timeout, no lasting cookie for officials, log out everywhere, ending sessions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from motcua.audit.models import AuditEntry
from motcua.core.models import UserSession
from motcua.orgs.permissions import Role

from ..conftest import PASSWORD


def sign_in(user, **extra) -> Client:
    client = Client(**extra)
    response = client.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def signed_in(client: Client) -> bool:
    return client.get(reverse("office:dashboard")).status_code == 200


def age(user, minutes: int) -> None:
    UserSession.objects.filter(user=user).update(last_seen_at=timezone.now() - timedelta(minutes=minutes))


def test_an_official_is_signed_out_after_30_idle_minutes(officials):
    desk = officials[Role.DESK_OFFICER]
    client = sign_in(desk)
    age(desk, 29)
    assert signed_in(client)
    age(desk, 31)
    assert client.get(reverse("office:dashboard")).status_code == 302
    assert not UserSession.objects.filter(user=desk).exists()
    assert not signed_in(client)


def test_the_staff_idle_limit_is_configurable(officials):
    desk = officials[Role.DESK_OFFICER]
    client = sign_in(desk)
    age(desk, 11)
    with override_settings(STAFF_IDLE_MINUTES=10):
        assert not signed_in(client)


def test_a_citizen_keeps_the_session_age_unless_configured(citizen):
    client = sign_in(citizen)
    age(citizen, 120)
    assert client.get(reverse("portal:account")).status_code == 200
    age(citizen, 120)
    with override_settings(CITIZEN_IDLE_MINUTES=60):
        assert client.get(reverse("portal:account")).status_code == 302


def test_an_officials_cookie_ends_with_the_browser_a_citizens_does_not(officials, citizen):
    staff = Client()
    response = staff.post(reverse("login"), {"username": "desk", "password": PASSWORD})
    assert response.cookies["sessionid"]["max-age"] == "" and response.cookies["sessionid"]["expires"] == ""
    response = Client().post(reverse("login"), {"username": "citizen", "password": PASSWORD})
    assert response.cookies["sessionid"]["max-age"]


def test_admin_login_also_gets_the_policy(officials):
    admin = officials[Role.PROVINCE_ADMIN]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = Client()
    assert client.post("/admin/login/", {"username": "provadmin", "password": PASSWORD}).status_code == 302
    assert UserSession.objects.filter(user=admin).count() == 1
    age(admin, 31)
    assert client.get("/admin/").status_code == 302


def test_log_out_everywhere_else_keeps_this_browser(officials):
    desk = officials[Role.DESK_OFFICER]
    here, laptop, phone = sign_in(desk), sign_in(desk), sign_in(desk)
    page = here.get(reverse("sessions"))
    assert page.status_code == 200 and page.content.decode().count("<tr>") == 4  # header + three sessions
    assert "no-store" in page["Cache-Control"]
    refused = here.post(reverse("sessions"), {"password": "wrong"})
    assert refused.status_code == 400 and "mật khẩu hiện tại" in refused.content.decode()
    assert signed_in(laptop) and UserSession.objects.filter(user=desk).count() == 3
    here.post(reverse("sessions"), {"password": PASSWORD})
    assert signed_in(here) and not signed_in(laptop) and not signed_in(phone)
    assert UserSession.objects.filter(user=desk).count() == 1
    assert Session.objects.count() == 1  # the other two are gone from the session store too
    entry = AuditEntry.objects.filter(action="update", object_type="accounts.user").latest("pk")
    assert entry.changes == {"sessions_ended": 2} and entry.actor == desk


def test_wrong_passwords_here_count_towards_the_lockout(officials):
    desk = officials[Role.DESK_OFFICER]
    here, laptop = sign_in(desk), sign_in(desk)
    for _ in range(8):
        assert here.post(reverse("sessions"), {"password": "wrong"}).status_code == 400
    assert here.post(reverse("sessions"), {"password": PASSWORD}).status_code == 400
    assert signed_in(laptop)


def test_a_citizen_sees_only_their_own_sessions(citizen, officials):
    sign_in(officials[Role.DESK_OFFICER])
    client = sign_in(citizen)
    page = client.get(reverse("sessions")).content.decode()
    assert page.count("<tr>") == 2


def test_the_agency_admin_ends_a_staff_members_sessions_audited(officials):
    desk = officials[Role.DESK_OFFICER]
    desk_browser = sign_in(desk)
    admin = sign_in(officials[Role.AGENCY_ADMIN])
    response = admin.post(reverse("office:staff-sessions-end", args=[desk.pk]))
    assert response.status_code == 302
    assert not signed_in(desk_browser) and signed_in(admin)
    entry = AuditEntry.objects.filter(action="update", object_id=str(desk.pk)).latest("pk")
    assert entry.changes == {"sessions_ended": 1} and entry.actor == officials[Role.AGENCY_ADMIN]


@pytest.mark.parametrize("who", ["other", "desk", "citizen"])
def test_others_cannot_end_someones_sessions(officials, other_official, citizen, who):
    target = officials[Role.SPECIALIST]
    target_browser = sign_in(target)
    actor = {"other": other_official, "desk": officials[Role.DESK_OFFICER], "citizen": citizen}[who]
    response = sign_in(actor).post(reverse("office:staff-sessions-end", args=[target.pk]))
    assert response.status_code in (302, 403) and response.get("Location", "").find("login") == -1
    assert signed_in(target_browser)


def test_ending_needs_post(officials):
    admin = sign_in(officials[Role.AGENCY_ADMIN])
    assert admin.get(reverse("office:staff-sessions-end", args=[officials[Role.DESK_OFFICER].pk])).status_code == 405
