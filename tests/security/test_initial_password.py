"""A staff account's first password is chosen by an administrator: the official must set their own."""

from django.urls import reverse

from motcua.accounts.models import User
from motcua.orgs.permissions import Role

FIRST = "first-password-chosen-by-admin-7"
OWN = "my-own-long-password-2026"


def test_a_new_official_sets_their_own_password_before_anything_else(client, officials, tree):
    client.force_login(officials[Role.AGENCY_ADMIN])
    data = {
        "username": "newdesk",
        "full_name": "Lò Văn Mới",
        "password": FIRST,
        "email": "",
        "phone": "",
        "agency": tree.justice.pk,
        "role": Role.DESK_OFFICER,
    }
    assert client.post(reverse("office:staff-create"), data).status_code == 302
    official = User.objects.get(username="newdesk")
    assert official.must_change_password
    client.logout()
    client.post(reverse("login"), {"username": "newdesk", "password": FIRST})
    for path in ("/office/", "/office/dossiers/", "/admin/"):
        response = client.get(path)
        assert response.status_code == 302 and response.url == reverse("office:password-change"), path
    assert client.get("/api/v1/reports/form06?from=2026-01-01&to=2026-01-31").status_code == 403
    page = client.get(reverse("office:password-change"))
    assert page.status_code == 200
    change = {"old_password": FIRST, "new_password1": OWN, "new_password2": OWN}
    assert client.post(reverse("office:password-change"), change).status_code == 302
    official.refresh_from_db()
    assert not official.must_change_password and official.check_password(OWN)
    assert client.get("/office/").status_code == 200


def test_demo_and_existing_officials_are_not_asked(client, officials):
    client.force_login(officials[Role.DESK_OFFICER])
    assert client.get("/office/").status_code == 200
