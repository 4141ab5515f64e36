"""schemathesis over every operation of openapi.yaml, in process (WSGI), anonymous and as a province
administrator logged in with a session (the API's only authentication; CSRF token sent as the office
pages do): no 500, no status code, content type or body outside the schema, and every request that
breaks a documented parameter rule refused (400 JSON naming the field, or 403/404/415).

Bounded for the suite: a few dozen examples per operation, derandomised (the same cases every run).
The rate limits (429, documented where they can answer) are cleared before each case so that the
fuzzing reaches the code behind them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.urls import get_resolver
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from motcua.orgs.permissions import Role

from ..dossiers.conftest import procedure  # noqa: F401
from ..portal.test_public_privacy import secret_dossier, secret_petition, walk  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
FUZZ = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@schemathesis.serializer("application/x-ndjson")
def ndjson(context, value) -> bytes:
    """The import body as documented: NDJSON text, sent as it is (a list: one JSON line per item)."""
    if isinstance(value, list):
        return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in value).encode()
    if not isinstance(value, str):
        value = json.dumps(value)
    return value.encode("utf-8", "surrogatepass")


schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml")
schema.app = WSGIHandler()
schema.config.generation.update(
    modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE],
    with_security_parameters=False,
    deterministic=True,
)


def takes_a_session(ctx) -> bool:
    """Operations that read the session: the others never authenticate, so the anonymous run covers them."""
    return any("cookieAuth" in requirement for requirement in ctx.operation.definition.raw.get("security", []))


authenticated_schema = schema.include(func=takes_a_session)


@pytest.fixture
def data(secret_dossier, secret_petition):  # noqa: F811
    """The tree, one official per role, a published procedure, a received dossier, a published petition.

    The WSGI handler must not close the test's database connection at the end of each request (Django's
    test client does the same): on PostgreSQL the connection holds the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield secret_dossier
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def session(data, officials) -> dict:
    """Cookies and header of a logged-in province administrator, CSRF token included."""
    client = Client()
    client.force_login(officials[Role.PROVINCE_ADMIN])
    token = get_token(RequestFactory().get("/"))
    return {
        "cookies": {
            django_settings.SESSION_COOKIE_NAME: client.cookies[django_settings.SESSION_COOKIE_NAME].value,
            django_settings.CSRF_COOKIE_NAME: token,
        },
        "headers": {"X-CSRFToken": token},
    }


def checks_for(case) -> list:
    """All checks; a text body (the NDJSON import) has no "wrong type" on the wire, whatever was generated."""
    if case.media_type == "application/x-ndjson" and not isinstance(case.body, str):
        return [check for check in CHECKS if check is not negative_data_rejection]
    return CHECKS


@schema.parametrize()
@FUZZ
def test_anonymous_answers_stay_in_the_schema(case, data):
    cache.clear()
    case.call_and_validate(checks=checks_for(case))


@authenticated_schema.parametrize()
@FUZZ
def test_authenticated_answers_stay_in_the_schema(case, session):
    cache.clear()
    case.call_and_validate(checks=checks_for(case), headers=session["headers"], cookies=session["cookies"])


def test_every_api_url_is_in_the_fuzzed_schema():
    """Every route under /api/v1/ (but the schema and its page) is an operation of openapi.yaml."""
    routes = {
        "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)
        for route, _converters in walk(get_resolver().url_patterns)
        if route.startswith("api/v1/")
    }
    paths = {operation.ok().path for operation in schema.get_all_operations()}
    assert routes - {"/api/v1/schema", "/api/v1/docs"} == paths
    assert len(list(authenticated_schema.get_all_operations())) >= 5


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/public/petitions?agency=H15%00",
        "/api/v1/public/disclosure?agency=H15%00",
        "/api/v1/agencies?q=%00",
        "/api/v1/procedures?q=a&x%00=1",
    ],
)
def test_a_nul_character_is_a_400_naming_the_parameter(client, data, url):
    """PostgreSQL text cannot hold NUL: without the check these answered 500 there."""
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["error"]["fields"]


def test_a_dossier_code_with_a_nul_character_is_unknown(client, data):
    response = client.get("/api/v1/public/dossiers/H15.03-260306-%00")
    assert response.status_code == 404 and set(response.json()["error"]["fields"]) == {"code"}


def test_a_petition_with_a_nul_character_is_a_400(client, data):
    body = {"agency": "H15.03\x00", "title": "t", "content": "c", "name": "n", "address": "a", "phone": "0912345678"}
    response = client.post("/api/v1/petitions", body, content_type="application/json")
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"agency"}
