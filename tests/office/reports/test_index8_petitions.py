"""Index 8 explained: each petition figure on an agency's index page links to the petitions behind it,
as many as the figure says, without the petitioners' personal data."""

import re

from django.urls import reverse

from motcua.orgs.permissions import Role
from motcua.petitions import services as petitions

from ...conftest import make_staff
from ...petitions.conftest import PETITIONER, petition_input
from ...reports.conftest import at, procedure  # noqa: F401
from ...reports.conftest_indices import decided_on

QUERY = {"from": "2026-03-01", "to": "2026-03-31"}


def _petitions(officials, tree):
    desk = officials[Role.DESK_OFFICER]
    petitions.submit(petition_input(tree.justice), at=at(2026, 2, 2, 9, 0))  # open, overdue at the end of March
    petitions.submit(petition_input(tree.justice), at=at(2026, 3, 25, 9, 0))  # open, not yet due
    answered = petitions.accept(petitions.submit(petition_input(tree.justice), at=at(2026, 3, 2, 9, 0)), user=desk)
    petitions.answer(answered, user=desk, text="Đã trả lời.", at=at(2026, 3, 3, 9, 0))  # on time
    late = petitions.accept(petitions.submit(petition_input(tree.justice), at=at(2026, 2, 3, 9, 0)), user=desk)
    petitions.answer(late, user=desk, text="Đã trả lời.", at=at(2026, 3, 30, 9, 0))  # after its deadline


def test_each_figure_links_to_as_many_petitions(client, officials, tree, procedure):  # noqa: F811
    decided_on(officials, tree, procedure, 5)  # the agency has a decided dossier in March: its page has scores
    _petitions(officials, tree)
    client.force_login(officials[Role.AGENCY_LEADER])
    page = client.get(reverse("office:indices-unit", args=[tree.justice.pk]), QUERY).content.decode()
    links = re.findall(r'href="([^"]*/petitions/\?[^"]*figure=(\w+))">[^<]*: (\d+)</a>', page)
    assert {figure: int(count) for _href, figure, count in links} == {
        "received": 2,
        "handled": 2,
        "handled_on_time": 1,
        "open_overdue": 1,
    }
    for href, figure, count in links:
        listing = client.get(href.replace("&amp;", "&"))
        assert listing.status_code == 200
        body = listing.content.decode()
        assert body.count('<th scope="row">') == int(count), figure
        assert PETITIONER["name"] not in body and PETITIONER["phone"] not in body


def test_others_are_refused(client, officials, citizen, tree, other_official):
    _petitions(officials, tree)
    url = reverse("office:indices-unit-petitions", args=[tree.justice.pk])
    for user in (other_official, make_staff("xd.leader", tree.construction, Role.AGENCY_LEADER), citizen):
        client.force_login(user)
        assert client.get(url, {**QUERY, "figure": "handled"}).status_code == 403
    client.force_login(officials[Role.AGENCY_LEADER])
    assert client.get(url, {**QUERY, "figure": "nonsense"}).status_code == 400
