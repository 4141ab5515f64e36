"""Back office of the procedure catalogue: editor, versions and diff, processes, forms, decisions."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from motcua.audit.models import AuditEntry
from motcua.catalogue import selectors, services
from motcua.catalogue.models import (
    DecisionItem,
    FormTemplate,
    Procedure,
    ProcedureVersion,
    ProcessTemplate,
    PublicationDecision,
)
from motcua.orgs.permissions import Role

from ...catalogue.factories import content, sector

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def english(client, settings):
    """The assertions read the English source strings, whatever the translations say."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


@pytest.fixture
def sectors(db):
    return [sector(), sector("DD", "Đất đai")]


@pytest.fixture
def birth(tree, sectors):
    """A draft procedure of Sở Tư pháp."""
    return services.create_procedure(code="1.001193", owner=tree.justice, content=content())


@pytest.fixture
def building(tree, sectors):
    """A draft procedure of Sở Xây dựng (another agency)."""
    return services.create_procedure(
        code="1.009999", owner=tree.construction, content=content(name="Cấp giấy phép xây dựng", sector="DD")
    )


def _publish(tree, *procedures, number="01/QĐ-UBND", day=None, action="new"):
    day = day or timezone.localdate() - dt.timedelta(days=30)
    decision = services.create_decision(
        number=number,
        title="Công bố thủ tục hành chính",
        signed_on=day,
        signer="Chủ tịch UBND tỉnh",
        effective_from=day,
        issuing_agency=tree.province,
    )
    for procedure in procedures:
        services.add_to_decision(decision, procedure, action)
    return services.publish_decision(decision)


# --- Building editor submissions ---------------------------------------------------------------


