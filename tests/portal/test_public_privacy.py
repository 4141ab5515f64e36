"""No public response carries personal data: every URL of the site, fetched anonymously."""

import re

import pytest
from django.core.cache import cache
from django.urls import URLPattern, URLResolver, get_resolver

from motcua.dossiers import services
from motcua.dossiers.services import Applicant
from motcua.orgs.permissions import Role

from ..dossiers.conftest import at, components, procedure  # noqa: F401

SECRETS = ("Hoàng Thị Bí Mật", "0987654321", "001122334455", "bimat@example.vn", "Ngõ Kín Đáo", "Trần Đại Diện")


def walk(patterns, prefix=""):
    """(route, converters) for every URL pattern, depth first."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.pattern.converters if hasattr(entry.pattern, "converters") else {}


def concrete(route: str, dossier) -> str | None:
    """The route with its parameters filled from the dossier (code or primary key); None if impossible."""
    route = route.lstrip("^").rstrip("$").replace("\\.", ".").replace("\\Z", "")

    def value(name: str) -> str:
        if "code" in name:
            return dossier.code
        return str(dossier.pk)

    route = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: value(m.group(1)), route)
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: value(m.group(1)), route)
    if any(ch in route for ch in "()[]*+?|"):
        return None
    return "/" + route


@pytest.fixture
def secret_dossier(officials, tree, procedure):  # noqa: F811
    cache.clear()
    applicant = Applicant(
        name=SECRETS[0],
        phone=SECRETS[1],
        id_number=SECRETS[2],
        email=SECRETS[3],
        address=SECRETS[4],
        representative={"name": SECRETS[5]},
    )
    return services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant,
        components=components(),
        at=at(2026, 3, 6, 9, 0),
    )


def sweep(client, dossier) -> tuple[int, list[tuple[str, str]]]:
    """GET every URL of the site; return how many were fetched and which showed which secret."""
    checked, leaks = 0, []
    for route, _converters in walk(get_resolver().url_patterns):
        url = concrete(route, dossier)
        if url is None or url.startswith("/admin/"):
            continue
        cache.clear()  # the lookup rate limit must not hide a page
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", "replace")
        leaks += [(url, secret) for secret in SECRETS if secret in text]
        checked += 1
    return checked, leaks


def test_no_anonymous_response_anywhere_shows_personal_data(client, secret_dossier, settings):
    settings.DEBUG = False
    checked, leaks = sweep(client, secret_dossier)
    assert checked >= 40  # the sweep really visited the site
    assert leaks == []


def test_the_sweep_finds_the_data_where_an_official_may_see_it(client, secret_dossier, officials, login):
    """Logged in as the receiving desk officer, the same sweep meets the applicant on the dossier page."""
    login(officials[Role.DESK_OFFICER])
    _checked, leaks = sweep(client, secret_dossier)
    assert (f"/office/dossiers/{secret_dossier.pk}/", SECRETS[0]) in leaks
