"""The petitions API: submission with JSON errors naming the field, the public list without personal data."""

import datetime as dt
import json

import pytest
from django.core.cache import cache
from django.test import Client

from motcua.orgs.permissions import Role
from motcua.petitions import services
from motcua.petitions.models import Petition

from ..petitions.conftest import PETITIONER, at, petition_input


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def body(agency_code="H15.03", **fields) -> dict:
    data = {
        "agency": agency_code,
        "kind": "proposal",
        "title": "Đề nghị bỏ bản sao",
        "content": "Nội dung riêng của người gửi.",
        **PETITIONER,
    }
    data.update(fields)
    return data


def post(client, data):
    return client.post("/api/v1/petitions", json.dumps(data), content_type="application/json")


def publish(officials, petition, when, title="Tiêu đề công bố", answer="Đã sửa quy định."):
    desk = officials[Role.PROVINCE_ADMIN]
    petition = services.accept(petition, user=desk, at=when)
    petition = services.answer(petition, user=desk, text=f"Kính gửi {PETITIONER['name']}: {answer}", at=when)
    return services.publish(petition, user=desk, public_title=title, public_answer=answer, at=when)


def test_anonymous_submission_returns_the_code_and_deadline(client, tree):
    response = post(client, body())
    assert response.status_code == 201
    data = response.json()
    petition = Petition.objects.get()
    assert data["code"] == petition.code and data["status"] == "received" and data["agency"] == "H15.03"
    assert dt.datetime.fromisoformat(data["due_at"]) == petition.due_at
    assert petition.account is None


def test_errors_name_the_fields(client, tree):
    response = post(client, body(name="", phone="x", agency="H15.03.02"))  # a unit does not receive petitions
    assert response.status_code == 400
    error = response.json()["error"]
    assert set(error["fields"]) == {"agency"}
    response = post(client, body(name="", phone="x", title=""))
    assert set(response.json()["error"]["fields"]) == {"name", "phone", "title"}
    response = post(client, body(title=5, extra="y"))
    assert set(response.json()["error"]["fields"]) == {"title", "non_field_errors"}
    response = client.post("/api/v1/petitions", "[1, 2]", content_type="application/json")
    assert response.status_code == 400
    assert not Petition.objects.exists()


def test_anonymous_submission_is_rate_limited(client, tree):
    for _ in range(3):
        assert post(client, body()).status_code == 201
    response = post(client, body())
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "throttled"
    assert post(client, body(name="")).status_code == 400  # invalid ones are not counted, still explained


def test_a_logged_in_citizen_needs_csrf_and_gets_the_petition_linked(tree, citizen):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(citizen)
    assert post(strict, body()).status_code == 403
    relaxed = Client()
    relaxed.force_login(citizen)
    assert post(relaxed, body()).status_code == 201
    assert Petition.objects.get().account == citizen


def test_public_list_shows_published_answers_only_without_personal_data(client, tree, officials):
    published = publish(officials, services.submit(petition_input(tree.justice)), at(2026, 3, 10))
    services.submit(petition_input(tree.justice, title="Chưa trả lời"))
    response = client.get("/api/v1/public/petitions")
    assert response.status_code == 200
    data = response.json()
    assert [row["code"] for row in data["results"]] == [published.code]
    row = data["results"][0]
    assert row["title"] == "Tiêu đề công bố" and row["answer"] == "Đã sửa quy định."
    assert row["agency"] == {"code": "H15.03", "name": "Sở Tư pháp"}
    assert row["answered_on"] == "2026-03-10"
    text = response.content.decode()
    for secret in PETITIONER.values():
        assert secret not in text and json.dumps(secret)[1:-1] not in text
    assert "Kính gửi" not in text and "Tôi đề nghị" not in text
    assert data["next"] is None


def test_public_list_pages_by_keyset_and_filters_by_agency(client, tree, officials):
    codes = [
        publish(officials, services.submit(petition_input(agency)), at(2026, 3, day)).code
        for day, agency in ((2, tree.justice), (3, tree.construction), (4, tree.justice))
    ]
    first = client.get("/api/v1/public/petitions?limit=2").json()
    assert [r["code"] for r in first["results"]] == [codes[2], codes[1]]
    second = client.get(f"/api/v1/public/petitions?limit=2&after={first['next']}").json()
    assert [r["code"] for r in second["results"]] == [codes[0]] and second["next"] is None
    only = client.get("/api/v1/public/petitions?agency=H15.07").json()
    assert [r["code"] for r in only["results"]] == [codes[1]]
    bad = client.get("/api/v1/public/petitions?agency=NOPE&limit=0&after=x")
    assert bad.status_code == 400
    assert set(bad.json()["error"]["fields"]) == {"agency", "limit", "after"}


def test_the_schema_documents_both_endpoints(client, officials, login):
    login(officials[Role.PROVINCE_ADMIN])
    schema = client.get("/api/v1/schema", HTTP_ACCEPT="application/json")
    assert schema.status_code == 200
    text = schema.content.decode()
    assert "/api/v1/public/petitions" in text and "/api/v1/petitions" in text
