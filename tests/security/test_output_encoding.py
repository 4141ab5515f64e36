"""ASVS 5.0 V1.2.1 / V3.2.2: text typed by applicants is shown as text, never as markup, on the office pages."""

import pytest
from django.urls import reverse

from motcua.dossiers import services
from motcua.dossiers.services import Applicant, ComponentInput
from motcua.orgs.permissions import Role

from ..dossiers import conftest as dossiers

pytestmark = pytest.mark.django_db
procedure = dossiers.procedure  # a fixture

PAYLOAD = '<img src=x onerror="alert(1)">'


def test_an_applicants_markup_is_escaped_on_the_dossier_page_and_the_queue(client, officials, tree, procedure):
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=Applicant(name=PAYLOAD, phone="0912000111", address=PAYLOAD),
        components=[ComponentInput("to-khai", received=True), ComponentInput("giay-chung-sinh", received=True)],
        at=dossiers.at(2026, 3, 6, 9, 0),
    )
    client.force_login(officials[Role.DESK_OFFICER])
    for url in (reverse("office:dossier-detail", args=[dossier.pk]), reverse("office:dossier-list")):
        html = client.get(url).content.decode()
        assert PAYLOAD not in html, url
    html = client.get(reverse("office:dossier-detail", args=[dossier.pk])).content.decode()
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html  # shown, as text
