"""Form 06 drill-down: every cell lists exactly the dossiers it counts, each with a rule."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motcua.orgs.permissions import Role
from motcua.reports import drilldown, form06
from motcua.reports.columns import KEYS

from .conftest import MARCH, at, decide, receive, submit_online
from .test_form06_property import dossiers, write_rows


def _cells(user, period, group_by):
    result = form06.report(user, period, group_by)
    where = form06.scope(user)
    for row in [*result.rows, result.total]:
        for column in KEYS:
            qs = drilldown.cell_dossiers(where, period, group_by, row.key, column)
            yield row, column, qs


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(dossiers(), max_size=20),
    start=st.integers(-20, 20),
    length=st.integers(0, 40),
)
def test_every_cell_lists_as_many_dossiers_as_it_counts(officials, tree, procedure, rows, start, length):
    period = write_rows(tree, procedure, rows, start, length)
    for user in (officials[Role.PROVINCE_ADMIN], officials[Role.AGENCY_LEADER]):
        for group_by in form06.GROUP_BY:
            for row, column, qs in _cells(user, period, group_by):
                listed = list(qs)
                assert len(listed) == qs.count() == row.values[column], (group_by, row.key, column)
                # every dossier meets one branch of its column's rule
                assert all(drilldown.explain(d) for d in listed), (group_by, row.key, column)


def test_dossiers_walked_through_the_services_are_explained(officials, tree, procedure, citizen):
    early = receive(officials, tree, procedure, at(2026, 3, 2, 9, 0))
    decide(officials, early, at(2026, 3, 3, 9, 0))
    receive(officials, tree, procedure, at(2026, 2, 2, 9, 0))  # carried over, overdue by the end of March
    submit_online(citizen, tree, procedure, at(2026, 3, 10, 9, 0))  # not received: never counted
    user = officials[Role.PROVINCE_ADMIN]
    where = form06.scope(user)
    total = form06.report(user, MARCH).total.values
    for column in KEYS:
        qs = drilldown.cell_dossiers(where, MARCH, "level", "total", column)
        assert qs.count() == total[column]
    [late] = drilldown.cell_dossiers(where, MARCH, "level", "province", "c13")
    assert drilldown.explain(late).startswith("Quá hạn tại cuối kỳ: hẹn ")
    [done] = drilldown.cell_dossiers(where, MARCH, "level", "total", "c8")
    row = drilldown.describe(done)
    assert row["code"] == done.code and row["rule"].startswith("Đã giải quyết trước hạn")
    assert "applicant" not in " ".join(row)
    [carried] = drilldown.cell_dossiers(where, MARCH, "level", "total", "c6")
    assert drilldown.explain(carried).startswith("Tiếp nhận từ kỳ trước (02/02/2026)")


@pytest.mark.parametrize(
    ("group_by", "key", "column", "field"),
    [
        ("level", "nowhere", "c3", "key"),
        ("sector", "NOPE", "c3", "key"),
        ("unit", "abc", "c3", "key"),
        ("agency", "999999", "c3", "key"),
        ("level", "total", "c2", "column"),
        ("officer", "total", "c3", "group_by"),
    ],
)
def test_a_cell_that_is_not_the_reports_is_refused(officials, db, group_by, key, column, field):
    where = form06.scope(officials[Role.PROVINCE_ADMIN])
    with pytest.raises(drilldown.BadCell) as error:
        drilldown.cell_dossiers(where, MARCH, group_by, key, column)
    assert error.value.field == field


def test_another_agencys_row_is_not_in_an_agency_leaders_report(officials, tree):
    where = form06.scope(officials[Role.AGENCY_LEADER])  # Sở Tư pháp
    with pytest.raises(drilldown.BadCell):
        drilldown.cell_dossiers(where, MARCH, "agency", str(tree.construction.pk), "c3")
