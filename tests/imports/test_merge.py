"""``manage.py merge_agencies``: the two-level reform of 1 July 2025 applied from a mapping file."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from motcua.audit.models import AuditEntry
from motcua.catalogue import services as catalogue_services
from motcua.catalogue.models import Procedure, ProcessTemplate
from motcua.dossiers import services as dossier_services
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import Applicant, ComponentInput
from motcua.imports import merge
from motcua.imports.services import import_lines
from motcua.orgs import selectors, services
from motcua.orgs.models import Agency, StaffRole
from motcua.orgs.permissions import Role

from ..catalogue.factories import content, publish, sector
from ..conftest import make_staff
from ..dossiers.conftest import TZ
from ..orgs.test_history import JULY_1, JUNE_30, as_codes, reform_province
from .helpers import iso, line

MAPPING = """old_code,new_code,name,short_name,level,kind,parent_code
H15.52.01,H15.01,UBND xã X,,commune,committee,H15
H15.52.02,H15.01,,,,,
H15.53.02,H15.01,,,,,
H15.53.01,H15.53.01,,,,,H15
H15.52,,,,,,
H15.53,,,,,,
H13,H15,,,,,
H13.03,H15.03,,,,,
"""


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TZ)


@pytest.fixture
def province(db):
    """The reform tree before 1 July 2025, with staff, a catalogue and dossiers at the old agencies."""
    t = reform_province(apply=False)
    make = services.create_agency
    t["PJ"] = make(name="Sở Tư pháp", code="H15.03", level="province", kind="department", parent=t["P"])
    t["PJU"] = make(name="Phòng Hành chính tư pháp", code="H15.03.02", level="province", kind="unit", parent=t["PJ"])
    t["QJU"] = make(name="Phòng Hành chính tư pháp", code="H13.03.02", level="province", kind="unit", parent=t["QJ"])
    t["AU"] = make(name="Bộ phận Tư pháp - Hộ tịch", code="H15.52.01.01", level="commune", kind="unit", parent=t["A"])
    sector()
    staff = {
        "desk_a": make_staff("desk_a", t["A"], Role.DESK_OFFICER),
        "desk_b": make_staff("desk_b", t["B"], Role.DESK_OFFICER),
        "clerk_a": make_staff("clerk_a", t["AU"], Role.SPECIALIST),
        "desk_qj": make_staff("desk_qj", t["QJ"], Role.DESK_OFFICER),
        "spec_qj": make_staff("spec_qj", t["QJU"], Role.SPECIALIST),
        "admin_q": make_staff("admin_q", t["Q"], Role.PROVINCE_ADMIN),
    }
    make_staff("admin_p", t["P"], Role.PROVINCE_ADMIN)
    services.assign_role(staff["desk_b"], t["A"], Role.DESK_OFFICER)  # B's officer also works at A
    commune_proc = publish(t["P"], [("1.000001", "new", content())], day=dt.date(2025, 1, 1))
    steps = [
        {"name": "Tiếp nhận", "actor": "desk_officer", "budget": "0.5"},
        {"name": "Thẩm định", "actor": "specialist", "unit": "H13.03.02", "budget": "2"},
        {"name": "Phê duyệt", "actor": "agency_leader", "budget": "0.5"},
    ]
    by_name = [{**s, "unit": "Phòng Hành chính tư pháp"} if s.get("unit") else s for s in steps]
    qj_content = content(
        name="Cấp phiếu lý lịch tư pháp",
        level="province",
        processes=[{"case": None, "steps": by_name}],
        committed={"amount": "3", "unit": "working_days"},
    )
    qj_proc = publish(t["QJ"], [("2.000002", "new", qj_content)], day=dt.date(2025, 1, 1))
    catalogue_services.save_process_template(name="Quy trình Yên Bái", owner=t["QJ"], steps=steps)
    people = Applicant(name="Nguyễn Văn An", id_number="010203004005", phone="0912345678", address="Xã A")
    parts = [ComponentInput("to-khai", received=True), ComponentInput("giay-chung-sinh", received=True)]

    def receive(user, desk, procedure, when):
        return dossier_services.receive(
            user=user, desk=desk, procedure=procedure, applicant=people, components=parts, at=when
        )

    dossiers = {
        "open_a": receive(staff["desk_a"], t["A"], commune_proc, at(2025, 6, 23, 9, 0)),
        "open_d": receive(staff["desk_a"], t["A"], commune_proc, at(2025, 6, 24, 9, 0)),
        "open_qj": receive(staff["desk_qj"], t["QJ"], qj_proc, at(2025, 6, 25, 9, 0)),
    }
    dossiers["open_a"] = dossier_services.forward(
        dossiers["open_a"], user=staff["desk_a"], handler=staff["clerk_a"], at=at(2025, 6, 23, 10, 0)
    )
    from motcua.petitions import services as petition_services

    from ..petitions.conftest import petition_input

    dossiers["petition"] = petition_services.record(
        petition_input(t["QJ"]), user=staff["desk_qj"], channel="post", at=at(2025, 6, 26, 9, 0)
    )
    dossiers["closed_b"] = _closed_at(t["B"], staff["desk_b"], commune_proc, people, parts)
    return t, staff, dossiers


def _closed_at(desk, user, procedure, people, parts):
    """A dossier received, decided and withdrawn at ``desk`` before the reform (closed: it stays there)."""
    dossier = dossier_services.receive(
        user=user, desk=desk, procedure=procedure, applicant=people, components=parts, at=at(2025, 6, 16, 9, 0)
    )
    return dossier_services.withdraw(dossier, user=user, reason="Rút hồ sơ", at=at(2025, 6, 17, 9, 0))


def run(mapping: str = MAPPING, *args, tmp_path) -> str:
    path = tmp_path / "mapping.csv"
    path.write_text(mapping, encoding="utf-8")
    from io import StringIO

    out = StringIO()
    call_command("merge_agencies", str(path), "--on", "2025-07-01", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Everything a merger may change, to compare before and after."""
    return {
        "agencies": sorted(Agency.objects.values_list("pk", "code", "parent_id", "path", "valid_to", "successor_id")),
        "roles": sorted(StaffRole.objects.values_list("pk", "user_id", "agency_id", "role")),
        "dossiers": sorted(
            Dossier.objects.values_list("pk", "agency_id", "lead_agency_id", "current_unit_id", "due_at")
        ),
        "events": DossierEvent.objects.count(),
        "owners": sorted(Procedure.objects.values_list("pk", "owner_id")),
        "templates": sorted(ProcessTemplate.objects.values_list("pk", "owner_id")),
        "audit": AuditEntry.objects.count(),
    }


