"""Where each step of a dossier's process is done, and who may do it.

A procedure's internal process names the unit of each step the way a publication decision writes
it: an e-ID code, or a name such as "Phòng Hành chính tư pháp", "Văn phòng HĐND và UBND cấp huyện" or
"Công chức Tư pháp - Hộ tịch". :class:`StepRouter` finds that unit in the tree of the agency that
handles the dossier (the desk for desk steps, the competent agency for the others): by code, else by
name without accents or case, with the generic "cấp huyện / cấp xã" replaced by the agency's own place
("thành phố Lào Cai") and a commune's "công chức X" read as its "bộ phận X". A name it cannot find
leaves the step on the agency itself.

A specialist's or unit head's step left on an agency that has units is *open*: any official holding
that role in the agency's units may be given it, and it then moves to that official's unit (the
desk or the unit head chooses who, a later step follows the unit that did the earlier work). So a
dossier always has somebody who may take its next step as long as the agency has such an official;
:func:`actors` lists them and ``selectors.nobody_can_act`` finds the dossiers where nobody can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Q

from motcua.core.text import fold, nfc
from motcua.orgs import permissions
from motcua.orgs.models import Agency, AgencyKind
from motcua.orgs.permissions import ROLE_PERMS, Perm, Role

if TYPE_CHECKING:
    from .models import DossierStep

ROLE_PERM = {
    Role.DESK_OFFICER: Perm.RECEIVE_DOSSIER,
    Role.SPECIALIST: Perm.PROCESS_DOSSIER,
    Role.UNIT_HEAD: Perm.ASSIGN_DOSSIER,
    Role.AGENCY_LEADER: Perm.APPROVE_DOSSIER,
    Role.AGENCY_ADMIN: Perm.MANAGE_ORG,
    Role.PROVINCE_ADMIN: Perm.MANAGE_ORG,
    Role.INSPECTOR: Perm.VIEW_DOSSIER,
}
PLACED_ACTORS = frozenset({Role.SPECIALIST, Role.UNIT_HEAD})  # roles held in units, placed by the one who hands over
_LEVEL_WORDS = ("cap tinh", "cap huyen", "cap xa")
_COMMITTEE = re.compile(r"^(ubnd|uy ban nhan dan)\s+")


def _key(text: str) -> str:
    return " ".join(fold(nfc(text)).split())


def place_of(agency: Agency) -> str:
    """The place an agency stands for, folded: "UBND thành phố Lào Cai" → "thanh pho lao cai"."""
    return _COMMITTEE.sub("", _key(agency.name))


def _unit_keys(unit: Agency, place: str) -> set[str]:
    name = _key(unit.name)
    keys = {name}
    if place and name.endswith(" " + place):
        keys.add(name[: -len(place) - 1].strip())
    return keys


def _wanted_keys(reference: str, place: str) -> list[str]:
    name = _key(reference)
    keys = [name]
    for word in _LEVEL_WORDS:
        if word in name and place:
            keys.append(name.replace(word, place))
    bare = re.sub(r"\s+(huyen|xa|tinh)$", "", name)  # "Thanh tra huyện" is the district's own inspectorate
    if bare != name:
        keys.append(bare)
    if name.startswith("cong chuc "):  # a commune's "công chức X" works in its "bộ phận X"
        keys.append("bo phan " + name.removeprefix("cong chuc "))
    return keys


class StepRouter:
    """Resolves the units named by process steps; caches the units of each agency it has looked at."""

    def __init__(self, by_code: dict[str, Agency] | None = None, *, many: bool = False) -> None:
        """``by_code``: every agency with a code, when the caller has them already (bulk loaders);
        ``many``: read every unit of the tree once instead of the units of each agency asked about."""
        self._all_codes = by_code is not None
        self._codes: dict[str, Agency | None] = dict(by_code or {})
        self._units: dict[int, dict[str, Agency]] = {}
        self._many = many
        self._every_unit: list[Agency] | None = None  # read on the first question when ``many``
        self._resolved: dict[tuple[str, int], Agency] = {}  # (step's unit reference, home agency) → unit

    def units_of(self, agency: Agency) -> dict[str, Agency]:
        """The active units inside ``agency``, by every name key they answer to."""
        if agency.pk not in self._units:
            place = place_of(agency)
            found: dict[str, Agency] = {}
            units = Agency.objects.filter(kind=AgencyKind.UNIT, valid_to__isnull=True).order_by("depth", "path")
            if self._many:
                if self._every_unit is None:
                    self._every_unit = list(units)
                rows = [u for u in self._every_unit if u.path.startswith(agency.path) and u.pk != agency.pk]
            else:
                rows = units.filter(path__startswith=agency.path).exclude(pk=agency.pk)
            for unit in rows:
                for key in _unit_keys(unit, place):
                    found.setdefault(key, unit)
            self._units[agency.pk] = found
        return self._units[agency.pk]

    def _by_code(self, code: str) -> Agency | None:
        if code not in self._codes and not self._all_codes:
            self._codes[code] = Agency.objects.filter(code=code).first()
        return self._codes.get(code)

    def unit_for(self, spec: dict, desk: Agency, lead: Agency) -> Agency:
        """The unit of one step of the process, for a dossier received at ``desk`` and decided by ``lead``."""
        home = desk if spec["actor"] == Role.DESK_OFFICER else lead
        reference = (spec.get("unit") or "").strip()
        if not reference:
            return home
        key = (reference, home.pk)
        unit = self._resolved.get(key)
        if unit is None:
            unit = self._by_code(reference)
            if unit is None:
                units = self.units_of(home)
                wanted = _wanted_keys(reference, place_of(home))
                unit = next((units[name] for name in wanted if name in units), home)
            self._resolved[key] = unit
        return unit

    def units_for(self, specs: list[dict], desk: Agency, lead: Agency) -> list[Agency]:
        return [self.unit_for(spec, desk, lead) for spec in specs]


def is_open(step: DossierStep) -> bool:
    """A specialist's or unit head's step left on an agency (not placed in one of its units)."""
    return step.actor in PLACED_ACTORS and step.unit.kind != AgencyKind.UNIT


def roles_with(perm: Perm) -> list[str]:
    return [role for role, perms in ROLE_PERMS.items() if perm in perms and role != Role.PROVINCE_ADMIN]


def eligible(user, step: DossierStep) -> bool:
    """May ``user`` be the official of ``step`` (by role and jurisdiction, whoever holds it now)?"""
    perm = ROLE_PERM[Role(step.actor)]
    if permissions.can(user, perm, step.unit):
        return True
    return is_open(step) and any(root.is_within(step.unit) for root in permissions.roots(user, perm))


def place_for(user, step: DossierStep) -> Agency:
    """The unit the step moves to when ``user`` takes it: where they hold the role inside the agency."""
    perm = ROLE_PERM[Role(step.actor)]
    if not is_open(step) or permissions.can(user, perm, step.unit):
        return step.unit
    inside = sorted((r for r in permissions.roots(user, perm) if r.is_within(step.unit)), key=lambda a: a.path)
    return inside[0] if inside else step.unit


def ancestor_paths(agency: Agency) -> list[str]:
    parts = [p for p in agency.path.strip("/").split("/") if p]
    return ["/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def actors(step: DossierStep):
    """Active officials who may take ``step``: its role (or one above it) in its unit or above, and for
    an open step also in the agency's units. (The province administrator is not an actor.)"""
    from motcua.accounts.models import User

    roles = roles_with(ROLE_PERM[Role(step.actor)])
    where = Q(staff_roles__agency__path__in=ancestor_paths(step.unit))
    if is_open(step):
        where |= Q(staff_roles__agency__path__startswith=step.unit.path)
    return (
        User.objects.filter(where, is_active=True, account_type=User.AccountType.STAFF, staff_roles__role__in=roles)
        .distinct()
        .order_by("full_name", "username")
    )


