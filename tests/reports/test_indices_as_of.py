"""A closed period's indices (TT 01/2018) and QĐ 766 index read each dossier as it stood at the period end
(issue 16, rule 1).

Dossiers and petitions are walked through the live services in June 2026; the June reports are taken, then
later events arrive in July (supplement request, re-submission with a new appointment, apology with a new
date, decision, withdrawal, the citizens' evaluations, petitions answered and filed) and no score, count,
fact or drill-down list of June may change."""

import datetime as dt

from motcua.dossiers import services
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.evaluations import services as evaluations
from motcua.orgs.permissions import Role
from motcua.petitions import services as petitions
from motcua.petitions.models import Petition
from motcua.reports import form06, index766, index766_dossiers, indices
from motcua.reports.indices import explain

from ..petitions.conftest import petition_input
from .conftest import at, pdf, procedure, receive, submit_online, to_appraisal  # noqa: F401
from .conftest_indices import walk

JUNE = form06.Period(dt.date(2026, 6, 1), dt.date(2026, 6, 30))
ITEMS = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]


def _decided(officials, tree, procedure, day, hour=8):  # noqa: F811
    """Received Monday 1 June (appointment Thursday 4 June), every step on the 1st, decided on ``day``."""
    dossier = receive(officials, tree, procedure, at(2026, 6, 1, hour, 0))
    moment = at(2026, 6, 1, hour + 1, 0)
    return walk(officials, dossier, (moment, moment, moment, at(2026, 6, day, 10, 0)))


def _june(officials, citizen, tree, procedure):  # noqa: F811
    desk, specialist, leader = officials[Role.DESK_OFFICER], officials[Role.SPECIALIST], officials[Role.AGENCY_LEADER]
    d = {}
    d["early"] = _decided(officials, tree, procedure, 3)
    d["on_time"] = _decided(officials, tree, procedure, 4)
    # an apology on the day of the appointment (4 June) moves it to 9 June; decided on the 8th: still late
    late = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 6, 1, 10, 0)), at(2026, 6, 2, 9))
    late = services.apologise(
        late, user=leader, reason="Cần xác minh", new_due=dt.date(2026, 6, 9), at=at(2026, 6, 4, 8)
    )
    late = services.forward(late, user=specialist, at=at(2026, 6, 8, 9, 0))
    d["late"] = services.decide(late, user=leader, result_file=pdf(), at=at(2026, 6, 8, 10, 0))
    # asked once to supplement, completed, decided: index 3 at 1 point
    asked = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 6, 8, 8, 0)), at(2026, 6, 8, 9))
    asked = services.request_supplement(asked, user=specialist, items=ITEMS, at=at(2026, 6, 9, 9, 0))
    asked = services.resubmit(asked, user=desk, at=at(2026, 6, 10, 9, 0))
    asked = services.forward(asked, user=specialist, at=at(2026, 6, 11, 9, 0))
    d["asked"] = services.decide(asked, user=leader, result_file=pdf(), at=at(2026, 6, 11, 10, 0))
    # online, open and overdue at the end (appointment Thursday 4 June): index 9, QĐ 766 2.1
    online = submit_online(citizen, tree, procedure, at(2026, 6, 1, 7, 0))
    online = services.receive(user=desk, dossier=online, at=at(2026, 6, 1, 8, 0))
    d["overdue"] = to_appraisal(officials, online, at(2026, 6, 1, 9, 0))
    # waiting for a supplement at the end, asked before the appointment (Thursday 25 June): within time
    waiting = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 6, 22, 9, 0)), at(2026, 6, 22, 10))
    d["waiting"] = services.request_supplement(waiting, user=specialist, items=ITEMS, at=at(2026, 6, 23, 9, 0))
    # appointment Wednesday 1 July: within time at the end
    d["fresh"] = to_appraisal(
        officials, receive(officials, tree, procedure, at(2026, 6, 26, 9, 0)), at(2026, 6, 26, 10)
    )
    # petitions: one about the staff of the on-time dossier, open at the end; one overdue at the end;
    # one answered on time in June
    p = {}
    p["conduct"] = petitions.submit(
        petition_input(tree.justice, kind="staff_conduct", dossier=d["on_time"].code), at=at(2026, 6, 10, 9, 0)
    )
    p["overdue"] = petitions.submit(petition_input(tree.justice), at=at(2026, 6, 1, 9, 0))
    answered = petitions.submit(petition_input(tree.justice), at=at(2026, 6, 15, 9, 0))
    answered = petitions.accept(answered, user=desk, at=at(2026, 6, 16, 9, 0))
    petitions.answer(answered, user=desk, text="Đã trả lời.", at=at(2026, 6, 17, 9, 0))
    return d, p


