"""The demo dossiers (``motcua.demo.dossiers``) that ``manage.py seed_demo`` loads on the first ``./run``.

The province, its catalogue and 400 dossiers are loaded once for the module through the
``seed_demo`` command, inside a transaction rolled back at the end; each test runs in a savepoint.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone

from motcua.accounts.models import User
from motcua.demo import dossiers as demo_dossiers
from motcua.demo import loader
from motcua.dossiers import routing, selectors, services
from motcua.dossiers.models import Dossier, Pause
from motcua.dossiers.workflow import OPEN, Status
from motcua.orgs.permissions import Role
from motcua.reports import form06

from ..conftest import kept_for_module

COUNT = 400
ROLE_QUEUES = {
    Role.DESK_OFFICER: ("to_receive", "to_transfer", "ready_to_return"),
    Role.UNIT_HEAD: ("mine",),
    Role.SPECIALIST: ("mine",),
    Role.AGENCY_LEADER: ("to_approve",),
}


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with kept_for_module(django_db_blocker):
        out = io.StringIO()
        call_command("seed_demo", dossiers=COUNT, stdout=out)
        yield out.getvalue()


@pytest.fixture
def demo(seeded, db):
    return seeded


def user(username: str) -> User:
    return User.objects.get(username=username)


def test_seed_loads_the_dossiers_with_progress_and_a_second_seed_adds_nothing(demo):
    assert Dossier.objects.count() == COUNT
    assert f"Loading {COUNT:,} demo dossiers" in demo and f"{COUNT:,} / {COUNT:,}" in demo
    out = io.StringIO()
    call_command("seed_demo", dossiers=COUNT, stdout=out)
    assert "Demo dossiers already loaded: nothing to do." in out.getvalue()
    assert Dossier.objects.count() == COUNT
    assert demo_dossiers.load(50) is None


def test_the_year_ends_now_and_every_state_is_there(demo):
    now = timezone.now()
    received = Dossier.objects.exclude(received_at=None)
    assert not received.filter(received_at__gt=now).exists()
    assert not received.filter(received_at__lt=now - dt.timedelta(days=366)).exists()
    assert received.filter(received_at__gt=now - dt.timedelta(days=7)).exists()
    statuses = set(Dossier.objects.values_list("status", flat=True))
    wanted = {
        "submitted",
        "refused",
        "received",
        "processing",
        "supplement",
        "withdrawn",
        "stopped",
        "done",
        "returned",
    }
    assert wanted <= statuses
    assert Dossier.objects.filter(status=Status.RETURNED, outcome="refused").exists()
    assert Dossier.objects.filter(status=Status.REFUSED, code=None).exists()  # refused at intake: never received
    open_ = Dossier.objects.filter(status__in=OPEN)
    assert open_.filter(due_at__lt=now).exclude(status=Status.SUPPLEMENT).exists()  # overdue
    apologised = open_.filter(apologies=1)
    assert apologised.exists() and all(d.due_at > d.original_due_at for d in apologised)
    waiting = Dossier.objects.filter(status=Status.SUPPLEMENT)
    assert Pause.objects.filter(dossier__in=waiting, ended_at=None).count() == waiting.count()


def test_cached_state_matches_the_events(demo):
    out = io.StringIO()
    call_command("rebuild_dossier_state", "--check", stdout=out)
    assert f"checked {COUNT} dossiers; 0 differ" in out.getvalue()


def test_every_demo_official_has_work_in_their_own_queues(demo):
    """The featured agencies' officials and those of every other agency with demo accounts."""
    assert demo_dossiers.staffed_agencies()
    for account in loader.DEMO_ACCOUNTS:
        if account.role not in ROLE_QUEUES:
            continue
        counts = selectors.queue_counts(user(account.username), names=ROLE_QUEUES[account.role])
        assert all(counts.values()), (account.username, counts)


def test_open_dossiers_wait_where_somebody_may_act(demo):
    waiting = Dossier.objects.filter(status__in=OPEN).select_related("current_step__unit", "current_step__handler")
    assert waiting.count() > COUNT // 10
    for dossier in waiting:
        step = dossier.current_step
        assert routing.actors(step).exists(), dossier
        if step.handler is not None:
            assert routing.eligible(step.handler, step), dossier
        assert dossier.handler_id == step.handler_id
    # specialists' and unit heads' steps sit in units (placed), and carry their official
    placed = waiting.filter(current_actor__in=[Role.SPECIALIST, Role.UNIT_HEAD])
    assert placed.exists() and not placed.filter(handler=None).exists()


def test_demo_officials_can_take_the_next_step_through_the_services(demo):
    specialist = user("stp.chuyenvien")
    mine = selectors.queue(specialist, "mine").filter(status=Status.PROCESSING, current_actor=Role.SPECIALIST)
    dossier = next(d for d in mine if d.steps.filter(seq__gt=d.current_step.seq).count() > 1)  # not the last
    moved = services.forward(dossier, user=specialist)
    assert moved.current_step.seq == dossier.current_step.seq + 1
    leader = user("sxd.lanhdao")
    to_approve = selectors.queue(leader, "to_approve").exclude(status=Status.SUPPLEMENT).first()
    decided = services.decide(to_approve, user=leader, outcome="refused", reasons="Không đủ điều kiện.")
    assert decided.status == Status.DONE
    desk = user("cocleu.motcua")
    ready = selectors.queue(desk, "ready_to_return").first()
    assert services.return_result(ready, user=desk, received_by="Nguyễn Văn A").status == Status.RETURNED


def test_demo_citizens_own_online_dossiers(demo):
    for username in demo_dossiers.CITIZENS:
        mine = selectors.of_account(user(username))
        assert mine.count() == demo_dossiers.CITIZEN_DOSSIERS
        assert not mine.exclude(channel=2).exists()
    owned = Dossier.objects.exclude(account=None)
    assert owned.filter(status__in=OPEN | {Status.SUBMITTED}).exists()
    assert owned.filter(status__in=[Status.DONE, Status.RETURNED]).exists()


def test_form06_of_the_last_twelve_months_has_every_column_group(demo):
    today = timezone.localdate()
    period = form06.Period(today - dt.timedelta(days=365), today)
    rows = form06.bare_aggregate(period)
    totals = {f"c{n}": sum(row[f"c{n}"] for row in rows) for n in range(3, 14)}
    assert totals["c4"] and totals["c5"]  # received online, at the desk
    assert totals["c8"] + totals["c9"] and totals["c7"] == totals["c8"] + totals["c9"] + totals["c10"]
    assert totals["c12"] and totals["c13"]  # in progress within time, overdue
    demo_agencies = Q(lead_agency__code__in=demo_dossiers.DEMO_AGENCIES)
    assert Dossier.objects.filter(demo_agencies, finished_at__isnull=False).count() > COUNT // 10
