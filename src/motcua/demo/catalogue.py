"""The demo catalogue: Lào Cai's administrative procedures as they stood on 30 April 2019.

:func:`plan` turns the hand-written templates of ``catalogue_data`` into procedures, versions and
publication decisions, in pure Python: 2018 base decisions publish the catalogue of each
department, then the sixteen decisions of January to April 2019 add, amend, replace and abolish
procedures, so that the catalogue reproduces the figures of the Lào Cai article
(``shared/seed/laocai-2019-one-stop-article.txt``): 2,042 procedures in force on 30/04/2019 —
1,597 province, 315 district, 130 commune — and 16 decisions covering 220 procedures (104 new,
116 amended, replaced or abolished). The generator also decides, deterministically, which
procedures are under the time-cut programme (about 30 %, committed time cut by 30 %), which are
"4 tại chỗ" (about 22 % at province level), and which offer online services of the old levels 3
and 4 (275, of which 94 at level 4, as in the article).

:func:`load` writes the plan in one transaction with ``bulk_create`` (about 3 s for 2,158 versions
on SQLite, where going through the services one by one takes several times longer): every content
is validated as :func:`motcua.catalogue.services.check_content` validates it (see :func:`validated`)
and the copied columns are computed by the catalogue's own ``services._columns``, so the rows are
exactly what the services would write. It does nothing when the catalogue is already there. The
rows are written without audit entries (the audit registry listens to ``save``; ``bulk_create`` does
not send it): the whole catalogue is one known data set, recorded by the decisions it carries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from decimal import ROUND_FLOOR, Decimal
from functools import cache

from django.db import transaction
from django.utils import timezone

from motcua.core.text import fold, nfc

from .catalogue_data import decisions as decision_data
from .catalogue_data import sectors_and_templates
from .catalogue_data.base import COMMUNE, DAYS, DISTRICT, HOURS, PROVINCE, WD, Comp, Sector, Template

ARTICLE_DAY = dt.date(2019, 4, 30)
TARGETS = {PROVINCE: 1597, DISTRICT: 315, COMMUNE: 130}
SPOT_SHARE = {PROVINCE: Decimal("0.22"), DISTRICT: Decimal("0.10"), COMMUNE: Decimal("0.25")}
CUT_SHARE = Decimal("0.30")
CUT_FACTOR = Decimal("0.7")
ONLINE_LEVEL_4 = 94
ONLINE_LEVELS_3_AND_4 = 275
DEMO_CODE_PREFIX = "9.9"  # national codes of procedures whose real code we do not have
HALF = Decimal("0.5")


# --- the plan ------------------------------------------------------------------------------------


@dataclass
class PlannedVersion:
    number: int
    content: dict
    decision: str  # decision number
    valid_from: dt.date
    valid_to: dt.date | None = None


@dataclass
class PlannedProcedure:
    code: str
    template: Template
    status: str = "active"
    versions: list[PlannedVersion] = field(default_factory=list)
    spot: bool = False
    cut: bool = False
    online_level: int = 1

    @property
    def owner(self) -> str:
        return self.template.sector.owner


@dataclass
class PlannedDecision:
    number: str
    title: str
    signed_on: dt.date
    effective_from: dt.date
    signer: str
    items: list[tuple[str, str, int | None]] = field(default_factory=list)  # (code, action, version number)


@dataclass
class Plan:
    sectors: list[Sector]
    decisions: list[PlannedDecision]
    procedures: list[PlannedProcedure]

    def by_code(self) -> dict[str, PlannedProcedure]:
        return {p.code: p for p in self.procedures}


class PlanError(ValueError):
    """The templates cannot produce the catalogue (too few procedures at a level, duplicate names …)."""


def stable(text: str) -> int:
    """A hash that is the same on every run and machine (``hash()`` is salted)."""
    return int.from_bytes(hashlib.sha1(text.encode(), usedforsecurity=False).digest()[:8], "big")


def plan(targets: dict[str, int] | None = None) -> Plan:
    sectors, templates = sectors_and_templates()
    _check_unique(sectors, templates)
    changes = decision_data.CHANGES_2019
    keys = {change.key for change in changes}
    unknown = {t.since for t in templates if t.since and t.since not in keys}
    if unknown:
        raise PlanError(f"Templates refer to unknown 2019 decisions: {sorted(unknown)}")

    base = _trim_base(templates, changes, targets or TARGETS)
    new = [t for t in templates if t.since]
    procedures = _assign_codes(base + new)
    by_template = {id(p.template): p for p in procedures}
    base_procedures = [by_template[id(t)] for t in base]

    chosen = _select_changes(base_procedures, changes)
    abolished = {p.code for change in changes for p in chosen[change.key]["abolish"]}
    for p in procedures:
        if p.code in abolished:
            p.status = "abolished"
    _choose_spot(procedures)
    _choose_cut(procedures)
    _choose_online(procedures)

    names = _agency_names()
    decisions = _base_decisions(base_procedures, names)
    for change in changes:
        decisions.append(_change_decision(change, procedures, chosen[change.key], names))
    return Plan(sectors, decisions, procedures)


def _check_unique(sectors: list[Sector], templates: list[Template]) -> None:
    codes = Counter(s.code for s in sectors)
    names = Counter((t.level, t.name) for t in templates)
    real = Counter(t.code for t in templates if t.code)
    problems = [f"sector {c}" for c, n in codes.items() if n > 1]
    problems += [f"{level} procedure {name!r}" for (level, name), n in names.items() if n > 1]
    problems += [f"national code {c}" for c, n in real.items() if n > 1]
    problems += [f"bad code {t.code}" for t in templates if t.code and not re.fullmatch(r"[0-9]\.[0-9]{6}", t.code)]
    problems += [f"{t.name!r} uses the demo range" for t in templates if t.code.startswith(DEMO_CODE_PREFIX)]
    missing = {t.sector.code for t in templates} - set(codes)
    problems += [f"sector {c} not listed" for c in sorted(missing)]
    if problems:
        raise PlanError("Duplicate or invalid templates: " + "; ".join(problems))


def _trim_base(templates: list[Template], changes, targets: dict[str, int]) -> list[Template]:
    """The 2018 base catalogue: at each level the templates needed to reach the article's totals,
    keeping rank 0 first (ranks > 0 are the less common variants)."""
    new = Counter(t.level for t in templates if t.since)
    abolished = Counter()
    named = {key for change in changes for key in change.abolish_named}
    for change in changes:
        for _sector, level, count in change.abolish:
            abolished[level] += count
        for level, _name in change.abolish_named:
            abolished[level] += 1
    known = {(t.level, t.name) for t in templates if not t.since}
    if named - known:
        raise PlanError(f"Decisions abolish procedures that no template describes: {sorted(named - known)}")
    kept: set[int] = set()
    for level, target in targets.items():
        needed = target - new[level] + abolished[level]
        # Procedures that a 2019 decision abolishes by name must be in the base catalogue.
        candidates = [
            (-1 if (t.level, t.name) in named else t.rank, i, t)
            for i, t in enumerate(templates)
            if t.level == level and not t.since
        ]
        if len(candidates) < needed:
            raise PlanError(f"{level}: the templates give {len(candidates)} base procedures, {needed} are needed")
        kept.update(id(t) for _rank, _i, t in sorted(candidates, key=lambda c: c[:2])[:needed])
    return [t for t in templates if id(t) in kept]


def _assign_codes(templates: list[Template]) -> list[PlannedProcedure]:
    out = []
    serial = 0
    for t in templates:
        if t.code:
            code = t.code
        else:
            serial += 1
            code = f"{DEMO_CODE_PREFIX}{serial:05d}"
        out.append(PlannedProcedure(code=code, template=t))
    return out


def _select_changes(base: list[PlannedProcedure], changes) -> dict[str, dict[str, list[PlannedProcedure]]]:
    """Which base procedures each 2019 decision amends, replaces and abolishes."""
    by_name = {(p.template.level, p.template.name): p for p in base}
    named = [key for change in changes for key in change.abolish_named]
    if len(set(named)) != len(named):
        raise PlanError("A procedure is abolished by two decisions")
    used: set[str] = {by_name[key].code for key in named}  # reserved for the decisions that abolish them
    targets: dict[str, dict[str, list[PlannedProcedure]]] = {}
    for change in changes:
        chosen: dict[str, list[PlannedProcedure]] = {"amend": [], "replace": [], "abolish": []}
        chosen["abolish"].extend(by_name[key] for key in change.abolish_named)
        for action in ("amend", "replace", "abolish"):
            for sector, level, count in getattr(change, action):
                pool = [p for p in base if p.template.sector.code == sector and p.template.level == level]
                pool = [p for p in (reversed(pool) if action == "abolish" else pool) if p.code not in used]
                if len(pool) < count:
                    raise PlanError(f"{change.key}: {action} {count} × {sector}/{level}, only {len(pool)} available")
                for p in pool[:count]:
                    chosen[action].append(p)
                    used.add(p.code)
        targets[change.key] = chosen
    return targets


def _limit_days(amount, unit: str) -> Decimal:
    """A limit in working days, for the process budgets (calendar days and months approximated)."""
    amount = Decimal(str(amount))
    if unit == WD:
        return amount
    if unit == HOURS:
        return _floor_half(amount / 8) or HALF
    if unit == DAYS:
        return _floor_half(amount * 5 / 7) or HALF
    return amount * 22  # months


def _floor_half(value: Decimal) -> Decimal:
    return (value * 2).to_integral_value(rounding=ROUND_FLOOR) / 2


def _cut(amount) -> Decimal:
    """The committed time of the 30 % cut programme: 70 % of the statutory time, in half days."""
    return max(HALF, _floor_half(Decimal(str(amount)) * CUT_FACTOR))


def _spot_eligible(t: Template) -> bool:
    return (
        t.spot is None
        and not t.mobile
        and not t.via
        and t.unit in (WD, HOURS)
        and _limit_days(t.amount, t.unit) <= 5
        and all(c.amount is None or c.amount <= 5 for c in t.cases)
    )


def _choose_spot(procedures: list[PlannedProcedure]) -> None:
    """ "4 tại chỗ": the forced ones, then eligible ones by a stable draw, up to the share of each level."""
    for level, share in SPOT_SHARE.items():
        pool = [p for p in procedures if p.template.level == level]
        forced = [p for p in pool if p.template.spot]
        live = [p for p in pool if p.status == "active"]
        target = int((share * len(live)).to_integral_value())
        eligible = sorted((p for p in live if _spot_eligible(p.template)), key=lambda p: stable("spot" + p.code))
        for p in forced + eligible[: max(0, target - sum(1 for f in forced if f.status == "active"))]:
            p.spot = True


def _choose_cut(procedures: list[PlannedProcedure]) -> None:
    """The time-cut programme: about 30 % of the procedures in force, those that have a time to cut."""
    live = [p for p in procedures if p.status == "active"]
    target = int((CUT_SHARE * len(live)).to_integral_value())
    forced = [p for p in procedures if p.template.cut]
    eligible = [
        p for p in live if p.template.cut is None and p.template.unit == WD and Decimal(str(p.template.amount)) >= 2
    ]
    eligible.sort(key=lambda p: stable("cut" + p.code))
    for p in forced + eligible[: max(0, target - sum(1 for f in forced if f.status == "active"))]:
        p.cut = True


def _online_hint(t: Template) -> int:
    return min(t.online, 2) if (t.presence or t.mobile) else t.online


def _choose_online(procedures: list[PlannedProcedure]) -> None:
    """Legacy online levels: 94 procedures at level 4 and 181 at level 3 among those in force (the
    article's 275 level 3–4 services), chosen from those that lend themselves to it."""
    live = [p for p in procedures if p.status == "active"]
    order = sorted(live, key=lambda p: (-_online_hint(p.template), stable("online" + p.code)))
    level4 = [p for p in order if _online_hint(p.template) >= 4][:ONLINE_LEVEL_4]
    if len(level4) < ONLINE_LEVEL_4:
        level4 += [p for p in order if p not in level4 and _online_hint(p.template) >= 3][
            : ONLINE_LEVEL_4 - len(level4)
        ]
    chosen4 = {p.code for p in level4}
    rest = [p for p in order if p.code not in chosen4 and _online_hint(p.template) >= 2]
    chosen3 = {p.code for p in rest[: ONLINE_LEVELS_3_AND_4 - len(level4)]}
    for p in procedures:
        hint = _online_hint(p.template)
        if p.code in chosen4:
            p.online_level = 4
        elif p.code in chosen3:
            p.online_level = 3
        else:
            p.online_level = 2 if hint >= 2 else 1


# --- decisions -----------------------------------------------------------------------------------


@cache
def _agency_names() -> dict[str, str]:
    from .province import load_data, walk

    return {node["code"]: node["name"] for _key, _parent, node in walk(load_data()["province"]) if node.get("code")}


def _base_decisions(base: list[PlannedProcedure], names: dict[str, str]) -> list[PlannedDecision]:
    by_owner: dict[str, list[PlannedProcedure]] = defaultdict(list)
    for p in base:
        by_owner[p.owner].append(p)
    entries = {entry.owner: entry for entry in decision_data.BASE_2018}
    missing = sorted(set(by_owner) - set(entries))
    if missing:
        raise PlanError(f"No 2018 base decision for the procedures of {missing}")
    out = []
    for entry in decision_data.BASE_2018:
        procedures = by_owner.get(entry.owner, [])
        if not procedures:
            continue
        levels = {p.template.level for p in procedures}
        whom = names[entry.owner] + (", UBND cấp huyện, UBND cấp xã" if levels - {PROVINCE} else "")
        decision = PlannedDecision(
            number=entry.number,
            title=f"Về việc công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của {whom} "
            "trên địa bàn tỉnh Lào Cai",
            signed_on=entry.signed_on,
            effective_from=entry.signed_on,
            signer=decision_data.CHAIR,
        )
        for p in procedures:
            p.versions.append(PlannedVersion(1, _content(p), entry.number, entry.signed_on))
            decision.items.append((p.code, "new", 1))
        out.append(decision)
    return out


def _change_decision(change, procedures, targets, names) -> PlannedDecision:
    decision = PlannedDecision(
        number=change.number,
        title="Về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung, thay thế, bị bãi bỏ "
        f"trong lĩnh vực {change.field} thuộc phạm vi chức năng quản lý của {names[change.owner]}",
        signed_on=change.signed_on,
        effective_from=change.signed_on,
        signer=change.signer,
    )
    day = change.signed_on
    for p in procedures:
        if p.template.since == change.key:
            p.versions.append(PlannedVersion(1, _content(p), change.number, day))
            decision.items.append((p.code, "new", 1))
    for action in ("amend", "replace"):
        for p in targets[action]:
            previous = p.versions[-1]
            previous.valid_to = day - dt.timedelta(days=1)
            number = previous.number + 1
            p.versions.append(PlannedVersion(number, _content(p, change=change, action=action), change.number, day))
            decision.items.append((p.code, action, number))
    for p in targets["abolish"]:
        p.versions[-1].valid_to = day - dt.timedelta(days=1)
        decision.items.append((p.code, "abolish", None))
    return decision


# --- contents ------------------------------------------------------------------------------------


def _number(value) -> str:
    return f"{Decimal(str(value)).normalize():f}"


def _limit(amount, unit: str) -> dict:
    return {"amount": _number(amount), "unit": unit}


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:36].strip("-") or "thanh-phan"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base[:33]}-{n}"
    taken.add(key)
    return key