def _july(officials, citizen, tree, d, p):
    """Later events on every kind of dossier and petition."""
    desk, specialist, leader = officials[Role.DESK_OFFICER], officials[Role.SPECIALIST], officials[Role.AGENCY_LEADER]
    # the overdue online dossier: supplement, re-submission (new appointment), decision
    overdue = services.request_supplement(d["overdue"], user=specialist, items=ITEMS, at=at(2026, 7, 1, 9, 0))
    overdue = services.resubmit(overdue, user=desk, at=at(2026, 7, 2, 9, 0))
    overdue = services.forward(overdue, user=specialist, at=at(2026, 7, 3, 9, 0))
    services.decide(overdue, user=leader, result_file=pdf(), at=at(2026, 7, 3, 10, 0))
    # the waiting one gives up
    services.withdraw(d["waiting"], user=desk, reason="Không còn nhu cầu", at=at(2026, 7, 7, 9, 0))
    # an apology with a new date, then the decision
    fresh = services.apologise(
        d["fresh"], user=leader, reason="Cần xác minh thêm", new_due=dt.date(2026, 7, 8), at=at(2026, 7, 1, 8, 0)
    )
    fresh = services.forward(fresh, user=specialist, at=at(2026, 7, 7, 9, 0))
    services.decide(fresh, user=leader, result_file=pdf(), at=at(2026, 7, 7, 10, 0))
    # the citizens evaluate June's decided dossiers in July, as badly as they can
    worst = {"satisfaction": "not_satisfied", "contacts": "more", "bodies": "more", "attitude": "not_polite"}
    for key in ("early", "on_time", "late", "asked"):
        evaluations.rate(d[key], by_user=desk, channel="desk_device", answers=dict(worst), at=at(2026, 7, 2, 9, 0))
    # the petition about the staff is answered (a verified complaint), the overdue one too
    for key in ("conduct", "overdue"):
        petition = petitions.accept(p[key], user=desk, at=at(2026, 7, 1, 9, 0))
        petitions.answer(petition, user=desk, text="Đã xử lý.", at=at(2026, 7, 2, 9, 0))
    # a new petition about the staff of the early and the late dossiers, answered at once
    for key in ("early", "late"):
        new = petitions.submit(
            petition_input(tree.justice, kind="staff_conduct", dossier=d[key].code), at=at(2026, 7, 3, 9, 0)
        )
        new = petitions.accept(new, user=desk, at=at(2026, 7, 3, 10, 0))
        petitions.answer(new, user=desk, text="Đã xử lý.", at=at(2026, 7, 3, 11, 0))


def _snapshot(viewer, tree) -> dict:
    scope = indices.where(viewer)
    unit = indices.unit_report(tree.justice, Dossier.objects.all(), JUNE)
    decided = indices.decided(Dossier.objects.filter(lead_agency=tree.justice), JUNE)
    lists = {}
    for number in indices.ALL_INDICES:
        for points in (0, 1, 2):
            try:
                rows = explain.index_dossiers(tree.justice, JUNE, number, points)
            except explain.NotPerDossier:
                continue
            lists[(number, points)] = [(row.pk, row.ix_points, explain.row_reason(row, number)) for row in rows]
    index = index766.compute(scope.dossiers, JUNE, scope.petition_agencies, scope.label)
    parts = {}
    for indicator, kinds in index766_dossiers.PARTS.items():
        for part in kinds:
            rows = index766_dossiers.dossiers(scope.dossiers, JUNE, indicator, part)
            parts[(indicator, part)] = [(row.pk, index766_dossiers.reason(row, indicator)) for row in rows]
    breakdowns = {
        pk: [(item.number, item.points, item.data) for item in indices.dossier_breakdown(dossier, JUNE)]
        for pk, dossier in Dossier.objects.in_bulk(list(decided.values_list("pk", flat=True))).items()
    }
    return {
        "report": indices.report(scope.dossiers, JUNE, scope.label).as_dict(),
        "unit": unit.as_dict(),
        "lowest": indices.lowest(decided, period=JUNE),
        "scores": indices.dossier_scores(decided, JUNE),
        "index766": index.as_dict(),
        "lists": lists,
        "parts": parts,
        "breakdowns": breakdowns,
    }


def test_closed_period_indices_do_not_change_when_later_events_arrive(officials, citizen, tree, procedure):  # noqa: F811
    viewer = officials[Role.PROVINCE_ADMIN]
    d, p = _june(officials, citizen, tree, procedure)
    before = _snapshot(viewer, tree)
    unit = before["unit"]
    assert unit["dossiers"] == 4  # early, on time, late, asked
    assert {n: unit["indices"][n]["score"] for n in ("1", "3", "4", "7")} == {
        "1": "1.3",  # 2 + 1 + 0 + 2 (the asked one: restarted on 10 June, decided early on the 11th)
        "3": "1.8",  # 2 + 2 + 2 + 1
        "4": "2.0",
        "7": "1.3",  # 2 + 1 + 0 + 2: the petition about the on-time dossier is not answered yet
    }
    assert unit["indices"]["8"]["facts"]["open_overdue"] == 1 and unit["indices"]["8"]["facts"]["handled"] == 1
    assert unit["indices"]["9"]["facts"]["online_overdue"] == 1
    groups = {i["id"]: i for g in before["index766"]["groups"] for i in g["indicators"]}
    assert (groups["2.1"]["numerator"], groups["2.1"]["denominator"]) == (5, 7)  # early, on time, asked, waiting, fresh
    assert (groups["2.3"]["numerator"], groups["2.3"]["denominator"]) == (1, 1)  # the late one apologised
    assert (groups["5.1"]["numerator"], groups["5.1"]["denominator"]) == (1, 2)
    assert (groups["5.4"]["numerator"], groups["5.4"]["denominator"]) == (2, 4)  # late; on time complained

    _july(officials, citizen, tree, d, p)
    assert DossierEvent.objects.filter(at__gte=JUNE.ends).count() == 8
    assert Petition.objects.filter(handled_at__gte=JUNE.ends).count() == 4
    after = _snapshot(viewer, tree)
    for key in before:
        assert after[key] == before[key], key

    # July sees the July facts: the evaluations and the complaints count for dossiers decided in July …
    july = form06.Period(dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    july_unit = indices.unit_report(tree.justice, Dossier.objects.all(), july).as_dict()
    assert july_unit["dossiers"] == 2 and july_unit["indices"]["8"]["facts"]["handled"] == 4
    # … and a June dossier read today (no period) shows the evaluation given since
    early = {item.number: item.points for item in indices.dossier_breakdown(Dossier.objects.get(pk=d["early"].pk))}
    assert early[3] == early[4] == early[7] == 0
