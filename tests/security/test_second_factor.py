"""Issue 14, High 3: a second factor (TOTP, RFC 6238) for officials and administrators.

Enrolment, the code after the password (on every way in), codes used once, recovery codes used once,
roles that must enrol, reset by another administrator (audited), and the remembered computer.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from motcua.accounts import second_factor as factor
from motcua.accounts import totp
from motcua.accounts.models import RecoveryCode, RememberedDevice, SecondFactor
from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role
from tests.conftest import PASSWORD, make_staff

RFC_KEY = b"12345678901234567890"


@pytest.fixture
def required(settings):
    settings.MOTCUA_2FA_REQUIRED = True
    return settings


def enrolled(user, *, seconds_ago: int = 120) -> str:
    """Enrol ``user`` with a code from a while ago, so the current code has not been used yet."""
    secret = totp.new_secret()
    past = time.time() - seconds_ago
    assert factor.enrol(user, secret, totp.code_at(secret, past), now=past) is not None
    return secret


def password_login(client: Client, user) -> object:
    return client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})


# --- RFC 4226 / RFC 6238 ------------------------------------------------------------------------
def test_hotp_matches_rfc4226_appendix_d():
    expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]
    assert [totp.hotp(RFC_KEY, counter) for counter in range(10)] == expected


@pytest.mark.parametrize(
    ("unix_time", "code"),
    [
        (59, "94287082"),
        (1111111109, "07081804"),
        (1111111111, "14050471"),
        (1234567890, "89005924"),
        (2000000000, "69279037"),
        (20000000000, "65353130"),
    ],
)
def test_totp_matches_rfc6238_appendix_b_sha1(unix_time, code):
    assert totp.hotp(RFC_KEY, totp.step_at(unix_time), digits=8) == code


def test_codes_accepted_one_step_either_side_only():
    secret = totp.new_secret()
    now = 1_700_000_000
    for offset, accepted in ((-60, False), (-30, True), (0, True), (30, True), (60, False)):
        found = totp.matching_step(secret, totp.code_at(secret, now + offset), now)
        assert (found is not None) is accepted, offset


def test_window_zero_accepts_the_current_step_only(officials, settings):
    settings.MOTCUA_2FA_WINDOW = 0
    desk = officials[Role.DESK_OFFICER]
    secret = enrolled(desk, seconds_ago=300)
    now = time.time()
    assert factor.check(desk, totp.code_at(secret, now - 30), now=now) is False
    assert factor.check(desk, totp.code_at(secret, now), now=now) is True


def test_secrets_and_recovery_codes_are_random_and_recovery_codes_have_112_bits(officials):
    import math

    desk = officials[Role.DESK_OFFICER]
    assert len({totp.new_secret() for _ in range(20)}) == 20 and len(totp.new_secret()) == 32  # 160 bits
    codes = factor.new_recovery_codes(desk)
    plain = codes[0].replace("-", "")
    assert len(plain) * math.log2(len(set(factor._RECOVERY_ALPHABET))) >= 112
    assert len(set(codes)) == factor.RECOVERY_CODE_COUNT


# --- enrolment ----------------------------------------------------------------------------------------
def test_enrolment_through_the_page_stores_the_secret_encrypted_and_ten_hashed_recovery_codes(
    client, officials, required
):
    admin = officials[Role.PROVINCE_ADMIN]
    client.force_login(admin)
    page = client.get("/office/two-factor/")
    assert page.status_code == 200
    assert 'src="data:image/svg+xml' in page.content.decode()
    secret = client.session[factor.PENDING_KEY]
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in page.content.decode()

    wrong = client.post(
        "/office/two-factor/", {"code": "000000" if totp.code_at(secret, time.time()) != "000000" else "111111"}
    )
    assert wrong.status_code == 200 and not SecondFactor.objects.filter(user=admin).exists()

    done = client.post("/office/two-factor/", {"code": totp.code_at(secret, time.time())})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    stored = SecondFactor.objects.get(user=admin)
    assert secret not in stored.secret_encrypted
    hashes = set(RecoveryCode.objects.filter(user=admin).values_list("code_hash", flat=True))
    assert len(hashes) == 10 and not hashes & set(codes)
    # The secret is never shown again: the page now shows the state only.
    again = client.get("/office/two-factor/")
    assert secret not in again.content.decode() and factor.PENDING_KEY not in client.session
    assert client.get("/office/").status_code == 200


def test_citizens_cannot_enrol(client, citizen):
    client.force_login(citizen)
    assert client.get("/office/two-factor/").status_code == 403


# --- login with the code --------------------------------------------------------------------------------
def test_login_asks_for_the_code_after_the_password_and_then_opens_the_office(client, officials):
    desk = officials[Role.DESK_OFFICER]
    secret = enrolled(desk)  # voluntary: the desk officer's role does not require it
    response = password_login(client, desk)
    assert response.status_code == 302
    office = client.get("/office/")
    assert office.status_code == 302 and office.url.startswith("/office/two-factor/verify/")
    assert client.get("/api/v1/dossiers/").status_code == 403

    wrong = client.post("/office/two-factor/verify/", {"code": "12345", "next": "/office/"})
    assert wrong.status_code == 200
    assert AuditEntry.objects.filter(action=AuditEntry.Action.LOGIN_FAILED, actor_label=desk.username).count() == 1

    key_before = client.session.session_key
    ok = client.post("/office/two-factor/verify/", {"code": totp.code_at(secret, time.time()), "next": "/office/"})
    assert ok.status_code == 302 and ok.url == "/office/"
    assert client.session.session_key != key_before  # a new session key once the second step passes
    assert client.get("/office/").status_code == 200
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.LOGIN, actor=desk, changes={"second_factor": "totp"}
    ).exists()


def test_admin_site_login_also_asks_for_the_code(client, db):
    root = make_staff("root")
    root.is_staff = root.is_superuser = True
    root.save()
    enrolled(root)
    client.post("/admin/login/", {"username": "root", "password": PASSWORD, "next": "/admin/"})
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/office/two-factor/verify/")


def test_a_code_is_accepted_once(client, officials):
    desk = officials[Role.DESK_OFFICER]
    secret = enrolled(desk)
    code = totp.code_at(secret, time.time())
    assert factor.check(desk, code) is True
    assert factor.check(desk, code) is False  # replay in the same 90-second window
    # Another browser with the same code is refused too.
    other = Client()
    password_login(other, desk)
    refused = other.post("/office/two-factor/verify/", {"code": code, "next": "/office/"})
    assert refused.status_code == 200 and other.get("/office/").status_code == 302


def test_a_recovery_code_works_once(client, officials):
    desk = officials[Role.DESK_OFFICER]
    enrolled(desk)
    codes = factor.new_recovery_codes(desk)
    password_login(client, desk)
    ok = client.post("/office/two-factor/verify/", {"code": codes[3].upper(), "next": "/office/"})
    assert ok.status_code == 302 and client.get("/office/").status_code == 200
    assert factor.check(desk, codes[3]) is False
    assert factor.remaining_recovery_codes(desk) == 9


def test_wrong_codes_count_toward_the_login_lockout(client, officials):
    desk = officials[Role.DESK_OFFICER]
    secret = enrolled(desk)
    password_login(client, desk)
    for _ in range(8):
        client.post("/office/two-factor/verify/", {"code": "99999x"})
    locked = client.post("/office/two-factor/verify/", {"code": totp.code_at(secret, time.time())})
    assert locked.status_code == 200 and "15" in locked.content.decode()
    assert client.get("/office/").status_code == 302


# --- required roles ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("role", [Role.PROVINCE_ADMIN, Role.AGENCY_ADMIN, Role.INSPECTOR])
def test_required_role_is_kept_out_of_the_office_until_enrolled(client, officials, required, role):
    user = officials[role]
    password_login(client, user)
    for path in ("/office/", "/office/staff/", "/admin/"):
        response = client.get(path)
        assert response.status_code == 302 and response.url.startswith("/office/two-factor/?next="), path
    assert client.get("/api/v1/dossiers/").status_code == 403
    assert client.get("/office/two-factor/").status_code == 200


def test_other_roles_are_not_forced(client, officials, required):
    password_login(client, officials[Role.DESK_OFFICER])
    assert client.get("/office/").status_code == 200


def test_setting_off_lets_the_demo_administrators_in_with_the_password(client, officials, settings):
    settings.MOTCUA_2FA_REQUIRED = False
    password_login(client, officials[Role.PROVINCE_ADMIN])
    assert client.get("/office/").status_code == 200


def test_the_setting_defaults_on_outside_the_demo_and_tests():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "MOTCUA_2FA_REQUIRED"}
    env["DJANGO_SETTINGS_MODULE"] = "motcua.settings"
    env["MOTCUA_SECRET_KEY"] = "x" * 50
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    out = subprocess.run(
        [sys.executable, "-c", "from motcua import settings as s; print(s.MOTCUA_2FA_REQUIRED, s.MOTCUA_2FA_ROLES)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "True ['province_admin', 'agency_admin', 'inspector', 'province_wide']"


# --- reset by another administrator ----------------------------------------------------------------------
def test_reset_by_an_administrator_of_the_agency_is_audited(client, officials):
    desk, admin = officials[Role.DESK_OFFICER], officials[Role.AGENCY_ADMIN]
    enrolled(desk)
    factor.new_recovery_codes(desk)
    client.force_login(admin)
    response = client.post(f"/office/staff/{desk.pk}/two-factor/reset/")
    assert response.status_code == 302
    assert not SecondFactor.objects.filter(user=desk).exists()
    assert not RecoveryCode.objects.filter(user=desk).exists()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.UPDATE, object_id=str(desk.pk), actor=admin)
    assert entry.changes == {"second_factor": ["enrolled", "reset"]}


def test_reset_ends_the_verified_state_of_the_persons_open_sessions(client, officials, required):
    target = officials[Role.INSPECTOR]  # a role that must enrol
    secret = enrolled(target)
    password_login(client, target)
    client.post("/office/two-factor/verify/", {"code": totp.code_at(secret, time.time())})
    assert client.get("/office/").status_code == 200
    admin = Client()
    admin.force_login(officials[Role.PROVINCE_ADMIN])
    session = admin.session
    provadmin = officials[Role.PROVINCE_ADMIN]
    enrolled(provadmin)
    session[factor.SESSION_KEY] = [provadmin.pk, provadmin.second_factor.pk]
    session.save()
    assert admin.post(f"/office/staff/{target.pk}/two-factor/reset/").status_code == 302
    response = client.get("/office/")
    assert response.status_code == 302 and response.url.startswith("/office/two-factor/?next=")


def test_reset_of_oneself_is_refused(client, officials):
    admin = officials[Role.AGENCY_ADMIN]
    enrolled(admin)
    client.force_login(admin)
    session = client.session
    session[factor.SESSION_KEY] = [admin.pk, admin.second_factor.pk]
    session.save()
    assert client.post(f"/office/staff/{admin.pk}/two-factor/reset/").status_code == 403
    assert SecondFactor.objects.filter(user=admin).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DENIED, actor=admin).exists()


def test_reset_by_another_agencys_administrator_is_refused(client, officials, other_official):
    target = officials[Role.AGENCY_ADMIN]  # Sở Tư pháp; other_official administers Sở Xây dựng
    enrolled(target)
    client.force_login(other_official)
    assert client.post(f"/office/staff/{target.pk}/two-factor/reset/").status_code == 403
    assert SecondFactor.objects.filter(user=target).exists()


def test_an_agency_administrator_cannot_reset_the_province_administrator(client, officials):
    target = officials[Role.PROVINCE_ADMIN]
    enrolled(target)
    client.force_login(officials[Role.AGENCY_ADMIN])
    assert client.post(f"/office/staff/{target.pk}/two-factor/reset/").status_code == 403
    assert SecondFactor.objects.filter(user=target).exists()


# --- remembered computer ---------------------------------------------------------------------------
def test_remembered_computer_skips_the_code_until_the_end_of_the_day_and_reset_revokes_it(client, officials):
    desk = officials[Role.DESK_OFFICER]
    secret = enrolled(desk)
    password_login(client, desk)
    ok = client.post(
        "/office/two-factor/verify/",
        {"code": totp.code_at(secret, time.time()), "remember": "on", "next": "/office/"},
    )
    cookie = ok.cookies[factor.REMEMBER_COOKIE]
    assert cookie["httponly"] and cookie["expires"] and cookie["samesite"] == "Lax"
    client.post("/accounts/logout/")

    # Next login on this computer: no code asked (and the audit log says why).
    password_login(client, desk)
    assert client.get("/office/").status_code == 200
    assert AuditEntry.objects.filter(changes={"second_factor": "remembered computer"}, actor=desk).count() == 1
    client.post("/accounts/logout/")

    # Another official logging in on the same computer is still asked for theirs.
    leader = officials[Role.AGENCY_LEADER]
    enrolled(leader)
    password_login(client, leader)
    assert client.get("/office/").status_code == 302
    client.post("/accounts/logout/")

    # Reset by an administrator revokes the remembered computer.
    factor.reset(desk)
    enrolled(desk)
    password_login(client, desk)
    assert client.get("/office/").status_code == 302


def test_remembered_computer_expires_at_the_end_of_the_working_day(rf, officials):
    desk = officials[Role.DESK_OFFICER]
    enrolled(desk)
    morning = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0)
    value, expires = factor.remember_value(desk, now=morning)
    assert expires - morning == timedelta(hours=10)  # MOTCUA_2FA_REMEMBER_HOURS: one working day
    request = rf.get("/office/")
    request.user = desk
    request.COOKIES[factor.REMEMBER_COOKIE] = value
    assert factor.is_remembered(request, now=morning + timedelta(hours=9, minutes=59)) is True
    assert factor.is_remembered(request, now=morning + timedelta(hours=10)) is False
    late = morning.replace(hour=23, minute=30)
    assert factor.end_of_working_day(late) - late == timedelta(minutes=30)  # never past midnight
    request.COOKIES[factor.REMEMBER_COOKIE] = value[:-2] + "xx"  # tampered
    assert factor.is_remembered(request, now=morning) is False


def test_the_remembered_computer_is_a_server_side_record_that_log_out_everywhere_revokes(client, officials):
    desk = officials[Role.DESK_OFFICER]
    secret = enrolled(desk)
    password_login(client, desk)
    client.post("/office/two-factor/verify/", {"code": totp.code_at(secret, time.time()), "remember": "on"})
    device = RememberedDevice.objects.get(user=desk)
    assert device.revoked_at is None and len(device.token_hash) == 64
    assert device.token_hash not in client.cookies[factor.REMEMBER_COOKIE].value  # only the hash is kept
    client.post("/accounts/logout/")
    # From another computer the official ends their other sessions ("log out everywhere else").
    other = Client()
    password_login(other, desk)
    other.post("/office/two-factor/verify/", {"code": totp.code_at(secret, time.time() + 30)})
    assert other.post("/accounts/sessions/", {"password": PASSWORD}).status_code == 302
    device.refresh_from_db()
    assert device.revoked_at is not None
    # The remembered computer's cookie is still there, and still validly signed: the code is asked again.
    password_login(client, desk)
    response = client.get("/office/")
    assert response.status_code == 302 and response.url.startswith("/office/two-factor/verify/")


def test_an_administrator_ending_someones_sessions_revokes_their_remembered_computers(client, officials):
    desk = officials[Role.DESK_OFFICER]
    secret = enrolled(desk)
    password_login(client, desk)
    client.post("/office/two-factor/verify/", {"code": totp.code_at(secret, time.time()), "remember": "on"})
    client.post("/accounts/logout/")
    admin = Client()
    admin.force_login(officials[Role.AGENCY_ADMIN])
    assert admin.post(f"/office/staff/{desk.pk}/sessions/end/").status_code == 302
    password_login(client, desk)
    assert client.get("/office/").status_code == 302


def test_a_reset_deletes_the_remembered_computers(officials):
    desk = officials[Role.DESK_OFFICER]
    enrolled(desk)
    factor.remember_value(desk)
    factor.reset(desk)
    assert not RememberedDevice.objects.filter(user=desk).exists()


def test_any_role_at_the_top_of_the_tree_must_enrol(client, tree, required):
    planner = make_staff("planner", tree.province, Role.SPECIALIST)  # a specialist of the province committee
    password_login(client, planner)
    response = client.get("/office/")
    assert response.status_code == 302 and response.url.startswith("/office/two-factor/?next=")
    required.MOTCUA_2FA_ROLES = ["province_admin", "agency_admin", "inspector"]  # without "province_wide"
    assert client.get("/office/").status_code == 200


def test_the_required_roles_are_a_setting(client, officials, required):
    desk = officials[Role.DESK_OFFICER]
    password_login(client, desk)
    assert client.get("/office/").status_code == 200
    required.MOTCUA_2FA_ROLES = ["desk_officer"]
    response = client.get("/office/")
    assert response.status_code == 302 and response.url.startswith("/office/two-factor/?next=")


@pytest.mark.parametrize("role", list(Role))
def test_every_official_and_administrator_can_enrol_from_their_account_pages(client, officials, role):
    user = officials[role]
    client.force_login(user)
    assert 'href="/office/two-factor/"' in client.get("/office/").content.decode()  # the account links
    assert client.get("/office/two-factor/").status_code == 200
    code = totp.code_at(client.session[factor.PENDING_KEY], time.time())
    response = client.post("/office/two-factor/", {"code": code})
    assert response.status_code == 200 and RecoveryCode.objects.filter(user=user).count() == 10
    assert SecondFactor.objects.filter(user=user).exists()


def test_the_admin_sites_superuser_can_enrol_too(client, db):
    from motcua.accounts.models import User

    root = User.objects.create_superuser("root", "root@example.org", PASSWORD)
    client.force_login(root)
    assert 'href="/office/two-factor/"' in client.get("/", follow=True).content.decode()  # any page under base.html
    assert client.get("/office/two-factor/").status_code == 200
