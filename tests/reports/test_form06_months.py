"""Closed months (issue 16): reports over whole closed months read the monthly summaries, the rest is
computed live, and the result equals the live computation; a closed month changes only through an
audited recomputation."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motcua.audit.models import AuditEntry
from motcua.orgs.permissions import Role
from motcua.reports import form06, services
from motcua.reports.models import ClosedMonth, MonthSummary

from .conftest import MARCH, decide, numbers, procedure, receive  # noqa: F401 — procedure is a fixture
from .test_form06_property import dossiers, oracle, write_rows

JUNE_1 = dt.date(2026, 6, 1)


def _reports(user, period) -> dict:
    found = {}
    for group_by in ("level", "sector", "agency"):
        report = form06.report(user, period, group_by)
        found[group_by] = {row.key: dict(row.values) for row in [*report.rows, report.total]}
    return found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(dossiers(), max_size=25),
    start=st.integers(-60, 70),
    length=st.integers(0, 120),
)
def test_summaries_and_live_give_the_same_report(officials, tree, procedure, rows, start, length):  # noqa: F811
    MonthSummary.objects.all().delete()
    ClosedMonth.objects.all().delete()
    period = write_rows(tree, procedure, rows, start, length)
    viewer = officials[Role.PROVINCE_ADMIN]
    live = _reports(viewer, period)
    services.nightly(today=JUNE_1)
    assert _reports(viewer, period) == live
    assert live["level"]["total"] == oracle(rows, period)
    for rows_of_grouping in live.values():
        for values in rows_of_grouping.values():
            assert form06.check_identities(values) == []


def test_a_period_is_cut_into_closed_months_and_live_days(officials, tree, procedure):  # noqa: F811
    receive(officials, tree, procedure, dt.datetime(2026, 2, 10, 9, tzinfo=form06.TZ))
    services.nightly(today=dt.date(2026, 5, 1))  # closes February, March, April
    assert set(ClosedMonth.objects.values_list("month", flat=True)) == {
        dt.date(2026, 2, 1),
        dt.date(2026, 3, 1),
        dt.date(2026, 4, 1),
    }
    period = form06.Period(dt.date(2026, 2, 15), dt.date(2026, 5, 20))
    assert form06.pieces(period) == [
        (form06.Period(dt.date(2026, 2, 15), dt.date(2026, 2, 28)), False),
        (form06.Period(dt.date(2026, 3, 1), dt.date(2026, 4, 30)), True),
        (form06.Period(dt.date(2026, 5, 1), dt.date(2026, 5, 20)), False),
    ]


def test_a_closed_month_is_read_from_its_summary_without_the_dossiers(officials, tree, procedure):  # noqa: F811
    dossier = receive(officials, tree, procedure, dt.datetime(2026, 3, 3, 9, tzinfo=form06.TZ))
    decide(officials, dossier, dt.datetime(2026, 3, 4, 10, tzinfo=form06.TZ))
    receive(officials, tree, procedure, dt.datetime(2026, 3, 20, 9, tzinfo=form06.TZ))
    viewer = officials[Role.PROVINCE_ADMIN]
    live = numbers(viewer)
    services.nightly(today=dt.date(2026, 4, 2))
    with CaptureQueriesContext(connection) as queries:
        assert numbers(viewer) == live
    assert not [q["sql"] for q in queries if 'FROM "dossiers_dossier"' in q["sql"]]
    # the report follows the stored numbers: a stored cell changed by hand shows (so it is what is read)…
    MonthSummary.objects.filter(month=MARCH.start).update(c9=5)
    assert numbers(viewer)["c9"] == 5
    # …and the check finds it, and the recomputation puts it back with an audit row naming the cell
    assert services.differences(MARCH.start)
    outcome = services.recompute_month(MARCH.start, reason="sửa tay để thử", user=officials[Role.PROVINCE_ADMIN])
    assert outcome.recomputed and numbers(viewer) == live
    closed = ClosedMonth.objects.get(month=MARCH.start)
    assert closed.revision == 2 and closed.reason == "sửa tay để thử"
    entry = AuditEntry.objects.filter(object_type="reports.closedmonth", action=AuditEntry.Action.UPDATE).latest("pk")
    assert entry.changes["reason"] == "sửa tay để thử"
    assert {"column": "c9", "from": 5, "to": live["c9"]}.items() <= entry.changes["cells"][0].items()


def test_later_events_do_not_change_a_closed_month(officials, tree, procedure):  # noqa: F811
    open_one = receive(officials, tree, procedure, dt.datetime(2026, 3, 25, 9, tzinfo=form06.TZ))
    viewer = officials[Role.PROVINCE_ADMIN]
    services.nightly(today=dt.date(2026, 4, 2))
    before = numbers(viewer)
    decide(officials, open_one, dt.datetime(2026, 4, 6, 10, tzinfo=form06.TZ))
    assert form06.stale_from() is None
    assert numbers(viewer) == before
    assert services.differences(MARCH.start) == []


def test_an_event_recorded_later_inside_a_closed_month_makes_it_stale(officials, tree, procedure):  # noqa: F811
    viewer = officials[Role.PROVINCE_ADMIN]
    receive(officials, tree, procedure, dt.datetime(2026, 3, 2, 9, tzinfo=form06.TZ))
    services.nightly(today=dt.date(2026, 5, 2))  # February has no dossier: March and April are closed
    assert ClosedMonth.objects.count() == 2
    # old history arrives (an import): a dossier received on 10 March
    receive(officials, tree, procedure, dt.datetime(2026, 3, 10, 9, tzinfo=form06.TZ))
    assert form06.stale_from() == dt.datetime(2026, 3, 10, 9, tzinfo=form06.TZ)
    assert numbers(viewer)["c3"] == 2  # read live until recomputed
    assert form06.pieces(MARCH) == [(MARCH, False)]
    outcomes = services.nightly(today=dt.date(2026, 5, 2))
    assert {o.month: o.recomputed for o in outcomes} == {dt.date(2026, 3, 1): True, dt.date(2026, 4, 1): True}
    assert form06.stale_from() is None and form06.pieces(MARCH) == [(MARCH, True)]
    assert numbers(viewer)["c3"] == 2
    audited = AuditEntry.objects.filter(object_type="reports.closedmonth", changes__reason="nightly check")
    assert audited.count() == 2


def test_closing_refuses_a_month_not_ended_or_already_closed(officials, tree, procedure):  # noqa: F811
    this_month = form06.month_start(dt.date.today())
    with pytest.raises(services.MonthNotEnded):
        services.close_month(this_month)
    services.close_month(MARCH.start)
    with pytest.raises(services.AlreadyClosed):
        services.close_month(MARCH.start)
    assert AuditEntry.objects.filter(object_type="reports.closedmonth", action=AuditEntry.Action.CREATE).count() == 1
    with pytest.raises(ValueError):
        services.recompute_month(MARCH.start, reason=" ")


def test_the_command_checks_and_recomputes_with_a_reason(officials, tree, procedure):  # noqa: F811
    receive(officials, tree, procedure, dt.datetime(2026, 3, 2, 9, tzinfo=form06.TZ))
    call_command("report_months", stdout=io.StringIO())
    assert ClosedMonth.objects.filter(month=MARCH.start).exists()
    MonthSummary.objects.filter(month=MARCH.start).update(c12=0, c13=7)
    with pytest.raises(CommandError):
        call_command("report_months", "--check", "--all", stdout=io.StringIO())
    with pytest.raises(CommandError):
        call_command("report_months", "--recompute", "2026-03", stdout=io.StringIO())
    call_command("report_months", "--recompute", "2026-03", "--reason", "kiểm tra", stdout=io.StringIO())
    assert services.differences(MARCH.start) == []
