from pathlib import Path

import yaml
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def test_public_agency_directory(client, tree, officials):
    rows = client.get("/api/v1/agencies", {"q": "H15.52"}).json()
    assert [r["code"] for r in rows] == ["H15.52", "H15.52.01"]
    assert rows[1]["parent_code"] == "H15.52" and rows[1]["level"] == "commune"
    body = client.get("/api/v1/agencies").content.decode()
    assert "desk" not in body and "staff" not in body  # no people in the public directory
    assert len(client.get("/api/v1/agencies", {"level": "province"}).json()) == 4


def test_committed_openapi_matches_the_code(tmp_path):
    generated = tmp_path / "openapi.yaml"
    call_command("spectacular", "--file", str(generated), "--validate", "--fail-on-warn")
    committed = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert yaml.safe_load(generated.read_text(encoding="utf-8")) == committed, (
        "openapi.yaml is out of date: run `python manage.py spectacular --file openapi.yaml`"
    )


def test_schema_and_docs_are_served(client, db):
    assert client.get("/api/v1/schema").status_code == 200
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.content.decode().lower()