def follow(step: DossierStep, earlier: list[DossierStep]) -> Agency:
    """An open step follows the unit of this agency that did the dossier's latest earlier step."""
    if not is_open(step):
        return step.unit
    for previous in sorted(earlier, key=lambda s: -s.seq):
        inside = previous.unit.kind == AgencyKind.UNIT and previous.unit.is_within(step.unit)
        if previous.actor in PLACED_ACTORS and inside and previous.seq < step.seq:
            return previous.unit
    return step.unit


def needs_official(step: DossierStep, earlier: list[DossierStep]) -> bool:
    """Whoever hands over to ``step`` must name its official: it is open, follows no earlier unit, has
    no official yet, and nobody holds its role at the agency itself (only in the agency's units)."""
    from motcua.orgs.models import StaffRole

    if not is_open(step) or step.handler_id is not None or follow(step, earlier) != step.unit:
        return False
    at_agency = StaffRole.objects.filter(
        role__in=roles_with(ROLE_PERM[Role(step.actor)]),
        agency__path__in=ancestor_paths(step.unit),
        user__is_active=True,
        user__account_type="staff",
    )
    return not at_agency.exists()


@dataclass
class StepGap:
    """A step of a procedure's process that nobody may take at some of the agencies that handle it."""

    step: str
    role: str
    agencies: list[Agency]  # where nobody can
    of: int  # how many agencies handle the procedure


def handling_agencies(version) -> list[Agency]:
    """The agencies whose desks receive a version's dossiers: its implementing agency (province level),
    else every active people's committee of its level."""
    if version.implementing_agency_id:
        return [version.implementing_agency]
    active = Agency.objects.filter(valid_to__isnull=True, level=version.level, kind=AgencyKind.PEOPLES_COMMITTEE)
    return list(active.order_by("path"))


def staffing_gaps(version) -> list[StepGap]:
    """For each process step of ``version`` (every case), the handling agencies where no active official
    may take it; what the administrator is warned about before and after publishing."""
    from motcua.orgs.models import StaffRole

    agencies = handling_agencies(version)
    holders = list(
        StaffRole.objects.filter(user__is_active=True, user__account_type="staff")
        .exclude(role=Role.PROVINCE_ADMIN)
        .select_related("agency")
    )
    router = StepRouter(many=True)
    gaps: dict[tuple[str, str], StepGap] = {}
    for process in version.content.get("processes") or []:
        for spec in process["steps"]:
            perm = ROLE_PERM[Role(spec["actor"])]
            for agency in agencies:
                unit = router.unit_for(spec, agency, agency)
                opened = spec["actor"] in PLACED_ACTORS and unit.kind != AgencyKind.UNIT
                if any(_covers(holder, perm, unit, opened) for holder in holders):
                    continue
                gap = gaps.setdefault(
                    (spec["name"], spec["actor"]), StepGap(spec["name"], Role(spec["actor"]).label, [], len(agencies))
                )
                if agency not in gap.agencies:
                    gap.agencies.append(agency)
    return list(gaps.values())


def _covers(holder, perm: Perm, unit: Agency, opened: bool) -> bool:
    if perm not in ROLE_PERMS.get(holder.role, ()):
        return False
    return unit.is_within(holder.agency) or (opened and holder.agency.is_within(unit))
