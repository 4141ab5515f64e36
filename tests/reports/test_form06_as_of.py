"""A closed period's Form 06 reads each dossier as it stood at the period end (issue 16, rule 1).

Dossiers are walked through the live services in June 2026; the June report is taken, then later events
arrive in July (supplement request, re-submission with a new appointment, apology, decision, withdrawal,
stop, return, a hand-over to another unit, a send-back) and the June report must not change, in any grouping."""

import datetime as dt

import pytest

from motcua.dossiers import services
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.orgs.permissions import Role
from motcua.reports import dashboard, form06
from motcua.reports import services as months
from motcua.reports.models import ClosedMonth

from .conftest import at, decide, only, pdf, receive, to_appraisal

JUNE = form06.Period(dt.date(2026, 6, 1), dt.date(2026, 6, 30))
ITEMS = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]


def _snapshot(user) -> dict:
    """Every row and the total of the June report, for every grouping."""
    found = {}
    for group_by in form06.GROUP_BY:
        report = form06.report(user, JUNE, group_by)
        found[group_by] = {row.key: dict(row.values) for row in [*report.rows, report.total]}
    return found


def _june(officials, tree, procedure):
    """The dossiers of June, and where each stands on 30 June."""
    specialist = officials[Role.SPECIALIST]
    d = {}
    # open at the end, appointment Wed 10/06 long passed: overdue (13)
    d["overdue"] = to_appraisal(
        officials, receive(officials, tree, procedure, at(2026, 6, 5, 10, 0)), at(2026, 6, 5, 11)
    )
    # the clock stopped for a supplement on 08/06, after the appointment (Thu 04/06) had passed: overdue (13)
    stalled = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 6, 1, 9, 0)), at(2026, 6, 1, 10))
    d["stalled"] = services.request_supplement(stalled, user=specialist, items=ITEMS, at=at(2026, 6, 8, 9, 0))
    # waiting for a supplement at the end, asked before the appointment (Thu 25/06): within time (12)
    waiting = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 6, 22, 9, 0)), at(2026, 6, 22, 10))
    d["waiting"] = services.request_supplement(waiting, user=specialist, items=ITEMS, at=at(2026, 6, 23, 9, 0))
    # appointment Wed 01/07, after the period: within time (12)
    d["fresh"] = to_appraisal(
        officials, receive(officials, tree, procedure, at(2026, 6, 26, 9, 0)), at(2026, 6, 26, 10)
    )
    # appointment Thu 18/06 passed, still at the desk's first step: overdue (13)
    d["at_desk"] = receive(officials, tree, procedure, at(2026, 6, 15, 9, 0))
    # decided before its appointment (Thu 04/06): early (8)
    d["early"] = decide(officials, receive(officials, tree, procedure, at(2026, 6, 1, 9, 5)), at(2026, 6, 3, 9, 0))
    # received in May, still open at the start of June, appointment Thu 04/06: carried over (6), overdue (13)
    d["carried"] = to_appraisal(
        officials, receive(officials, tree, procedure, at(2026, 5, 29, 9, 0)), at(2026, 6, 1, 9)
    )
    return d


def _july(officials, d):
    """Later events on every kind of dossier."""
    desk, specialist, leader = officials[Role.DESK_OFFICER], officials[Role.SPECIALIST], officials[Role.AGENCY_LEADER]
    # supplement, then re-submission: a new appointment in July
    overdue = services.request_supplement(d["overdue"], user=specialist, items=ITEMS, at=at(2026, 7, 1, 9, 0))
    overdue = services.resubmit(overdue, user=desk, at=at(2026, 7, 2, 9, 0))
    overdue = services.forward(overdue, user=specialist, at=at(2026, 7, 3, 9, 0))  # to the leader's unit
    services.decide(overdue, user=leader, result_file=pdf(), at=at(2026, 7, 3, 10, 0))
    # the stalled one is completed: restarted with a new appointment, still open
    services.resubmit(d["stalled"], user=desk, at=at(2026, 7, 6, 9, 0))
    # the waiting one gives up
    services.withdraw(d["waiting"], user=desk, reason="Không còn nhu cầu", at=at(2026, 7, 7, 9, 0))
    # an apology on the day of the appointment moves it to 08/07, then the decision
    fresh = services.apologise(
        d["fresh"], user=leader, reason="Cần xác minh thêm", new_due=dt.date(2026, 7, 8), at=at(2026, 7, 1, 8, 0)
    )
    fresh = services.forward(fresh, user=specialist, at=at(2026, 7, 7, 9, 0))
    services.decide(fresh, user=leader, result_file=pdf(), at=at(2026, 7, 7, 10, 0))
    # stopped, or handed on and decided
    services.stop(d["at_desk"], user=leader, reason="Theo đề nghị", at=at(2026, 7, 2, 9, 0))
    # sent back to the unit head (the appraisal step loses its start), appraised again and decided
    head = officials[Role.UNIT_HEAD]
    carried = services.send_back(d["carried"], user=specialist, reason="Cần phân công lại", at=at(2026, 7, 6, 9, 0))
    carried = services.forward(carried, user=head, handler=specialist, at=at(2026, 7, 7, 9, 0))
    carried = services.forward(carried, user=specialist, at=at(2026, 7, 8, 9, 0))
    services.decide(carried, user=leader, result_file=pdf(), at=at(2026, 7, 8, 10, 0))
    services.return_result(d["early"], user=desk, received_by="Nguyễn Văn An", method="counter", at=at(2026, 7, 1, 9))


