"""Each column of Form 06 on dossiers walked through the real services (rules: docs/reports.md)."""

import datetime as dt

from motcua.dossiers import services
from motcua.orgs.permissions import Role
from motcua.reports import form06

from .conftest import at, decide, numbers, only, receive, submit_online, to_appraisal

ITEMS = [{"item": "Giấy chứng sinh", "reason": "Bản sao không rõ"}]


def _viewer(officials):
    return officials[Role.PROVINCE_ADMIN]


def test_received_at_the_desk_and_decided_early(officials, tree, procedure):
    dossier = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))  # due Wed 11/03
    decide(officials, dossier, at(2026, 3, 10, 15, 0))
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c7": 1, "c8": 1}


def test_finished_exactly_on_the_due_date_is_on_time_even_after_hours(officials, tree, procedure):
    first = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    second = receive(officials, tree, procedure, at(2026, 3, 6, 10, 5))
    decide(officials, first, at(2026, 3, 11, 16, 0))
    decide(officials, second, at(2026, 3, 11, 20, 30))  # past 17:00, but the due date itself
    assert only(numbers(_viewer(officials))) == {"c3": 2, "c5": 2, "c7": 2, "c9": 2}


def test_finished_after_the_due_date_is_late(officials, tree, procedure):
    dossier = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    decide(officials, dossier, at(2026, 3, 12, 8, 0))
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c7": 1, "c10": 1}


def test_online_counts_when_accepted_not_when_submitted(officials, citizen, tree, procedure):
    accepted = submit_online(citizen, tree, procedure, at(2026, 2, 27, 20, 0))
    services.receive(user=officials[Role.DESK_OFFICER], dossier=accepted, at=at(2026, 3, 2, 8, 0))
    submit_online(citizen, tree, procedure, at(2026, 3, 20, 9, 0))  # never accepted: not received
    february = form06.Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert only(numbers(_viewer(officials), february)) == {}
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c4": 1, "c11": 1, "c13": 1}


def test_refused_or_incomplete_at_intake_and_withdrawn_before_receipt_are_never_counted(
    officials, citizen, tree, procedure
):
    desk = officials[Role.DESK_OFFICER]
    common = {"user": desk, "desk": tree.justice, "procedure": procedure}
    from .conftest import applicant

    services.refuse_intake(**common, applicant=applicant(), reasons="Không thuộc thẩm quyền", at=at(2026, 3, 3, 9, 0))
    services.request_completion(
        **common, applicant=applicant(), items=[{"item": "Tờ khai", "reason": "Chưa ký"}], at=at(2026, 3, 3, 9, 0)
    )
    online = submit_online(citizen, tree, procedure, at(2026, 3, 4, 9, 0))
    services.withdraw(online, user=citizen, reason="Không còn nhu cầu", at=at(2026, 3, 5, 9, 0))
    assert only(numbers(_viewer(officials))) == {}


def test_withdrawn_or_stopped_after_receipt_are_resolved(officials, citizen, tree, procedure):
    leader = officials[Role.AGENCY_LEADER]
    desk = officials[Role.DESK_OFFICER]
    in_time = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))
    services.withdraw(in_time, user=desk, reason="Theo đơn", at=at(2026, 3, 9, 9, 0))
    on_the_day = receive(officials, tree, procedure, at(2026, 3, 6, 10, 1))
    services.stop(on_the_day, user=leader, reason="Theo đề nghị", at=at(2026, 3, 11, 19, 0))
    after_due = receive(officials, tree, procedure, at(2026, 3, 6, 10, 2))
    services.stop(after_due, user=leader, reason="Theo đề nghị", at=at(2026, 3, 13, 9, 0))
    # never early (no result was given), late only once the appointment date had passed
    assert only(numbers(_viewer(officials))) == {"c3": 3, "c5": 3, "c7": 3, "c9": 2, "c10": 1}


def test_paused_for_supplement_counts_by_the_clock(officials, tree, procedure):
    specialist = officials[Role.SPECIALIST]
    waiting = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 6, 11, 0))
    services.request_supplement(waiting, user=specialist, items=ITEMS, at=at(2026, 3, 9, 9, 0))
    # still waiting for the citizen on 31/03, long after the old appointment: within time (the clock stands still)
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    # the citizen gives up while waiting: resolved on time
    services.withdraw(waiting, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 25, 9, 0))
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c7": 1, "c9": 1}


def test_paused_after_the_appointment_had_passed_is_overdue(officials, tree, procedure):
    late = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 6, 11, 0))
    services.request_supplement(late, user=officials[Role.SPECIALIST], items=ITEMS, at=at(2026, 3, 12, 9, 0))
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c11": 1, "c13": 1}


