"""Shared fixtures: a small province tree and one official for each role, plus a citizen."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.utils import timezone

from motcua.accounts.models import User
from motcua.orgs import services
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role

PASSWORD = "correct-horse-battery-staple"


@dataclass
class Tree:
    province: Agency
    justice: Agency  # Sở Tư pháp
    justice_unit: Agency  # Phòng Hành chính tư pháp
    construction: Agency  # Sở Xây dựng
    district: Agency
    commune: Agency


@pytest.fixture
def tree(db) -> Tree:
    province = services.create_agency(name="UBND tỉnh Lào Cai", code="H15", level="province", kind="committee")
    justice = services.create_agency(
        name="Sở Tư pháp", code="H15.03", level="province", kind="department", parent=province
    )
    justice_unit = services.create_agency(
        name="Phòng Hành chính tư pháp", code="H15.03.02", level="province", kind="unit", parent=justice
    )
    construction = services.create_agency(
        name="Sở Xây dựng", code="H15.07", level="province", kind="department", parent=province
    )
    district = services.create_agency(
        name="UBND huyện Bát Xát", code="H15.52", level="district", kind="committee", parent=province
    )
    commune = services.create_agency(
        name="UBND xã A Mú Sung", code="H15.52.01", level="commune", kind="committee", parent=district
    )
    return Tree(province, justice, justice_unit, construction, district, commune)


def make_staff(username: str, agency: Agency | None = None, role: str | None = None) -> User:
    user = User.objects.create_user(username, password=PASSWORD, account_type="staff", full_name=username)
    if agency is not None and role is not None:
        services.assign_role(user, agency, role)
    return user


@pytest.fixture
def officials(tree: Tree) -> dict[str, User]:
    """One official per role; department roles sit in Sở Tư pháp, admin roles at the province."""
    return {
        Role.DESK_OFFICER: make_staff("desk", tree.justice, Role.DESK_OFFICER),
        Role.SPECIALIST: make_staff("specialist", tree.justice_unit, Role.SPECIALIST),
        Role.UNIT_HEAD: make_staff("unithead", tree.justice_unit, Role.UNIT_HEAD),
        Role.AGENCY_LEADER: make_staff("leader", tree.justice, Role.AGENCY_LEADER),
        Role.AGENCY_ADMIN: make_staff("agencyadmin", tree.justice, Role.AGENCY_ADMIN),
        Role.PROVINCE_ADMIN: make_staff("provadmin", tree.province, Role.PROVINCE_ADMIN),
        Role.INSPECTOR: make_staff("inspector", tree.province, Role.INSPECTOR),
    }


@pytest.fixture
def other_official(tree: Tree) -> User:
    """An agency administrator of another agency (Sở Xây dựng)."""
    return make_staff("other", tree.construction, Role.AGENCY_ADMIN)


@pytest.fixture
def citizen(db) -> User:
    return User.objects.create_user(
        "citizen", password=PASSWORD, account_type="citizen", full_name="Nguyễn Văn An", consented_at=timezone.now()
    )


@pytest.fixture
def login(client):
    def do(user: User):
        client.force_login(user)
        return client

    return do


@contextmanager
def kept_for_module(django_db_blocker):
    """A transaction around data shared by a whole test module, rolled back at the module's end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def demo_catalogue(django_db_setup, django_db_blocker):
    """The demo province with its catalogue (``seed_demo(catalogue=True)``), loaded once per test module."""
    from motcua.demo import loader

    with kept_for_module(django_db_blocker):
        yield loader.seed_demo(catalogue=True)
