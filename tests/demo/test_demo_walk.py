"""Every role can do its job on the demo: one procedure of every sector at every level of the demo
catalogue walked from the counter to the returned result by that agency's own demo accounts.

Each step is taken by the demo official of the role the process names (desk → unit head → specialist
→ leader → desk), who finds the dossier in one of their work queues, is offered the action by the same
``Situation`` the office page uses, and calls the same service. A step nobody may take fails the walk.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from motcua.accounts.models import User
from motcua.catalogue import selectors as catalogue_selectors
from motcua.demo import loader, staffing
from motcua.dossiers import routing, selectors, services
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import ComponentInput
from motcua.dossiers.workflow import Status
from motcua.office.dossiers.views import Situation
from motcua.orgs.models import Agency
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, pdf

WHEN = timezone.make_aware(dt.datetime(2026, 3, 3, 9, 0))
SUFFIX = {role: suffix for suffix, role in staffing.STAFF_ROLES}


@pytest.fixture(scope="module")
def seeded(demo_catalogue):
    return demo_catalogue


def one_per_sector_and_level():
    """The first procedure (by code) of each sector at each level, received at the desk, not "4 tại chỗ"."""
    chosen = {}
    versions = catalogue_selectors.in_force(timezone.localdate(WHEN)).select_related("procedure", "sector")
    for version in versions.order_by("procedure__code"):
        key = (version.sector.code, version.level)
        usual = version.at_desk and not version.on_the_spot and "counter" in version.content["channels"]
        if key not in chosen or (usual and not chosen[key][1]):
            chosen[key] = (version, usual)
    return [version for version, _usual in chosen.values()]


def desk_for(version) -> Agency:
    if version.level == "province":
        return version.implementing_agency
    return Agency.objects.get(code=staffing.CITY if version.level == "district" else staffing.WARD)


def officials_of(desk: Agency) -> dict[str, User]:
    prefix = staffing.prefix_for(desk.code, desk.short_name)
    return {role: User.objects.get(username=f"{prefix}.{suffix}") for role, suffix in SUFFIX.items()}


def in_a_queue(user, dossier: Dossier) -> bool:
    return any(selectors.queue(user, name, WHEN).filter(pk=dossier.pk).exists() for name in selectors.QUEUES)


def walk(version) -> list[tuple[str, str]]:
    """Receive, process and return one dossier; the (role, step) pairs in the order they were taken."""
    desk = desk_for(version)
    people = officials_of(desk)
    papers = [ComponentInput(c["key"], received=True) for c in version.content["components"] if not c.get("cases")]
    dossier = services.receive(
        user=people[Role.DESK_OFFICER],
        desk=desk,
        procedure=version.procedure,
        applicant=applicant(),
        components=papers,
        at=WHEN,
    )
    taken = []
    for _ in range(20):
        dossier = Dossier.objects.get(pk=dossier.pk)
        if dossier.status != Status.RECEIVED and dossier.status not in (Status.PROCESSING,):
            break
        step = dossier.current_step
        user = people[step.actor]
        assert in_a_queue(user, dossier), f"{version.procedure.code}: {user} does not see “{step.name}” in a queue"
        situation = Situation(user, dossier, WHEN)
        actions = situation.actions()
        following = situation.next_step
        if "forward" in actions:
            handler = None
            if following.actor in routing.PLACED_ACTORS:
                handler = people[following.actor]  # the desk or the unit head chooses who takes the next step
                offered = set(routing.actors(following).values_list("pk", flat=True))
                assert handler.pk in offered, f"{version.procedure.code}: {handler} not offered for “{following.name}”"
            services.forward(dossier, user=user, handler=handler, revision=dossier.revision, at=WHEN)
        else:
            assert "decide" in actions, f"{version.procedure.code}: {user} may not act on “{step.name}” ({actions})"
            services.decide(dossier, user=user, result_file=pdf(), revision=dossier.revision, at=WHEN)
        taken.append((step.actor, step.name))
    dossier = Dossier.objects.get(pk=dossier.pk)
    assert dossier.status == Status.DONE, f"{version.procedure.code} stopped at {dossier.status}"
    desk_officer = people[Role.DESK_OFFICER]
    assert in_a_queue(desk_officer, dossier)
    assert "return" in Situation(desk_officer, dossier, WHEN).actions()
    services.return_result(dossier, user=desk_officer, received_by="Nguyễn Văn An", revision=dossier.revision, at=WHEN)
    return taken


def test_every_sector_at_every_level_is_walked_by_its_own_demo_officials(seeded, db):
    versions = one_per_sector_and_level()
    levels = {version.level for version in versions}
    assert levels == {"province", "district", "commune"}
    assert len(versions) > 130
    roles_seen = set()
    for version in versions:
        taken = walk(version)
        roles = [role for role, _name in taken]
        assert roles[0] == Role.DESK_OFFICER and Role.AGENCY_LEADER in roles, (version.procedure.code, taken)
        roles_seen.update(roles)
        assert Dossier.objects.filter(procedure=version.procedure, status=Status.RETURNED).count() == 1
    assert roles_seen >= {Role.DESK_OFFICER, Role.UNIT_HEAD, Role.SPECIALIST, Role.AGENCY_LEADER}


def test_the_specialist_works_in_the_unit_the_process_names(seeded, db):
    """Phòng Hành chính tư pháp of the Sở Tư pháp: the appraisal step lands there, not on the Sở."""
    version = next(
        v
        for v in one_per_sector_and_level()
        if v.implementing_agency and v.implementing_agency.code == loader.JUSTICE and v.sector.code == "TP-LLTP"
    )
    walk(version)
    dossier = Dossier.objects.filter(procedure=version.procedure).latest("pk")
    appraisal = dossier.steps.get(actor=Role.SPECIALIST, name__startswith="Thẩm định")
    assert appraisal.unit.code == "H15.03.02"
    assert dossier.steps.get(actor=Role.AGENCY_LEADER).unit.code == loader.JUSTICE
    assert not selectors.queue(User.objects.get(username="tinh.admin"), "nobody_can_act", WHEN).exists()
