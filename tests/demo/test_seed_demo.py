"""The demo province (Lào Cai, 2019) and ``manage.py seed_demo``."""

from __future__ import annotations

import datetime
import io
import unicodedata

import pytest
from django.conf import settings
from django.core.management import call_command

from motcua.accounts.models import User
from motcua.audit.models import AuditEntry
from motcua.demo import loader
from motcua.orgs import services
from motcua.orgs.models import Agency, StaffRole
from motcua.orgs.permissions import Perm, Role, can
from motcua.orgs.validators import validate_child_code, validate_eid_code

DATA = loader.load_data()
DATA_COMMUNES = [node for _key, _parent, node in loader.walk(DATA["province"]) if node["level"] == "commune"]
DATA_COMMUNES = [node for node in DATA_COMMUNES if node["kind"] == "committee"]


@pytest.fixture
def demo(db) -> loader.SeedResult:
    return loader.seed_demo()


@pytest.fixture
def province(demo) -> Agency:
    return Agency.objects.get(code="H15")


def demo_tree(province: Agency):
    return Agency.objects.filter(path__startswith=province.path).select_related("parent")


def staff(username: str) -> User:
    return User.objects.get(username=username)


# --- the data file ---------------------------------------------------------------------------------


def test_data_file_has_the_164_communes_of_2019():
    assert len(DATA_COMMUNES) == 164
    kinds = [node["name"].split()[1] for node in DATA_COMMUNES]  # "UBND xã …", "UBND phường …"
    assert kinds.count("xã") == 143
    assert kinds.count("phường") == 12
    assert kinds.count("thị") == 9  # thị trấn
    assert DATA["source"]["year"] == 2019


def test_data_file_is_nfc():
    text = loader.DATA_FILE.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


# --- the loaded tree -------------------------------------------------------------------------------


def test_counts(province):
    tree = demo_tree(province)
    assert tree.filter(level="province", kind="committee", parent=None).count() == 1
    assert tree.filter(level="district", kind="committee").count() == 9
    assert tree.filter(level="commune", kind="committee").count() == len(DATA_COMMUNES)
    departments = tree.filter(parent=province).exclude(level="district")
    assert departments.count() >= 20
    assert departments.filter(name="Sở Tư pháp").exists()


def test_every_code_is_valid_unique_and_extends_its_parent(province):
    agencies = list(demo_tree(province))
    codes = [agency.code for agency in agencies if agency.code]
    assert len(codes) == len(set(codes))
    for agency in agencies:
        if agency.code:
            validate_eid_code(agency.code)
        if agency.code and agency.parent:
            validate_child_code(agency.parent.code or "", agency.code)


def test_every_commune_is_under_a_district(province):
    communes = demo_tree(province).filter(level="commune", kind="committee")
    assert all(commune.parent.level == "district" for commune in communes)
    assert {commune.parent.kind for commune in communes} == {"committee"}


def test_districts_are_historical(province):
    districts = demo_tree(province).filter(level="district", kind="committee")
    assert {district.valid_to for district in districts} == {datetime.date(2025, 6, 30)}
    assert not any(district.is_active for district in districts)


def test_agencies_were_created_through_the_services_and_audited(province):
    creates = AuditEntry.objects.filter(action=AuditEntry.Action.CREATE, object_type="orgs.agency")
    assert creates.count() == demo_tree(province).count()
    assert set(creates.values_list("path", flat=True)) == {loader.AUDIT_PATH}


# --- idempotence -----------------------------------------------------------------------------------


def snapshot() -> tuple[int, int, int, int]:
    creates = AuditEntry.objects.filter(action=AuditEntry.Action.CREATE).count()
    return Agency.objects.count(), User.objects.count(), StaffRole.objects.count(), creates


def test_second_run_changes_nothing_and_says_so(demo):
    assert demo.changed
    before = snapshot()
    out = io.StringIO()
    call_command("seed_demo", dossiers=0, stdout=out)
    assert snapshot() == before
    assert "nothing to do" in out.getvalue()


