"""Issue 13 item 2: a procedure's normal case is the default at the counter; special cases are opt-in and the
appointment shown before confirming is the one on the receipt slip."""

import datetime as dt
import html
import re

import pytest
from django.urls import reverse

from motcua.documents.forms import vn_time
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role

from ...catalogue.factories import content, publish, sector
from ...dossiers.conftest import PROCESS
from .test_dossier_office import COUNTER, counter_data


@pytest.fixture(autouse=True)
def english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


@pytest.fixture
def with_case(tree):
    """Committed 3 working days; one special case 'needs verification' of 10 working days."""
    sector()
    data = content(
        name="Đăng ký kết hôn",
        level="province",
        implementing_agency="H15.03",
        statutory={"amount": "4", "unit": "working_days"},
        committed={"amount": "3", "unit": "working_days"},
        cases=[
            {
                "key": "xac-minh",
                "name": "Trường hợp cần xác minh",
                "statutory": {"amount": "10", "unit": "working_days"},
            }
        ],
        processes=[{"case": None, "steps": PROCESS}],
    )
    return publish(tree.justice, [("1.000894", "new", data)], day=dt.date(2026, 1, 5))


def _form(client, tree, procedure, **extra):
    return client.get(COUNTER, {"desk": tree.justice.pk, "procedure": procedure.code, **extra})


def _shown_due(body: str) -> dt.datetime:
    return dt.datetime.fromisoformat(re.search(r'id="appointment" data-due="([^"]+)"', body)[1])


def _checked(body: str) -> list[str]:
    """The values of the checked case radios."""
    return re.findall(r'name="case" id="case-\d+" value="([^"]*)" checked', body)


def test_the_normal_case_is_the_default_and_its_appointment_is_on_the_slip(officials, tree, with_case, login):
    client = login(officials[Role.DESK_OFFICER])
    page = _form(client, tree, with_case)
    body = page.content.decode()
    assert page.status_code == 200 and 'name="applicant_name"' in body  # straight to the form, no forced case
    assert _checked(body) == [""]  # the normal case, never the special one
    assert "The normal case" in body and "Trường hợp cần xác minh" in body
    shown = _shown_due(body)
    response = client.post(COUNTER, counter_data(tree, with_case))
    assert response.status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.case == ""
    assert dossier.due_at == shown
    slip = client.get(reverse("office:dossier-form-html", args=[dossier.pk, "receipt"])).content.decode()
    assert vn_time(shown) in html.unescape(slip)


def test_choosing_the_special_case_uses_its_time(officials, tree, with_case, login):
    client = login(officials[Role.DESK_OFFICER])
    normal = _shown_due(_form(client, tree, with_case).content.decode())
    body = _form(client, tree, with_case, case="xac-minh").content.decode()
    assert _checked(body) == ["xac-minh"]
    assert "10 Working days" in body or "10 working days" in body.lower()
    shown = _shown_due(body)
    assert shown > normal
    response = client.post(COUNTER, counter_data(tree, with_case, case="xac-minh"))
    assert response.status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.case == "xac-minh"
    assert dossier.due_at == shown


def test_an_unknown_case_is_refused_and_the_choice_offers_the_normal_case(officials, tree, with_case, login):
    client = login(officials[Role.DESK_OFFICER])
    page = _form(client, tree, with_case, case="khong-co")
    body = page.content.decode()
    assert page.status_code == 400
    assert "Choose one of the cases of this procedure." in body
    assert _checked(body) == [""]
    assert not Dossier.objects.exists()
