"""The dossiers behind every index score and every QĐ 766 number, on random data: each list has exactly as many
dossiers as the number the report shows, and every row's reason gives the points it is listed at."""

import datetime as dt

from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motcua.dossiers.models import Dossier
from motcua.evaluations.models import Evaluation
from motcua.orgs.permissions import Role
from motcua.petitions.models import Petition
from motcua.reports import index766, index766_dossiers, indices
from motcua.reports.indices import explain

from .conftest import procedure  # noqa: F401
from .conftest_indices import petition
from .test_form06_property import BASE, HOUR, dossiers, write_rows

ANSWERS = {
    "contacts": ["", "once", "twice", "more"],
    "bodies": ["", "none", "one", "more"],
    "attitude": ["", "polite", "normal", "not_polite"],
    "satisfaction": ["satisfied", "very_satisfied", "not_satisfied"],
}


@st.composite
def extras(draw):
    """What the indices read beyond Form 06: requests, apology, result, the evaluation and complaints."""
    evaluation = None
    if draw(st.booleans()):
        evaluation = {name: draw(st.sampled_from(values)) for name, values in ANSWERS.items()}
        evaluation["created_at"] = BASE + draw(st.integers(-10 * 24, 80 * 24)) * HOUR
    complaints = draw(
        st.lists(
            st.tuples(st.sampled_from(["received", "answered", "published"]), st.integers(-10 * 24, 80 * 24)),
            max_size=2,
        )
    )
    return {
        "supplement_requests": draw(st.integers(0, 3)),
        "apologies": draw(st.integers(0, 1)),
        "outcome": draw(st.sampled_from(["approved", "refused"])),
        "result_file": draw(st.sampled_from(["", "results/ket-qua.pdf"])),
        "evaluation": evaluation,
        "complaints": complaints,
    }


def write(tree, procedure, rows, more, start, length):  # noqa: F811
    Evaluation.objects.all().delete()
    Petition.objects.all().delete()
    plain = [
        {**row, **{k: v for k, v in extra.items() if k not in ("evaluation", "complaints")}}
        for row, extra in zip(rows, more, strict=False)
    ]
    period = write_rows(tree, procedure, plain, start, length)
    for dossier, extra in zip(Dossier.objects.order_by("pk"), more, strict=False):
        if extra["evaluation"]:
            Evaluation.objects.create(
                dossier=dossier,
                channel="desk_device",
                agency=dossier.lead_agency,
                agency_name="X",
                **extra["evaluation"],
            )
        for status, hours in extra["complaints"]:
            moment = BASE + hours * HOUR
            handled = moment + dt.timedelta(days=2) if status != "received" else None
            petition(
                dossier.lead_agency,
                received=moment,
                due=moment + dt.timedelta(days=15),
                handled=handled,
                status=status,
                kind="staff_conduct",
                dossier=dossier,
            )
    return period


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(dossiers(), max_size=20),
    more=st.lists(extras(), min_size=20, max_size=20),
    start=st.integers(-20, 20),
    length=st.integers(0, 40),
)
def test_every_list_has_the_count_the_report_shows(officials, tree, procedure, rows, more, start, length):  # noqa: F811
    period = write(tree, procedure, rows, more, start, length)
    viewer = officials[Role.PROVINCE_ADMIN]
    scope = indices.where(viewer)
    for unit in indices.unit_rows(scope.dossiers, period):
        agency = unit.agency
        for number in indices.DOSSIER_INDICES:
            tally = unit.tallies[number]
            for at, shown in ((2, tally.at2), (1, tally.at1), (0, tally.at0)):
                listed = list(explain.index_dossiers(agency, period, number, at))
                assert len(listed) == shown, (agency, number, at)
                for dossier in listed:  # the Python reading of the facts gives the listed points
                    assert explain.points(explain.facts_of(dossier), number) == at
                    with translation.override("en"):
                        assert explain.row_reason(dossier, number).endswith(f": {at} point(s)")
        nine = unit.unit_points[9]
        for at in (0, 1, 2):
            listed = list(explain.index_dossiers(agency, period, 9, at))
            if at != nine.points:
                assert listed == []
                continue
            assert sum(1 for d in listed if d.ix_received) == nine.facts["received"]
            assert sum(1 for d in listed if d.ix_received == "in_online") == nine.facts["online_dossiers"]
            assert sum(1 for d in listed if d.ix_late == "online_late") == nine.facts["online_late"]
            assert sum(1 for d in listed if d.ix_late == "online_overdue") == nine.facts["online_overdue"]
    result = index766.compute(scope.dossiers, period, scope.petition_agencies, scope.label)
    shown = {item.id: item for group in result.groups for item in group.indicators}
    for indicator, parts in index766_dossiers.PARTS.items():
        count = {part: index766_dossiers.dossiers(scope.dossiers, period, indicator, part).count() for part in parts}
        item = shown[indicator]
        if indicator == "5.4":
            assert count["denominator"] == item.denominator
            assert item.numerator == max(count["denominator"] - count["late"] - count["complained"], 0)
        else:
            assert (count["numerator"], count["denominator"]) == (item.numerator, item.denominator), indicator
