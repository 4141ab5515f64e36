"""The demo catalogue of Lào Cai (``motcua.demo.catalogue``): the article's figures, valid contents, owners.

The catalogue is loaded once for the module (about 3 s) inside a transaction that is rolled back at
the end, so that other test modules see an empty database; each test runs in a savepoint of it.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import F

from motcua.catalogue import selectors, services
from motcua.catalogue.models import DecisionItem, Procedure, ProcedureVersion, PublicationDecision, Sector
from motcua.catalogue.schema import limit_for, limit_in_working_days
from motcua.core.text import fold
from motcua.demo import catalogue, loader
from motcua.demo.catalogue_data import decisions as decision_data
from motcua.demo.catalogue_data import sectors_and_templates

ARTICLE_DAY = dt.date(2019, 4, 30)  # "từ đầu năm đến nay" in the article of 14/05/2019
JAN_1 = dt.date(2019, 1, 1)
DATA_DIR = Path(catalogue.__file__).resolve().parent / "catalogue_data"


@pytest.fixture(scope="module")
def seeded(demo_catalogue):
    return demo_catalogue


@pytest.fixture
def demo(seeded, db):
    return seeded


def in_force_on(day: dt.date = ARTICLE_DAY):
    return selectors.in_force(day)


# --- the article's figures -------------------------------------------------------------------------


def test_load_reports_what_it_wrote(demo):
    result = demo.catalogue
    assert result.loaded
    assert result.procedures == Procedure.objects.count()
    assert result.versions == ProcedureVersion.objects.count()
    assert result.decisions == PublicationDecision.objects.count()


def test_procedures_in_force_on_30_april_2019_by_level(demo):
    counts = selectors.counts_by_level(ARTICLE_DAY)
    assert counts == {"province": 1597, "district": 315, "commune": 130}
    assert sum(counts.values()) == 2042


def test_decisions_of_january_to_april_2019(demo):
    counts = selectors.decision_counts(JAN_1, ARTICLE_DAY)
    assert counts["decisions"] == 16
    assert counts["procedures"] == 220
    assert counts["new"] == 104
    assert counts["amend"] + counts["replace"] + counts["abolish"] == 116
    assert min(counts["amend"], counts["replace"], counts["abolish"]) > 0


def test_base_decisions_are_of_2018_and_cover_the_rest(demo):
    earlier = PublicationDecision.objects.filter(signed_on__lt=JAN_1)
    assert earlier.exists()
    assert {d.signed_on.year for d in earlier} == {2018}
    new_in_2018 = DecisionItem.objects.filter(decision__in=earlier, action=DecisionItem.Action.NEW).count()
    abolished = DecisionItem.objects.filter(action=DecisionItem.Action.ABOLISH).count()
    new_in_2019 = selectors.decision_counts(JAN_1, ARTICLE_DAY)["new"]
    assert new_in_2018 + new_in_2019 - abolished == in_force_on().count() == 2042
    assert not PublicationDecision.objects.exclude(state=PublicationDecision.State.PUBLISHED).exists()


def test_2019_decisions_take_effect_before_the_article(demo):
    for decision in PublicationDecision.objects.filter(signed_on__gte=JAN_1):
        assert JAN_1 <= decision.signed_on <= decision.effective_from <= ARTICLE_DAY


# --- every version is valid ----------------------------------------------------------------------------


def test_every_version_passes_check_content_unchanged(demo):
    contents = list(ProcedureVersion.objects.values_list("content", flat=True))
    assert len(contents) == ProcedureVersion.objects.count() > 2042
    for content in contents:
        assert services.check_content(content) == content


def test_published_processes_add_up_to_the_committed_time(demo):
    checked = 0
    for content in ProcedureVersion.objects.values_list("content", flat=True):
        assert content["processes"], content["name"]
        for process in content["processes"]:
            limit = limit_in_working_days(limit_for(content, process["case"]))
            if limit is None:  # calendar days and months are not counted in working days
                continue
            counted = sum(Decimal(step["budget"]) for step in process["steps"] if step["counted"])
            assert counted == limit, (content["name"], process["case"])
            checked += 1
    assert checked > 2000


def test_versions_follow_each_other_without_gap(demo):
    counts = selectors.decision_counts(JAN_1, ARTICLE_DAY)
    amended = Procedure.objects.filter(decision_items__action__in=["amend", "replace"]).distinct()
    assert amended.count() == counts["amend"] + counts["replace"]  # each procedure changed once
    assert ProcedureVersion.objects.count() == Procedure.objects.count() + amended.count()
    for procedure in amended[:40]:
        first, second = procedure.versions.order_by("number")
        assert first.valid_to == second.valid_from - dt.timedelta(days=1)
        assert second.decision.signed_on.year == 2019
        changes = {path.split("[")[0] for path, _before, _after in selectors.diff(first, second)}
        assert "legal_basis" in changes


def test_abolished_procedures_are_out_of_force(demo):
    abolished = Procedure.objects.filter(status=Procedure.Status.ABOLISHED)
    expected = selectors.decision_counts(JAN_1, ARTICLE_DAY)["abolish"]
    assert abolished.count() == expected > 0
    assert not in_force_on().filter(procedure__in=abolished).exists()
    assert in_force_on(dt.date(2018, 12, 31)).filter(procedure__in=abolished).count() == expected


# --- realistic content -----------------------------------------------------------------------------


def test_search_finds_building_permits_without_accents(demo):
    found = list(selectors.search("cap giay phep xay dung", day=ARTICLE_DAY))
    assert len(found) >= 20
    words = {"cap", "giay", "phep", "xay", "dung"}
    assert all(words <= set(fold(f"{v.name} {v.sector.name}").replace(",", " ").split()) for v in found)
    assert any(v.name.startswith("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ") for v in found)
    assert {v.level for v in found} >= {"province", "district"}


def test_real_procedures_carry_their_national_codes(demo):
    birth = Procedure.objects.get(code="1.001193")
    version = birth.versions.get()
    assert (version.name, version.level, version.sector.code) == ("Đăng ký khai sinh", "commune", "TP-HT")
    assert Procedure.objects.get(code="2.001610").versions.first().name == "Đăng ký thành lập doanh nghiệp tư nhân"
    demo_range = Procedure.objects.filter(code__startswith=catalogue.DEMO_CODE_PREFIX).count()
    assert 0 < demo_range < Procedure.objects.count()


def test_time_cut_programme_covers_about_30_percent(demo):
    total = in_force_on().count()
    cut = selectors.search(time_cut=True, day=ARTICLE_DAY).count()
    assert 0.25 <= cut / total <= 0.35
    for version in in_force_on().filter(committed_amount__lt=F("statutory_amount"))[:50]:
        saving = (version.statutory_amount - version.committed_amount) / version.statutory_amount
        assert Decimal("0.25") <= saving <= Decimal("0.5")


def test_four_on_the_spot_at_province_level(demo):
    province = in_force_on().filter(level="province")
    share = province.filter(on_the_spot=True).count() / province.count()
    assert 0.20 <= share <= 0.25
    assert in_force_on().filter(level="commune", on_the_spot=True).exists()


def test_online_services_of_levels_3_and_4_as_in_the_article(demo):
    in_force = in_force_on()
    assert in_force.filter(online_service="full").count() == 94
    assert in_force.filter(online_service__in=["full", "partial"]).count() == 275
    for version in in_force.filter(online_service__in=["full", "partial"])[:100]:
        assert version.content["legacy_online_level"] in (3, 4)
        assert "online" in version.content["channels"]


def test_fees_where_real_procedures_have_them(demo):
    records = in_force_on().get(name__startswith="Cấp Phiếu lý lịch tư pháp cho công dân")
    assert records.has_fees and records.content["fees"][0]["amount"] == 200000
    share = in_force_on().filter(has_fees=True).count() / in_force_on().count()
    assert 0.2 < share < 0.8


def test_sectors_cover_the_usual_fields(demo):
    names = set(Sector.objects.values_list("name", flat=True))
    for field in (
        "Hộ tịch",
        "Chứng thực",
        "Đất đai",
        "Hoạt động xây dựng",
        "Thành lập và hoạt động của doanh nghiệp",
        "Đường bộ",
        "Khám bệnh, chữa bệnh",
        "Người có công",
        "Thể dục thể thao",
        "Lưu thông hàng hóa trong nước",
        "Thú y",
        "Tín ngưỡng, tôn giáo",
    ):
        assert field in names
    used = in_force_on().values_list("sector_id", flat=True).distinct().count()
    assert used >= 100


def test_owners_are_the_departments_of_their_sector(demo):
    justice = in_force_on().filter(sector__code__startswith="TP-")
    assert set(justice.values_list("procedure__owner__code", flat=True)) == {loader.JUSTICE}
    building = in_force_on().filter(sector__code="XD-HDXD")
    assert set(building.values_list("procedure__owner__code", flat=True)) == {loader.CONSTRUCTION}
    province = in_force_on().filter(level="province")
    assert not province.exclude(implementing_agency=F("procedure__owner")).exists()
    assert not in_force_on().exclude(level="province").exclude(implementing_agency=None).exists()
    kinds = Counter(Procedure.objects.values_list("owner__kind", flat=True))
    assert set(kinds) <= {"department", "board"}


def test_components_and_legal_bases_are_real_text(demo):
    for version in in_force_on().order_by("?")[:200]:
        content = version.content
        assert content["legal_basis"] and all(len(text) > 15 for text in content["legal_basis"])
        assert all(len(c["name"].split()) >= 2 for c in content["components"])
        assert "lorem" not in str(content).lower()


# --- idempotence and the command ----------------------------------------------------------------------


def snapshot() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Procedure, ProcedureVersion, PublicationDecision, DecisionItem, Sector))


def test_second_run_loads_nothing(demo):
    before = snapshot()
    result = loader.seed_demo(catalogue=True)
    assert not result.catalogue.loaded
    assert result.catalogue.skipped_reason == "already loaded"
    assert snapshot() == before


def test_command_says_the_catalogue_is_already_loaded(demo):
    before = snapshot()
    out = io.StringIO()
    call_command("seed_demo", dossiers=0, stdout=out)
    assert "Demo catalogue already loaded: nothing to do." in out.getvalue()
    assert snapshot() == before


def test_seeding_without_the_catalogue_leaves_it_alone(demo):
    assert loader.seed_demo().catalogue is None


def test_existing_procedures_with_the_same_codes_are_not_overwritten(demo):
    before = snapshot()
    result = catalogue._write(catalogue.plan())
    assert not result.loaded
    assert result.skipped_reason.startswith("procedures with the same codes exist")
    assert snapshot() == before


# --- the data (no database) ------------------------------------------------------------------------


def test_data_files_are_nfc():
    for path in DATA_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", text) == text, path.name


def test_plan_is_deterministic_and_unique():
    first, second = catalogue.plan(), catalogue.plan()
    assert [(p.code, p.status) for p in first.procedures] == [(p.code, p.status) for p in second.procedures]
    assert [v.content for p in first.procedures for v in p.versions] == [
        v.content for p in second.procedures for v in p.versions
    ]
    names = Counter((p.template.level, p.template.name) for p in first.procedures)
    assert max(names.values()) == 1
    assert len({p.code for p in first.procedures}) == len(first.procedures)


def test_every_2019_decision_follows_a_real_legal_text():
    for change in decision_data.CHANGES_2019:
        assert change.basis.startswith(("Luật", "Nghị định", "Thông tư")), change.key
    _sectors, templates = sectors_and_templates()
    keys = {t.since for t in templates if t.since}
    assert keys <= {change.key for change in decision_data.CHANGES_2019}
