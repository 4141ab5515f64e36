"""Every demo staff account logs in with the demo password and sees only its own agency's area."""

import pytest
from django.conf import settings
from django.urls import reverse

from motcua.accounts.models import User
from motcua.demo import loader
from motcua.orgs import permissions
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Perm


@pytest.fixture
def demo(db):
    return loader.seed_demo()


def test_each_demo_staff_account_sees_only_its_area(demo, client):
    staff = [(username, label) for username, label, agency in loader.demo_accounts() if agency]
    assert len(staff) >= 20
    total = Agency.objects.count()
    for username, _label in staff:
        client.logout()
        response = client.post(reverse("login"), {"username": username, "password": settings.DEMO_PASSWORD})
        assert response.status_code == 302, username
        assert client.get(reverse("office:dashboard")).status_code == 200, username
        user = User.objects.get(username=username)
        area = permissions.jurisdiction(user, Perm.VIEW_ORG)
        roots = permissions.roots(user, Perm.VIEW_ORG)
        assert all(any(agency.is_within(root) for root in roots) for agency in area), username
        if not username.startswith("tinh."):
            assert area.count() < total, username
            outside = Agency.objects.exclude(pk__in=area.values("pk")).filter(code__isnull=False).first()
            assert client.get(reverse("office:agency-detail", args=[outside.pk])).status_code == 403, username


def test_demo_citizens_log_in_to_the_portal_not_the_office(demo, client):
    response = client.post(reverse("login"), {"username": "congdan1", "password": settings.DEMO_PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("office:dashboard")).status_code == 403