def _short(basis: str) -> str:
    """ "Nghị định số 108/2018/NĐ-CP sửa đổi …" → "Nghị định số 108/2018/NĐ-CP"."""
    match = re.match(r"^(.*? số \S+)", basis)
    return match.group(1) if match else basis


def _content(p: PlannedProcedure, *, change=None, action: str = "") -> dict:
    """The content of a version: the template as published, or as a 2019 decision changed it."""
    t = p.template
    amount = Decimal(str(t.amount))
    basis = list(t.basis)
    components = list(t.components)
    if change is not None:
        basis.append(change.basis)
        if change.component:
            components.append(Comp(change.component))
        else:  # the forms change with the new text
            forms = [i for i, c in enumerate(components) if "theo mẫu" in c.name]
            if forms:
                c = components[forms[0]]
                components[forms[0]] = replace(c, name=f"{c.name} ban hành kèm theo {_short(change.basis)}")
        if action == "replace" and t.unit == WD and amount >= 2:
            amount = max(Decimal(1), _floor_half(amount * Decimal(str(change.shorten))))
    level = t.level
    province = level == PROVINCE
    online = p.online_level
    channels = ["counter"]
    if not (t.presence or t.mobile):
        channels.append("postal")
    if online >= 3:
        channels.append("online")
    taken: set[str] = set()
    committed = _cut(amount) if p.cut and amount >= 2 else None
    cases = []
    for case in t.cases:
        row = {"key": case.key, "name": case.name, "statutory": None, "committed": None}
        if case.amount is not None:
            row["statutory"] = _limit(case.amount, t.unit)
            if p.cut and t.unit == WD and case.amount >= 2:
                row["committed"] = _limit(_cut(case.amount), t.unit)
        cases.append(row)
    processes = [{"case": None, "steps": _steps(p, committed if committed is not None else amount)}]
    for case in t.cases:
        if case.amount is not None:
            limit = _cut(case.amount) if (p.cut and t.unit == WD and case.amount >= 2) else Decimal(str(case.amount))
            processes.append({"case": case.key, "steps": _steps(p, limit)})
    return {
        "name": nfc(" ".join(t.name.split())),
        "sector": t.sector.code,
        "level": level,
        "implementing_agency": t.sector.owner if province else "",
        "receiving_agency": t.sector.owner if province else "",
        "subjects": t.subjects,
        "sequence": _sequence(p),
        "channels": sorted(channels),
        "sets": t.sets,
        "components": [
            {
                "key": _slug(c.name, taken),
                "name": c.name,
                "copy_type": c.copy_type,
                "quantity": c.quantity,
                "form": None,
                "must_digitise": True,
                "from_data_store": c.from_data_store,
                "cases": list(c.cases),
            }
            for c in components
        ],
        "cases": cases,
        "statutory": _limit(amount, t.unit),
        "committed": _limit(committed, t.unit) if committed is not None else None,
        "fees": [{"name": f.name, "kind": f.kind, "amount": f.amount, "exemptions": f.exemptions} for f in t.fees],
        "result": t.result,
        "result_is_document": True,
        "conditions": t.conditions,
        "legal_basis": basis,
        "online_service": {4: "full", 3: "partial"}.get(online, "none"),
        "legacy_online_level": online,
        "at_desk": not t.mobile,
        "on_the_spot": p.spot,
        "any_desk": False,
        "cutoff": t.cutoff,
        "processes": processes,
    }


