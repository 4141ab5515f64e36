import json

import pytest
from django.core.exceptions import ValidationError

from motcua.orgs import services, transfer
from motcua.orgs.models import Agency
from motcua.orgs.validators import validate_eid_code


@pytest.mark.parametrize("code", ["H15", "H15.50", "H15.50.05.13", "A01.001.02", "G12.AB.C3"])
def test_valid_eid_codes(code):
    validate_eid_code(code)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "h15",
        "Z15",
        "H1",
        "H150",
        "15.H15",
        "H15.",
        "H15..01",
        "H15.5",
        "H15.5000",
        "H15-50",
        "H15.50.05.13 ",
        "H15" + ".AB" * 11,
    ],
)
def test_invalid_eid_codes(code):
    with pytest.raises(ValidationError):
        validate_eid_code(code)


def test_paths_follow_the_tree(tree):
    assert tree.province.path == f"/{tree.province.pk}/"
    assert tree.commune.path == f"/{tree.province.pk}/{tree.district.pk}/{tree.commune.pk}/"
    assert tree.commune.depth == 2
    assert tree.commune.is_within(tree.district)
    assert not tree.district.is_within(tree.commune)


def test_child_code_must_extend_the_parent_code(tree):
    with pytest.raises(ValidationError) as error:
        services.create_agency(name="Sở Y tế", code="H16.08", level="province", kind="department", parent=tree.province)
    assert "parent" in str(error.value) or "H15" in str(error.value)
    assert not Agency.objects.filter(name="Sở Y tế").exists()


def test_duplicate_code_is_refused(tree):
    with pytest.raises(ValidationError):
        services.create_agency(name="Copy", code="H15.03", level="province", kind="department", parent=tree.province)


def test_code_is_normalised_to_upper_case(tree):
    agency = services.create_agency(
        name="Sở Y tế", code=" h15.08 ", level="province", kind="department", parent=tree.province
    )
    assert agency.code == "H15.08"


def test_a_cycle_is_refused_and_nothing_changes(tree):
    with pytest.raises(ValidationError):
        services.update_agency(tree.province, parent=tree.commune, code="H15.52.01.01")
    with pytest.raises(ValidationError):
        services.update_agency(tree.district, parent=tree.district)
    tree.province.refresh_from_db()
    assert tree.province.parent is None and tree.province.code == "H15"


def test_moving_an_agency_moves_its_subtree(tree):
    services.update_agency(tree.justice, parent=tree.district, code="H15.52.03", level="district")
    unit = Agency.objects.get(pk=tree.justice_unit.pk)
    assert unit.path == f"/{tree.province.pk}/{tree.district.pk}/{tree.justice.pk}/{unit.pk}/"
    assert unit.depth == 3
    assert unit.is_within(tree.district)


def test_agency_with_units_cannot_be_deleted(tree):
    with pytest.raises(ValidationError):
        services.delete_agency(tree.justice)
    services.delete_agency(tree.justice_unit)
    assert not Agency.objects.filter(pk=tree.justice_unit.pk).exists()


def test_historical_agency_stays_resolvable(tree):
    import datetime as dt

    services.update_agency(tree.district, valid_to=dt.date(2025, 6, 30), successor=tree.province)
    district = Agency.objects.get(code="H15.52")
    assert not district.is_active
    assert district.successor == tree.province
    with pytest.raises(ValidationError):
        services.update_agency(tree.district, valid_from=dt.date(2026, 1, 1))


def test_export_import_round_trip(tree):
    rows = transfer.export_rows(Agency.objects.all())
    assert [r["code"] for r in rows][:2] == ["H15", "H15.03"]
    text = transfer.to_csv(rows)
    parsed = transfer.parse(text, "csv")
    for row in parsed:
        if row["code"] == "H15.07":
            row["name"] = "Sở Xây dựng tỉnh Lào Cai"
    parsed.append(
        {"code": "H15.08", "name": "Sở Y tế", "level": "province", "kind": "department", "parent_code": "H15"}
    )
    counts = transfer.import_rows(parsed)
    assert counts == {"created": 1, "updated": 6}
    assert Agency.objects.get(code="H15.07").name == "Sở Xây dựng tỉnh Lào Cai"
    assert Agency.objects.get(code="H15.08").parent == tree.province
    assert (
        json.loads(transfer.to_json(transfer.export_rows(Agency.objects.filter(code="H15.08"))))[0]["parent_code"]
        == "H15"
    )


def test_import_is_all_or_nothing(tree):
    rows = [
        {"code": "H15.09", "name": "Sở Công Thương", "level": "province", "kind": "department", "parent_code": "H15"},
        {"code": "BAD", "name": "Broken", "level": "province", "kind": "department", "parent_code": "H15"},
    ]
    with pytest.raises(ValidationError) as error:
        transfer.import_rows(rows)
    assert "2" in error.value.messages[0]
    assert not Agency.objects.filter(code="H15.09").exists()


def test_import_rejects_unknown_parent(tree):
    with pytest.raises(ValidationError) as error:
        transfer.import_rows(
            [{"code": "H99.01", "name": "X", "level": "province", "kind": "board", "parent_code": "H99"}]
        )
    assert "H99" in error.value.messages[0]