def test_the_merge_moves_everything_and_loses_nothing(province, tmp_path):
    t, _staff, dossiers = province
    petition = dossiers.pop("petition")
    before = {k: (d.due_at, d.original_due_at, list(d.steps.values_list("pk", "due_at"))) for k, d in dossiers.items()}
    total, events = Dossier.objects.count(), DossierEvent.objects.count()
    out = run(tmp_path=tmp_path)
    assert "applied: " in out
    assert "dossiers: before 4, after 4" in out
    assert "open dossiers: before 3, after 3" in out
    x = Agency.objects.get(code="H15.01")
    p, pj, pju = (Agency.objects.get(pk=t[k].pk) for k in ("P", "PJ", "PJU"))
    assert x.valid_from == JULY_1 and x.parent == p
    # the tree on each side of the reform
    assert as_codes(JULY_1) == {
        "H15": None,
        "H15.01": "H15",
        "H15.53.01": "H15",
        "H15.03": "H15",
        "H15.03.02": "H15.03",
    }
    assert set(as_codes(JUNE_30)) == {a.code for a in Agency.objects.exclude(code="H15.01")}
    # the old agencies ended the day before, with their successors; the dissolved districts without
    for code, successor in [
        ("H15.52.01", x),
        ("H15.52.02", x),
        ("H15.53.02", x),
        ("H13", p),
        ("H13.03", pj),
        ("H13.03.02", pju),  # a unit goes to the unit of the same name
        ("H15.52.01.01", x),  # … else to the new agency itself
        ("H15.52", None),
        ("H15.53", None),
    ]:
        old = Agency.objects.get(code=code)
        assert (old.valid_to, old.successor) == (JUNE_30, successor), code
    assert Agency.objects.get(code="H15.53.01").valid_to is None
    # open dossiers moved, deadlines unchanged, an event says so; the closed one stays
    for key, dossier in dossiers.items():
        dossier.refresh_from_db()
        assert (dossier.due_at, dossier.original_due_at, list(dossier.steps.values_list("pk", "due_at"))) == before[key]
    assert (dossiers["open_a"].agency, dossiers["open_a"].lead_agency, dossiers["open_a"].current_unit) == (x, x, x)
    assert dossiers["open_qj"].agency == pj
    assert set(dossiers["open_qj"].steps.filter(finished_at=None).values_list("unit_id", flat=True)) <= {pj.pk, pju.pk}
    assert dossiers["closed_b"].agency == t["B"] and dossiers["closed_b"].status == "withdrawn"
    assert Dossier.objects.count() == total
    refreshed = type(petition).objects.get(pk=petition.pk)
    assert (refreshed.agency, refreshed.due_at) == (pj, petition.due_at)
    assert DossierEvent.objects.count() == events + 3
    assert dossier_services.state_differences(dossiers["open_a"]) == {}
    # roles moved (B's officer already held A's role: one role at X, not two)
    roles = set(StaffRole.objects.values_list("user__username", "agency__code", "role"))
    assert {
        ("desk_a", "H15.01", Role.DESK_OFFICER),
        ("desk_b", "H15.01", Role.DESK_OFFICER),
        ("clerk_a", "H15.01", Role.SPECIALIST),
        ("desk_qj", "H15.03", Role.DESK_OFFICER),
        ("spec_qj", "H15.03.02", Role.SPECIALIST),
        ("admin_q", "H15", Role.PROVINCE_ADMIN),
    } <= roles
    assert not StaffRole.objects.filter(agency__valid_to=JUNE_30).exists()
    # catalogue owners and process assignments moved
    assert Procedure.objects.get(code="2.000002").owner == pj
    template = ProcessTemplate.objects.get()
    assert template.owner == pj and template.steps[1]["unit"] == "H15.03.02"
    # audited: the summary and each change
    summary = AuditEntry.objects.get(object_type="orgs.merge")
    assert summary.changes["moved"]["dossiers"] == 3
    assert AuditEntry.objects.filter(object_type="orgs.staffrole", action="update").count() >= 4
    # reports of old periods map the old agencies onto today's
    assert selectors.mapping_to_today([t["A"], t["B"], t["D"], t["D1"], t["QJ"]]) == {
        t["A"].pk: x.pk,
        t["B"].pk: x.pk,
        t["D"].pk: x.pk,
        t["D1"].pk: p.pk,
        t["QJ"].pk: pj.pk,
    }