_PLACES = {
    DISTRICT: ("UBND cấp huyện", "Lãnh đạo UBND cấp huyện", "Văn phòng HĐND và UBND cấp huyện"),
    COMMUNE: ("UBND cấp xã", "Chủ tịch hoặc Phó Chủ tịch UBND cấp xã", "Văn phòng UBND cấp xã"),
}


def _places(t: Template) -> tuple[str, str, str, str]:
    """(where the desk is, who appraises, who approves, who seals) for a template's level."""
    if t.level == PROVINCE:
        name = _agency_names()[t.sector.owner]
        return name, t.sector.unit, f"Lãnh đạo {name}", f"Văn phòng {name}"
    where, leader, clerk = _PLACES[t.level]
    unit = t.sector.district_unit if t.level == DISTRICT else t.sector.commune_officer
    return where, unit, leader, clerk


def _step(name: str, actor: str, unit: str, budget, counted: bool = True, may_branch: bool = False) -> dict:
    return {
        "name": name,
        "actor": actor,
        "unit": unit,
        "budget": _number(budget),
        "counted": counted,
        "may_branch": may_branch,
    }


def _steps(p: PlannedProcedure, limit) -> list[dict]:
    """The internal process: counted budgets add up to ``limit`` (in working days, half days allowed)."""
    t = p.template
    total = _limit_days(limit, t.unit)
    where, unit, leader, clerk = _places(t)
    desk = f"Bộ phận Một cửa {where}"
    give_back = _step("Trả kết quả cho tổ chức, cá nhân", "desk_officer", desk, 0, counted=False)
    if p.spot:
        sign = HALF if total >= 1 else Decimal(0)
        return [
            _step("Tiếp nhận, kiểm tra và thẩm định hồ sơ tại Bộ phận Một cửa", "desk_officer", desk, total - sign),
            _step("Phê duyệt, ký kết quả ngay tại Bộ phận Một cửa", "agency_leader", desk, sign),
            give_back,
        ]
    with_heads = t.level != COMMUNE and total >= 5
    fixed = Decimal(3) if with_heads else (Decimal("1.5") if total >= 2 else None)
    if fixed is None:  # one day or less
        receive = HALF if total >= Decimal("1.5") else Decimal(0)
        approve = HALF if total >= 1 else Decimal(0)
        return [
            _step("Tiếp nhận, kiểm tra hồ sơ, chuyển xử lý", "desk_officer", desk, receive),
            _step("Thẩm định hồ sơ, dự thảo kết quả", "specialist", unit, total - receive - approve),
            _step("Phê duyệt, ký kết quả", "agency_leader", leader, approve),
            give_back,
        ]
    branch = Decimal(0)
    if t.via:
        branch = min(max(HALF, _floor_half(total * Decimal("0.3"))), total - fixed - HALF)
        branch = max(branch, Decimal(0))
    appraise = total - fixed - branch
    steps = [_step("Tiếp nhận, kiểm tra hồ sơ, chuyển xử lý", "desk_officer", desk, HALF)]
    if with_heads:
        steps.append(_step("Phân công thụ lý hồ sơ", "unit_head", unit, HALF))
    steps.append(_step(t.appraisal or "Thẩm định hồ sơ, dự thảo kết quả", "specialist", unit, appraise))
    if with_heads:
        steps.append(_step("Kiểm tra, trình ký", "unit_head", unit, HALF))
    steps.append(_step("Phê duyệt, ký kết quả", "agency_leader", leader, 1 if with_heads else HALF))
    if branch:
        steps.append(_step(f"Trình {t.via} xem xét, quyết định", "specialist", t.via, branch, may_branch=True))
    steps.append(_step("Vào sổ, đóng dấu, chuyển kết quả", "specialist", clerk, HALF))
    steps.append(give_back)
    return steps


