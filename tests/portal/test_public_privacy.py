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


def concrete(route: str, dossier, petition=None) -> str | None:
    """The route with its parameters filled from the dossier (code or primary key); None if impossible.

    Petition routes are filled from the petition instead, when one is given."""
    route = route.lstrip("^").rstrip("$").replace("\\.", ".").replace("\\Z", "")
    if petition is not None and "petition" in route:
        dossier = petition

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


def sweep(client, dossier, petition=None) -> tuple[int, list[tuple[str, str]]]:
    """GET every URL of the site; return how many were fetched and which showed which secret."""
    checked, leaks = 0, []
    for route, _converters in walk(get_resolver().url_patterns):
        url = concrete(route, dossier, petition)
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


# --- feedback and petitions (PAKN): the petitioner's data never reaches a public page -----------------


@pytest.fixture
def secret_petition(officials, tree):
    """A published petition whose petitioner, content and private answer carry the secrets."""
    from motcua.petitions import services as petitions
    from motcua.petitions.services import PetitionInput

    cache.clear()
    data = PetitionInput(
        agency=tree.justice,
        title="Thời hạn cấp phiếu lý lịch tư pháp",
        content=f"Tôi là {SECRETS[0]}, CCCD {SECRETS[2]}, ở {SECRETS[4]}; hồ sơ của tôi bị chậm.",
        name=SECRETS[0],
        address=SECRETS[4],
        phone=SECRETS[1],
        email=SECRETS[3],
    )
    desk = officials[Role.DESK_OFFICER]
    petition = petitions.submit(data, at=at(2026, 3, 6, 9, 0))
    petition = petitions.accept(petition, user=desk, at=at(2026, 3, 9, 9, 0))
    petition = petitions.answer(petition, user=desk, text=f"Kính gửi bà {SECRETS[0]}: Sở đã rút ngắn thời hạn.")
    petition = petitions.publish(
        petition, user=desk, public_title="Thời hạn cấp phiếu lý lịch tư pháp", public_answer="Sở đã rút ngắn thời hạn."
    )
    petitions.submit(data, at=at(2026, 3, 6, 10, 0))  # and one still open
    return petition


def test_no_anonymous_response_shows_a_petitioners_data(client, secret_dossier, secret_petition, settings):
    settings.DEBUG = False
    checked, leaks = sweep(client, secret_dossier, secret_petition)
    assert checked >= 40
    assert leaks == []
    page = client.get(f"/petitions/{secret_petition.code}/")
    assert page.status_code == 200 and "Sở đã rút ngắn thời hạn." in page.content.decode()  # the page was reached


def test_the_petition_sweep_finds_the_data_where_an_official_may_see_it(
    client, secret_dossier, secret_petition, officials, login
):
    login(officials[Role.DESK_OFFICER])
    _checked, leaks = sweep(client, secret_dossier, secret_petition)
    assert (f"/office/petitions/{secret_petition.pk}/", SECRETS[0]) in leaks
