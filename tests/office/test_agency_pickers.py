"""Issue 13 item 3 in the back office: every agency picker is grouped and sorted, and preselects only the
official's own agency (labelled), never the first agency of a list."""
# ruff: noqa: F811 (the imported pytest fixture ``procedure`` is used as a test argument)

import re

import pytest
from django.urls import reverse

from motcua.orgs import services as org_services
from motcua.orgs.permissions import Role

from ..conftest import make_staff
from ..dossiers.conftest import procedure  # noqa: F401
from .dossiers.test_dossier_office import COUNTER, _at_appraisal, detail


@pytest.fixture(autouse=True)
def english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def _select(body: str, name: str) -> str:
    start = body.index(f'<select name="{name}"')
    return body[start : body.index("</select>", start)]


def _selected(select: str) -> list[str]:
    return re.findall(r'<option value="([^"]*)"[^>]*selected', select)


def test_the_counter_preselects_the_desk_officers_own_desk_labelled(officials, tree, login):
    client = login(officials[Role.DESK_OFFICER])
    select = _select(client.get(COUNTER).content.decode(), "desk")
    assert _selected(select) == [str(tree.justice.pk)]
    assert "Sở Tư pháp (your agency)" in select
    assert "data-agency-picker" in select


def test_the_counter_chooses_nothing_when_the_official_has_several_desks(tree, login):
    second = org_services.create_agency(
        name="UBND xã Bản Xèo", code="H15.52.02", level="commune", kind="committee", parent=tree.district
    )
    official = make_staff("two-desks", tree.commune, Role.DESK_OFFICER)
    org_services.assign_role(official, second, Role.DESK_OFFICER)
    client = login(official)
    select = _select(client.get(COUNTER).content.decode(), "desk")
    assert _selected(select) == [""]  # not the first commune of the list
    assert '<optgroup label="UBND huyện Bát Xát">' in select
    assert select.index("UBND xã A Mú Sung") < select.index("UBND xã Bản Xèo")
    response = client.get(COUNTER, {"desk": "", "q": "khai sinh"})
    assert response.status_code == 200 and 'id="id_desk_error"' in response.content.decode()


def test_interagency_targets_are_grouped_and_nothing_is_chosen(officials, tree, procedure, login):
    dossier = _at_appraisal(officials, tree, procedure)
    client = login(officials[Role.SPECIALIST])
    body = client.get(detail(dossier)).content.decode()
    select = _select(body, "send-to-agency-agency")
    assert _selected(select) == [""]
    assert '<optgroup label="Province level">' in select and '<optgroup label="UBND huyện Bát Xát">' in select
    assert select.index("UBND tỉnh Lào Cai") < select.index("Sở Xây dựng")
    consult = _select(body, "consult-unit")
    assert _selected(consult) == [""]


def test_petition_forms_preselect_only_the_officials_own_agency(officials, tree, login):
    client = login(officials[Role.DESK_OFFICER])
    select = _select(client.get("/office/petitions/new/").content.decode(), "agency")
    assert _selected(select) == [str(tree.justice.pk)] and "Sở Tư pháp (your agency)" in select
    queue = _select(client.get(reverse("office:petition-list")).content.decode(), "agency")
    assert _selected(queue) == [""]  # a filter starts with all agencies