def _sequence(p: PlannedProcedure) -> str:
    t = p.template
    where, unit, _leader, _clerk = _places(t)
    ways = [f"trực tiếp tại Bộ phận Một cửa {where}"]
    if not (t.presence or t.mobile):
        ways.append("qua dịch vụ bưu chính công ích")
    if p.online_level >= 3:
        ways.append("trực tuyến trên Cổng dịch vụ công tỉnh Lào Cai")
    ways = [", ".join(ways[:-1]) + " hoặc " + ways[-1]] if len(ways) > 1 else ways
    if t.mobile:
        first = (
            f"Bước 1: {where} tổ chức đăng ký lưu động tại nhà riêng hoặc tại địa điểm tổ chức đăng ký lưu động; "
            "người yêu cầu chuẩn bị hồ sơ theo quy định."
        )
    else:
        first = "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp " + ", ".join(ways) + "."
    second = (
        "Bước 2: Công chức Bộ phận Một cửa kiểm tra hồ sơ: hồ sơ đầy đủ, hợp lệ thì tiếp nhận và cấp Giấy tiếp nhận "
        "hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần."
    )
    if p.spot:
        third = (
            "Bước 3: Công chức được giao thẩm định hồ sơ và lãnh đạo phê duyệt ngay tại Bộ phận Một cửa "
            "(thực hiện “4 tại chỗ”: tiếp nhận, thẩm định, phê duyệt và trả kết quả tại chỗ)."
        )
    else:
        third = f"Bước 3: {unit} thẩm định hồ sơ, trình cấp có thẩm quyền phê duyệt"
        third += f"; {t.via} xem xét, quyết định theo thẩm quyền." if t.via else "."
    fourth = "Bước 4: Tổ chức, cá nhân nhận kết quả tại Bộ phận Một cửa"
    fourth += " hoặc qua dịch vụ bưu chính công ích." if "postal" in _channels(p) else "."
    return "\n".join((first, second, third, fourth))


