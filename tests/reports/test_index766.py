"""The QĐ 766 service index: rates, points, unavailable indicators (rules: docs/indices.md)."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from motcua.dossiers import services
from motcua.dossiers.models import Dossier
from motcua.orgs.permissions import Role
from motcua.reports import figures, index766
from motcua.reports.index766 import ALLOCATION, GROUPS, Indicator, points_for, rate

from .conftest import MARCH, at, procedure  # noqa: F401
from .conftest_indices import decided_on, online_decided, petition, received, walk
from .conftest_indices import rate as evaluate


def by_id(result) -> dict[str, Indicator]:
    return {i.id: i for g in result.groups for i in g.indicators}


def test_rates_and_points():
    assert rate(1, 3) == Decimal("33.33") and rate(2, 3) == Decimal("66.67") and rate(0, 0) is None
    assert points_for(Decimal("40"), Decimal(80), 4) == Decimal("2.00")
    assert points_for(Decimal("95"), Decimal(80), 4) == Decimal("4.00")  # capped at the maximum
    assert points_for(Decimal("33.33"), Decimal(100), 10) == Decimal("3.33")
    assert points_for(None, Decimal(100), 10) is None


def test_the_allocation_adds_up_to_the_groups():
    for gid, _name, maximum in GROUPS:
        assert sum(points for key, (_n, points, _t) in ALLOCATION.items() if key.split(".")[0] == gid) == maximum
    assert sum(maximum for _g, _n, maximum in GROUPS) == 100


def test_the_index_on_hand_made_dossiers(officials, citizen, tree, procedure):  # noqa: F811
    early = decided_on(officials, tree, procedure, 3)
    decided_on(officials, tree, procedure, 5)  # on time
    decided_on(officials, tree, procedure, 9)  # late
    # late after an apology (form 04) on the day before the appointment
    apologised = received(officials, tree, procedure)
    apologised = services.apologise(
        apologised,
        user=officials[Role.DESK_OFFICER],
        reason="Chờ xác minh",
        new_due=dt.date(2026, 3, 9),
        at=at(2026, 3, 4, 9, 0),
    )
    moment = at(2026, 3, 4, 10, 0)
    apologised = walk(officials, apologised, (moment, moment, moment, at(2026, 3, 10, 9, 0)))
    assert apologised.verdict == "late" and apologised.apologies == 1
    received(officials, tree, procedure)  # still open at the end of March: overdue
    online = online_decided(officials, citizen, tree, procedure, 3)
    evaluate(officials, early, satisfaction="not_satisfied")
    petition(
        tree.justice,
        received=at(2026, 3, 2, 9, 0),
        due=at(2026, 3, 20, 17, 0),
        handled=at(2026, 3, 3, 9, 0),
        status="answered",
    )
    petition(
        tree.justice,
        received=at(2026, 3, 2, 9, 0),
        due=at(2026, 3, 5, 17, 0),
        handled=at(2026, 3, 9, 9, 0),
        status="answered",
    )
    petition(tree.justice, received=at(2026, 3, 2, 9, 0), due=at(2026, 3, 6, 17, 0))  # open, overdue

    result = index766.compute(Dossier.objects.all(), MARCH)
    found = by_id(result)
    # 2.1: early, on time, online (early) within time; late ×2 and the open overdue one are not: 3 / 6
    assert (found["2.1"].numerator, found["2.1"].denominator, found["2.1"].rate) == (3, 6, Decimal("50.00"))
    assert found["2.1"].points == Decimal("5.00")
    assert (found["2.3"].numerator, found["2.3"].denominator, found["2.3"].points) == (1, 2, Decimal("2.00"))
    # 3.3: one online among the six received in March
    assert (found["3.3"].numerator, found["3.3"].denominator, found["3.3"].rate) == (1, 6, Decimal("16.67"))
    assert found["3.3"].points == Decimal("2.00")  # 6 × 16.67 / 50
    # 4.1: every approved result has its signed file
    assert (found["4.1"].numerator, found["4.1"].denominator) == (5, 5)
    # 4.2: the online dossier is electronic; no paper dossier had its e-copies confirmed at the desk
    assert (found["4.2"].numerator, found["4.2"].denominator) == (1, 5)
    # 4.3: no component was taken from the data store
    assert (found["4.3"].numerator, found["4.3"].denominator) == (0, 6)
    # 1.3: the fixture's procedure names its implementing agency and subjects
    assert (found["1.3"].numerator, found["1.3"].denominator, found["1.3"].points) == (1, 1, Decimal("4.00"))
    # 2.2: committed 3 working days for each of the five decided dossiers against the days spent
    days = figures.processing_days(figures.resolved(Dossier.objects.all(), MARCH))
    assert found["2.2"].numerator == Decimal("15.00") and found["2.2"].denominator == sum(days.values())
    expected = (Decimal(1500) / sum(days.values())).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert found["2.2"].rate == expected
    # the same when two dossiers lack the stored days (decided before the column): computed for them
    stored_only = found["2.2"].denominator
    half = list(Dossier.objects.exclude(days_taken=None).values_list("pk", flat=True))[:2]
    Dossier.objects.filter(pk__in=half).update(days_taken=None)
    assert by_id(index766.compute(Dossier.objects.all(), MARCH))["2.2"].denominator == stored_only
    # 4.5: the citizen's account is not verified with VNeID
    assert (found["4.5"].numerator, found["4.5"].denominator) == (0, 1)
    # 5.1, 5.2: two handled (one on time), one open and overdue
    assert (found["5.1"].numerator, found["5.1"].denominator) == (2, 3)
    assert (found["5.2"].numerator, found["5.2"].denominator, found["5.2"].rate) == (1, 2, Decimal("50.00"))
    # 5.4: 5 decided, 2 late, 1 not satisfied: 100 − 40 − 20
    assert found["5.4"].rate == Decimal("40.00") and found["5.4"].points == Decimal("2.67")
    # indicators without data
    missing = {key for key, item in found.items() if not item.available}
    assert missing == {"1.1", "1.2", "1.4", "3.5", "3.6", "4.4", "5.3"}
    assert all(found[key].points is None and found[key].note for key in missing)
    assert result.computed_out_of == 100 - sum(ALLOCATION[key][1] for key in missing)
    assert result.total == sum((g.points for g in result.groups), Decimal(0))
    assert result.as_dict()["groups"][1]["indicators"][0]["rate"] == "50.00"
    assert online.channel == 2


def test_verified_accounts_and_an_empty_period(officials, citizen, tree, procedure):  # noqa: F811
    citizen.identity_level = 2
    citizen.save(update_fields=["identity_level"])
    online_decided(officials, citizen, tree, procedure, 3)
    found = by_id(index766.compute(Dossier.objects.all(), MARCH))
    assert (found["4.5"].numerator, found["4.5"].denominator, found["4.5"].points) == (1, 1, Decimal("4.00"))
    from motcua.reports import form06

    empty = index766.compute(Dossier.objects.all(), form06.Period(dt.date(2026, 5, 1), dt.date(2026, 5, 31)))
    nothing = by_id(empty)
    assert nothing["2.1"].rate is None and nothing["2.1"].points is None and nothing["2.1"].counted_max == 0
    assert nothing["1.3"].denominator == 1  # the catalogue is province-wide and in force


def test_a_second_supplement_request_after_the_period_does_not_rewrite_its_on_time_rate(
    officials,
    tree,
    procedure,  # noqa: F811
    settings,
):
    """2.1 counts a dossier asked twice to supplement as late — by the requests made by the period's end."""
    # a second request exists only under the 2018 regime (ND 118 Art 11 allows one): keep 2026 under it
    settings.MOTCUA_REGIME_2025_FROM = dt.date(2027, 1, 1)
    from .conftest import receive, to_appraisal

    spec = officials[Role.SPECIALIST]
    items = [{"item": "Tờ khai", "reason": "Thiếu chữ ký"}]
    dossier = to_appraisal(
        officials, receive(officials, tree, procedure, at(2026, 3, 25, 9, 0)), at(2026, 3, 25, 10, 0)
    )
    dossier = services.request_supplement(dossier, user=spec, items=items, at=at(2026, 3, 26, 9, 0))
    dossier = services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 30, 10, 0))
    before = index766._on_time(Dossier.objects.all(), MARCH)
    assert before == (1, 1)  # open and within its appointment on 31 March, asked once
    services.request_supplement(dossier, user=spec, items=items, at=at(2026, 7, 1, 9, 0))
    assert index766._on_time(Dossier.objects.all(), MARCH) == before


