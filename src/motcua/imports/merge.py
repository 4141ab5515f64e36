"""Merging agencies (sắp xếp đơn vị hành chính, Resolution 202/2025/QH15): a mapping file of old agencies
onto new ones, applied all or nothing.

The mapping (CSV with a header, or JSON: a list of objects, or ``{"rows": [...]}``) has one row per old
agency::

    old_code,new_code,name,short_name,level,kind,parent_code
    H15.52.01,H15.01,UBND xã X,,commune,committee,H15     ← A merged into X (X created: name…parent)
    H15.52.02,H15.01,,,,,                                 ← B merged into X too
    H15.53.01,H15.53.01,,,,,H15                           ← C continues, moved under the province
    H15.52,,,,,,                                          ← the district dissolved (no successor)
    ,H15.09,Sở Mới,,province,department,H15               ← a new agency only

On the day ``on`` the new agencies begin; every old agency (and each of its units, which go to the unit
of the same name in the new agency, else to the new agency itself) ends the day before with its
successor. Open dossiers (desk, competent agency, current unit, unfinished steps), staff roles,
catalogue ownership and process assignments, open petitions and unsubmitted drafts follow. Closed
dossiers keep their agencies: reports of old periods resolve them (``orgs.selectors.mapping_to_today``
shows them on today's agencies). Counts before and after are compared before the transaction commits;
any difference undoes everything. Details: docs/organisation.md.

The organisation app is a low layer that may not import dossiers or catalogue: this module, in the
imports layer, drives each app's own write path (``dossiers.services.rehome``,
``catalogue.services.rehome_agencies``, ``orgs.services.end_agency`` …).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from motcua.audit import services as audit
from motcua.catalogue import services as catalogue_services
from motcua.catalogue.models import Procedure
from motcua.core.text import fold
from motcua.dossiers import services as dossier_services
from motcua.dossiers.models import Dossier, DossierStep
from motcua.dossiers.workflow import ENDED
from motcua.orgs import services as org_services
from motcua.orgs.models import Agency, AgencyKind, Level, StaffRole
from motcua.orgs.selectors import valid_on
from motcua.petitions import services as petition_services
from motcua.petitions.models import OPEN_STATUSES, Petition
from motcua.submissions import services as submission_services

COLUMNS = ("old_code", "new_code", "name", "short_name", "level", "kind", "parent_code")


@dataclass
class Row:
    line: int
    old_code: str = ""
    new_code: str = ""
    name: str = ""
    short_name: str = ""
    level: str = ""
    kind: str = ""
    parent_code: str = ""

    @property
    def kind_of_row(self) -> str:
        if self.old_code and self.old_code == self.new_code:
            return "move"
        if self.old_code and self.new_code:
            return "merge"
        if self.old_code:
            return "dissolve"
        return "create"


class MappingError(ValueError):
    """The file cannot be read as a mapping."""


def _clean(value) -> str:
    return str(value or "").strip()


def read_mapping(data: bytes | str, name: str = "") -> list[Row]:
    """The rows of a mapping file (CSV or JSON, told by the name or the first character)."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    is_json = name.lower().endswith(".json") or text.lstrip().startswith(("[", "{"))
    rows: list[Row] = []
    if is_json:
        try:
            loaded = json.loads(text)
        except ValueError as exc:
            raise MappingError(_("The mapping is not valid JSON: %(error)s") % {"error": exc}) from exc
        items = loaded.get("rows") if isinstance(loaded, dict) else loaded
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise MappingError(_("A JSON mapping is a list of objects (or an object with “rows”)."))
        for number, item in enumerate(items, start=1):
            rows.append(Row(number, **{c: _clean(item.get(c)) for c in COLUMNS}))
    else:
        reader = csv.DictReader(io.StringIO(text))
        missing = {"old_code", "new_code"} - set(reader.fieldnames or ())
        if missing:
            raise MappingError(_("The CSV mapping needs the columns old_code and new_code."))
        for item in reader:
            if not any(_clean(v) for v in item.values()):
                continue
            rows.append(Row(reader.line_num, **{c: _clean(item.get(c)) for c in COLUMNS}))
    for row in rows:
        row.old_code, row.new_code, row.parent_code = (
            row.old_code.upper(),
            row.new_code.upper(),
            row.parent_code.upper(),
        )
    return rows


def code_map(rows: list[Row]) -> dict[str, str]:
    """{old code: new code} of the rows that merge an agency into another (what the importer rewrites)."""
    return {row.old_code: row.new_code for row in rows if row.kind_of_row == "merge"}


@dataclass
class Report:
    on: dt.date
    dry_run: bool
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message): the mapping refused
    cannot: list[str] = field(default_factory=list)  # what could not be moved (refused unless forced)
    notices: list[str] = field(default_factory=list)  # kept on purpose, worth knowing
    created: list[str] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    moved: Counter = field(default_factory=Counter)
    before: dict[str, object] = field(default_factory=dict)
    after: dict[str, object] = field(default_factory=dict)
    applied: bool = False
    forced: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and (not self.cannot or bool(self.forced))

    def lines(self) -> list[str]:
        """The report as text lines (the command prints them; the office page shows them)."""
        out = []
        for line, message in self.errors:
            out.append(_("line %(line)s: %(message)s") % {"line": line, "message": message})
        if self.created:
            out.append(_("Agencies created: %(list)s") % {"list": ", ".join(self.created)})
        if self.ended:
            out.append(_("Agencies ended on %(day)s: %(list)s") % {"day": self.last_day, "list": ", ".join(self.ended)})
        for what, count in sorted(self.moved.items()):
            out.append(_("Moved: %(what)s: %(count)s") % {"what": MOVED_LABELS.get(what, what), "count": count})
        for item in self.cannot:
            out.append(_("Could not move: %(item)s") % {"item": item})
        for item in self.notices:
            out.append(_("Note: %(item)s") % {"item": item})
        for key in self.before:
            before, after = self.before[key], self.after.get(key, "—")
            out.append(
                _("%(what)s: before %(before)s, after %(after)s")
                % {"what": COUNT_LABELS.get(key, key), "before": _short(before), "after": _short(after)}
            )
        return out

    @property
    def last_day(self) -> dt.date:
        return self.on - dt.timedelta(days=1)


def _short(value) -> str:
    return value[:12] if isinstance(value, str) else str(value)


MOVED_LABELS = {
    "dossiers": _lazy("open dossiers"),
    "roles": _lazy("staff roles"),
    "roles_merged": _lazy("staff roles already held at the new agency (old ones ended)"),
    "procedure_owners": _lazy("procedures (responsible agency)"),
    "form_templates": _lazy("form templates"),
    "process_templates": _lazy("process templates"),
    "drafts": _lazy("draft versions of procedures"),
    "versions_in_force": _lazy("versions in force (implementing agency)"),
    "petitions": _lazy("open petitions"),
    "submission_drafts": _lazy("citizens' unsubmitted applications"),
    "units": _lazy("units mapped onto the new agencies"),
    "moves": _lazy("agencies moved to a new parent"),
}
COUNT_LABELS = {
    "dossiers": _lazy("dossiers"),
    "open_dossiers": _lazy("open dossiers"),
    "closed_at_old": _lazy("closed dossiers kept at the old agencies"),
    "open_deadlines": _lazy("open dossiers' deadlines (checksum)"),
    "procedures": _lazy("procedures"),
    "petitions": _lazy("petitions"),
    "role_holders": _lazy("staff with roles"),
}


LEFT_LABELS = {
    "dossiers": _lazy("open dossiers"),
    "roles": _lazy("staff roles"),
    "procedures": _lazy("procedures it is responsible for"),
    "petitions": _lazy("open petitions"),
}


class _Undo(Exception):
    """Raised inside the transaction to undo it (a failed row or check, or a dry run)."""


class _Plan:
    """The rows checked against the database, before anything is written."""

    def __init__(self, rows: list[Row], on: dt.date, report: Report):
        self.rows, self.on, self.report = rows, on, report
        self.existing = {a.code: a for a in Agency.objects.exclude(code=None).exclude(code="")}
        self.to_create: dict[str, Row] = {}
        self.olds: dict[str, Row] = {}

    def error(self, row: Row, message: str) -> None:
        self.report.errors.append((row.line, message))

    def known(self, code: str) -> bool:
        return code in self.existing or code in self.to_create

    def check(self) -> None:
        for row in self.rows:
            self._check_row(row)
        if self.report.errors:
            return
        self._check_descendants()

    def _check_row(self, row: Row) -> None:
        kind = row.kind_of_row
        if not row.old_code and not row.new_code:
            return self.error(row, _("Give old_code, new_code or both."))
        if row.old_code:
            old = self.existing.get(row.old_code)
            if old is None:
                return self.error(row, _("Unknown agency code %(code)s.") % {"code": row.old_code})
            if row.old_code in self.olds:
                line = self.olds[row.old_code].line
                return self.error(
                    row, _("%(code)s is already mapped on line %(line)s.") % {"code": row.old_code, "line": line}
                )
            if old.valid_to is not None and old.valid_to < self.on:
                return self.error(
                    row, _("%(code)s ended on %(day)s already.") % {"code": row.old_code, "day": old.valid_to}
                )
            self.olds[row.old_code] = row
        if row.new_code and kind != "move":
            if row.new_code in self.olds and self.olds[row.new_code].kind_of_row != "move":
                return self.error(
                    row, _("%(code)s ends in this mapping; it cannot take over.") % {"code": row.new_code}
                )
            new = self.existing.get(row.new_code)
            if new is None and row.new_code not in self.to_create:
                if not (row.name and row.level and row.kind):
                    return self.error(
                        row,
                        _("Unknown agency code %(code)s: give name, level and kind to create it.")
                        % {"code": row.new_code},
                    )
                if row.level not in Level.values or row.kind not in AgencyKind.values:
                    return self.error(row, _("Unknown level or kind for %(code)s.") % {"code": row.new_code})
                if row.parent_code and not self.known(row.parent_code):
                    return self.error(row, _("Unknown parent code %(code)s.") % {"code": row.parent_code})
                self.to_create[row.new_code] = row
            elif new is not None and new.valid_to is not None and new.valid_to < self.on:
                return self.error(row, _("%(code)s has ended; it cannot take over.") % {"code": row.new_code})
        if kind == "move" and (not row.parent_code or not self.known(row.parent_code)):
            return self.error(row, _("Give the new parent_code of %(code)s.") % {"code": row.old_code})
        if kind == "dissolve" and row.parent_code:
            return self.error(row, _("A dissolved agency has no new parent; give new_code to merge it."))
        return None

    def _check_descendants(self) -> None:
        """Every agency (not a unit) still valid under an agency that ends must have its own row."""
        for code, row in self.olds.items():
            if row.kind_of_row == "move":
                continue
            old = self.existing[code]
            below = Agency.objects.filter(valid_on(self.on), path__startswith=old.path).exclude(pk=old.pk)
            for agency in below.exclude(kind=AgencyKind.UNIT).order_by("path"):
                if agency.code not in self.olds and not self._has_moving_ancestor(agency, old):
                    self.error(
                        row,
                        _("%(name)s (%(code)s) lies under %(old)s, which ends: give it a row.")
                        % {"name": agency.name, "code": agency.code or "—", "old": code},
                    )

    def _has_moving_ancestor(self, agency: Agency, old: Agency) -> bool:
        """True when an ancestor of ``agency`` below ``old`` has a row (it carries its subtree)."""
        parts = [int(p) for p in agency.path.strip("/").split("/")]
        inside = parts[parts.index(old.pk) + 1 : -1]
        codes = {a.code for a in Agency.objects.filter(pk__in=inside)}
        return bool(codes & set(self.olds))


# --- what is counted before and after --------------------------------------------------------------


def _open_deadlines() -> str:
    """A checksum of every deadline of the dossiers not yet ended (appointments and steps)."""
    digest = hashlib.sha256()
    dossiers = Dossier.objects.exclude(status__in=ENDED).order_by("pk")
    for row in dossiers.values_list("pk", "due_at", "original_due_at").iterator(chunk_size=5000):
        digest.update(repr(row).encode())
    steps = DossierStep.objects.exclude(dossier__status__in=ENDED).order_by("pk")
    for row in steps.values_list("pk", "due_at").iterator(chunk_size=5000):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def _counts(old_ids: list[int]) -> dict[str, object]:
    ended = Dossier.objects.filter(status__in=ENDED)
    return {
        "dossiers": Dossier.objects.count(),
        "open_dossiers": Dossier.objects.exclude(status__in=ENDED).count(),
        "closed_at_old": ended.filter(Q(agency_id__in=old_ids) | Q(lead_agency_id__in=old_ids)).count(),
        "open_deadlines": _open_deadlines(),
        "procedures": Procedure.objects.count(),
        "petitions": Petition.objects.count(),
        "role_holders": StaffRole.objects.values("user_id").distinct().count(),
    }


def _left_at(old_ids: list[int]) -> dict[str, int]:
    """What is still at the old agencies (must be nothing, unless forced)."""
    return {
        "dossiers": len(dossier_services.to_rehome(old_ids)),
        "roles": StaffRole.objects.filter(agency_id__in=old_ids).count(),
        "procedures": Procedure.objects.filter(owner_id__in=old_ids).count(),
        "petitions": Petition.objects.filter(agency_id__in=old_ids, status__in=OPEN_STATUSES).count(),
    }


# --- the merge -------------------------------------------------------------------------------------


def merge(rows: list[Row], *, on: dt.date | None = None, dry_run: bool = False, force: str = "", user=None) -> Report:
    """Apply the mapping ``rows`` on the day ``on`` (today when not given), all or nothing.

    Refused (nothing written, ``report.errors`` with the lines) when a row is wrong; refused when
    something cannot be moved (``report.cannot``) unless ``force`` gives the reason; ``dry_run`` does
    everything and undoes it, so the report is exactly what applying would do."""
    on = on or timezone.localdate()
    report = Report(on=on, dry_run=dry_run, forced=(force or "").strip())
    plan = _Plan(rows, on, report)
    plan.check()
    if report.errors:
        return report
    try:
        with transaction.atomic():
            _apply(plan, user)
            if not report.ok:
                raise _Undo
            if dry_run:
                raise _Undo
            report.applied = True
    except _Undo:
        report.applied = False
    return report


def _apply(plan: _Plan, user) -> None:
    report, on = plan.report, plan.on
    last_day = report.last_day
    old_agencies = [plan.existing[code] for code, row in plan.olds.items() if row.kind_of_row != "move"]
    all_old_ids = sorted({pk for old in old_agencies for pk in [old.pk, *(u.pk for u in _units(plan, old))]})
    report.before = _counts(all_old_ids)
    codes = dict(plan.existing)
    current_row: Row | None = None
    try:
        for row in plan.rows:  # 1. new agencies, in file order (a parent before its children)
            current_row = row
            if row.new_code in plan.to_create and plan.to_create[row.new_code] is row:
                parent = codes.get(row.parent_code) if row.parent_code else None
                agency = org_services.create_agency(
                    name=row.name,
                    short_name=row.short_name,
                    code=row.new_code,
                    level=row.level,
                    kind=row.kind,
                    parent=parent,
                    valid_from=on,
                )
                codes[agency.code] = agency
                report.created.append(f"{agency.code} {agency.name}")
        for row in plan.rows:  # 2. agencies that continue under a new parent
            current_row = row
            if row.kind_of_row == "move":
                org_services.update_agency(codes[row.old_code], parent=codes[row.parent_code], moved_on=on)
                report.moved["moves"] += 1
        current_row = None
        mapping, dissolved = _mapping(plan, codes)
        report.moved["units"] = sum(1 for pk in mapping if pk not in {a.pk for a in old_agencies})
        _cannot_move(report, dissolved)
        at = timezone.now()
        for dossier_id in dossier_services.to_rehome(list(mapping)):  # 3. open dossiers
            if dossier_services.rehome(dossier_id, mapping, at=at, user=user):
                report.moved["dossiers"] += 1
        for role in StaffRole.objects.filter(agency_id__in=list(mapping)).order_by("pk"):  # 4. staff roles
            moved = org_services.move_role(role, mapping[role.agency_id])
            report.moved["roles" if moved is not None else "roles_merged"] += 1
        old_codes = dict(Agency.objects.filter(pk__in=list(mapping)).values_list("pk", "code"))
        code_pairs = {old_codes[pk]: new.code for pk, new in mapping.items() if old_codes[pk] and new.code}
        done = catalogue_services.rehome_agencies(mapping, code_pairs, on=on, user=user)  # 5. catalogue
        for version in done.pop("published_text"):
            report.cannot.append(
                _("the published text of %(code)s version %(number)s names an old agency: publish an amending decision")
                % {"code": version.procedure.code, "number": version.number}
            )
        report.moved.update({k: v for k, v in done.items() if v})
        report.moved["petitions"] += petition_services.rehome_open(mapping)  # 6. petitions, applications
        report.moved["submission_drafts"] += submission_services.rehome_drafts(mapping)
        _calendar_notices(report, mapping)
        ended = sorted(mapping.items(), key=lambda item: -Agency.objects.get(pk=item[0]).depth)
        for pk, new in ended:  # 7. the old agencies end, units first
            old = Agency.objects.get(pk=pk)
            current_row = _row_for(plan, old)
            old = org_services.end_agency(old, last_day=last_day, successor=new)
            report.ended.append(old.code or old.name)
        for agency in sorted(dissolved, key=lambda a: -a.depth):
            current_row = _row_for(plan, agency)
            org_services.end_agency(agency, last_day=last_day, successor=None)
            report.ended.append(agency.code or agency.name)
    except ValidationError as exc:
        message = "; ".join(exc.messages)
        report.errors.append((current_row.line if current_row else 0, message))
        raise _Undo from exc
    report.moved = +report.moved
    report.after = _counts(all_old_ids)
    _check(report, all_old_ids, dissolved)
    audit.record(
        "update",
        object_type="orgs.merge",
        object_repr=_("Merger of agencies on %(day)s") % {"day": on.isoformat()},
        changes={
            "on": on.isoformat(),
            "rows": len(plan.rows),
            "created": report.created,
            "ended": report.ended,
            "moved": dict(report.moved),
            "could_not_move": report.cannot,
            "forced": report.forced,
            "dry_run": report.dry_run,
        },
        user=user,
    )


def _row_for(plan: _Plan, agency: Agency) -> Row | None:
    """The row that carries ``agency``: its own, else the one of the nearest ancestor with a row."""
    rows = [(plan.existing[c].path, r) for c, r in plan.olds.items() if agency.path.startswith(plan.existing[c].path)]
    return max(rows, key=lambda item: len(item[0]))[1] if rows else None


def _units(plan: _Plan, old: Agency) -> list[Agency]:
    """The units (phòng ban) still valid inside ``old`` that have no row of their own: they go with it."""
    units = Agency.objects.filter(valid_on(plan.on), path__startswith=old.path, kind=AgencyKind.UNIT)
    own = plan.olds.get(old.code)
    return [u for u in units.exclude(pk=old.pk).order_by("path") if _row_for(plan, u) is own]


def _mapping(plan: _Plan, codes: dict[str, Agency]) -> tuple[dict[int, Agency], list[Agency]]:
    """old pk → new agency, for every old agency and each of its units (the unit of the same name in
    the new agency, else the new agency itself); and the agencies dissolved with their units."""
    mapping: dict[int, Agency] = {}
    dissolved: list[Agency] = []
    for code, row in plan.olds.items():
        kind = row.kind_of_row
        if kind == "move":
            continue
        old = plan.existing[code]
        units = _units(plan, old)
        if kind == "dissolve":
            dissolved.extend([old, *units])
            continue
        new = codes[row.new_code]
        mapping[old.pk] = new
        by_name = {
            fold(u.name): u
            for u in Agency.objects.filter(valid_on(plan.on), path__startswith=new.path, kind=AgencyKind.UNIT)
        }
        for unit in units:
            mapping[unit.pk] = by_name.get(fold(unit.name), new)
    return mapping, dissolved


def _cannot_move(report: Report, dissolved: list[Agency]) -> None:
    """What sits at a dissolved agency has nowhere to go."""
    if not dissolved:
        return
    left = _left_at([a.pk for a in dissolved])
    labels = LEFT_LABELS
    names = ", ".join(a.code or a.name for a in dissolved)
    for key, count in left.items():
        if count:
            report.cannot.append(
                _("%(count)s %(what)s at %(agencies)s, which are dissolved without a successor")
                % {"count": count, "what": labels[key], "agencies": names}
            )


def _calendar_notices(report: Report, mapping: dict[int, Agency]) -> None:
    from motcua.worktime.models import AgencyCalendar

    for row in AgencyCalendar.objects.filter(agency_id__in=list(mapping)).select_related("agency"):
        new = mapping[row.agency_id]
        report.notices.append(
            _("%(old)s had its own office hours (%(hours)s); %(new)s keeps its own, open deadlines were not recomputed")
            % {"old": row.agency.name, "hours": row.sessions_label, "new": new.name}
        )


def _check(report: Report, old_ids: list[int], dissolved: list[Agency]) -> None:
    """Nothing lost: the counts and deadlines are the same; nothing left at the old agencies."""
    for key in ("dossiers", "open_dossiers", "closed_at_old", "open_deadlines", "procedures", "petitions"):
        if report.before[key] != report.after[key]:
            report.errors.append((0, _("Check failed: %(what)s changed.") % {"what": COUNT_LABELS[key]}))
    staying = {a.pk for a in dissolved}
    left = _left_at([pk for pk in old_ids if pk not in staying])
    for key, count in left.items():
        if count:
            report.errors.append(
                (
                    0,
                    _("Check failed: %(count)s %(what)s left at the old agencies.")
                    % {"count": count, "what": LEFT_LABELS[key]},
                )
            )
    if report.before["role_holders"] != report.after["role_holders"]:
        report.errors.append((0, _("Check failed: a staff member lost every role.")))
    if report.errors:
        raise _Undo