def _channels(p: PlannedProcedure) -> list[str]:
    t = p.template
    return ["counter"] + ([] if (t.presence or t.mobile) else ["postal"])


# --- loading -------------------------------------------------------------------------------------


@dataclass
class CatalogueResult:
    loaded: bool = False
    sectors: int = 0
    procedures: int = 0
    versions: int = 0
    decisions: int = 0
    skipped_reason: str = ""


def already_loaded() -> bool:
    from motcua.catalogue.models import PublicationDecision

    numbers = [entry.number for entry in decision_data.BASE_2018] + [c.number for c in decision_data.CHANGES_2019]
    return PublicationDecision.objects.filter(number__in=numbers).exists()


def load() -> CatalogueResult:
    """Write the demo catalogue (idempotent: nothing happens when its decisions already exist)."""
    if already_loaded():
        return CatalogueResult(skipped_reason="already loaded")
    the_plan = plan()
    with transaction.atomic():
        return _write(the_plan)


def _write(the_plan: Plan) -> CatalogueResult:
    from motcua.catalogue import services
    from motcua.catalogue.models import DecisionItem, Procedure, ProcedureVersion, PublicationDecision, Sector
    from motcua.orgs.models import Agency

    codes = [p.code for p in the_plan.procedures]
    clash = list(Procedure.objects.filter(code__in=codes).values_list("code", flat=True)[:5])
    if clash:
        return CatalogueResult(skipped_reason="procedures with the same codes exist: " + ", ".join(clash))

    existing = set(Sector.objects.filter(code__in=[s.code for s in the_plan.sectors]).values_list("code", flat=True))
    new_sectors = [Sector(code=s.code, name=s.name) for s in the_plan.sectors if s.code not in existing]
    Sector.objects.bulk_create(new_sectors)

    owners = {a.code: a for a in Agency.objects.filter(code__in={p.owner for p in the_plan.procedures})}
    missing = {p.owner for p in the_plan.procedures} - set(owners)
    if missing:
        raise PlanError(f"Agencies missing from the demo tree: {sorted(missing)}")
    province = Agency.objects.get(code="H15")

    decisions = {}
    for planned in the_plan.decisions:
        decisions[planned.number] = PublicationDecision(
            number=planned.number,
            title=planned.title,
            signed_on=planned.signed_on,
            signer=planned.signer,
            effective_from=planned.effective_from,
            issuing_agency=province,
            state=PublicationDecision.State.PUBLISHED,
            published_at=timezone.make_aware(dt.datetime.combine(planned.signed_on, dt.time(16, 0))),
        )
    PublicationDecision.objects.bulk_create(decisions.values())

    procedures = {p.code: Procedure(code=p.code, owner=owners[p.owner], status=p.status) for p in the_plan.procedures}
    Procedure.objects.bulk_create(procedures.values())

    planned_versions = [(p, v) for p in the_plan.procedures for v in p.versions]
    contents = validated([v.content for _p, v in planned_versions])
    versions = {}
    for (p, v), data in zip(planned_versions, contents, strict=True):
        versions[(p.code, v.number)] = ProcedureVersion(
            procedure=procedures[p.code],
            number=v.number,
            state=ProcedureVersion.State.PUBLISHED,
            decision=decisions[v.decision],
            valid_from=v.valid_from,
            valid_to=v.valid_to,
            content=data,
            **services._columns(data, p.code),
        )
    ProcedureVersion.objects.bulk_create(versions.values(), batch_size=500)

    items = [
        DecisionItem(
            decision=decisions[planned.number],
            procedure=procedures[code],
            action=action,
            version=versions[(code, number)] if number else None,
        )
        for planned in the_plan.decisions
        for code, action, number in planned.items
    ]
    DecisionItem.objects.bulk_create(items, batch_size=1000)
    return CatalogueResult(
        loaded=True,
        sectors=len(new_sectors),
        procedures=len(procedures),
        versions=len(versions),
        decisions=len(decisions),
    )


