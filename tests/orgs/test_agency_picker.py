"""Issue 13 item 3: one agency picker — grouped by level and district, sorted by name the Vietnamese way,
each option searchable without accents, nothing preselected for a citizen, the official's own agency visibly."""

import re

import pytest
from django import forms
from django.utils import translation

from motcua.orgs import services
from motcua.orgs.forms import GroupedAgencyChoiceField, grouped_choices, own_agency
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role

from ..conftest import make_staff


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def wide(tree):
    """More agencies, created out of alphabetical order (primary keys are not names)."""
    extra = {}
    extra["y_ty"] = services.create_agency(
        name="UBND xã Y Tý", code="H15.52.03", level="commune", kind="committee", parent=tree.district
    )
    extra["ban_xeo"] = services.create_agency(
        name="UBND xã Bản Xèo", code="H15.52.02", level="commune", kind="committee", parent=tree.district
    )
    extra["bac_ha"] = services.create_agency(
        name="UBND huyện Bắc Hà", code="H15.54", level="district", kind="committee", parent=tree.province
    )
    extra["ta_chai"] = services.create_agency(
        name="UBND xã Tả Chải", code="H15.54.01", level="commune", kind="committee", parent=extra["bac_ha"]
    )
    extra["direct"] = services.create_agency(
        name="UBND phường Cam Đường", code="H15.90", level="commune", kind="committee", parent=tree.province
    )
    extra["dan_toc"] = services.create_agency(
        name="Ban Dân tộc", code="H15.18", level="province", kind="board", parent=tree.province
    )
    return extra


def test_groups_by_level_and_district_sorted_by_name(tree, wide, django_assert_max_num_queries):
    agencies = list(Agency.objects.order_by("pk"))
    with django_assert_max_num_queries(0):
        groups = grouped_choices(agencies)
    labels = [[label for _pk, label in options] for _name, options in groups]
    assert [name for name, _options in groups] == [
        "Province level",
        "UBND huyện Bắc Hà",  # "bac ha" before "bat xat": sorted by the folded name
        "UBND huyện Bát Xát",
        "Communes and wards",
    ]
    assert labels[0] == [
        "UBND tỉnh Lào Cai",  # the head of the group first
        "Ban Dân tộc",
        "Sở Tư pháp",
        "Sở Tư pháp › Phòng Hành chính tư pháp",  # a unit next to its agency, named with it
        "Sở Xây dựng",
    ]
    assert labels[1] == ["UBND huyện Bắc Hà", "UBND xã Tả Chải"]
    assert labels[2] == ["UBND huyện Bát Xát", "UBND xã A Mú Sung", "UBND xã Bản Xèo", "UBND xã Y Tý"]
    assert labels[3] == ["UBND phường Cam Đường"]


def test_a_list_without_the_ancestors_still_groups_by_district(tree, wide, django_assert_max_num_queries):
    communes = list(Agency.objects.filter(level="commune").order_by("-pk"))
    with django_assert_max_num_queries(1):  # the districts and the province, fetched once
        groups = grouped_choices(communes)
    assert [name for name, _options in groups] == ["UBND huyện Bắc Hà", "UBND huyện Bát Xát", "Communes and wards"]
    assert [label for _pk, label in groups[1][1]] == ["UBND xã A Mú Sung", "UBND xã Bản Xèo", "UBND xã Y Tý"]


class Pick(forms.Form):
    agency = GroupedAgencyChoiceField(label="Agency")


def _selected(html: str) -> list[str]:
    return re.findall(r'<option value="([^"]*)"[^>]*selected', html)


def test_nothing_is_preselected_and_every_option_is_searchable_without_accents(tree, wide):
    form = Pick()
    form.fields["agency"].queryset = Agency.objects.all()
    html = str(form["agency"])
    assert "data-agency-picker" in html and "<optgroup" in html
    assert _selected(html) == [""]  # the empty option, never an agency the user did not choose
    assert 'data-search="ubnd xa ta chai"' in html
    assert 'data-search="so tu phap › phong hanh chinh tu phap"' in html
    assert not Pick({"agency": ""}).is_valid()  # required: the empty option is an answer the form refuses
    bound = Pick({"agency": str(wide["ta_chai"].pk)})
    bound.fields["agency"].queryset = Agency.objects.all()
    assert bound.is_valid() and bound.cleaned_data["agency"] == wide["ta_chai"]


def test_the_officials_own_agency_is_preselected_and_labelled(tree, wide, citizen):
    desk = make_staff("desk-ytý", wide["y_ty"], Role.DESK_OFFICER)
    agencies = Agency.objects.exclude(kind="unit")
    assert own_agency(desk, agencies) == wide["y_ty"]
    assert own_agency(citizen, agencies) is None
    unit_official = make_staff("specialist-unit", tree.justice_unit, Role.SPECIALIST)
    assert own_agency(unit_official, agencies) == tree.justice  # the nearest listed agency above the unit
    form = Pick()
    form.fields["agency"].queryset = agencies
    form.fields["agency"].set_own(own_agency(desk, agencies))
    html = str(form["agency"])
    assert _selected(html) == [str(wide["y_ty"].pk)]
    assert "UBND xã Y Tý (your agency)" in html
