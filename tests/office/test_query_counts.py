"""The number of SQL queries of the officials' main pages does not grow with the number of rows (issue 8)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, components, procedure  # noqa: F401
from ..portal.test_query_counts import queries


def receive(n: int, officials, tree, procedure):  # noqa: F811
    return [
        services.receive(
            user=officials[Role.DESK_OFFICER],
            desk=tree.justice,
            procedure=procedure,
            applicant=applicant(),
            components=components(),
        )
        for _ in range(n)
    ]


@pytest.mark.parametrize("tab", ["to_transfer", "due_today", "overdue", "mine"])
def test_queue_pages_make_as_many_queries_for_many_rows_as_for_one(client, officials, tree, procedure, tab):  # noqa: F811
    client.force_login(officials[Role.DESK_OFFICER])
    url = f"{reverse('office:dossier-list')}?tab={tab}"
    receive(1, officials, tree, procedure)
    few = queries(client, url)
    receive(6, officials, tree, procedure)
    assert queries(client, url) == few


def test_the_dossier_page_does_not_query_per_event_or_step(client, officials, tree, procedure):  # noqa: F811
    (dossier,) = receive(1, officials, tree, procedure)
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER])
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST])
    client.force_login(officials[Role.SPECIALIST])
    url = reverse("office:dossier-detail", args=[dossier.pk])
    few = queries(client, url)
    for text in ("Đã xác minh nơi cư trú", "Đủ điều kiện", "Đã đối chiếu bản chính"):
        dossier = services.add_note(dossier, user=officials[Role.SPECIALIST], text=text)
    assert dossier.events.count() == 6  # three more timeline entries, same state and actions
    assert queries(client, url) == few


def decide_now(n: int, officials, tree, procedure):  # noqa: F811
    from ..reports.conftest import decide

    now = timezone.now()
    return [decide(officials, dossier, now) for dossier in receive(n, officials, tree, procedure)]


@pytest.mark.parametrize(
    "name", ["office:report-form06", "office:report-dashboard", "office:indices", "office:index766"]
)
def test_report_pages_make_as_many_queries_for_many_dossiers_as_for_one(client, officials, tree, procedure, name):  # noqa: F811
    client.force_login(officials[Role.PROVINCE_ADMIN])
    decide_now(1, officials, tree, procedure)
    few = queries(client, reverse(name))
    decide_now(5, officials, tree, procedure)
    assert queries(client, reverse(name)) == few


def test_an_agencys_index_page_does_not_query_per_dossier(client, officials, tree, procedure):  # noqa: F811
    client.force_login(officials[Role.PROVINCE_ADMIN])
    decide_now(1, officials, tree, procedure)
    url = reverse("office:indices-unit", args=[tree.justice.pk])
    few = queries(client, url)
    decide_now(5, officials, tree, procedure)
    assert queries(client, url) == few