def test_edits_survive_a_rerun_unless_update_is_asked(province):
    justice = Agency.objects.get(code="H15.03")
    services.update_agency(justice, address="Số 1 đường thử, phường Cốc Lếu")
    assert not loader.seed_demo().changed
    assert Agency.objects.get(code="H15.03").address == "Số 1 đường thử, phường Cốc Lếu"
    result = loader.seed_demo(update=True)
    assert result.agencies_updated == 1
    assert Agency.objects.get(code="H15.03").address == ""


def test_missing_rows_are_filled_in(province):
    StaffRole.objects.filter(user__username="stp.motcua").delete()
    result = loader.seed_demo()
    assert (result.agencies_created, result.users_created, result.roles_created) == (0, 0, 1)


# --- accounts and permissions ----------------------------------------------------------------------


def test_demo_accounts_can_log_in_and_hold_their_roles(demo):
    for account in loader.DEMO_ACCOUNTS:
        user = staff(account.username)
        assert user.check_password(settings.DEMO_PASSWORD)
        assert user.account_type == account.account_type
        if account.role:
            assert user.staff_roles.filter(role=account.role).exists()
        else:
            assert not user.staff_roles.exists()


def test_desk_officer_sees_only_their_own_department(province):
    justice = Agency.objects.get(code=loader.JUSTICE)
    construction = Agency.objects.get(code=loader.CONSTRUCTION)
    desk = staff("stp.motcua")
    assert can(desk, Perm.VIEW_ORG, justice)
    assert can(desk, Perm.RECEIVE_DOSSIER, justice)
    assert not can(desk, Perm.VIEW_ORG, construction)
    assert not can(desk, Perm.VIEW_ORG, province)


def test_commune_officials_stay_in_their_commune(province):
    ward = Agency.objects.get(code=loader.WARD)
    other_ward = Agency.objects.get(code="H15.50.05")
    assert can(staff("cocleu.motcua"), Perm.RECEIVE_DOSSIER, ward)
    assert not can(staff("cocleu.motcua"), Perm.VIEW_ORG, other_ward)
    assert can(staff("tplc.lanhdao"), Perm.APPROVE_DOSSIER, ward)


def test_province_admin_manages_everything_but_does_no_official_s_work(province):
    admin = staff("tinh.admin")
    commune = Agency.objects.get(code="H15.51.02")  # xã A Mú Sung
    work = {Perm.RECEIVE_DOSSIER, Perm.PROCESS_DOSSIER, Perm.APPROVE_DOSSIER, Perm.RETURN_RESULT}
    for agency in (province, Agency.objects.get(code=loader.JUSTICE), commune):
        assert all(can(admin, perm, agency) for perm in set(Perm) - work)
        assert not any(can(admin, perm, agency) for perm in work)


def test_inspector_reads_but_does_not_act(province):
    inspector = staff("tinh.thanhtra")
    assert can(inspector, Perm.VIEW_AUDIT, province)
    assert not can(inspector, Perm.RECEIVE_DOSSIER, province)


def test_citizens_hold_no_staff_permission(demo):
    citizen = staff("congdan1")
    assert not can(citizen, Perm.VIEW_ORG, Agency.objects.get(code=loader.JUSTICE))


def test_demo_accounts_table():
    rows = loader.demo_accounts()
    assert len(rows) == len(loader.DEMO_ACCOUNTS)
    assert ("stp.motcua", str(Role.DESK_OFFICER.label), "Sở Tư pháp") in rows
    assert ("stp.chuyenvien", str(Role.SPECIALIST.label), "Phòng Hành chính tư pháp, Sở Tư pháp") in rows
    assert rows[-1][0] == "doanhnghiep1"


def test_command_prints_accounts_and_password(db):
    out = io.StringIO()
    call_command("seed_demo", dossiers=0, stdout=out)
    text = out.getvalue()
    assert "Demo province loaded" in text
    assert "tinh.admin" in text and "congdan3" in text
    assert settings.DEMO_PASSWORD in text
