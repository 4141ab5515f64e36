"""Công khai tiến độ: the public lists of received, resolved and overdue dossiers, without personal data."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from motcua.dossiers import disclosure, services
from motcua.orgs.permissions import Role

from ...dossiers.conftest import applicant, components, on_the_spot_procedure, pdf, procedure  # noqa: F401

PERSONAL = ("Nguyễn Văn An", "0912345678", "010203004005", "an@example.vn", "Cốc Lếu")


@pytest.fixture
def three(officials, tree, procedure, on_the_spot_procedure):  # noqa: F811
    """One dossier received today, one resolved on the spot today, one received 20 days ago and overdue."""
    cache.clear()
    desk = officials[Role.DESK_OFFICER]
    now = timezone.now()
    overdue = services.receive(
        user=desk,
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=now - dt.timedelta(days=20),
    )
    received = services.receive(
        user=desk, desk=tree.justice, procedure=procedure, applicant=applicant(), components=components(), at=now
    )
    resolved = services.resolve_on_the_spot(
        user=desk,
        desk=tree.justice,
        procedure=on_the_spot_procedure,
        applicant=applicant(),
        components=components(),
        result_file=pdf(),
        at=now,
    )
    return {"overdue": overdue, "received": received, "resolved": resolved}


def codes(rows):
    return [row["code"] for row in rows]


def test_each_list_holds_the_right_dossiers(three, tree):
    assert codes(disclosure.rows("received")) == [three["resolved"].code, three["received"].code, three["overdue"].code]
    assert codes(disclosure.rows("resolved")) == [three["resolved"].code]
    overdue = disclosure.rows("overdue")
    assert codes(overdue) == [three["overdue"].code]
    assert overdue[0]["days_overdue"] > 0
    assert disclosure.counts() == {"received": 3, "resolved": 1, "overdue": 1}


def test_a_waiting_for_the_citizen_dossier_is_not_overdue(three, officials):
    dossier = three["overdue"]
    dossier.status = "supplement"
    dossier.save(update_fields=["status"])
    assert disclosure.rows("overdue") == []


def test_an_agency_sees_only_its_subtree(three, tree):
    assert disclosure.counts(tree.justice)["received"] == 3
    assert disclosure.counts(tree.construction)["received"] == 0
    assert disclosure.counts(tree.province)["received"] == 3  # the root is the whole province


def test_the_page_lists_and_hides_personal_data(client, three, tree):
    page = client.get(reverse("portal:disclosure"), {"list": "overdue", "agency": tree.justice.code})
    body = page.content.decode()
    assert page.status_code == 200
    assert three["overdue"].code in body and three["received"].code not in body
    assert 'aria-current="page"' in body
    for secret in PERSONAL:
        assert secret not in body


def test_the_page_explains_a_bad_agency_or_list(client, three):
    page = client.get(reverse("portal:disclosure"), {"list": "nope", "agency": "X.99"})
    assert page.status_code == 400
    body = page.content.decode()
    assert 'role="alert"' in body and three["received"].code in body


def test_the_api_gives_the_same_rows_and_names_bad_fields(client, three, tree):
    response = client.get(reverse("public-disclosure"), {"list": "resolved"})
    data = response.json()
    assert response.status_code == 200 and data["counts"]["received"] == 3
    assert codes(data["results"]) == [three["resolved"].code]
    assert data["results"][0]["verdict"] in ("early", "on_time")
    bad = client.get(reverse("public-disclosure"), {"list": "all", "agency": "H99"})
    assert bad.status_code == 400
    assert set(bad.json()["error"]["fields"]) == {"list", "agency"}
