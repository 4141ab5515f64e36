import pytest

from motcua.audit.models import AuditEntry
from motcua.orgs import permissions
from motcua.orgs.permissions import Perm, Role

# Written out by hand from the role descriptions, independent of ROLE_PERMS.
PETITIONS = {"petition.view", "petition.handle"}  # receive and handle feedback and petitions (PAKN)
EXPECTED = {
    Role.DESK_OFFICER: {"org.view", "dossier.view", "dossier.receive", "dossier.return"} | PETITIONS,
    Role.SPECIALIST: {"org.view", "dossier.view", "dossier.process"} | PETITIONS,
    Role.UNIT_HEAD: {"org.view", "dossier.view", "dossier.process", "dossier.assign", "report.view"} | PETITIONS,
    Role.AGENCY_LEADER: {"org.view", "dossier.view", "dossier.assign", "dossier.approve", "report.view"} | PETITIONS,
    Role.AGENCY_ADMIN: {"org.view", "org.manage", "staff.manage", "catalogue.manage", "report.view"} | PETITIONS,
    Role.PROVINCE_ADMIN: {p.value for p in Perm}
    - {Perm.RECEIVE_DOSSIER, Perm.PROCESS_DOSSIER, Perm.APPROVE_DOSSIER, Perm.RETURN_RESULT},
    Role.INSPECTOR: {"org.view", "dossier.view", "report.view", "audit.view", "petition.view"},
}


def _home(tree, role):
    if role in (Role.PROVINCE_ADMIN, Role.INSPECTOR):
        return tree.province
    if role in (Role.SPECIALIST, Role.UNIT_HEAD):
        return tree.justice_unit
    return tree.justice


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("perm", list(Perm))
def test_each_role_is_allowed_exactly_its_permissions_at_home(officials, tree, role, perm):
    user = officials[role]
    assert permissions.can(user, perm, _home(tree, role)) == (perm.value in EXPECTED[role])


@pytest.mark.parametrize("role", [r for r in Role if r not in (Role.PROVINCE_ADMIN, Role.INSPECTOR)])
@pytest.mark.parametrize("perm", list(Perm))
def test_agency_roles_are_refused_in_another_agency(officials, tree, role, perm):
    assert not permissions.can(officials[role], perm, tree.construction)
    assert not permissions.can(officials[role], perm, tree.commune)


@pytest.mark.parametrize("role", [Role.PROVINCE_ADMIN, Role.INSPECTOR])
def test_province_roles_reach_every_level(officials, tree, role):
    for agency in (tree.province, tree.construction, tree.district, tree.commune):
        assert permissions.can(officials[role], Perm.VIEW_ORG, agency)
    assert permissions.can(officials[role], Perm.MANAGE_ORG, tree.commune) == (role == Role.PROVINCE_ADMIN)


def test_role_applies_to_the_subtree_but_not_upwards(officials, tree):
    desk = officials[Role.DESK_OFFICER]
    specialist = officials[Role.SPECIALIST]
    assert permissions.can(desk, Perm.RECEIVE_DOSSIER, tree.justice_unit)
    assert permissions.can(specialist, Perm.PROCESS_DOSSIER, tree.justice_unit)
    assert not permissions.can(specialist, Perm.PROCESS_DOSSIER, tree.justice)
    assert not permissions.can(desk, Perm.RECEIVE_DOSSIER, tree.province)


@pytest.mark.parametrize("perm", list(Perm))
def test_citizen_holds_no_staff_permission(citizen, tree, perm):
    assert not permissions.has_perm(citizen, perm)
    assert not permissions.can(citizen, perm, tree.justice)


def test_a_citizen_account_with_a_stray_role_row_still_gets_nothing(citizen, tree):
    from motcua.orgs.models import StaffRole

    StaffRole.objects.create(user=citizen, agency=tree.justice, role=Role.PROVINCE_ADMIN)
    assert not permissions.can(citizen, Perm.VIEW_ORG, tree.justice)


def test_inactive_official_is_refused(officials, tree):
    user = officials[Role.PROVINCE_ADMIN]
    user.is_active = False
    user.save()
    assert not permissions.can(user, Perm.VIEW_ORG, tree.province)


def test_jurisdiction_lists_the_subtree_only(officials, tree):
    names = set(permissions.jurisdiction(officials[Role.DESK_OFFICER], Perm.VIEW_ORG).values_list("name", flat=True))
    assert names == {"Sở Tư pháp", "Phòng Hành chính tư pháp"}
    assert permissions.jurisdiction(officials[Role.PROVINCE_ADMIN], Perm.VIEW_ORG).count() == 6
    assert not permissions.jurisdiction(officials[Role.DESK_OFFICER], Perm.MANAGE_ORG).exists()


def test_require_raises_and_audits_the_refusal(officials, tree):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        permissions.require(officials[Role.DESK_OFFICER], Perm.RECEIVE_DOSSIER, tree.construction)
    entry = AuditEntry.objects.filter(action=AuditEntry.Action.DENIED).latest("id")
    assert entry.actor == officials[Role.DESK_OFFICER]
    assert entry.changes == {"permission": "dossier.receive"}
    assert entry.object_repr == "Sở Xây dựng"