@pytest.mark.django_db
def test_a_closed_period_does_not_change_when_later_events_arrive(officials, tree, procedure):
    viewer = officials[Role.PROVINCE_ADMIN]
    dossiers = _june(officials, tree, procedure)
    before = _snapshot(viewer)
    board = dashboard.dashboard(viewer, JUNE)
    assert only(before["level"]["total"]) == {
        "c3": 7, "c5": 6, "c6": 1, "c7": 1, "c8": 1, "c11": 6, "c12": 2, "c13": 4,
    }  # fmt: skip
    _july(officials, dossiers)
    assert DossierEvent.objects.filter(at__gte=JUNE.ends).count() == 15
    assert _snapshot(viewer) == before
    # the dashboard takes its dossier numbers from Form 06: June's board does not change either
    assert dashboard.dashboard(viewer, JUNE) == board
    assert board.agencies and sum(a.overdue for a in board.agencies) == 4
    # July reads the July events: decided early against the new appointment (07/07); withdrawn while
    # waiting, on time; decided after the apology, stopped, decided: late; restarted, due 09/07: overdue
    july = form06.report(viewer, form06.Period(dt.date(2026, 7, 1), dt.date(2026, 7, 31))).total.values
    assert only(july) == {"c3": 6, "c6": 6, "c7": 5, "c8": 1, "c9": 1, "c10": 3, "c11": 1, "c13": 1}


@pytest.mark.django_db
def test_waiting_for_a_supplement_at_the_end_stays_within_time(officials, tree, procedure):
    """The documented exception, read as of the end: waiting at the end and the appointment had not
    passed when the clock stopped → within time, whatever happened after."""
    viewer = officials[Role.PROVINCE_ADMIN]
    specialist, desk = officials[Role.SPECIALIST], officials[Role.DESK_OFFICER]
    waiting = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 6, 22, 9, 0)), at(2026, 6, 22, 10))
    waiting = services.request_supplement(waiting, user=specialist, items=ITEMS, at=at(2026, 6, 23, 9, 0))
    expected = {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    assert only(form06.report(viewer, JUNE).total.values) == expected
    # completed in August with an appointment in August, then decided late
    waiting = services.resubmit(waiting, user=desk, at=at(2026, 8, 3, 9, 0))
    assert only(form06.report(viewer, JUNE).total.values) == expected
    waiting = services.forward(waiting, user=specialist, at=at(2026, 8, 20, 9, 0))
    services.decide(waiting, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=at(2026, 8, 20, 10, 0))
    assert only(form06.report(viewer, JUNE).total.values) == expected
    # July: still waiting on 31/07, carried over and within time
    july = form06.Period(dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    assert only(form06.report(viewer, july).total.values) == {"c3": 1, "c6": 1, "c11": 1, "c12": 1}


@pytest.mark.django_db
def test_a_period_from_inside_a_closed_month_takes_its_end_state_from_the_summary(officials, tree, procedure):
    """A period running from 10 June to the end of a closed June counts its dossiers from the rows but its
    columns 11-13 from June's summary (kept as of 30 June): the same numbers as reading every open
    dossier's state at the end, although the July events changed their current appointment and pause."""
    viewer = officials[Role.PROVINCE_ADMIN]
    _july(officials, _june(officials, tree, procedure))
    tail = form06.Period(dt.date(2026, 6, 10), dt.date(2026, 6, 30))
    live = {g: form06.report(viewer, tail, g).total.values for g in ("level", "sector", "agency")}
    now_read = next(iter(form06.aggregate(Dossier.objects.all(), tail, as_of=False)))
    assert (now_read["c12"], now_read["c13"]) != (live["level"]["c12"], live["level"]["c13"])  # July changed them
    months.close_month(JUNE.start)
    assert form06.pieces(tail) == [(tail, False)] and ClosedMonth.objects.filter(month=JUNE.start).exists()
    assert {g: form06.report(viewer, tail, g).total.values for g in ("level", "sector", "agency")} == live
