"""Import and export of the catalogue: round trips, all-or-nothing, locations of problems, mapping."""

import base64
import copy
import datetime as dt
import hashlib
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import load_workbook

from motcua.catalogue import services, transfer, transfer_xlsx
from motcua.catalogue.models import (
    DecisionItem,
    FormTemplate,
    Procedure,
    ProcedureVersion,
    ProcessTemplate,
    PublicationDecision,
    Sector,
)
from motcua.orgs import services as org_services

from .factories import content, sector

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_and_english(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with translation.override("en"):  # the assertions read the English source strings
        yield


def _decision(tree, number, day, signed=None):
    return services.create_decision(
        number=number,
        title=f"Công bố thủ tục hành chính {number}",
        signed_on=signed or day,
        signer="Chủ tịch UBND tỉnh",
        effective_from=day,
        issuing_agency=tree.province,
    )


def build_catalogue(tree):
    """New, amended, abolished, a trailing draft, a draft decision, cases, forms and a template."""
    sector()
    sector("XD", "Xây dựng")
    form = services.save_form_template(
        name="Tờ khai đăng ký khai sinh", owner=tree.justice, file=ContentFile(PDF, name="to-khai.pdf")
    )
    birth_content = content(implementing_agency="H15.03", receiving_agency="H15.52.01")
    birth_content["components"][0]["form"] = form.pk
    birth = services.create_procedure(code="1.001193", owner=tree.justice, content=birth_content)
    death = services.create_procedure(code="1.000656", owner=tree.justice, content=content(name="Đăng ký khai tử"))
    build = services.create_procedure(
        code="1.009972",
        owner=tree.construction,
        content=content(name="Cấp giấy phép xây dựng", sector="XD", level="province", processes=[]),
    )
    first = _decision(tree, "01/QĐ-UBND", dt.date(2026, 3, 1))
    for procedure in (birth, death, build):
        services.add_to_decision(first, procedure, "new")
    services.publish_decision(first)
    amended = content(
        cases=[{"key": "qua-han", "name": "Khai sinh quá hạn", "committed": {"amount": "3", "unit": "working_days"}}],
        fees=[{"name": "Lệ phí", "kind": "charge", "amount": 8000, "exemptions": "Hộ nghèo"}],
        processes=[
            *content()["processes"],
            {"case": "qua-han", "steps": [{"name": "Xác minh", "actor": "specialist", "budget": "3"}]},
        ],
    )
    amended["components"][1]["cases"] = ["qua-han"]
    services.save_draft(birth, amended)
    second = _decision(tree, "15/QĐ-UBND", dt.date(2026, 6, 1), signed=dt.date(2026, 5, 20))
    services.add_to_decision(second, birth, "amend")
    services.add_to_decision(second, death, "abolish")
    services.publish_decision(second)
    services.save_draft(birth, content(name="Đăng ký khai sinh (dự thảo)"))
    marriage = services.create_procedure(code="2.000635", owner=tree.justice, content=content(name="Đăng ký kết hôn"))
    pending = _decision(tree, "20/QĐ-UBND", dt.date(2026, 9, 1))
    services.add_to_decision(pending, marriage, "new")
    services.save_process_template(
        name="Quy trình hộ tịch 2 ngày",
        owner=tree.justice,
        steps=[
            {"name": "Tiếp nhận", "actor": "desk_officer", "budget": "0.5"},
            {"name": "Giải quyết", "actor": "specialist", "budget": "1.5"},
        ],
    )


def wipe(sectors: bool = False):
    """An empty catalogue (stored files too: their names would otherwise get a suffix)."""
    for form in FormTemplate.objects.all():
        form.file.delete(save=False)
    DecisionItem.objects.all().delete()
    ProcedureVersion.objects.all().delete()
    Procedure.objects.all().delete()
    PublicationDecision.objects.all().delete()
    ProcessTemplate.objects.all().delete()
    FormTemplate.objects.all().delete()
    if sectors:
        Sector.objects.all().delete()


def without_form_ids(document: dict) -> dict:
    """Form ids are the only ids in a document; replace them with the forms' checksums."""
    document = copy.deepcopy(document)
    sha = {form["id"]: form["sha256"] for form in document["forms"]}
    for form in document["forms"]:
        form["id"] = form["sha256"]
    for procedure in document["procedures"]:
        for version in procedure["versions"]:
            for component in version["content"]["components"]:
                if component.get("form") is not None:
                    component["form"] = sha[component["form"]]
    return document


def many_drafts(tree, count=25):
    sector()
    for index in range(count):
        services.create_procedure(
            code=f"1.{100100 + index:06d}", owner=tree.justice, content=content(name=f"Thủ tục số {index}")
        )


# --- JSON ------------------------------------------------------------------------------------


def test_json_round_trip_into_an_empty_database_gives_the_same_document(tree):
    build_catalogue(tree)
    exported = transfer.build_document()
    assert {d["number"]: d["state"] for d in exported["decisions"]} == {
        "01/QĐ-UBND": "published",
        "15/QĐ-UBND": "published",
        "20/QĐ-UBND": "draft",
    }
    text = transfer.dumps(exported)
    wipe(sectors=True)

    result = transfer.import_json(text)

    assert result.ok, [str(p) for p in result.problems]
    assert result.counts["decisions_published"] == 2
    assert result.counts["versions_published"] == 4
    assert result.counts["procedures_created"] == 4
    assert result.counts["items_added"] == 1
    again = transfer.build_document()
    assert without_form_ids(again) == without_form_ids(exported)
    birth = Procedure.objects.get(code="1.001193")
    assert [(v.number, v.state, v.valid_from, v.valid_to) for v in birth.versions.order_by("number")] == [
        (1, "published", dt.date(2026, 3, 1), dt.date(2026, 5, 31)),
        (2, "published", dt.date(2026, 6, 1), None),
        (3, "draft", None, None),
    ]
    assert Procedure.objects.get(code="1.000656").status == Procedure.Status.ABOLISHED
    assert FormTemplate.objects.get().file.read() == PDF


def test_importing_the_same_document_again_changes_nothing(tree):
    build_catalogue(tree)
    text = transfer.dumps(transfer.build_document())
    versions = ProcedureVersion.objects.count()

    result = transfer.import_json(text)

    assert result.ok, [str(p) for p in result.problems]
    assert result.counts["versions_unchanged"] == versions
    assert sum(v for k, v in result.counts.items() if k != "versions_unchanged") == 0
    assert ProcedureVersion.objects.count() == versions


def test_one_bad_version_among_many_writes_nothing_and_says_where(tree):
    many_drafts(tree)
    document = transfer.build_document()
    wipe(sectors=True)
    document["procedures"][17]["versions"][0]["content"]["fees"][0]["amount"] = -5
    text = transfer.dumps(document)

    result = transfer.import_json(text)

    assert not result.ok
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.where == "procedures[17] 1.100117 version 1"
    assert problem.field == "content.fees[0].amount"
    assert problem.line == text.splitlines().index('        "amount": -5,') + 1
    assert not Procedure.objects.exists()
    assert not Sector.objects.exists()  # the sector created before the check was rolled back too


def test_every_problem_is_reported_at_once(tree):
    build_catalogue(tree)
    document = transfer.build_document()
    wipe()
    procedures = {p["code"]: p for p in document["procedures"]}
    procedures["1.009972"]["owner"] = "H15.99"
    procedures["1.000656"]["code"] = "1000656"
    procedures["2.000635"]["versions"][0]["content"]["processes"][0]["steps"][1]["budget"] = "3"
    procedures["1.001193"]["versions"][1]["valid_from"] = "2026-06-02"
    document["decisions"][0]["items"].append({"procedure": "9.999999", "action": "new", "version": 1})

    result = transfer.import_document(document, text=transfer.dumps(document))

    index = {code: f"procedures[{i}]" for i, code in enumerate(procedures)}
    found = {(p.where.split()[0], p.field) for p in result.problems}
    assert (index["1.000656"], "code") in found
    assert (index["1.009972"], "owner") in found
    assert (index["2.000635"], "content.processes[0].steps") in found
    assert (index["1.001193"], "valid_from") in found
    assert ("decisions[0]", "procedure") in found
    assert all(p.line for p in result.problems)
    assert not Procedure.objects.exists()


def test_agency_codes_are_mapped_by_prefix(tree):
    build_catalogue(tree)
    text = transfer.dumps(transfer.build_document())
    wipe()
    province = org_services.create_agency(name="UBND tỉnh Lai Châu", code="H56", level="province", kind="committee")
    for code, name in (("H56.03", "Sở Tư pháp"), ("H56.07", "Sở Xây dựng"), ("H56.52", "UBND huyện")):
        org_services.create_agency(name=name, code=code, level="province", kind="department", parent=province)
    org_services.create_agency(
        name="UBND xã", code="H56.52.01", level="commune", kind="committee", parent=province.children.get(code="H56.52")
    )

    result = transfer.import_json(text, mapping=transfer.parse_mapping(["H15=H56"]))

    assert result.ok, [str(p) for p in result.problems]
    birth = Procedure.objects.get(code="1.001193")
    assert birth.owner.code == "H56.03"
    assert Procedure.objects.get(code="1.009972").owner.code == "H56.07"
    assert PublicationDecision.objects.get(number="01/QĐ-UBND").issuing_agency == province
    first = birth.versions.get(number=1)
    assert (first.content["implementing_agency"], first.content["receiving_agency"]) == ("H56.03", "H56.52.01")
    assert first.implementing_agency.code == "H56.03"
    assert ProcessTemplate.objects.get().owner.code == "H56.03"


def test_mapping_rules():
    mapping = transfer.parse_mapping("H15=H56, H15.03=H56.09")
    assert transfer.map_code("H15.03.02", mapping) == "H56.09.02"
    assert transfer.map_code("H15.07", mapping) == "H56.07"
    assert transfer.map_code("H150.01", mapping) == "H150.01"  # whole groups only
    with pytest.raises(ValidationError, match="H15=nope"):
        transfer.parse_mapping(["H15=nope"])


def test_conflicting_published_history_is_refused_naming_the_procedure(tree):
    build_catalogue(tree)
    document = transfer.build_document()
    birth = next(p for p in document["procedures"] if p["code"] == "1.001193")
    birth["versions"][0]["content"]["name"] = "Đăng ký khai sinh (bản khác)"

    result = transfer.import_document(document)

    assert not result.ok
    assert any("1.001193" in p.message and "Conflicting history" in p.message for p in result.problems)


def test_an_existing_draft_is_updated_and_published_versions_are_kept(tree):
    build_catalogue(tree)
    document = transfer.build_document()
    birth = next(p for p in document["procedures"] if p["code"] == "1.001193")
    birth["versions"][2]["content"]["name"] = "Đăng ký khai sinh (dự thảo 2)"

    result = transfer.import_document(document)

    assert result.ok, [str(p) for p in result.problems]
    assert result.counts["drafts_saved"] == 1
    draft = ProcedureVersion.objects.get(procedure__code="1.001193", number=3)
    assert draft.name == "Đăng ký khai sinh (dự thảo 2)" and draft.state == "draft"


def test_a_newer_history_is_added_to_an_older_copy(tree):
    build_catalogue(tree)
    document = transfer.build_document()
    # This database knows only the first decision: drop the rest, as if it was exported earlier.
    DecisionItem.objects.exclude(decision__number="01/QĐ-UBND").delete()
    ProcedureVersion.objects.filter(number__gt=1).delete()
    PublicationDecision.objects.exclude(number="01/QĐ-UBND").delete()
    Procedure.objects.filter(code="2.000635").delete()
    ProcedureVersion.objects.filter(number=1).update(valid_to=None)
    Procedure.objects.update(status="active")

    result = transfer.import_document(document)

    assert result.ok, [str(p) for p in result.problems]
    assert result.counts["versions_unchanged"] == 3
    assert without_form_ids(transfer.build_document()) == without_form_ids(document)


def test_dry_run_checks_and_replays_but_writes_nothing(tree):
    build_catalogue(tree)
    text = transfer.dumps(transfer.build_document())
    wipe()

    result = transfer.import_json(text, dry_run=True)

    assert result.ok and result.dry_run
    assert result.counts["procedures_created"] == 4
    assert not Procedure.objects.exists()
    assert not FormTemplate.objects.exists()


def test_a_file_that_is_not_a_catalogue_is_one_problem(db):
    broken = transfer.import_json('{\n "format": "motcua.catalogue",\n "version": 1,\n "procedures": [\n')
    assert [(p.line, "not valid JSON" in p.message) for p in broken.problems] == [(5, True)]
    other = transfer.import_json(json.dumps({"format": "something", "version": 1}))
    assert "format must be motcua.catalogue" in other.problems[0].message
    newer = transfer.import_json(json.dumps({"format": "motcua.catalogue", "version": 2}))
    assert "Version 2" in newer.problems[0].message


def test_jurisdiction_and_province_rights_are_checked(tree):
    build_catalogue(tree)
    document = transfer.build_document()
    wipe()
    justice_area = {tree.justice.pk, tree.justice_unit.pk}

    result = transfer.import_document(document, may_own=lambda agency: agency.pk in justice_area, province_wide=False)

    assert not result.ok and result.denied
    messages = [p.message for p in result.problems]
    assert any("Sở Xây dựng" in m for m in messages)  # 1.009972 belongs to another agency
    assert any("Only a province administrator" in m for m in messages)
    assert not Procedure.objects.exists()


# --- Excel -----------------------------------------------------------------------------------


def _sheet_rows(raw: bytes, name: str, skip_info=True) -> list[list]:
    wb = load_workbook(io.BytesIO(raw), read_only=True)
    spec = next(s for s in transfer_xlsx.SHEETS if s.name == name)
    keep = [i for i, col in enumerate(spec.cols) if not (skip_info and col.info)]
    return [[row[i] for i in keep] for row in wb[name].iter_rows(values_only=True)]


def test_excel_round_trip(tree):
    build_catalogue(tree)
    raw = transfer_xlsx.build_workbook()
    shown = {
        p.code: (services.draft_of(p) or p.versions.filter(state="published").order_by("number").last()).content
        for p in Procedure.objects.all()
    }
    wipe(sectors=True)

    result = transfer_xlsx.import_workbook(raw)

    assert result.ok, [str(p) for p in result.problems]
    assert result.counts["procedures_created"] == 4
    assert result.counts["sectors_created"] == 2
    for code, expected in shown.items():
        version = ProcedureVersion.objects.get(procedure__code=code)
        assert version.state == "draft"
        expected = {**expected, "components": [{**c, "form": None} for c in expected["components"]]}
        assert transfer.canonical(version.content) == transfer.canonical(expected), code
    again = transfer_xlsx.build_workbook()
    for sheet in ("Thủ tục", "Thành phần hồ sơ", "Trường hợp", "Phí, lệ phí", "Quy trình nội bộ", "Lĩnh vực"):
        before, after = _sheet_rows(raw, sheet), _sheet_rows(again, sheet)
        if sheet == "Thành phần hồ sơ":  # the form was not in this database
            before = [[*row[:5], None, *row[6:]] if i else row for i, row in enumerate(before)]
        assert after == before, sheet


def test_excel_layout_for_officials(tree):
    build_catalogue(tree)
    wb = load_workbook(io.BytesIO(transfer_xlsx.build_workbook()))
    assert wb.sheetnames[:3] == ["Hướng dẫn", "Thủ tục", "Thành phần hồ sơ"]
    ws = wb["Thủ tục"]
    assert ws["A1"].value == "Mã TTHC" and ws["Z1"].value == "4 tại chỗ"
    assert ws.row_dimensions[1].height >= 40  # explicit: stacked diacritics are not clipped
    assert ws.freeze_panes == "C2"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.column_dimensions["B"].width >= 40
    rows = {row[0].value: row for row in ws.iter_rows(min_row=2)}
    assert rows["1.001193"][1].value == "Đăng ký khai sinh (dự thảo)"  # the open draft
    assert rows["1.001193"][4].value == "Cấp xã"
    assert rows["1.009972"][1].value == "Cấp giấy phép xây dựng"  # the version in force
    assert [c.value for c in wb["Quyết định công bố"]["A"]][1:] == ["01/QĐ-UBND", "15/QĐ-UBND", "20/QĐ-UBND"]


def test_excel_one_bad_cell_among_many_writes_nothing_and_names_sheet_row_and_column(tree):
    many_drafts(tree)
    wb = load_workbook(io.BytesIO(transfer_xlsx.build_workbook()))
    wipe(sectors=True)
    components = wb["Thành phần hồ sơ"]
    row = next(r for r in range(2, components.max_row + 1) if components.cell(r, 1).value == "1.100113")
    components.cell(row, 4).value = ""
    out = io.BytesIO()
    wb.save(out)

    result = transfer_xlsx.import_workbook(out.getvalue())

    assert [(p.where, p.field) for p in result.problems] == [
        (f"Thành phần hồ sơ, row {row}", "column D (Tên thành phần hồ sơ)")
    ]
    assert not Procedure.objects.exists() and not Sector.objects.exists()


def test_excel_problems_outside_the_schema_are_located_too(tree):
    many_drafts(tree, 3)
    wb = load_workbook(io.BytesIO(transfer_xlsx.build_workbook()))
    wb["Thủ tục"]["E2"] = "Cấp trung ương"
    wb["Thủ tục"].append(["1.100100", "Trùng mã"])
    wb["Phí, lệ phí"].append(["9.999999", None, "Phí lạ", "Phí", 1000])
    steps = wb["Quy trình nội bộ"]
    steps["G7"] = 5  # the process of 1.100101 no longer adds up to 2 working days
    out = io.BytesIO()
    wb.save(out)

    result = transfer_xlsx.import_workbook(out.getvalue())

    found = {(p.where, p.field.split(" (")[0]) for p in result.problems}
    assert ("Thủ tục, row 2", "column E") in found
    assert ("Thủ tục, row 5", "column A") in found
    assert (f"Phí, lệ phí, row {wb['Phí, lệ phí'].max_row}", "column A") in found
    assert ("Quy trình nội bộ, row 6", "column G") in found  # the sum rule points at the process's first step
    assert ProcedureVersion.objects.count() == 3


def test_excel_edits_become_drafts_and_untouched_rows_are_skipped(tree):
    build_catalogue(tree)
    wb = load_workbook(io.BytesIO(transfer_xlsx.build_workbook()))
    ws = wb["Thủ tục"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "1.009972")
    ws.cell(row, 2).value = "Cấp giấy phép xây dựng nhà ở riêng lẻ"
    ws.cell(row, 16).value = 2.5  # committed time
    ws.cell(row, 17).value = "ngày làm việc"
    del wb["Quy trình nội bộ"]  # a missing sheet keeps what the procedures say
    out = io.BytesIO()
    wb.save(out)

    result = transfer_xlsx.import_workbook(out.getvalue())

    assert result.ok, [str(p) for p in result.problems]
    assert result.counts["drafts_saved"] == 1
    assert result.counts["versions_unchanged"] == 3  # the three procedures left as they were
    draft = services.draft_of(Procedure.objects.get(code="1.009972"))
    assert draft.number == 2 and draft.name == "Cấp giấy phép xây dựng nhà ở riêng lẻ"
    assert draft.content["committed"] == {"amount": "2.5", "unit": "working_days"}


def test_excel_refuses_a_broken_file(db):
    result = transfer_xlsx.import_workbook(b"PK\x03\x04 not really a zip")
    assert "not an Excel workbook" in result.problems[0].message


# --- Commands --------------------------------------------------------------------------------


def test_export_and_import_commands(tree, tmp_path, capsys):
    build_catalogue(tree)
    json_file, xlsx_file = tmp_path / "catalogue.json", tmp_path / "catalogue.xlsx"
    call_command("export_procedures", str(json_file))
    call_command("export_procedures", str(xlsx_file))
    out = capsys.readouterr().out
    assert "Exported 4 procedures, 6 versions, 3 decisions" in out
    assert xlsx_file.read_bytes().startswith(b"PK")
    wipe()

    call_command("import_procedures", str(json_file), "--dry-run")
    assert "Dry run" in capsys.readouterr().out and not Procedure.objects.exists()

    call_command("import_procedures", str(json_file))
    out = capsys.readouterr().out
    assert "      4  procedures created" in out
    assert "      2  decisions published" in out
    assert Procedure.objects.count() == 4


def test_import_command_prints_every_rejected_row(tree, tmp_path, capsys):
    many_drafts(tree, 5)
    document = transfer.build_document()
    wipe()
    document["procedures"][1]["versions"][0]["content"]["name"] = ""
    document["procedures"][3]["owner"] = "H15.77"
    path = tmp_path / "bad.json"
    path.write_text(transfer.dumps(document), encoding="utf-8")

    with pytest.raises(CommandError, match="2 problem"):
        call_command("import_procedures", str(path), "--map", "H16=H17")

    err = capsys.readouterr().err
    assert "procedures[1] 1.100101 version 1, line" in err and "content.name" in err
    assert "procedures[3] 1.100103, line" in err and "H15.77" in err
    assert not Procedure.objects.exists()
    with pytest.raises(CommandError, match="e-ID"):
        call_command("import_procedures", str(path), "--map", "H16")


@pytest.mark.parametrize("junk", [None, "x", -1, [], {}, [{}]])
@pytest.mark.parametrize(
    "path",
    [
        ("decisions", 0, "items", 0, "version"),
        ("procedures", 0, "versions", 0, "number"),
        ("procedures", 1, "versions", 0, "content", "components", 0, "form"),
        ("procedures", 1, "versions", 1, "content"),
        ("procedures", 2),
        ("forms", 0, "id"),
        ("process_templates",),
    ],
)
def test_junk_anywhere_is_a_problem_not_a_crash(tree, path, junk):
    build_catalogue(tree)
    document = transfer.build_document()
    wipe()
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = junk

    result = transfer.import_document(document, text=transfer.dumps(document))

    assert not result.ok or junk is None or path[-1] == "process_templates"
    assert Procedure.objects.count() in (0, 4)


def test_files_travel_with_the_document_and_are_checked(tree):
    build_catalogue(tree)
    decision = PublicationDecision.objects.get(number="01/QĐ-UBND")
    decision.file.save("qd-01.pdf", ContentFile(PDF))
    document = transfer.build_document()
    assert document["decisions"][0]["file"]["name"] == "qd-01.pdf"
    wipe()
    decision.file.delete(save=False)
    bad = copy.deepcopy(document)
    exe = b"MZ\x90\x00\x03 an executable"
    bad["decisions"][0]["file"] = {
        "name": "qd-01.pdf",
        "sha256": hashlib.sha256(exe).hexdigest(),
        "data": base64.b64encode(exe).decode(),
    }
    bad["decisions"][1]["file"] = {**bad["decisions"][0]["file"], "sha256": "0" * 64}
    bad["forms"][0]["file_name"] = "to-khai.docx"  # a PDF under a Word name

    refused = transfer.import_document(bad)

    assert {(p.where.split()[0], p.field) for p in refused.problems} == {
        ("decisions[0]", "file"),
        ("decisions[1]", "file.sha256"),
        ("forms[0]", "data"),
    }
    result = transfer.import_document(document)
    assert result.ok, [str(p) for p in result.problems]
    assert PublicationDecision.objects.get(number="01/QĐ-UBND").file.read() == PDF
