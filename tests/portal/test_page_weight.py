"""A portal page with everything it loads weighs under 150 KB (issue 6 quality bar): HTML + static assets."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.urls import reverse

from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, at, components, procedure  # noqa: F401

LIMIT = 150 * 1024
ASSET = re.compile(r'(?:href|src)="/static/([^"?#]+)"')


def weight(body: str) -> tuple[int, list[str]]:
    """Bytes of the page and of every static file it references (stylesheets, scripts, images)."""
    assets = sorted(set(ASSET.findall(body)))
    total = len(body.encode())
    for name in assets:
        path = finders.find(name)
        assert path, f"missing static file {name}"
        with open(path, "rb") as handle:
            total += len(handle.read())
    return total, assets


@pytest.fixture
def dossier(officials, tree, procedure):  # noqa: F811
    cache.clear()
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )


def test_public_pages_stay_light(client, dossier):
    urls = [
        reverse("portal:home"),
        reverse("portal:procedures"),
        reverse("portal:procedure", args=[dossier.procedure.code]),
        reverse("portal:lookup"),
        reverse("portal:dossier-status", args=[dossier.code]),
        reverse("portal:disclosure"),
        reverse("portal:calendar"),
        reverse("login"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        total, assets = weight(response.content.decode())
        assert assets, f"{url}: the stylesheet was not found, the weight would be wrong"
        assert total < LIMIT, f"{url} weighs {total} bytes"


def test_the_weight_counts_the_assets():
    page = '<link rel="stylesheet" href="/static/motcua/css/site.css">'
    total, assets = weight(page)
    assert assets == ["motcua/css/site.css"] and total > len(page) + 1000