def test_restarted_after_supplement_is_judged_against_the_new_appointment(officials, tree, procedure):
    dossier = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 6, 11, 0))
    dossier = services.request_supplement(dossier, user=officials[Role.SPECIALIST], items=ITEMS, at=at(2026, 3, 9, 9))
    dossier = services.resubmit(dossier, user=officials[Role.DESK_OFFICER], at=at(2026, 3, 16, 9, 0))  # due Thu 19/03
    to_18 = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 18))
    assert only(numbers(_viewer(officials), to_18)) == {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=at(2026, 3, 19, 10, 0))
    services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=_pdf(), at=at(2026, 3, 19, 11, 0))
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c7": 1, "c9": 1}


def _pdf():
    from .conftest import pdf

    return pdf()


def test_carried_over_across_the_period_boundary(officials, tree, procedure):
    finished_inside = receive(officials, tree, procedure, at(2026, 2, 25, 9, 0))  # due Mon 02/03
    decide(officials, finished_inside, at(2026, 3, 2, 10, 0))
    still_open = receive(officials, tree, procedure, at(2026, 2, 26, 9, 0))  # due Tue 03/03
    finished_before = receive(officials, tree, procedure, at(2026, 2, 20, 9, 0))
    decide(officials, finished_before, at(2026, 2, 24, 9, 0))
    assert only(numbers(_viewer(officials))) == {"c3": 2, "c6": 2, "c7": 1, "c9": 1, "c11": 1, "c13": 1}
    february = form06.Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert only(numbers(_viewer(officials), february)) == {"c3": 3, "c5": 3, "c7": 1, "c8": 1, "c11": 2, "c12": 2}
    assert still_open.finished_at is None


def test_finished_after_the_period_counts_as_in_progress(officials, tree, procedure):
    dossier = receive(officials, tree, procedure, at(2026, 3, 6, 10, 0))  # due Wed 11/03
    decide(officials, dossier, at(2026, 3, 13, 9, 0))
    up_to_10 = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 10))
    up_to_11 = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 11))
    up_to_12 = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 12))
    assert only(numbers(_viewer(officials), up_to_10)) == {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    # due on the last day of the period: still within time
    assert only(numbers(_viewer(officials), up_to_11)) == {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    assert only(numbers(_viewer(officials), up_to_12)) == {"c3": 1, "c5": 1, "c11": 1, "c13": 1}
    # the next period: carried over, resolved late
    after = form06.Period(dt.date(2026, 3, 13), dt.date(2026, 3, 31))
    assert only(numbers(_viewer(officials), after)) == {"c3": 1, "c6": 1, "c7": 1, "c10": 1}


def test_one_day_period_and_postal_channel(officials, tree, procedure):
    services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=_applicant(),
        components=_components(),
        channel=3,
        at=at(2026, 3, 9, 23, 59),
    )
    day = form06.Period(dt.date(2026, 3, 9), dt.date(2026, 3, 9))
    assert only(numbers(_viewer(officials), day)) == {"c3": 1, "c5": 1, "c11": 1, "c12": 1}
    next_day = form06.Period(dt.date(2026, 3, 10), dt.date(2026, 3, 10))
    assert only(numbers(_viewer(officials), next_day)) == {"c3": 1, "c6": 1, "c11": 1, "c12": 1}


def _applicant():
    from .conftest import applicant

    return applicant()


def _components():
    from .conftest import components

    return components()


def test_apology_does_not_move_the_measure(officials, tree, procedure):
    dossier = to_appraisal(officials, receive(officials, tree, procedure, at(2026, 3, 6, 10, 0)), at(2026, 3, 6, 11, 0))
    services.apologise(
        dossier,
        user=officials[Role.AGENCY_LEADER],
        reason="Cần xác minh thêm",
        new_due=dt.date(2026, 3, 20),
        at=at(2026, 3, 10, 17, 0),
    )
    up_to_16 = form06.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 16))
    assert only(numbers(_viewer(officials), up_to_16)) == {"c3": 1, "c5": 1, "c11": 1, "c13": 1}


def test_on_the_spot_is_received_and_resolved_early_the_same_moment(officials, tree, on_the_spot_procedure):
    services.resolve_on_the_spot(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=on_the_spot_procedure,
        applicant=_applicant(),
        components=_components(),
        result_file=_pdf(),
        at=at(2026, 3, 6, 9, 0),
    )
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c7": 1, "c8": 1}


def test_resolution_is_the_decision_not_the_return(officials, tree, procedure):
    dossier = receive(officials, tree, procedure, at(2026, 3, 26, 10, 0))  # due Tue 31/03
    dossier = decide(officials, dossier, at(2026, 3, 31, 15, 0))
    services.return_result(
        dossier, user=officials[Role.DESK_OFFICER], received_by="Nguyễn Văn An", at=at(2026, 4, 2, 9, 0)
    )
    assert only(numbers(_viewer(officials))) == {"c3": 1, "c5": 1, "c7": 1, "c9": 1}
    april = form06.Period(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert only(numbers(_viewer(officials), april)) == {}
