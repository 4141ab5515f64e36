"""Random legal histories through the live services: a period's Form 06 taken at its end equals the
same report taken after every later event (issue 16, rule 1), in every grouping.

Each dossier's history is drawn action by action (``_legal``/``_act`` of the lifecycle property test):
first the actions before the period end E, then the report is taken, then more actions after E."""

import datetime as dt

from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motcua.dossiers import services
from motcua.orgs.permissions import Role
from motcua.reports import drilldown, form06

from ..dossiers.conftest import applicant, at, components
from ..dossiers.test_lifecycle_property import GAPS, _act, _legal, procedures  # noqa: F401 — a fixture

PERIOD = form06.Period(dt.date(2026, 3, 5), dt.date(2026, 3, 12))
FIRST = at(2026, 3, 2, 8, 30)  # some dossiers are received before the period and carried over


def _report(user) -> dict:
    found = {}
    for group_by in form06.GROUP_BY:
        report = form06.report(user, PERIOD, group_by)
        found[group_by] = {row.key: dict(row.values) for row in [*report.rows, report.total]}
    return found


def _walk(data, officials, dossier, moment, until=None):
    """Draw legal actions on ``dossier`` from ``moment`` on, stopping before ``until`` (or after 8)."""
    for _number in range(8):
        kinds = _legal(dossier)
        if not kinds:
            break
        kind = data.draw(st.sampled_from(kinds), label="action")
        following = moment + data.draw(st.sampled_from(GAPS), label="gap")
        if kind == "apology":  # issued at the latest 3 h before the appointment
            following = max(following, dossier.due_at - dt.timedelta(hours=3))
        if until is not None and following >= until:
            break
        dossier, event = _act(dossier, kind, following, officials)
        moment = event["at"]
    return dossier, moment


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_report_of_a_period_is_the_one_taken_at_its_end(data, procedures, officials, tree):  # noqa: F811
    viewer = officials[Role.PROVINCE_ADMIN]
    with transaction.atomic():
        walked = []
        for _index in range(data.draw(st.integers(2, 4), label="dossiers")):
            procedure = procedures[data.draw(st.sampled_from(["2.000488", "2.000489"]), label="procedure")]
            received = FIRST + data.draw(st.integers(0, 9 * 24), label="hours") * dt.timedelta(hours=1)
            dossier = services.receive(
                user=officials[Role.DESK_OFFICER],
                desk=tree.justice,
                procedure=procedure,
                applicant=applicant(),
                components=components(),
                at=received,
            )
            walked.append(_walk(data, officials, dossier, received, until=PERIOD.ends))
        at_the_end = _report(viewer)
        for dossier, moment in walked:
            _walk(data, officials, dossier, max(moment, PERIOD.ends))
        assert _report(viewer) == at_the_end
        # and every cell still lists as many dossiers as it counts, each with its rule
        where = form06.scope(viewer)
        for group_by, rows in at_the_end.items():
            for key, values in rows.items():
                for column, count in values.items():
                    listed = list(drilldown.cell_dossiers(where, PERIOD, group_by, key or drilldown.TOTAL, column))
                    assert len(listed) == count, (group_by, key, column)
                    assert all(drilldown.explain(d) for d in listed), (group_by, key, column)
        transaction.set_rollback(True)