def test_digitisation_indicators_and_the_table_per_agency_read_the_confirmations(
    officials,
    citizen,
    tree,
    procedure,  # noqa: F811
):
    from motcua.dossiers.services import digitise
    from motcua.reports import digitisation

    from ..dossiers.test_digitisation import scan_pdf

    paper = [decided_on(officials, tree, procedure, 3) for _ in range(3)]
    online_decided(officials, citizen, tree, procedure, 3)
    before = by_id(index766.compute(Dossier.objects.all(), MARCH))["4.2"]
    assert (before.numerator, before.denominator) == (1, 4)
    for dossier in paper[:2]:  # two paper dossiers digitised at the desk and confirmed
        scans = [digitise.ScanInput(c.pk, files=[scan_pdf(1)], paper_pages=1) for c in dossier.components.all()]
        digitise.digitise(dossier, user=officials[Role.DESK_OFFICER], scans=scans, confirmed=True)
    found = by_id(index766.compute(Dossier.objects.all(), MARCH))
    assert (found["4.2"].numerator, found["4.2"].denominator, found["4.2"].rate) == (3, 4, Decimal("75.00"))
    assert found["4.2"].points == Decimal("4.69")  # 5 × 75 / 80
    assert (found["4.1"].numerator, found["4.1"].denominator) == (4, 4)

    rows = digitisation.by_agency(Dossier.objects.all(), MARCH)
    assert [(r.agency, r.received, r.online, r.confirmed, r.share) for r in rows] == [
        (tree.justice, 4, 1, 2, Decimal("75.00"))
    ]
    assert (rows[0].results, rows[0].results_digitised, rows[0].results_share) == (4, 4, Decimal("100.00"))