def test_the_published_text_naming_an_old_agency_is_refused_unless_forced(province, tmp_path):
    t, _staff, _dossiers = province
    catalogue_services.save_draft(
        Procedure.objects.get(code="1.000001"), content(implementing_agency="H13.03", level="province")
    )
    decision_day = dt.date(2025, 2, 1)
    publish(t["QJ"], [(Procedure.objects.get(code="1.000001"), "amend", None)], day=decision_day)
    before = snapshot()
    with pytest.raises(CommandError, match="cannot be moved"):
        out = run(tmp_path=tmp_path)
    assert snapshot() == before
    out = run(MAPPING, "--force", "An amending decision is being signed", tmp_path=tmp_path)
    assert "Could not move: the published text of 1.000001" in out
    assert "applied" in out
    version = Procedure.objects.get(code="1.000001").versions.order_by("-number").first()
    assert version.content["implementing_agency"] == "H13.03"  # the published text is never rewritten
    assert version.implementing_agency == Agency.objects.get(code="H15.03")  # routing follows the successor
    assert AuditEntry.objects.get(object_type="orgs.merge").changes["forced"] == "An amending decision is being signed"


def test_a_dry_run_changes_nothing_and_reports_the_same(province, tmp_path):
    before = snapshot()
    out = run(MAPPING, "--dry-run", tmp_path=tmp_path)
    assert "dry run: nothing was changed" in out
    assert "Moved: open dossiers: 3" in out
    assert snapshot() == before


