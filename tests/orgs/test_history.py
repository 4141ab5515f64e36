"""The tree on a date: the two-level reform of 1 July 2025 (districts end, communes merge, provinces merge)."""

import datetime as dt

import pytest

from motcua.orgs import selectors, services
from motcua.orgs.models import Agency, AgencyPlacement

JUNE_30 = dt.date(2025, 6, 30)
JULY_1 = dt.date(2025, 7, 1)


def reform_province(*, apply: bool = True) -> dict[str, Agency]:
    """Province P (H15) with districts D1 (A, B) and D2 (C, D); province Q (H13) with a department.
    ``apply``: carry out the reform of 1 July 2025 through the services."""
    make = services.create_agency
    p = make(name="UBND tỉnh Lào Cai", code="H15", level="province", kind="committee")
    d1 = make(name="UBND huyện Bát Xát", code="H15.52", level="district", kind="committee", parent=p)
    d2 = make(name="UBND huyện Sa Pa", code="H15.53", level="district", kind="committee", parent=p)
    a = make(name="UBND xã A", code="H15.52.01", level="commune", kind="committee", parent=d1)
    b = make(name="UBND xã B", code="H15.52.02", level="commune", kind="committee", parent=d1)
    c = make(name="UBND xã C", code="H15.53.01", level="commune", kind="committee", parent=d2)
    d = make(name="UBND xã D", code="H15.53.02", level="commune", kind="committee", parent=d2)
    q = make(name="UBND tỉnh Yên Bái", code="H13", level="province", kind="committee")
    qj = make(name="Sở Tư pháp Yên Bái", code="H13.03", level="province", kind="department", parent=q)
    agencies = {"P": p, "D1": d1, "D2": d2, "A": a, "B": b, "C": c, "D": d, "Q": q, "QJ": qj}
    if apply:
        x = make(name="UBND xã X", code="H15.01", level="commune", kind="committee", parent=p, valid_from=JULY_1)
        for old in (a, b, d):
            services.end_agency(old, last_day=JUNE_30, successor=x)
        services.update_agency(c, parent=p, moved_on=JULY_1)
        for district in (d1, d2):
            services.end_agency(district, last_day=JUNE_30)
        services.end_agency(q, last_day=JUNE_30, successor=p)
        services.end_agency(qj, last_day=JUNE_30, successor=p)
        agencies["X"] = x
    return {k: Agency.objects.get(pk=v.pk) for k, v in agencies.items()}


def as_codes(day: dt.date) -> dict[str, str | None]:
    codes = dict(Agency.objects.values_list("pk", "code"))
    return {agency.code: codes.get(agency.parent_on_id) for agency in selectors.tree_on(day)}


@pytest.mark.django_db
def test_the_tree_on_30_june_2025_is_the_three_level_tree():
    reform_province()
    assert as_codes(JUNE_30) == {
        "H15": None,
        "H15.52": "H15",
        "H15.53": "H15",
        "H15.52.01": "H15.52",
        "H15.52.02": "H15.52",
        "H15.53.01": "H15.53",
        "H15.53.02": "H15.53",
        "H13": None,
        "H13.03": "H13",
    }


@pytest.mark.django_db
def test_the_tree_on_1_july_2025_is_the_two_level_tree():
    reform_province()
    assert as_codes(JULY_1) == {"H15": None, "H15.01": "H15", "H15.53.01": "H15"}
    assert as_codes(dt.date(2026, 12, 31)) == as_codes(JULY_1)


@pytest.mark.django_db
def test_the_materialised_path_is_todays_tree_and_the_move_kept_its_history():
    t = reform_province()
    assert t["C"].path == f"/{t['P'].pk}/{t['C'].pk}/"  # today's tree: C directly under the province
    assert selectors.parent_on(t["C"], JUNE_30) == t["D2"]
    assert selectors.parent_on(t["C"], JULY_1) == t["P"]
    assert list(t["C"].placements.values_list("parent_id", "valid_from")) == [
        (t["D2"].pk, None),
        (t["P"].pk, JULY_1),
    ]


@pytest.mark.django_db
def test_placements_are_append_only():
    t = reform_province(apply=False)
    placement = AgencyPlacement.objects.get(agency=t["A"])
    placement.parent = t["P"]
    with pytest.raises(ValueError):
        placement.save()
    with pytest.raises(ValueError):
        placement.delete()


@pytest.mark.django_db
def test_successor_chains_lead_to_where_the_work_went():
    t = reform_province()
    assert selectors.successor_on(t["A"], JUNE_30) == t["A"]
    assert selectors.successor_on(t["A"], JULY_1) == t["X"]
    assert selectors.today_of(t["B"]) == t["X"]
    assert selectors.today_of(t["C"]) == t["C"]
    assert selectors.today_of(t["QJ"]) == t["P"]
    assert selectors.today_of(t["D1"]) is None  # dissolved, no successor
    # a later merger is followed too: X merged again in 2026
    y = services.create_agency(name="UBND xã Y", code="H15.02", level="commune", kind="committee", parent=t["P"])
    services.end_agency(t["X"], last_day=dt.date(2026, 3, 31), successor=y)
    a = Agency.objects.get(pk=t["A"].pk)
    assert selectors.successor_on(a, dt.date(2026, 4, 1)) == y
    assert selectors.successor_on(a, dt.date(2026, 3, 31)) == t["X"]


@pytest.mark.django_db
def test_mapping_to_today_puts_every_old_agency_on_one_of_todays(django_assert_max_num_queries):
    t = reform_province()
    old = [t[k] for k in ("P", "D1", "D2", "A", "B", "C", "D", "Q", "QJ")]
    with django_assert_max_num_queries(6):
        mapping = selectors.mapping_to_today(old)
    assert mapping == {
        t["P"].pk: t["P"].pk,
        t["D1"].pk: t["P"].pk,  # dissolved district: where its parent's work went
        t["D2"].pk: t["P"].pk,
        t["A"].pk: t["X"].pk,
        t["B"].pk: t["X"].pk,
        t["C"].pk: t["C"].pk,
        t["D"].pk: t["X"].pk,
        t["Q"].pk: t["P"].pk,
        t["QJ"].pk: t["P"].pk,
    }
    # as of 30 June nothing had moved yet
    assert selectors.mapping_to_today(old, day=JUNE_30) == {a.pk: a.pk for a in old}


@pytest.mark.django_db
def test_a_merged_agency_cannot_succeed_into_its_own_unit_or_an_ended_agency():
    from django.core.exceptions import ValidationError

    t = reform_province()
    with pytest.raises(ValidationError):
        services.end_agency(t["P"], last_day=JUNE_30, successor=t["C"])
    with pytest.raises(ValidationError):
        services.end_agency(t["C"], last_day=JULY_1, successor=t["A"])