def _formset(data: dict, prefix: str, rows: list[dict]) -> None:
    data.update({f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": "0"})
    data.update({f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    for index, row in enumerate(rows):
        for key, value in row.items():
            if value is True:
                data[f"{prefix}-{index}-{key}"] = "on"
            elif value not in (False, None):
                data[f"{prefix}-{index}-{key}"] = value


def editor_data(doc: dict, **main) -> dict:
    """What the editor posts for ``doc`` (the content document) and the extra main fields."""
    data = {"save": "1"}
    for name in ("name", "sector", "level", "implementing_agency", "receiving_agency", "subjects", "sequence"):
        data[name] = doc.get(name, "")
    data.update(
        channels=doc["channels"],
        sets=str(doc.get("sets", 1)),
        statutory_amount=doc["statutory"]["amount"],
        statutory_unit=doc["statutory"]["unit"],
        committed_amount=(doc.get("committed") or {}).get("amount", ""),
        committed_unit=(doc.get("committed") or {}).get("unit", "working_days"),
        result=doc["result"],
        conditions=doc.get("conditions", ""),
        legal_basis="\n".join(doc["legal_basis"]),
        online_service=doc.get("online_service", "none"),
        legacy_online_level=str(doc.get("legacy_online_level") or ""),
        cutoff=doc.get("cutoff") or "",
    )
    for flag, default in (("result_is_document", True), ("at_desk", True), ("on_the_spot", False)):
        if doc.get(flag, default):
            data[flag] = "on"
    components = [
        {
            "key": c.get("key", ""),
            "name": c["name"],
            "copy_type": c.get("copy_type", "original"),
            "quantity": str(c.get("quantity", 1)),
            "form": str(c.get("form") or ""),
            "must_digitise": c.get("must_digitise", True),
            "from_data_store": c.get("from_data_store", False),
        }
        for c in doc["components"]
    ]
    _formset(data, "components", components)
    for index, component in enumerate(doc["components"]):
        if component.get("cases"):
            data[f"components-{index}-cases"] = component["cases"]
    cases = []
    for case in doc.get("cases", []):
        row = {"key": case["key"], "name": case["name"]}
        for limit in ("statutory", "committed"):
            if case.get(limit):
                row[f"{limit}_amount"], row[f"{limit}_unit"] = case[limit]["amount"], case[limit]["unit"]
        cases.append(row)
    _formset(data, "cases", cases)
    _formset(data, "fees", [{**fee, "amount": str(fee["amount"])} for fee in doc.get("fees", [])])
    processes = doc.get("processes", [])
    data["processes-TOTAL"] = str(len(processes))
    for index, process in enumerate(processes):
        data[f"process-{index}-case"] = process.get("case") or ""
        steps = [
            {
                "name": s["name"],
                "actor": s["actor"],
                "unit": s.get("unit", ""),
                "budget": s["budget"],
                "counted": s.get("counted", True),
                "may_branch": s.get("may_branch", False),
            }
            for s in process["steps"]
        ]
        _formset(data, f"process-{index}-step", steps)
    data.update(main)
    return data


class _FormScraper(HTMLParser):
    """The values a browser would submit from the form with ``form_id`` (no JavaScript)."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id, self.inside, self.pairs = form_id, False, []
        self._select = self._textarea = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.pairs.append((a["name"], a.get("value", "on" if a.get("type") == "checkbox" else "")))
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self.pairs.append((self._select, a.get("value", "")))
        elif tag == "textarea":
            self._textarea, self._text = a.get("name"), ""

    def handle_data(self, data):
        if self._textarea:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.pairs.append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None


def scrape(html: str, form_id: str = "editor") -> dict:
    import html as html_lib

    parser = _FormScraper(form_id)
    parser.feed(html)
    data: dict = {}
    for name, value in parser.pairs:
        data.setdefault(name, []).append(html_lib.unescape(value))
    return {k: v if len(v) > 1 or k in ("channels",) or k.endswith("-cases") else v[0] for k, v in data.items()}


# --- Access --------------------------------------------------------------------------------


def _procedure_urls(code: str) -> list[str]:
    return [
        reverse("office:catalogue-detail", args=[code]),
        reverse("office:catalogue-edit", args=[code]),
        reverse("office:catalogue-discard", args=[code]),
        reverse("office:catalogue-version", args=[code, 1]),
        reverse("office:catalogue-process-copy", args=[code]),
        reverse("office:catalogue-process-template", args=[code]),
    ]


def _decision_urls(decision: PublicationDecision) -> list[str]:
    return [
        reverse("office:catalogue-decisions"),
        reverse("office:catalogue-decision-create"),
        reverse("office:catalogue-decision", args=[decision.pk]),
        reverse("office:catalogue-decision-publish", args=[decision.pk]),
        reverse("office:catalogue-decision-file", args=[decision.pk]),
    ]


def _general_urls() -> list[str]:
    return [
        reverse("office:catalogue-list"),
        reverse("office:catalogue-create"),
        reverse("office:catalogue-process-templates"),
        reverse("office:catalogue-forms"),
        reverse("office:catalogue-form-upload"),
    ]


@pytest.fixture
def draft_decision(tree):
    return services.create_decision(
        number="99/QĐ-UBND",
        title="Công bố",
        signed_on=timezone.localdate(),
        signer="Chủ tịch",
        effective_from=timezone.localdate(),
        issuing_agency=tree.province,
    )


def test_anonymous_is_sent_to_login(client, birth, draft_decision):
    for url in _general_urls() + _procedure_urls(birth.code) + _decision_urls(draft_decision):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_a_citizen_is_refused_every_page(citizen, login, birth, draft_decision):
    client = login(citizen)
    for url in _general_urls() + _procedure_urls(birth.code) + _decision_urls(draft_decision):
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("office:catalogue-edit", args=[birth.code]), editor_data(content())).status_code == 403


def test_officials_without_the_catalogue_role_are_refused(officials, login, birth):
    for role in (Role.DESK_OFFICER, Role.SPECIALIST, Role.AGENCY_LEADER, Role.INSPECTOR):
        client = login(officials[role])
        for url in _general_urls() + _procedure_urls(birth.code):
            assert client.get(url).status_code == 403, (role, url)


def test_another_agencys_admin_is_refused_on_every_procedure_page(other_official, login, birth, draft_decision):
    services.save_process_template(name="T", owner=birth.owner, steps=content()["processes"][0]["steps"])
    client = login(other_official)
    for url in _procedure_urls(birth.code) + _decision_urls(draft_decision):
        assert client.get(url).status_code == 403, url
    changed = content(name="Đã bị sửa")
    assert client.post(reverse("office:catalogue-edit", args=[birth.code]), editor_data(changed)).status_code == 403
    assert client.post(reverse("office:catalogue-discard", args=[birth.code])).status_code == 403
    template = ProcessTemplate.objects.get()
    copy = {"template": str(template.pk), "case": ""}
    assert client.post(reverse("office:catalogue-process-copy", args=[birth.code]), copy).status_code == 403
    add = {"code": birth.code, "action": "new"}
    assert client.post(reverse("office:catalogue-decision-add", args=[draft_decision.pk]), add).status_code == 403
    publish = reverse("office:catalogue-decision-publish", args=[draft_decision.pk])
    assert client.post(publish).status_code == 403
    # Creating a procedure for another agency is refused too.
    data = editor_data(content(), code="1.000001", owner=str(birth.owner.pk))
    response = client.post(reverse("office:catalogue-create"), data)
    assert response.status_code == 200 and not Procedure.objects.filter(code="1.000001").exists()
    assert "owner" in response.context["editor"].main.errors
    birth.refresh_from_db()
    assert services.draft_of(birth).name == "Đăng ký khai sinh"
    assert not draft_decision.items.exists()
    assert AuditEntry.objects.filter(action="denied", actor=other_official).count() >= 10


def test_an_agency_admin_cannot_open_decisions(officials, login, draft_decision):
    client = login(officials[Role.AGENCY_ADMIN])
    for url in _decision_urls(draft_decision):
        assert client.get(url).status_code == 403, url


def test_menu_entries_follow_the_permissions(officials, login, tree):
    province = login(officials[Role.PROVINCE_ADMIN]).get(reverse("office:dashboard")).content.decode()
    assert reverse("office:catalogue-list") in province and reverse("office:catalogue-decisions") in province
    agency = login(officials[Role.AGENCY_ADMIN]).get(reverse("office:dashboard")).content.decode()
    assert reverse("office:catalogue-list") in agency and reverse("office:catalogue-decisions") not in agency
    desk = login(officials[Role.DESK_OFFICER]).get(reverse("office:dashboard")).content.decode()
    assert reverse("office:catalogue-list") not in desk


# --- List ----------------------------------------------------------------------------------


def test_the_list_shows_only_own_procedures_and_searches_without_accents(officials, login, tree, birth, building):
    services.create_procedure(code="1.000656", owner=tree.justice_unit, content=content(name="Đăng ký khai tử"))
    _publish(tree, birth)
    services.save_draft(birth, content(name="Đăng ký khai sinh (sửa đổi)"))
    client = login(officials[Role.AGENCY_ADMIN])
    body = client.get(reverse("office:catalogue-list")).content.decode()
    assert "1.001193" in body and "1.000656" in body and "1.009999" not in body
    found = client.get(reverse("office:catalogue-list"), {"q": "DANG KY khai tu"}).context["page"]
    assert [p.code for p in found] == ["1.000656"]
    found = client.get(reverse("office:catalogue-list"), {"q": "1.0011"}).context["page"]
    assert [(p.code, p.has_draft, p.latest_name) for p in found] == [("1.001193", True, "Đăng ký khai sinh (sửa đổi)")]
    active = client.get(reverse("office:catalogue-list"), {"status": "active"}).context["page"]
    assert [p.code for p in active] == ["1.001193"]
    everything = login(officials[Role.PROVINCE_ADMIN]).get(reverse("office:catalogue-list")).context["page"]
    assert {p.code for p in everything} == {"1.001193", "1.000656", "1.009999"}


# --- Editor --------------------------------------------------------------------------------


def test_an_agency_admin_creates_a_procedure_with_the_editor(officials, login, tree, sectors):
    doc = content(
        components=[
            {"name": "Tờ khai đăng ký khai sinh", "copy_type": "original", "quantity": 1},
            {"name": "Giấy chứng sinh", "copy_type": "certified_copy", "quantity": 2, "cases": ["qua-han"]},
            {"name": "Tờ khai đăng ký khai sinh", "copy_type": "copy", "quantity": 1},
        ],
        cases=[{"key": "", "name": "Quá hạn", "committed": {"amount": "3", "unit": "working_days"}}],
        processes=[
            content()["processes"][0],
            {"case": "qua-han", "steps": [{"name": "Giải quyết", "actor": "specialist", "budget": "3"}]},
        ],
    )
    data = editor_data(doc, code="1.000894", owner=str(tree.justice.pk))
    data["components-1-cases"] = ["qua-han"]  # the case key derived from its name
    response = login(officials[Role.AGENCY_ADMIN]).post(reverse("office:catalogue-create"), data)
    assert response.status_code == 302, response.context["editor"].summary
    procedure = Procedure.objects.get(code="1.000894")
    assert procedure.owner == tree.justice and procedure.status == Procedure.Status.DRAFT
    saved = procedure.versions.get().content
    assert [c["key"] for c in saved["components"]] == [
        "to-khai-dang-ky-khai-sinh",
        "giay-chung-sinh",
        "to-khai-dang-ky-khai-sinh-2",
    ]
    assert saved["cases"] == [
        {"key": "qua-han", "name": "Quá hạn", "committed": {"amount": "3", "unit": "working_days"}}
    ]
    assert (
        saved["components"][1] | {"quantity": 2, "copy_type": "certified_copy", "cases": ["qua-han"]}
        == saved["components"][1]
    )
    assert [p["case"] for p in saved["processes"]] == [None, "qua-han"]
    assert saved["cutoff"] == "15:00" and saved["legal_basis"] == ["Luật Hộ tịch số 60/2014/QH13"]
    assert AuditEntry.objects.filter(object_type="catalogue.procedureversion", action="create").exists()


def test_an_unchanged_edit_page_saves_the_same_content(officials, login, tree, birth):
    form_template = services.save_form_template(
        name="Mẫu tờ khai", owner=tree.justice, file=SimpleUploadedFile("to-khai.pdf", PDF)
    )
    doc = content(
        cases=[
            {"key": "qua-han", "name": "Quá hạn", "statutory": {"amount": "5", "unit": "working_days"}},
        ],
        legacy_online_level=3,
        conditions="Không",
    )
    doc["components"][0]["form"] = form_template.pk
    doc["components"][1]["cases"] = ["qua-han"]
    doc["components"][1]["from_data_store"] = True
    doc["processes"][0]["steps"][1]["may_branch"] = True
    doc["processes"][0]["steps"][1]["unit"] = "Phòng Hộ tịch"
    services.save_draft(birth, doc)
    before = services.draft_of(birth).content
    client = login(officials[Role.AGENCY_ADMIN])
    page = client.get(reverse("office:catalogue-edit", args=[birth.code]))
    assert page.status_code == 200
    data = scrape(page.content.decode())
    data["save"] = "1"
    response = client.post(reverse("office:catalogue-edit", args=[birth.code]), data)
    assert response.status_code == 302, response.context["editor"].summary
    after = services.draft_of(birth).content
    assert after == before


def test_the_running_total_is_shown_against_the_committed_time(officials, login, birth):
    page = login(officials[Role.AGENCY_ADMIN]).get(reverse("office:catalogue-edit", args=[birth.code]))
    totals = [p["total"] for p in page.context["editor"].processes]
    assert totals[0]["total"] == "2" and totals[0]["expected"] == "2" and totals[0]["ok"]
    assert "It adds up." in page.content.decode()


def test_bad_input_shows_field_errors_and_saves_nothing(officials, login, tree, birth):
    client = login(officials[Role.AGENCY_ADMIN])
    before = services.draft_of(birth).content
    doc = content(statutory={"amount": "2.3", "unit": "working_days"}, fees=[{"name": "Lệ phí", "amount": 0}])
    doc["components"][1]["name"] = ""
    doc["components"][1]["quantity"] = 3  # not blank: the row is kept and its missing name reported
    doc["processes"][0]["steps"][1]["budget"] = "1.5"
    data = editor_data(doc)
    data["fees-0-amount"] = "-5"
    response = client.post(reverse("office:catalogue-edit", args=[birth.code]), data)
    assert response.status_code == 200
    editor = response.context["editor"]
    assert "name" in editor.components.forms[1].errors
    assert "amount" in editor.fees.forms[0].errors  # Django's own check (not a whole number ≥ 0)
    assert "statutory_amount" in editor.main.errors
    body = response.content.decode()
    assert "Nothing was saved" in body
    assert 'href="#id_components-1-name"' in body  # the summary links to the field
    assert services.draft_of(birth).content == before

    # Checks against the database: unknown agency code, unknown sector.
    response = client.post(
        reverse("office:catalogue-edit", args=[birth.code]),
        editor_data(content(), implementing_agency="H99.01", receiving_agency="H98"),
    )
    assert {"implementing_agency", "receiving_agency"} <= set(response.context["editor"].main.errors)
    assert services.draft_of(birth).content == before

    # The process-sum rule, alone: the message names both figures, next to the process.
    doc = content()
    doc["processes"][0]["steps"][1]["budget"] = "1.5"
    response = client.post(reverse("office:catalogue-edit", args=[birth.code]), editor_data(doc))
    assert response.status_code == 200
    process = response.context["editor"].processes[0]
    assert process["errors"] == [
        "The counted steps add up to 2.5 working days but the committed time limit is 2 working days."
    ]
    assert not process["total"]["ok"] and process["total"]["total"] == "2.5"
    assert "It does not add up yet." in response.content.decode()
    assert services.draft_of(birth).content == before


def test_a_new_procedure_with_a_bad_code_reports_content_errors_too(officials, login, tree, sectors):
    doc = content(name="")
    response = login(officials[Role.AGENCY_ADMIN]).post(
        reverse("office:catalogue-create"), editor_data(doc, code="1001193", owner=str(tree.justice.pk))
    )
    assert response.status_code == 200
    errors = response.context["editor"].main.errors
    assert "code" in errors and "name" in errors
    response = login(officials[Role.AGENCY_ADMIN]).post(reverse("office:catalogue-create"), editor_data(content()))
    assert "owner" in response.context["editor"].main.errors and "code" in response.context["editor"].main.errors
    assert not Procedure.objects.exists()


def test_add_row_buttons_add_rows_without_saving(officials, login, tree, birth):
    client = login(officials[Role.AGENCY_ADMIN])
    before = services.draft_of(birth).content
    url = reverse("office:catalogue-edit", args=[birth.code])
    data = editor_data(content(name="Tên mới"))
    response = client.post(url, {**data, "add": "components"})
    assert response.status_code == 200
    editor = response.context["editor"]
    assert len(editor.components.forms) == 3 and not editor.summary
    assert editor.components.forms[2]["must_digitise"].value() is True  # a fresh row has its defaults
    assert 'name="components-TOTAL_FORMS" value="3"' in response.content.decode()
    response = client.post(url, {**data, "add": "process-0-step"})
    editor = response.context["editor"]
    assert len(editor.processes[0]["steps"].forms) == 5
    assert editor.processes[0]["steps"].forms[4]["counted"].value() is True
    response = client.post(url, {**data, "add": "process"})
    assert len(response.context["editor"].processes) == 2
    assert 'name="process-1-step-TOTAL_FORMS"' in response.content.decode()
    assert services.draft_of(birth).content == before
    # The page after "add" submits like any other: the empty rows are ignored.
    page = scrape(response.content.decode())
    page.pop("add", None)
    page["save"] = "1"
    assert client.post(url, page).status_code == 302
    assert services.draft_of(birth).name == "Tên mới"
    assert len(services.draft_of(birth).content["components"]) == 2


def test_rows_can_be_removed_and_reordered(officials, login, birth):
    client = login(officials[Role.AGENCY_ADMIN])
    data = editor_data(content())
    data["components-0-DELETE"] = "on"
    data["process-0-step-0-ORDER"] = "3"  # move the first step after the third
    assert client.post(reverse("office:catalogue-edit", args=[birth.code]), data).status_code == 302
    saved = services.draft_of(birth).content
    assert [c["key"] for c in saved["components"]] == ["giay-chung-sinh"]
    assert [s["name"] for s in saved["processes"][0]["steps"]] == [
        "Thẩm định",
        "Phê duyệt",
        "Tiếp nhận hồ sơ",
        "Trả kết quả",
    ]


def test_editing_a_published_procedure_starts_a_new_draft_and_discard_removes_it(officials, login, tree, birth):
    _publish(tree, birth)
    client = login(officials[Role.AGENCY_ADMIN])
    page = client.get(reverse("office:catalogue-edit", args=[birth.code]))
    assert "Saving starts a new draft from version 1" in page.content.decode()
    data = editor_data(content(name="Đăng ký khai sinh lưu động"))
    assert client.post(reverse("office:catalogue-edit", args=[birth.code]), data).status_code == 302
    assert birth.versions.count() == 2 and services.draft_of(birth).number == 2
    assert client.get(reverse("office:catalogue-discard", args=[birth.code])).status_code == 200
    response = client.post(reverse("office:catalogue-discard", args=[birth.code]))
    assert response["Location"] == reverse("office:catalogue-detail", args=[birth.code])
    assert birth.versions.count() == 1 and services.draft_of(birth) is None
    assert client.get(reverse("office:catalogue-discard", args=[birth.code])).status_code == 404


def test_discarding_the_only_draft_removes_the_procedure(officials, login, birth):
    response = login(officials[Role.AGENCY_ADMIN]).post(reverse("office:catalogue-discard", args=[birth.code]))
    assert response["Location"] == reverse("office:catalogue-list")
    assert not Procedure.objects.filter(code=birth.code).exists()


# --- Processes -------------------------------------------------------------------------------


def test_save_a_process_as_a_template_and_copy_it(officials, login, tree, birth, building):
    client = login(officials[Role.AGENCY_ADMIN])
    url = reverse("office:catalogue-process-template", args=[birth.code])
    assert client.get(url).status_code == 200
    assert client.post(url, {"name": "Quy trình hộ tịch 2 ngày", "process": "0"}).status_code == 302
    template = ProcessTemplate.objects.get()
    assert template.owner == tree.justice and len(template.steps) == 4

    other = services.create_procedure(
        code="1.000656", owner=tree.justice, content=content(name="Đăng ký khai tử", processes=[])
    )
    copy_url = reverse("office:catalogue-process-copy", args=[other.code])
    response = client.post(copy_url, {"template": str(template.pk), "case": ""})
    assert response.status_code == 302
    assert services.draft_of(other).content["processes"][0]["steps"] == template.steps

    # A process that does not add up to this procedure's committed time is refused with the reason.
    long = services.save_process_template(
        name="Quy trình 5 ngày",
        owner=tree.construction,
        steps=[{"name": "Xử lý", "actor": "specialist", "budget": "5"}],
    )
    before = services.draft_of(other).content
    response = client.post(copy_url, {"template": str(long.pk), "case": ""})
    assert response.status_code == 200
    body = response.content.decode()
    assert "The process was not copied." in body
    assert "add up to 5 working days but the committed time limit is 2 working days" in body
    assert services.draft_of(other).content == before

    # From another agency's procedure: only what is published can be read.
    response = client.post(copy_url, {"source_code": building.code, "case": ""})
    assert "source_code" in response.context["form"].errors
    _publish(tree, building)
    response = client.post(copy_url, {"source_code": building.code, "case": ""})
    assert response.status_code == 302
    assert response.wsgi_request.user == officials[Role.AGENCY_ADMIN]
    response = client.post(copy_url, {"source_code": building.code, "template": str(template.pk)})
    assert response.status_code == 200 and response.context["form"].non_field_errors()


def test_process_templates_are_listed(officials, login, tree):
    services.save_process_template(
        name="Quy trình mẫu", owner=tree.justice, steps=[{"name": "Xử lý", "actor": "specialist", "budget": "2.5"}]
    )
    body = login(officials[Role.AGENCY_ADMIN]).get(reverse("office:catalogue-process-templates")).content.decode()
    assert "Quy trình mẫu" in body and "2.5" in body


# --- Form templates --------------------------------------------------------------------------


def test_upload_a_form_and_use_it_on_a_component(officials, login, tree, birth):
    client = login(officials[Role.AGENCY_ADMIN])
    upload = reverse("office:catalogue-form-upload")
    response = client.post(
        upload, {"name": "Tờ khai khai sinh", "owner": tree.justice.pk, "file": SimpleUploadedFile("to-khai.pdf", PDF)}
    )
    assert response.status_code == 302
    form_template = FormTemplate.objects.get()
    assert form_template.sha256 == hashlib.sha256(PDF).hexdigest()
    docx = client.post(
        upload, {"name": "Tờ khai Word", "owner": tree.justice.pk, "file": SimpleUploadedFile("to-khai.docx", _docx())}
    )
    assert docx.status_code == 302 and FormTemplate.objects.count() == 2

    page = client.get(reverse("office:catalogue-edit", args=[birth.code]))
    choices = dict(page.context["editor"].components.forms[0].fields["form"].choices)
    assert str(form_template.pk) in choices
    doc = content()
    doc["components"][0]["form"] = form_template.pk
    assert client.post(reverse("office:catalogue-edit", args=[birth.code]), editor_data(doc)).status_code == 302
    assert services.draft_of(birth).content["components"][0]["form"] == form_template.pk
    detail = client.get(reverse("office:catalogue-detail", args=[birth.code])).content.decode()
    assert reverse("office:catalogue-form-file", args=[form_template.pk]) in detail
    download = client.get(reverse("office:catalogue-form-file", args=[form_template.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    ("filename", "payload"),
    [
        ("to-khai.pdf", b"MZ\x90\x00 this is an executable"),  # not a document at all
        ("to-khai.pdf", b"<html><body>not a pdf</body></html>"),
        ("to-khai.pdf", _docx()),  # a real Word file disguised as a PDF
        ("to-khai.exe", PDF),  # a PDF with a wrong name
        ("to-khai.docx", b"PK\x03\x04 broken zip"),
    ],
)
def test_a_disguised_or_unknown_file_is_refused(officials, login, tree, filename, payload):
    response = login(officials[Role.AGENCY_ADMIN]).post(
        reverse("office:catalogue-form-upload"),
        {"name": "Tờ khai", "owner": tree.justice.pk, "file": SimpleUploadedFile(filename, payload)},
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not FormTemplate.objects.exists()


def test_forms_cannot_be_uploaded_for_another_agency(officials, login, tree):
    response = login(officials[Role.AGENCY_ADMIN]).post(
        reverse("office:catalogue-form-upload"),
        {"name": "Tờ khai", "owner": tree.construction.pk, "file": SimpleUploadedFile("a.pdf", PDF)},
    )
    assert response.status_code == 200 and "owner" in response.context["form"].errors
    assert not FormTemplate.objects.exists()


# --- Publication decisions: the "Done when" flow ----------------------------------------------


def test_a_province_admin_publishes_a_decision_that_adds_amends_and_abolishes(officials, login, tree, sectors):
    old_day = timezone.localdate() - dt.timedelta(days=60)
    birth = services.create_procedure(code="1.001193", owner=tree.justice, content=content())
    death = services.create_procedure(code="1.000656", owner=tree.justice, content=content(name="Đăng ký khai tử"))
    _publish(tree, birth, death, day=old_day)

    # The agency administrator prepares the changes in the back office.
    agency = login(officials[Role.AGENCY_ADMIN])
    amended = content(committed={"amount": "1", "unit": "working_days"})
    amended["processes"][0]["steps"][1]["budget"] = "0"
    response = agency.post(reverse("office:catalogue-edit", args=[birth.code]), editor_data(amended))
    assert response.status_code == 302, response.context["editor"].summary
    new_doc = content(name="Đăng ký kết hôn")
    response = agency.post(
        reverse("office:catalogue-create"), editor_data(new_doc, code="2.000635", owner=str(tree.justice.pk))
    )
    assert response.status_code == 302

    # The province administrator creates, fills and publishes the decision.
    client = login(officials[Role.PROVINCE_ADMIN])
    today = timezone.localdate().isoformat()
    response = client.post(
        reverse("office:catalogue-decision-create"),
        {
            "number": "125/QĐ-UBND",
            "title": "Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch",
            "signed_on": today,
            "signer": "Chủ tịch UBND tỉnh",
            "effective_from": today,
            "issuing_agency": tree.province.pk,
            "file": SimpleUploadedFile("qd-125.pdf", PDF),
        },
    )
    assert response.status_code == 302
    decision = PublicationDecision.objects.get(number="125/QĐ-UBND")
    assert decision.file.name.endswith(".pdf")
    add = reverse("office:catalogue-decision-add", args=[decision.pk])
    for code, action in (("2.000635", "new"), ("1.001193", "amend"), ("1.000656", "abolish")):
        assert client.post(add, {"code": code, "action": action}).status_code == 302
    assert decision.items.count() == 3

    confirm = client.get(reverse("office:catalogue-decision-publish", args=[decision.pk]))
    body = confirm.content.decode()
    assert confirm.status_code == 200
    assert "2.000635" in body and "1.001193" in body and "1.000656" in body
    assert "Abolished from" in body and "the public catalogue changes at once" in body
    assert selectors.in_force().filter(procedure__code="2.000635").count() == 0  # nothing before the POST

    response = client.post(reverse("office:catalogue-decision-publish", args=[decision.pk]))
    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.state == PublicationDecision.State.PUBLISHED
    assert decision.published_by == officials[Role.PROVINCE_ADMIN]

    now = {v.procedure.code: v for v in selectors.in_force()}
    assert set(now) == {"1.001193", "2.000635"}
    assert now["1.001193"].number == 2 and now["1.001193"].committed_amount == 1
    assert now["2.000635"].name == "Đăng ký kết hôn"
    assert Procedure.objects.get(code="1.000656").status == Procedure.Status.ABOLISHED
    assert [v.procedure.code for v in selectors.search("dang ky")] == ["1.001193", "2.000635"]
    portal = client.get(reverse("portal:procedures"), {"q": "dang ky ket hon"}).content.decode()
    assert "2.000635" in portal and "1.000656" not in portal  # the public catalogue shows it at once
    public = client.get(reverse("portal:procedure", args=["1.001193"])).content.decode()
    assert "Đăng ký khai sinh" in public

    # The old versions stay readable with their diff.
    detail = client.get(reverse("office:catalogue-detail", args=[birth.code]))
    versions = detail.context["versions"]
    assert [(v.number, v.state, v.valid_to) for v in versions] == [
        (2, "published", None),
        (1, "published", timezone.localdate() - dt.timedelta(days=1)),
    ]
    assert "125/QĐ-UBND" in detail.content.decode()
    version = client.get(reverse("office:catalogue-version", args=[birth.code, 2]))
    rows = {row["path"]: row for row in version.context["rows"]}
    assert (rows["committed.amount"]["before"], rows["committed.amount"]["after"]) == ("2", "1")
    assert rows["committed.amount"]["label"] == "committed time limit › amount"
    assert "processes[0].steps[1].budget" in rows
    assert "committed time limit › amount" in version.content.decode()
    old = client.get(reverse("office:catalogue-version", args=[birth.code, 1]))
    assert old.status_code == 200 and old.context["previous"] is None
    against = client.get(reverse("office:catalogue-version", args=[birth.code, 1]), {"against": "2"})
    assert {r["path"] for r in against.context["rows"]} == set(rows)
    abolished = client.get(reverse("office:catalogue-detail", args=["1.000656"]))
    assert abolished.status_code == 200 and reverse("office:catalogue-edit", args=["1.000656"]) not in (
        abolished.content.decode()
    )

    # A published decision cannot be changed any more.
    assert client.post(add, {"code": "1.001193", "action": "replace"}).status_code == 200
    assert decision.items.count() == 3
    # The counts of the period, as the Lào Cai article reports them.
    period = {"date_from": old_day.isoformat(), "date_to": timezone.localdate().isoformat()}
    listing = client.get(reverse("office:catalogue-decisions"), period)
    expected = {"new": 3, "amend": 1, "replace": 0, "abolish": 1, "decisions": 2, "procedures": 5}
    assert listing.context["counts"] == expected
    only_today = client.get(reverse("office:catalogue-decisions"), {**period, "date_from": period["date_to"]})
    assert only_today.context["counts"]["decisions"] == 1 and only_today.context["counts"]["new"] == 1
    backwards = client.get(reverse("office:catalogue-decisions"), {**period, "date_to": "2000-01-01"})
    assert backwards.status_code == 200 and backwards.context["period"].errors
    again = client.post(reverse("office:catalogue-decision-publish", args=[decision.pk]))
    assert again.status_code == 302 and AuditEntry.objects.filter(object_type="catalogue.publicationdecision").exists()


def test_decision_errors_are_shown_and_nothing_is_added(officials, login, tree, birth, draft_decision):
    client = login(officials[Role.PROVINCE_ADMIN])
    add = reverse("office:catalogue-decision-add", args=[draft_decision.pk])
    response = client.post(add, {"code": birth.code, "action": "amend"})  # not in force yet
    assert response.status_code == 200
    assert "is not in force: publish it as new" in response.content.decode()
    response = client.post(add, {"code": "9.999999", "action": "new"})
    assert "code" in response.context["item_form"].errors
    assert not draft_decision.items.exists()
    # Publishing an empty decision is refused with the reason, on the confirmation page.
    response = client.post(reverse("office:catalogue-decision-publish", args=[draft_decision.pk]))
    assert response.status_code == 200
    assert "A decision must contain at least one procedure." in response.content.decode()
    draft_decision.refresh_from_db()
    assert draft_decision.state == PublicationDecision.State.DRAFT
    # Items can be removed while the decision is a draft.
    assert client.post(add, {"code": birth.code, "action": "new"}).status_code == 302
    item = DecisionItem.objects.get()
    detail = client.get(reverse("office:catalogue-decision", args=[draft_decision.pk])).content.decode()
    assert birth.code in detail
    assert client.post(reverse("office:catalogue-decision-remove", args=[item.pk])).status_code == 302
    assert not draft_decision.items.exists()
    assert client.get(reverse("office:catalogue-decision-remove", args=[item.pk])).status_code == 405


def test_a_decision_needs_valid_fields_and_a_real_pdf(officials, login, tree):
    client = login(officials[Role.PROVINCE_ADMIN])
    fields = {
        "number": "7/QĐ-UBND",
        "title": "Công bố",
        "signed_on": "2026-03-02",
        "signer": "Chủ tịch",
        "effective_from": "2026-03-01",
        "issuing_agency": tree.province.pk,
    }
    response = client.post(reverse("office:catalogue-decision-create"), fields)
    assert response.status_code == 200 and "effective_from" in response.context["form"].errors
    fields["effective_from"] = "2026-03-05"
    disguised = SimpleUploadedFile("qd.pdf", _docx())
    response = client.post(reverse("office:catalogue-decision-create"), {**fields, "file": disguised})
    assert response.status_code == 200 and "file" in response.context["form"].errors
    assert not PublicationDecision.objects.exists()
    assert client.post(reverse("office:catalogue-decision-create"), fields).status_code == 302
    listing = client.get(reverse("office:catalogue-decisions")).content.decode()
    assert "7/QĐ-UBND" in listing
    assert (
        client.get(reverse("office:catalogue-decision-file", args=[PublicationDecision.objects.get().pk])).status_code
        == 404
    )


def test_versions_of_a_draft_are_not_public(officials, login, birth):
    """A draft saved in the back office stays out of the public catalogue until a decision publishes it."""
    client = login(officials[Role.AGENCY_ADMIN])
    assert client.post(reverse("office:catalogue-edit", args=[birth.code]), editor_data(content())).status_code == 302
    assert not selectors.in_force().exists()
    assert ProcedureVersion.objects.filter(state="draft").count() == 1


def test_every_page_renders_in_the_default_language(officials, login, tree, birth, draft_decision, settings):
    """Smoke test of every template as the province administrator sees it, in Vietnamese (the default)."""
    _publish(tree, birth)
    services.save_draft(birth, content(name="Đăng ký khai sinh (sửa đổi)"))
    services.add_to_decision(draft_decision, birth, "amend")
    services.save_process_template(name="Mẫu", owner=tree.justice, steps=content()["processes"][0]["steps"])
    client = login(officials[Role.PROVINCE_ADMIN])
    client.cookies.pop(settings.LANGUAGE_COOKIE_NAME)
    urls = _general_urls() + _procedure_urls(birth.code) + _decision_urls(draft_decision)[:-1]
    urls.append(reverse("office:catalogue-version", args=[birth.code, 2]))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Language"] == "vi"
    version = client.get(reverse("office:catalogue-version", args=[birth.code, 2]))
    assert version.context["labels"]["channels"] != "counter, online"  # names, not codes


def test_publishing_warns_about_steps_nobody_can_take(officials, login, tree, draft_decision, sectors):
    """Sở Tư pháp has officials for its own steps; nobody appraises in Sở Xây dựng, and the commune has
    nobody at all: the confirmation page and the published message say so, per step and agency."""
    justice = services.create_procedure(
        code="1.000894", owner=tree.justice, content=content(level="province", implementing_agency="H15.03")
    )
    building = services.create_procedure(
        code="1.009998",
        owner=tree.construction,
        content=content(name="Cấp giấy phép xây dựng", sector="DD", level="province", implementing_agency="H15.07"),
    )
    for procedure in (justice, building):
        services.add_to_decision(draft_decision, procedure, "new")
    client = login(officials[Role.PROVINCE_ADMIN])
    url = reverse("office:catalogue-decision-publish", args=[draft_decision.pk])
    page = client.get(url).content.decode()
    assert "Steps nobody can take yet" in page
    assert "1.009998, step “Thẩm định” (Specialist): no active official can take it at 1 of 1" in page
    assert "1.000894" not in page.split("Steps nobody can take yet")[1].split("</ul>")[0]
    response = client.post(url, follow=True)
    shown = [str(m) for m in response.context["messages"]]
    assert any("1.009998, step “Phê duyệt”" in m for m in shown)
    assert not any(m.startswith("1.000894") for m in shown)