def test_a_failure_half_way_leaves_nothing_changed(province, tmp_path):
    """Commune Z begins on 1 July: ending it on 30 June fails after the dossiers and roles have moved."""
    t, _staff, _dossiers = province
    z = services.create_agency(
        name="UBND xã Z", code="H15.53.09", level="commune", kind="committee", parent=t["D2"], valid_from=JULY_1
    )
    make_staff("desk_z", z, Role.DESK_OFFICER)
    before = snapshot()
    with pytest.raises(CommandError, match="refused"):
        run(MAPPING + "H15.53.09,H15.01,,,,,\n", tmp_path=tmp_path)
    assert snapshot() == before
    assert not Agency.objects.filter(code="H15.01").exists()
    report = merge.merge(merge.read_mapping(MAPPING + "H15.53.09,H15.01,,,,,\n"), on=JULY_1)
    assert report.errors == [(10, "The end date cannot be before the start date.")]
    assert report.moved["dossiers"] == 3 and report.moved["roles"] == 7  # done, then undone
    assert not report.applied and snapshot() == before


@pytest.mark.parametrize(
    ("extra", "line", "message"),
    [
        ("H15.99.99,H15.01,,,,,\n", 10, "Unknown agency code H15.99.99"),
        ("H15.52.02,H15.01,,,,,\n", 10, "H15.52.02 is already mapped on line 3"),
        (",H15.02,,,,,\n", 10, "Unknown agency code H15.02: give name, level and kind"),
        (",H15.02,UBND xã Y,,commune,committee,H16\n", 10, "Unknown parent code H16"),
    ],
)
def test_a_refused_mapping_reports_the_line(province, tmp_path, extra, line, message):
    before = snapshot()
    path = tmp_path / "mapping.csv"
    path.write_text(MAPPING + extra, encoding="utf-8")
    from io import StringIO

    out = StringIO()
    with pytest.raises(CommandError, match="refused"):
        call_command("merge_agencies", str(path), "--on", "2025-07-01", stdout=out)
    assert f"line {line}: {message}" in out.getvalue()
    assert snapshot() == before


def test_an_agency_left_under_an_ending_one_is_refused(province, tmp_path):
    mapping = MAPPING.replace("H15.53.01,H15.53.01,,,,,H15\n", "")
    report = merge.merge(merge.read_mapping(mapping, "m.csv"), on=JULY_1)
    assert report.errors == [(6, "UBND xã C (H15.53.01) lies under H15.53, which ends: give it a row.")]


def test_a_json_mapping_is_the_same(province):
    rows = merge.read_mapping(
        json.dumps({"rows": [{"old_code": "H13.03", "new_code": "H15.03"}, {"old_code": "H13", "new_code": "H15"}]})
    )
    assert [(r.line, r.kind_of_row) for r in rows] == [(1, "merge"), (2, "merge")]
    report = merge.merge(rows, on=JULY_1)
    assert report.applied and not report.errors
    assert Agency.objects.get(code="H13.03").successor.code == "H15.03"


def test_the_importer_reads_old_codes_through_the_mapping(province, tmp_path):
    """The old province's dossiers (Yên Bái's H13.03) are imported onto the new agency (H15.03)."""
    run(tmp_path=tmp_path)
    events = [
        {"type": "received", "at": iso(2025, 7, 7, 10, 0)},
        {"type": "decided", "at": iso(2025, 7, 8, 15, 0), "outcome": "approved"},
        {"type": "returned", "at": iso(2025, 7, 9, 8, 0)},
    ]
    text = line("YB-1", procedure="2.000002", agency="H13.03", events=events)
    refused = import_lines([text])
    assert refused.failed == 0 and refused.imported == 1  # the old agency still exists: read as it was
    text = line("YB-2", procedure="2.000002", agency="H13.03", events=events)
    result = import_lines([text], agency_map=merge.code_map(merge.read_mapping(MAPPING)))
    assert result.imported == 1, result.errors
    assert Dossier.objects.get(code__startswith="H15.03-").agency.code == "H15.03"
    path = tmp_path / "yb.ndjson"
    path.write_text(line("YB-3", procedure="2.000002", agency="H13.03", events=events) + "\n", encoding="utf-8")
    (tmp_path / "map.csv").write_text(MAPPING, encoding="utf-8")
    call_command("import_dossiers", str(path), "--agency-map", str(tmp_path / "map.csv"))
    assert Dossier.objects.filter(agency__code="H15.03").count() == 3  # the moved open one and two imported
    with pytest.raises(CommandError, match="unknown agencies: H99"):
        (tmp_path / "bad.csv").write_text("old_code,new_code\nH13.03,H99\n", encoding="utf-8")
        call_command("import_dossiers", str(path), "--agency-map", str(tmp_path / "bad.csv"))
