"""The dossier page says who may take the current step, and warns when nobody can."""

import pytest
from django.urls import reverse

from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ...dossiers.conftest import applicant, at, components, procedure  # noqa: F401


@pytest.fixture(autouse=True)
def english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def test_the_page_names_who_can_take_the_step_or_warns_that_nobody_can(officials, login, tree, procedure):  # noqa: F811
    desk = officials[Role.DESK_OFFICER]
    d = services.receive(
        user=desk,
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 2, 9),
    )
    d = services.forward(d, user=desk, at=at(2026, 3, 2, 10))  # to the unit head of Phòng Hành chính tư pháp
    client = login(officials[Role.PROVINCE_ADMIN])
    page = client.get(reverse("office:dossier-detail", args=[d.pk])).content.decode()
    assert "Who can take this step" in page and "unithead" in page and "Nobody:" not in page
    for role in (Role.UNIT_HEAD, Role.AGENCY_LEADER):
        officials[role].is_active = False
        officials[role].save()
    page = client.get(reverse("office:dossier-detail", args=[d.pk])).content.decode()
    assert "Nobody: no active official holds the role “Unit head” in Phòng Hành chính tư pháp" in page
    queue = client.get(reverse("office:dossier-list") + "?queue=nobody_can_act").content.decode()
    assert d.code in queue


def test_only_administrators_get_the_nobody_can_act_queue(officials, login, tree, other_official, citizen):
    url = reverse("office:dossier-list") + "?queue=nobody_can_act"
    assert login(citizen).get(url).status_code == 403
    assert login(other_official).get(url).status_code == 403
    tabs = login(officials[Role.SPECIALIST]).get(reverse("office:dossier-list")).context["tabs"]
    assert "nobody_can_act" not in [tab["name"] for tab in tabs]
