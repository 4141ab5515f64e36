"""Office pages for catalogue import and export: permissions, jurisdiction, upload checks, results."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from motcua.audit.models import AuditEntry
from motcua.catalogue import transfer, transfer_xlsx
from motcua.catalogue.models import Procedure, ProcedureVersion, PublicationDecision
from motcua.office.catalogue import transfer as catalogue_transfer_views
from motcua.orgs.permissions import Role

from ...catalogue.test_transfer import build_catalogue, wipe, without_form_ids

EXPORT_JSON = reverse("office:catalogue-export", args=["json"])
EXPORT_XLSX = reverse("office:catalogue-export", args=["xlsx"])
IMPORT = reverse("office:catalogue-import")


@pytest.fixture(autouse=True)
def media_and_english(settings, tmp_path, client):
    settings.MEDIA_ROOT = tmp_path
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the assertions read the English source strings


@pytest.fixture
def catalogue(tree):
    build_catalogue(tree)
    return tree


def _upload(name: str, data: bytes | str):
    return SimpleUploadedFile(name, data.encode() if isinstance(data, str) else data)


def _codes(response) -> set[str]:
    return {p["code"] for p in json.loads(response.content)["procedures"]}


@pytest.mark.parametrize("url", [EXPORT_JSON, EXPORT_XLSX, IMPORT])
def test_anonymous_goes_to_login_and_citizen_and_desk_officer_are_refused(client, citizen, officials, login, url):
    assert client.get(url).status_code == 302
    assert login(citizen).get(url).status_code == 403
    assert login(officials[Role.DESK_OFFICER]).get(url).status_code == 403
    assert login(citizen).post(url, {"file": _upload("x.json", "{}")}).status_code == 403
    assert AuditEntry.objects.filter(action="denied").count() >= 3


def test_export_gives_the_procedures_of_the_jurisdiction_and_is_audited(catalogue, officials, other_official, login):
    own = login(officials[Role.AGENCY_ADMIN]).get(EXPORT_JSON)
    assert own.status_code == 200
    assert own["Content-Disposition"].startswith('attachment; filename="danh-muc-tthc-')
    assert _codes(own) == {"1.001193", "1.000656", "2.000635"}  # Sở Tư pháp's, not Sở Xây dựng's
    assert _codes(login(other_official).get(EXPORT_JSON)) == {"1.009972"}
    assert _codes(login(officials[Role.PROVINCE_ADMIN]).get(EXPORT_JSON)) == {
        "1.001193",
        "1.000656",
        "2.000635",
        "1.009972",
    }
    workbook = login(other_official).get(EXPORT_XLSX)
    assert workbook["Content-Type"] == transfer_xlsx.CONTENT_TYPE
    assert workbook.content.startswith(b"PK\x03\x04")
    entries = AuditEntry.objects.filter(action="export", object_type="catalogue.procedure")
    assert entries.count() == 4
    assert entries.filter(actor=other_official, changes__rows=1).count() == 2


def test_import_page_works_without_javascript(officials, login):
    page = login(officials[Role.AGENCY_ADMIN]).get(IMPORT)
    html = page.content.decode()
    assert 'enctype="multipart/form-data"' in html and "csrfmiddlewaretoken" in html
    assert f'href="{EXPORT_XLSX}"' in html and f'href="{EXPORT_JSON}"' in html
    assert "<script" not in html.split("<main", 1)[-1] and "style=" not in html


def test_another_agencys_official_cannot_import_its_procedures(catalogue, officials, other_official, login):
    text = login(officials[Role.AGENCY_ADMIN]).get(EXPORT_XLSX).content
    wipe()

    response = login(other_official).post(IMPORT, {"file": _upload("catalogue.xlsx", text)})

    assert response.status_code == 200
    html = response.content.decode()
    assert "nothing was imported" in html
    assert "You may not manage the procedures of Sở Tư pháp" in html
    assert not Procedure.objects.exists()
    assert AuditEntry.objects.filter(action="denied", actor=other_official).exists()


def test_agency_admin_imports_drafts_from_excel(catalogue, officials, login):
    client = login(officials[Role.AGENCY_ADMIN])
    workbook = client.get(EXPORT_XLSX).content
    wipe()

    response = client.post(IMPORT, {"file": _upload("danh-muc.xlsx", workbook)})

    html = response.content.decode()
    assert "Import finished" in html, html
    assert set(Procedure.objects.values_list("code", flat=True)) == {"1.001193", "1.000656", "2.000635"}
    assert set(ProcedureVersion.objects.values_list("state", flat=True)) == {"draft"}
    assert ProcedureVersion.objects.filter(created_by=officials[Role.AGENCY_ADMIN]).count() == 3


def test_only_a_province_admin_replays_decisions(catalogue, officials, login):
    document = login(officials[Role.PROVINCE_ADMIN]).get(EXPORT_JSON).content
    wipe()

    refused = login(officials[Role.AGENCY_ADMIN]).post(IMPORT, {"file": _upload("catalogue.json", document)})
    assert "Only a province administrator can create or publish decision 01/QĐ-UBND" in refused.content.decode()
    assert not Procedure.objects.exists() and not PublicationDecision.objects.exists()

    accepted = login(officials[Role.PROVINCE_ADMIN]).post(IMPORT, {"file": _upload("catalogue.json", document)})
    assert "Import finished" in accepted.content.decode()
    assert PublicationDecision.objects.filter(state="published").count() == 2
    assert without_form_ids(transfer.build_document()) == without_form_ids(json.loads(document))
    assert Procedure.objects.get(code="1.000656").status == "abolished"


def test_all_or_nothing_through_the_page_lists_every_problem(catalogue, officials, login):
    client = login(officials[Role.PROVINCE_ADMIN])
    document = json.loads(client.get(EXPORT_JSON).content)
    wipe()
    document["procedures"][0]["versions"][0]["content"]["legal_basis"] = []
    document["procedures"][2]["owner"] = "H15.99"

    response = client.post(IMPORT, {"file": _upload("catalogue.json", transfer.dumps(document))})

    html = response.content.decode()
    assert "2 problems found: nothing was imported." in html
    assert "content.legal_basis" in html and "H15.99" in html
    assert not Procedure.objects.exists()


def test_dry_run_and_mapping_through_the_page(catalogue, officials, login):
    client = login(officials[Role.PROVINCE_ADMIN])
    document = client.get(EXPORT_JSON).content
    wipe()

    response = client.post(IMPORT, {"file": _upload("catalogue.json", document), "dry_run": "on", "mapping": "H15=H15"})

    html = response.content.decode()
    assert "Nothing was saved" in html and "procedures created" in html.lower()
    assert not Procedure.objects.exists()
    bad_mapping = client.post(IMPORT, {"file": _upload("catalogue.json", document), "mapping": "H15 to H56"})
    assert "is not a mapping of two e-ID codes" in bad_mapping.content.decode()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("catalogue.json", b"MZ\x90\x00 an executable", "neither a catalogue JSON document nor an Excel workbook"),
        ("catalogue.xlsx", b'{"format": "motcua.catalogue"}', "does not match its content"),
        ("catalogue.json", b"PK\x03\x04 broken zip", "not an Excel workbook"),
    ],
)
def test_uploads_are_checked_by_content(officials, login, name, data, message):
    response = login(officials[Role.AGENCY_ADMIN]).post(IMPORT, {"file": _upload(name, data)})
    assert message in response.content.decode()


def test_uploads_over_the_limit_are_refused(officials, login, monkeypatch):
    monkeypatch.setattr(catalogue_transfer_views, "MAX_UPLOAD_BYTES", 100)
    body = json.dumps({"format": "motcua.catalogue", "version": 1, "procedures": [], "padding": "x" * 200})
    response = login(officials[Role.AGENCY_ADMIN]).post(IMPORT, {"file": _upload("catalogue.json", body)})
    assert "larger than 20 MB" in response.content.decode()


def test_import_needs_csrf(officials):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(officials[Role.AGENCY_ADMIN])
    response = strict.post(IMPORT, {"file": _upload("c.json", b"{}")})
    assert response.status_code == 403
