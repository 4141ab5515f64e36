import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from motcua.audit.models import AppendOnlyError, AuditEntry
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role

from ..conftest import PASSWORD


def _latest(action, object_type="orgs.agency"):
    return AuditEntry.objects.filter(action=action, object_type=object_type).latest("id")


def test_a_change_through_the_office_ui_leaves_a_row(officials, tree, login):
    client = login(officials[Role.AGENCY_ADMIN])
    response = client.post(
        reverse("office:agency-edit", args=[tree.justice_unit.pk]),
        {
            "name": "Phòng Hành chính - Bổ trợ tư pháp",
            "code": "H15.03.02",
            "level": "province",
            "kind": "unit",
            "parent": tree.justice.pk,
            "address": "Số 1 đường Hoàng Liên",
        },
        REMOTE_ADDR="10.1.2.3",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = _latest(AuditEntry.Action.UPDATE)
    assert entry.actor == officials[Role.AGENCY_ADMIN]
    assert entry.ip == "10.1.2.3"
    assert entry.changes["name"] == ["Phòng Hành chính tư pháp", "Phòng Hành chính - Bổ trợ tư pháp"]
    assert entry.changes["address"] == ["", "Số 1 đường Hoàng Liên"]
    assert "path" not in entry.changes
    assert entry.path == reverse("office:agency-edit", args=[tree.justice_unit.pk])


def test_a_change_through_the_admin_leaves_a_row(tree, client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD, account_type="staff")
    client.force_login(admin)
    url = reverse("admin:orgs_agency_change", args=[tree.construction.pk])
    response = client.post(
        url,
        {
            "name": "Sở Xây dựng (sửa)",
            "short_name": "",
            "code": "H15.07",
            "level": "province",
            "kind": "department",
            "parent": tree.province.pk,
            "address": "",
            "phone": "",
            "email": "",
            "valid_from": "",
            "valid_to": "",
            "successor": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = _latest(AuditEntry.Action.UPDATE)
    assert entry.actor == admin
    assert entry.changes["name"] == ["Sở Xây dựng", "Sở Xây dựng (sửa)"]


def test_creation_and_deletion_are_recorded(tree):
    from motcua.orgs import services

    agency = services.create_agency(
        name="Sở Y tế", code="H15.08", level="province", kind="department", parent=tree.province
    )
    created = AuditEntry.objects.filter(action="create", object_type="orgs.agency", object_id=str(agency.pk)).get()
    assert created.changes["name"] == [None, "Sở Y tế"]
    services.delete_agency(agency)
    deleted = _latest(AuditEntry.Action.DELETE)
    assert deleted.changes["code"] == ["H15.08", None]


def test_rows_cannot_be_edited_or_deleted_through_the_model(tree):
    entry = AuditEntry.objects.first()
    entry.object_repr = "forged"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(object_repr="forged")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()


@pytest.mark.django_db(transaction=True)
def test_rows_cannot_be_edited_even_with_raw_sql(tree):
    entry = AuditEntry.objects.first()
    for sql in (
        "UPDATE audit_auditentry SET object_repr = 'forged' WHERE id = %s",
        "DELETE FROM audit_auditentry WHERE id = %s",
    ):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).object_repr == entry.object_repr


def test_the_admin_offers_no_change_or_delete(tree, client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD, account_type="staff")
    client.force_login(admin)
    entry = AuditEntry.objects.first()
    response = client.post(reverse("admin:audit_auditentry_change", args=[entry.pk]), {"object_repr": "forged"})
    assert response.status_code == 403
    response = client.post(reverse("admin:audit_auditentry_delete", args=[entry.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert AuditEntry.objects.get(pk=entry.pk).object_repr == entry.object_repr


def test_login_logout_and_failed_login_are_recorded(officials, client):
    assert client.post(reverse("login"), {"username": "desk", "password": "wrong"}).status_code == 200
    failed = AuditEntry.objects.filter(action="login_failed").get()
    assert failed.actor_label == "desk" and failed.actor is None
    response = client.post(reverse("login"), {"username": "desk", "password": PASSWORD})
    assert response.status_code == 302
    assert AuditEntry.objects.filter(action="login", actor=officials[Role.DESK_OFFICER]).exists()
    client.post(reverse("logout"))
    assert AuditEntry.objects.filter(action="logout", actor=officials[Role.DESK_OFFICER]).exists()


def test_password_hashes_never_reach_the_log(officials):
    user = officials[Role.DESK_OFFICER]
    user.set_password("another-long-password-123")
    user.save()
    for entry in AuditEntry.objects.filter(object_type="accounts.user"):
        assert "password" not in entry.changes


@pytest.mark.parametrize("role", [Role.PROVINCE_ADMIN, Role.INSPECTOR])
def test_province_admin_and_inspector_can_search_the_log(officials, role, login):
    client = login(officials[role])
    response = client.get(reverse("office:audit-list"), {"q": "Sở Tư pháp"})
    assert response.status_code == 200
    assert "Sở Tư pháp" in response.content.decode()


@pytest.mark.parametrize("who", ["desk", "agencyadmin", "other", "citizen"])
def test_others_cannot_see_the_log(officials, other_official, citizen, login, who):
    users = {
        "desk": officials[Role.DESK_OFFICER],
        "agencyadmin": officials[Role.AGENCY_ADMIN],
        "other": other_official,
        "citizen": citizen,
    }
    client = login(users[who])
    assert client.get(reverse("office:audit-list")).status_code == 403
    assert client.get(reverse("office:audit-export")).status_code == 403
    assert AuditEntry.objects.filter(action="denied", actor=users[who]).count() == 2


def test_export_is_audited_and_contains_the_rows(officials, tree, login):
    client = login(officials[Role.PROVINCE_ADMIN])
    response = client.get(reverse("office:audit-export"), {"action": "create"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = body.strip().splitlines()
    assert lines[0].startswith("id,occurred_at_utc,occurred_at_local")
    assert len(lines) - 1 == AuditEntry.objects.filter(action="create").count()
    assert "Sở Tư pháp" in body
    export = AuditEntry.objects.filter(action="export").get()
    assert export.changes["filters"] == {"action": "create"}
    assert Agency.objects.count() == 6
