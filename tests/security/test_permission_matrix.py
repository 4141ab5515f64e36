"""The permission matrix: every office and API URL, visited as an official of another agency, a citizen
and an anonymous user, refuses (403/404, or the login page) when it concerns another agency's dossier,
petition, agency or procedure, and never shows the applicant's personal data."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.urls import get_resolver

from motcua.orgs.permissions import Role

from ..conftest import make_staff
from ..dossiers.conftest import procedure  # noqa: F401
from ..portal.test_public_privacy import SECRETS, secret_dossier, secret_petition, walk  # noqa: F401

PRIVATE = ("/office/", "/api/v1/")
PUBLIC_API = ("/api/v1/public/", "/api/v1/calendar/", "/api/v1/procedures", "/api/v1/schema", "/api/v1/docs")
REFUSED = {302, 401, 403, 404, 405}


def fill(route: str, objects: dict) -> str | None:
    """The route with each parameter taken from the object its path is about."""
    route = route.lstrip("^").rstrip("$").replace("\\.", ".").replace("\\Z", "")
    about = next((key for key in ("petition", "agenc", "catalogue", "staff") if key in route), "dossier")

    def value(name: str) -> str:
        obj = objects[about]
        if name == "fmt":
            return "csv" if "agenc" in about else "json"
        if name == "number":
            return "1"
        if "code" in name:
            return str(getattr(obj, "code", obj.pk))
        return str(obj.pk)

    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: value(m.group(1)), route)  # regular expressions first
    route = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: value(m.group(1)), route).replace("/^", "/")
    if any(ch in route for ch in "()[]*+?|"):
        return None
    return "/" + route


def about_an_object(route: str) -> bool:
    """A route with a parameter naming an object (not only the format of an export)."""
    return any(name != "fmt" for name in re.findall(r"<(?:\w+:)?(\w+)>", route))


def private_routes():
    for route, _converters in walk(get_resolver().url_patterns):
        path = "/" + route.lstrip("^")
        if path.startswith(PRIVATE) and not path.startswith(PUBLIC_API):
            yield route


@pytest.fixture
def objects(tree, officials, secret_dossier, secret_petition, procedure):  # noqa: F811
    return {
        "dossier": secret_dossier,
        "petition": secret_petition,
        "agenc": tree.justice,
        "catalogue": procedure,
        "staff": officials[Role.DESK_OFFICER],
    }


def visit(client, objects) -> tuple[int, list[tuple[str, int]], list[tuple[str, str]]]:
    """GET every private URL; (how many, the object URLs answered 200, the secrets shown)."""
    count, opened, leaks = 0, [], []
    for route in private_routes():
        url = fill(route, objects)
        if url is None:
            continue
        cache.clear()
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", "replace")
        leaks += [(url, secret) for secret in SECRETS if secret in text]
        if about_an_object(route) and response.status_code not in REFUSED:
            opened.append((url, response.status_code))
        count += 1
    return count, opened, leaks


@pytest.mark.parametrize("who", ["other_desk", "other_admin", "citizen", "anonymous"])
def test_nobody_outside_the_agency_opens_its_objects_or_sees_personal_data(
    who, client, objects, tree, citizen, settings
):
    settings.DEBUG = False
    users = {
        "other_desk": lambda: make_staff("other_desk", tree.construction, Role.DESK_OFFICER),
        "other_admin": lambda: make_staff("other_admin", tree.construction, Role.AGENCY_ADMIN),
        "citizen": lambda: citizen,
    }
    if who in users:
        client.force_login(users[who]())
    count, opened, leaks = visit(client, objects)
    assert count >= 60  # the matrix really went through the office and the API
    assert leaks == []
    assert opened == []


def test_the_matrix_sees_the_objects_where_the_agency_s_own_official_may(client, objects, officials):
    """The same visit as the receiving desk officer opens the dossier page and meets the applicant."""
    client.force_login(officials[Role.DESK_OFFICER])
    _count, opened, leaks = visit(client, objects)
    assert (f"/office/dossiers/{objects['dossier'].pk}/", 200) in opened
    assert any(url == f"/office/dossiers/{objects['dossier'].pk}/" for url, _secret in leaks)


ACTIONS = ("forward", "assign", "decide", "note", "request-supplement", "return", "withdraw", "stop", "apologise")


@pytest.mark.parametrize("who", ["other_desk", "other_admin", "citizen"])
def test_nobody_outside_the_agency_acts_on_its_dossier(who, client, objects, tree, citizen):
    users = {
        "other_desk": lambda: make_staff("other_desk", tree.construction, Role.DESK_OFFICER),
        "other_admin": lambda: make_staff("other_admin", tree.construction, Role.AGENCY_ADMIN),
        "citizen": lambda: citizen,
    }
    client.force_login(users[who]())
    dossier = objects["dossier"]
    for action in ACTIONS:
        data = {f"{action}-revision": dossier.revision, "revision": dossier.revision, f"{action}-text": "x"}
        response = client.post(f"/office/dossiers/{dossier.pk}/act/{action}/", data)
        assert response.status_code in (403, 404), (action, response.status_code)
    dossier.refresh_from_db()
    assert dossier.events.count() == 1 and dossier.status == "received"
