"""The number of SQL queries of the portal's list pages does not grow with the number of rows (issue 8)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, procedure  # noqa: F401


def queries(client, url: str) -> int:
    cache.clear()  # the disclosure lists are cached: count the uncached page
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def add_dossiers(n: int, officials, tree, procedure, citizen) -> None:  # noqa: F811
    for _ in range(n):
        dossier = services.receive(
            user=officials[Role.DESK_OFFICER],
            desk=tree.justice,
            procedure=procedure,
            applicant=applicant(),
            components=components(),
        )
        dossier.account = citizen
        dossier.save(update_fields=["account"])


@pytest.mark.parametrize(
    "url",
    ["portal:my-dossiers", "portal:disclosure", "public-disclosure", "portal:procedures", "api:procedures"],
)
def test_list_pages_make_as_many_queries_for_many_rows_as_for_one(
    client,
    officials,
    tree,
    procedure,  # noqa: F811
    citizen,
    url,
):
    client.force_login(citizen)
    add_dossiers(1, officials, tree, procedure, citizen)
    few = queries(client, reverse(url))
    add_dossiers(6, officials, tree, procedure, citizen)
    assert queries(client, reverse(url)) == few


def test_my_dossier_page_does_not_query_per_event(client, officials, tree, procedure, citizen):  # noqa: F811
    add_dossiers(1, officials, tree, procedure, citizen)
    dossier = citizen.dossiers.get()
    client.force_login(citizen)
    url = reverse("portal:my-dossier", args=[dossier.pk])
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER])
    few = queries(client, url)
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST])
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST])
    assert dossier.events.count() == 4 and dossier.current_step.seq == 4  # two more hand-overs on the timeline
    assert queries(client, url) == few