def validated(contents: list[dict]) -> list[dict]:
    """Every content validated as ``services.check_content`` validates it, in a fraction of the time.

    ``check_content`` is (1) NFC normalisation, (2) the content schema, (3) database checks that the
    sector and agencies exist. Calling it 2,158 times costs about 7 s, nearly all of it building a
    fresh DRF serializer per call; so here (1) the whole batch is checked to be NFC already, (2) it
    goes through the same ``schema.ContentSerializer`` once with ``many=True``, and the normalised
    output must equal the input (the generator writes contents in normal form), and (3) ``check_content``
    itself runs on one content per distinct sector and agencies. The result is what ``check_content``
    would return for each; ``tests/demo/test_demo_catalogue.py`` checks every stored version with
    ``check_content`` itself.
    """
    from django.core.exceptions import ValidationError

    from motcua.catalogue import schema, services

    text = json.dumps(contents, ensure_ascii=False)
    if nfc(text) != text:
        raise PlanError("The demo catalogue contents are not in Unicode NFC.")
    serializer = schema.ContentSerializer(data=contents, many=True)
    if not serializer.is_valid():
        index, detail = next((i, e) for i, e in enumerate(serializer.errors) if e)
        raise PlanError(f"{contents[index]['name']!r}: {schema.flatten_errors(detail)}")
    out = [schema.to_json(data) for data in serializer.validated_data]
    for content, data in zip(contents, out, strict=True):
        if data != content:
            raise PlanError(f"{content['name']!r} is not written in the normal form of the schema.")
    representatives = {(c["sector"], c["implementing_agency"], c["receiving_agency"]): c for c in contents}
    for content in representatives.values():
        try:
            services.check_content(content)
        except ValidationError as exc:
            raise PlanError(f"{content['name']!r}: {exc.message_dict}") from exc
    return out


__all__ = ["ARTICLE_DAY", "TARGETS", "CatalogueResult", "Plan", "PlanError", "load", "plan"]
