import io

import pytest
from django.urls import reverse

from motcua.audit.models import AuditEntry
from motcua.orgs.models import Agency, StaffRole
from motcua.orgs.permissions import Role


def _agency_form(**overrides):
    data = {"name": "Phòng Công chứng", "code": "H15.03.05", "level": "province", "kind": "unit", "address": ""}
    data.update(overrides)
    return data


def test_anonymous_is_sent_to_login(client, tree):
    for url in [
        reverse("office:dashboard"),
        reverse("office:agency-list"),
        reverse("office:staff-list"),
        reverse("office:agency-detail", args=[tree.justice.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    "name",
    [
        "office:dashboard",
        "office:agency-list",
        "office:agency-create",
        "office:agency-import",
        "office:staff-list",
        "office:audit-list",
    ],
)
def test_a_citizen_is_refused_every_office_page(citizen, login, name, tree):
    client = login(citizen)
    assert client.get(reverse(name)).status_code == 403


def test_dashboard_shows_own_roles_and_area(officials, login):
    response = login(officials[Role.DESK_OFFICER]).get(reverse("office:dashboard"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Sở Tư pháp" in body
    assert "Sở Xây dựng" not in body


def test_agency_list_shows_only_the_jurisdiction(officials, login):
    body = login(officials[Role.DESK_OFFICER]).get(reverse("office:agency-list")).content.decode()
    assert "Phòng Hành chính tư pháp" in body
    assert "Sở Xây dựng" not in body and "A Mú Sung" not in body


def test_search_finds_by_code(officials, login):
    body = login(officials[Role.PROVINCE_ADMIN]).get(reverse("office:agency-list"), {"q": "H15.52"}).content.decode()
    assert "A Mú Sung" in body and "Sở Tư pháp" not in body


def test_another_agencys_official_is_refused(other_official, tree, login):
    client = login(other_official)
    assert client.get(reverse("office:agency-detail", args=[tree.justice.pk])).status_code == 403
    assert client.get(reverse("office:agency-edit", args=[tree.justice.pk])).status_code == 403
    response = client.get(reverse("office:agency-create"), {"parent": tree.justice.pk})
    assert response.status_code == 403
    response = client.post(reverse("office:agency-create"), _agency_form(parent=tree.justice.pk))
    assert not Agency.objects.filter(code="H15.03.05").exists()
    assert AuditEntry.objects.filter(action="denied", actor=other_official).count() >= 3


def test_agency_admin_creates_a_unit_in_own_agency(officials, tree, login):
    client = login(officials[Role.AGENCY_ADMIN])
    response = client.post(reverse("office:agency-create"), _agency_form(parent=tree.justice.pk))
    assert response.status_code == 302
    unit = Agency.objects.get(code="H15.03.05")
    assert unit.parent == tree.justice and unit.path.startswith(tree.justice.path)


def test_agency_admin_cannot_create_a_root_or_under_another_agency(officials, tree, login):
    client = login(officials[Role.AGENCY_ADMIN])
    client.post(reverse("office:agency-create"), _agency_form(parent=tree.construction.pk, code="H15.07.05"))
    client.post(reverse("office:agency-create"), _agency_form(code="H16", level="province", kind="committee"))
    assert not Agency.objects.filter(code__in=["H15.07.05", "H16"]).exists()


def test_bad_input_shows_a_clear_error_and_saves_nothing(officials, tree, login):
    client = login(officials[Role.PROVINCE_ADMIN])
    response = client.post(reverse("office:agency-create"), _agency_form(parent=tree.justice.pk, code="H16.03.05"))
    assert response.status_code == 200
    assert "H15.03" in response.content.decode()  # the message names the parent's code
    response = client.post(reverse("office:agency-create"), _agency_form(parent=tree.justice.pk, code="bad code"))
    assert response.status_code == 200
    assert not Agency.objects.filter(name="Phòng Công chứng").exists()


def test_moving_an_agency_under_its_own_unit_is_refused(officials, tree, login):
    client = login(officials[Role.PROVINCE_ADMIN])
    response = client.post(
        reverse("office:agency-edit", args=[tree.justice.pk]),
        _agency_form(
            name="Sở Tư pháp", code="H15.03.02.01", level="province", kind="department", parent=tree.justice_unit.pk
        ),
    )
    assert response.status_code == 200
    tree.justice.refresh_from_db()
    assert tree.justice.parent == tree.province


def test_export_is_limited_to_the_area_and_audited(officials, login):
    response = login(officials[Role.DESK_OFFICER]).get(reverse("office:agency-export", args=["json"]))
    rows = response.json()
    assert {r["code"] for r in rows} == {"H15.03", "H15.03.02"}
    csv_response = login(officials[Role.DESK_OFFICER]).get(reverse("office:agency-export", args=["csv"]))
    assert "Sở Tư pháp" in csv_response.content.decode("utf-8-sig")
    assert AuditEntry.objects.filter(action="export", object_type="orgs.agency").count() == 2


def test_import_through_the_office(officials, tree, login):
    client = login(officials[Role.AGENCY_ADMIN])
    good = io.BytesIO("code,name,level,kind,parent_code\nH15.03.07,Phòng Luật sư,province,unit,H15.03\n".encode())
    good.name = "units.csv"
    response = client.post(reverse("office:agency-import"), {"file": good})
    assert response.status_code == 302
    assert Agency.objects.get(code="H15.03.07").parent == tree.justice
    outside = io.BytesIO("code,name,level,kind,parent_code\nH15.07.07,Phòng X,province,unit,H15.07\n".encode())
    outside.name = "units.csv"
    response = client.post(reverse("office:agency-import"), {"file": outside})
    assert response.status_code == 200
    assert not Agency.objects.filter(code="H15.07.07").exists()
    exe = io.BytesIO(b"MZ\x90\x00binary")
    exe.name = "tree.exe"
    response = client.post(reverse("office:agency-import"), {"file": exe})
    assert response.status_code == 200 and ".json" in response.content.decode()


def test_agency_admin_assigns_and_revokes_roles_in_own_agency(officials, tree, login):
    from ..conftest import make_staff

    newcomer = make_staff("newcomer")
    client = login(officials[Role.AGENCY_ADMIN])
    response = client.post(
        reverse("office:staff-list"), {"user": newcomer.pk, "agency": tree.justice_unit.pk, "role": Role.SPECIALIST}
    )
    assert response.status_code == 302
    role = StaffRole.objects.get(user=newcomer)
    # An agency administrator may not hand out province-wide roles nor act in another agency.
    client.post(
        reverse("office:staff-list"), {"user": newcomer.pk, "agency": tree.justice.pk, "role": Role.PROVINCE_ADMIN}
    )
    client.post(
        reverse("office:staff-list"), {"user": newcomer.pk, "agency": tree.construction.pk, "role": Role.SPECIALIST}
    )
    assert StaffRole.objects.filter(user=newcomer).count() == 1
    assert client.post(reverse("office:staff-role-revoke", args=[role.pk])).status_code == 302
    assert not StaffRole.objects.filter(user=newcomer).exists()


def test_another_agencys_admin_cannot_revoke(officials, other_official, login):
    role = StaffRole.objects.get(user=officials[Role.DESK_OFFICER])
    assert login(other_official).post(reverse("office:staff-role-revoke", args=[role.pk])).status_code == 403
    assert StaffRole.objects.filter(pk=role.pk).exists()


def test_revoke_needs_post_and_csrf(officials, client):
    from django.test import Client

    role = StaffRole.objects.get(user=officials[Role.DESK_OFFICER])
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(officials[Role.PROVINCE_ADMIN])
    assert strict.get(reverse("office:staff-role-revoke", args=[role.pk])).status_code == 405
    assert strict.post(reverse("office:staff-role-revoke", args=[role.pk])).status_code == 403
    assert StaffRole.objects.filter(pk=role.pk).exists()


def _staff_form(agency, **overrides):
    data = {
        "username": "Hoa.NT",
        "full_name": "Nguyễn Thị Hoa",
        "email": "hoa@example.gov.vn",
        "phone": "",
        "password": "a-long-enough-pass-2026",
        "agency": agency.pk,
        "role": Role.DESK_OFFICER,
    }
    data.update(overrides)
    return data


def test_agency_admin_creates_a_staff_account_with_its_role(officials, tree, login):
    from motcua.accounts.models import User

    client = login(officials[Role.AGENCY_ADMIN])
    response = client.post(reverse("office:staff-create"), _staff_form(tree.justice))
    assert response.status_code == 302
    user = User.objects.get(username="hoa.nt")
    assert user.is_official and user.check_password("a-long-enough-pass-2026")
    assert list(user.staff_roles.values_list("agency__code", "role")) == [("H15.03", "desk_officer")]
    assert AuditEntry.objects.filter(action="create", object_type="accounts.user", object_id=str(user.pk)).exists()


def test_staff_account_bad_input_saves_nothing(officials, tree, login):
    from motcua.accounts.models import User

    client = login(officials[Role.AGENCY_ADMIN])
    weak = client.post(reverse("office:staff-create"), _staff_form(tree.justice, password="123"))
    assert weak.status_code == 200 and "password" in weak.context["form"].errors
    taken = client.post(reverse("office:staff-create"), _staff_form(tree.justice, username="DESK"))
    assert taken.status_code == 200 and "username" in taken.context["form"].errors
    outside = client.post(reverse("office:staff-create"), _staff_form(tree.construction))
    assert outside.status_code == 200 and "agency" in outside.context["form"].errors
    assert not User.objects.filter(username="hoa.nt").exists()


def test_staff_pages_refuse_others(officials, other_official, citizen, login):
    for user in (officials[Role.DESK_OFFICER], citizen):
        assert login(user).get(reverse("office:staff-create")).status_code == 403
    # another agency's admin only sees their own agency in the form
    response = login(other_official).get(reverse("office:staff-create"))
    assert "Sở Tư pháp" not in response.content.decode()


def test_role_form_offers_only_staff_of_the_area(officials, other_official, login):
    body = login(officials[Role.AGENCY_ADMIN]).get(reverse("office:staff-list")).content.decode()
    assert ">other<" not in body and ">desk<" in body
