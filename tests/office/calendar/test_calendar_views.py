"""Back-office override table: province administrators only, POST with CSRF, audited, moves deadlines."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role
from motcua.worktime import selectors, services
from motcua.worktime.models import HolidayOverride

from ...conftest import make_staff

LIST = reverse("office:calendar-overrides")
CREATE = reverse("office:calendar-override-create")
FORM = {"date": "2026-03-04", "kind": "day_off", "name": "Extra day off", "legal_reference": "Notice 1/TB"}


@pytest.fixture
def override(db) -> HolidayOverride:
    return services.add_override(date=dt.date(2026, 3, 4), kind="day_off", name="Extra day off")


def test_province_admin_lists_a_year(officials, login, override):
    response = login(officials[Role.PROVINCE_ADMIN]).get(LIST, {"year": "2026"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Extra day off" in body
    assert 'datetime="2026-04-27"' in body  # Hùng Kings day off from the law
    assert 'datetime="2026-08-22"' in body  # make-up Saturday
    other_year = login(officials[Role.PROVINCE_ADMIN]).get(LIST, {"year": "2025"}).content.decode()
    assert "Extra day off" not in other_year


def test_bad_year_falls_back_without_error(officials, login):
    client = login(officials[Role.PROVINCE_ADMIN])
    assert client.get(LIST, {"year": "abc"}).status_code == 200
    assert client.get(LIST, {"year": "99999"}).status_code == 200


def test_province_admin_adds_a_day_with_csrf(officials, tree):
    client = Client(enforce_csrf_checks=True)
    client.force_login(officials[Role.PROVINCE_ADMIN])
    assert client.post(CREATE, FORM).status_code == 403  # no CSRF token
    assert not HolidayOverride.objects.exists()
    page = client.get(CREATE, {"year": "2026"})
    assert page.status_code == 200
    token = page.context["csrf_token"]
    response = client.post(CREATE, {**FORM, "csrfmiddlewaretoken": str(token)})
    assert response.status_code == 302
    assert response["Location"] == f"{LIST}?year=2026"
    saved = HolidayOverride.objects.get()
    assert (saved.date, saved.kind, saved.legal_reference) == (dt.date(2026, 3, 4), "day_off", "Notice 1/TB")
    assert not selectors.default_calendar().is_working_day(dt.date(2026, 3, 4))
    entry = AuditEntry.objects.get(object_type="worktime.holidayoverride", action="create")
    assert entry.actor == officials[Role.PROVINCE_ADMIN]


def test_adding_a_day_that_changes_nothing_shows_an_error(officials, login):
    response = login(officials[Role.PROVINCE_ADMIN]).post(CREATE, {**FORM, "date": "2026-03-07"})
    assert response.status_code == 200
    assert response.context["form"].errors["date"]
    assert not HolidayOverride.objects.exists()


def test_province_admin_deletes_after_confirming(officials, login, override):
    client = login(officials[Role.PROVINCE_ADMIN])
    url = reverse("office:calendar-override-delete", args=[override.pk])
    assert client.get(url).status_code == 200
    assert HolidayOverride.objects.exists()
    response = client.post(url)
    assert response.status_code == 302
    assert not HolidayOverride.objects.exists()
    assert selectors.default_calendar().is_working_day(dt.date(2026, 3, 4))
    assert AuditEntry.objects.filter(object_type="worktime.holidayoverride", action="delete").exists()


def _pages(override: HolidayOverride) -> list[tuple[str, str, dict]]:
    delete = reverse("office:calendar-override-delete", args=[override.pk])
    return [("get", LIST, {}), ("get", CREATE, {}), ("post", CREATE, FORM), ("get", delete, {}), ("post", delete, {})]


@pytest.mark.parametrize("who", ["desk_officer", "other_official", "citizen", "department_province_admin"])
def test_others_are_refused(who, officials, other_official, citizen, tree, login, override):
    users = {
        "desk_officer": officials[Role.DESK_OFFICER],  # desk officer of Sở Tư pháp
        "other_official": other_official,  # agency administrator of Sở Xây dựng
        "citizen": citizen,
        # Holds the calendar permission, but only inside a department: the table is province-wide.
        "department_province_admin": make_staff("deptadmin", tree.construction, Role.PROVINCE_ADMIN),
    }
    client = login(users[who])
    for method, url, data in _pages(override):
        assert getattr(client, method)(url, data).status_code == 403, (method, url)
    assert HolidayOverride.objects.get() == override
    assert HolidayOverride.objects.count() == 1
    assert AuditEntry.objects.filter(action="denied", actor=users[who]).exists()


def test_anonymous_is_sent_to_login(db, override):
    client = Client()
    for method, url, data in _pages(override):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert HolidayOverride.objects.count() == 1
