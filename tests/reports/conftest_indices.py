"""Helpers for the index tests: dossiers walked step by step through the real services."""

from __future__ import annotations

import itertools

from motcua.dossiers import services
from motcua.evaluations import services as evaluations
from motcua.orgs.permissions import Role
from motcua.petitions.models import Petition

from .conftest import at, pdf, receive, submit_online

_codes = itertools.count(1)


def walk(officials, dossier, times):
    """Forward a received dossier through its steps at ``times`` (desk, unit head, specialist) and
    decide at the last time: four moments, one per step of the fixture's process."""
    desk, head, specialist, leader = times
    dossier = services.forward(dossier, user=officials[Role.DESK_OFFICER], at=desk)
    dossier = services.forward(dossier, user=officials[Role.UNIT_HEAD], handler=officials[Role.SPECIALIST], at=head)
    dossier = services.forward(dossier, user=officials[Role.SPECIALIST], at=specialist)
    return services.decide(dossier, user=officials[Role.AGENCY_LEADER], result_file=pdf(), at=leader)


def received(officials, tree, procedure, day=2, hour=8):
    """A dossier received at the desk on March ``day`` 2026 (Monday 2 March: due Thursday 5 March)."""
    return receive(officials, tree, procedure, at(2026, 3, day, hour, 0))


def decided_on(officials, tree, procedure, day, *, received_day=2):
    """Received on March ``received_day`` at 08:00, every step done on the day of receipt, decided on ``day``."""
    dossier = received(officials, tree, procedure, received_day)
    moment = at(2026, 3, received_day, 9, 0)
    return walk(officials, dossier, (moment, moment, moment, at(2026, 3, day, 10, 0)))


def online_decided(officials, citizen, tree, procedure, day):
    dossier = submit_online(citizen, tree, procedure, at(2026, 3, 2, 7, 0))
    dossier = services.receive(user=officials[Role.DESK_OFFICER], dossier=dossier, at=at(2026, 3, 2, 8, 0))
    moment = at(2026, 3, 2, 9, 0)
    return walk(officials, dossier, (moment, moment, moment, at(2026, 3, day, 10, 0)))


def rate(officials, dossier, **answers):
    answers.setdefault("satisfaction", "satisfied")
    return evaluations.rate(
        dossier, by_user=officials[Role.DESK_OFFICER], channel="desk_device", answers=answers, at=at(2026, 3, 20, 9, 0)
    )


def petition(agency, *, received, due, handled=None, status="received", kind="other", dossier=None):
    return Petition.objects.create(
        code=f"PAKN-{next(_codes)}",
        agency=agency,
        channel="portal",
        kind=kind,
        title="Phản ánh",
        content="Nội dung",
        petitioner_name="Trần Thị B",
        petitioner_address="Lào Cai",
        petitioner_phone="0912000000",
        status=status,
        received_at=received,
        due_at=due,
        handled_at=handled,
        dossier=dossier,
    )
