"""Issue 13 items 2 and 3 in the online submission: the normal case is the default (special cases are opt-in,
each with its time) and the receiving desk is a grouped picker with nothing chosen for the citizen."""
# ruff: noqa: F811 (pytest fixtures imported from tests/submissions/conftest.py are used as arguments)

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from motcua.submissions import services

from ...submissions.conftest import commune_procedure  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(client, citizen, commune_procedure):
    client.cookies["django_language"] = "en"
    client.force_login(citizen)
    draft = services.start_draft(user=citizen, procedure=commune_procedure)
    services.save_applicant(
        draft,
        user=citizen,
        applying_as="self",
        data={"name": "Nguyễn Văn An", "id_number": "010203004005", "phone": "0912345678"},
    )
    return draft


def _url(draft) -> str:
    return reverse("portal:draft-case", args=[draft.pk])


def test_the_normal_case_is_offered_first_and_chosen_by_default(client, draft):
    body = client.get(_url(draft)).content.decode()
    checked = re.findall(r'<input type="radio" name="case" value="([^"]*)"[^>]*checked', body)
    assert checked == [""]
    assert "The normal case — 2 working days" in body
    assert body.index("The normal case") < body.index("Đăng ký đúng hạn") < body.index("Đăng ký quá hạn")


def test_leaving_the_case_alone_keeps_the_normal_case(client, draft, tree):
    response = client.post(_url(draft), {"desk": str(tree.commune.pk), "return_method": "post"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.case == ""
    response = client.post(_url(draft), {"case": "qua-han", "desk": str(tree.commune.pk), "return_method": "post"})
    draft.refresh_from_db()
    assert draft.case == "qua-han"


def test_the_receiving_desk_is_a_grouped_picker_with_nothing_chosen(client, draft, tree):
    body = client.get(_url(draft)).content.decode()
    select = body[body.index('<select name="desk"') : body.index("</select>", body.index('<select name="desk"'))]
    assert "data-agency-picker" in select
    assert re.findall(r'<option value="([^"]*)"[^>]*selected', select) == [""]  # no desk chosen for the citizen
    assert '<optgroup label="UBND huyện Bát Xát">' in select
    assert select.index("UBND xã A Mú Sung") < select.index("UBND xã Y Tý")
    assert 'data-search="ubnd xa y ty"' in select
    response = client.post(_url(draft), {"desk": "", "return_method": "post"})
    assert response.status_code == 400  # leaving it empty is refused, not guessed
