"""handling_summary on rows written by hand (period boundaries in local time), and the office queue."""

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from motcua.orgs.permissions import Role
from motcua.petitions import selectors
from motcua.petitions.models import Petition
from motcua.petitions.selectors import HandlingSummary, handling_summary

from ..conftest import make_staff
from .conftest import at

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
_numbers = itertools.count(1)


def row(agency, received_at, due_at, status="received", handled_at=None, **fields) -> Petition:
    return Petition.objects.create(
        code=f"PAKN-T-{next(_numbers):06d}",
        agency=agency,
        channel="portal",
        title="t",
        content="c",
        petitioner_name="n",
        petitioner_address="a",
        petitioner_phone="0912345678",
        status=status,
        received_at=received_at,
        due_at=due_at,
        handled_at=handled_at,
        **fields,
    )


def summary(agencies=None, period=MARCH) -> HandlingSummary:
    return handling_summary(agencies, *period)


def test_nothing_gives_zeros_and_no_share(tree):
    result = summary()
    assert result == HandlingSummary(0, 0, 0, 0)
    assert result.on_time_share is None
    assert result.handled_late == 0


def test_received_counts_local_days_both_included(tree):
    due = at(2026, 5, 1)
    row(tree.justice, at(2026, 2, 28, 23, 59, 59), due)  # before
    row(tree.justice, at(2026, 3, 1, 0, 0), due)  # first moment
    row(tree.justice, at(2026, 3, 31, 23, 59, 59), due)  # last moment
    row(tree.justice, at(2026, 4, 1, 0, 0), due)  # after
    assert summary().received == 2


def test_handled_on_time_is_up_to_the_deadline_inclusive(tree):
    due = at(2026, 3, 20, 17, 0)
    row(tree.justice, at(2026, 3, 2), due, "answered", due)  # exactly at the deadline: on time
    row(tree.justice, at(2026, 3, 2), due, "published", due + dt.timedelta(seconds=1))  # a second late
    row(tree.justice, at(2026, 3, 2), due, "rejected", at(2026, 3, 3))
    row(tree.justice, at(2026, 3, 2), due, "forwarded", at(2026, 3, 4))
    result = summary()
    assert (result.received, result.handled, result.handled_on_time, result.handled_late) == (4, 4, 3, 1)
    assert result.on_time_share == 75.0


def test_handled_counts_by_the_day_it_was_handled_not_received(tree):
    row(tree.justice, at(2026, 2, 10), at(2026, 3, 3), "answered", at(2026, 3, 1, 0, 0))  # received before
    row(tree.justice, at(2026, 3, 20), at(2026, 4, 10), "answered", at(2026, 4, 1, 0, 0))  # handled after
    result = summary()
    assert (result.received, result.handled, result.handled_on_time) == (1, 1, 1)


def test_open_overdue_is_counted_at_the_end_of_the_period(tree):
    row(tree.justice, at(2026, 3, 2), at(2026, 3, 31, 17, 0))  # open, due on the last day: overdue at the end
    row(tree.justice, at(2026, 3, 2), at(2026, 4, 1, 0, 0))  # due at the first moment after: not yet
    row(tree.justice, at(2026, 3, 2), at(2026, 3, 20), "processing")  # open and overdue
    row(tree.justice, at(2026, 3, 2), at(2026, 3, 20), "answered", at(2026, 4, 2))  # handled later: open at the end
    row(tree.justice, at(2026, 3, 2), at(2026, 3, 20), "answered", at(2026, 3, 25))  # handled (late) in the period
    row(tree.justice, at(2026, 4, 2), at(2026, 3, 20))  # received after the period: not open in it
    result = summary()
    assert result.open_overdue == 3
    assert (result.handled, result.handled_on_time) == (1, 0)


def test_agencies_filter_and_none_for_all(tree):
    due = at(2026, 4, 30)
    row(tree.justice, at(2026, 3, 2), due)
    row(tree.construction, at(2026, 3, 2), due)
    row(tree.commune, at(2026, 3, 2), due)
    assert summary().received == 3
    assert summary([tree.justice.pk]).received == 1
    assert summary([tree.justice.pk, tree.commune.pk]).received == 2
    assert summary([]).received == 0


# --- the office queue ----------------------------------------------------------------------------------


@pytest.fixture
def queue_rows(tree):
    now = at(2026, 3, 16, 9, 0)  # Monday
    rows = {
        "overdue": row(tree.justice, at(2026, 2, 2), at(2026, 3, 13, 17, 0)),
        "soon": row(tree.justice, at(2026, 2, 23), at(2026, 3, 18, 17, 0), "processing"),
        "later": row(tree.justice, at(2026, 3, 13), at(2026, 4, 3, 17, 0)),
        "handled": row(tree.justice, at(2026, 3, 2), at(2026, 3, 20), "answered", at(2026, 3, 10)),
        "elsewhere": row(tree.construction, at(2026, 3, 2), at(2026, 3, 13)),
    }
    return now, rows


def test_queue_tabs_and_counts(officials, queue_rows):
    now, rows = queue_rows
    qs = selectors.visible(officials[Role.DESK_OFFICER])
    names = {p.pk: name for name, p in rows.items()}

    def tab(name):
        return [names[p.pk] for p in selectors.queue(qs, name, now)]

    assert tab("open") == ["overdue", "soon", "later"]
    assert tab("overdue") == ["overdue"]
    assert tab("due_soon") == ["soon"]
    assert tab("handled") == ["handled"]
    assert selectors.queue_counts(qs, now) == {"open": 3, "overdue": 1, "due_soon": 1, "handled": 1, "all": 4}


def test_visible_is_the_jurisdiction_plus_what_is_assigned(tree, officials, queue_rows, citizen, other_official):
    _now, rows = queue_rows
    assert selectors.visible(officials[Role.INSPECTOR]).count() == 5
    assert selectors.visible(other_official).count() == 1
    assert selectors.visible(citizen).count() == 0
    specialist = officials[Role.SPECIALIST]
    assert selectors.visible(specialist).count() == 0  # the unit's specialist: nothing until assigned
    Petition.objects.filter(pk=rows["later"].pk).update(handler=specialist)
    assert list(selectors.visible(specialist)) == [rows["later"]]
    make_staff("nobody")
    assert selectors.visible(make_staff("nobody2")).count() == 0


def test_published_keyset_pages(tree):
    for day in (1, 2, 2, 3):
        row(tree.justice, at(2026, 2, 1), at(2026, 2, 20), "published", at(2026, 2, 10), published_at=at(2026, 3, day))
    row(tree.justice, at(2026, 2, 1), at(2026, 2, 20), "answered", at(2026, 2, 10))
    first = selectors.published_page(limit=2)
    rest = selectors.published_page(limit=10, after=(first[-1].published_at, first[-1].pk))
    assert len(first) == 2 and len(rest) == 2
    assert {p.pk for p in first}.isdisjoint({p.pk for p in rest})
    assert [timezone.localtime(p.published_at).day for p in first + rest] == [3, 2, 2, 1]
