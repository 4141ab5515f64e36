"""Nobody widens their own powers: an administrator cannot give themself a role (another must)."""

from django.urls import reverse

from motcua.orgs.models import StaffRole
from motcua.orgs.permissions import Role

from ..conftest import make_staff


def test_an_agency_administrator_cannot_grant_themself_a_dossier_role(client, officials, tree):
    admin = officials[Role.AGENCY_ADMIN]
    client.force_login(admin)
    data = {"user": admin.pk, "agency": tree.justice.pk, "role": Role.AGENCY_LEADER}
    response = client.post(reverse("office:staff-list"), data)
    assert response.status_code == 200
    assert not StaffRole.objects.filter(user=admin, role=Role.AGENCY_LEADER).exists()
    assert "ask another administrator" in response.content.decode() or "quản trị viên khác" in response.content.decode()
    colleague = make_staff("colleague", tree.justice, Role.AGENCY_ADMIN)
    client.force_login(colleague)
    assert client.post(reverse("office:staff-list"), data).status_code == 302  # another administrator may
    assert StaffRole.objects.filter(user=admin, role=Role.AGENCY_LEADER).exists()


def test_the_province_administrator_cannot_either(client, officials, tree):
    admin = officials[Role.PROVINCE_ADMIN]
    client.force_login(admin)
    data = {"user": admin.pk, "agency": tree.justice.pk, "role": Role.DESK_OFFICER}
    client.post(reverse("office:staff-list"), data)
    assert not StaffRole.objects.filter(user=admin, role=Role.DESK_OFFICER).exists()
