"""The demo province, modelled on Lào Cai in 2019, and its demo accounts.

:func:`seed_demo` loads ``data/laocai.json`` through the organisation services (so every row is
validated and audited) and creates the accounts of :data:`DEMO_ACCOUNTS`, all in one transaction.
It is idempotent: a row that already exists (an agency by its code, or a unit without a code by its
parent and name; a user by username; a role by user, agency and role) is left as it is, so a second
run changes nothing, and edits made through the admin survive a restart of ``./run``. With
``update=True`` existing agencies are brought back in line with the data file.

With ``catalogue=True`` (what ``manage.py seed_demo`` does unless ``--no-catalogue``) the demo
procedure catalogue of :mod:`motcua.demo.catalogue` is loaded too, in the same transaction, once.
Tests of the tree leave it out: it takes a few seconds.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from motcua.accounts.models import User
from motcua.audit import context as audit_context
from motcua.demo import catalogue as demo_catalogue
from motcua.demo import petitions as demo_petitions
from motcua.demo import staffing
from motcua.demo.catalogue import CatalogueResult
from motcua.demo.province import DATA_FILE as DATA_FILE  # the data file, also read by the tests
from motcua.demo.province import agency_key, load_data, walk
from motcua.orgs import services
from motcua.orgs.models import Agency, StaffRole
from motcua.orgs.permissions import Role

AGENCY_FIELDS = ("name", "short_name", "code", "level", "kind", "address", "valid_from", "valid_to")
DATE_FIELDS = ("valid_from", "valid_to")
AUDIT_PATH = "manage.py seed_demo"


@dataclass(frozen=True)
class DemoAccount:
    """One demo login. ``agency`` refers to an agency of the data file (see :func:`agency_key`)."""

    username: str
    full_name: str
    account_type: str = User.AccountType.STAFF
    role: str = ""
    agency: str = ""


def _staff_set(prefix: str, agency: str, unit: str, names: tuple[str, str, str, str, str]) -> list[DemoAccount]:
    """The five officials of one agency: desk officer, specialist and unit head (in ``unit``), leader, admin."""
    roles = (
        ("motcua", Role.DESK_OFFICER, agency),
        ("chuyenvien", Role.SPECIALIST, unit),
        ("truongphong", Role.UNIT_HEAD, unit),
        ("lanhdao", Role.AGENCY_LEADER, agency),
        ("quantri", Role.AGENCY_ADMIN, agency),
    )
    return [
        DemoAccount(f"{prefix}.{suffix}", name, role=role, agency=where)
        for (suffix, role, where), name in zip(roles, names, strict=True)
    ]


PROVINCE = "H15"
JUSTICE = "H15.03"  # Sở Tư pháp
CONSTRUCTION = "H15.08"  # Sở Giao thông vận tải - Xây dựng (Lào Cai's construction department in 2019)
CITY = "H15.50"  # UBND thành phố Lào Cai
WARD = "H15.50.04"  # UBND phường Cốc Lếu

FEATURED_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("tinh.admin", "Nguyễn Văn Hùng", role=Role.PROVINCE_ADMIN, agency=PROVINCE),
    DemoAccount("tinh.thanhtra", "Trần Thị Thu Hà", role=Role.INSPECTOR, agency=PROVINCE),
    *_staff_set(
        "stp",
        JUSTICE,
        "H15.03.02",
        ("Lê Thị Hoa", "Phạm Văn Minh", "Hoàng Thị Mai", "Vũ Đức Thắng", "Đỗ Thị Hằng"),
    ),
    *_staff_set(
        "sxd",
        CONSTRUCTION,
        "H15.08.02",
        ("Nguyễn Thị Thanh Huyền", "Bùi Văn Long", "Đặng Quốc Toản", "Phan Văn Hải", "Trịnh Thị Ngọc"),
    ),
    *_staff_set(
        "tplc",
        CITY,
        "H15.50/Phòng Tài nguyên và Môi trường thành phố Lào Cai",
        ("Lương Thị Duyên", "Ngô Văn Tuấn", "Hà Văn Dũng", "Lò Văn Hưng", "Nông Thị Yến"),
    ),
    *_staff_set(
        "cocleu",
        WARD,
        "H15.50.04/Bộ phận Tư pháp - Hộ tịch phường Cốc Lếu",
        ("Giàng Thị Mỷ", "Sùng A Páo", "Vàng Văn Chiến", "Tráng A Lử", "Lý Thị Kiều"),
    ),
    DemoAccount("congdan1", "Nguyễn Thị Lan", User.AccountType.CITIZEN),
    DemoAccount("congdan2", "Trần Văn Bình", User.AccountType.CITIZEN),
    DemoAccount("congdan3", "Hầu A Lềnh", User.AccountType.CITIZEN),
    DemoAccount("doanhnghiep1", "Công ty TNHH Thương mại Hoàng Liên (demo)", User.AccountType.BUSINESS),
)


@dataclass
class SeedResult:
    agencies_created: int = 0
    agencies_updated: int = 0
    users_created: int = 0
    roles_created: int = 0
    catalogue: CatalogueResult | None = None  # None when the catalogue was not asked for
    petitions: int = 0  # demo feedback and petitions created (only when there were none)

    @property
    def changed(self) -> bool:
        """Whether the province (tree, accounts, roles) changed; the catalogue reports for itself."""
        return any((self.agencies_created, self.agencies_updated, self.users_created, self.roles_created))


# --- the data file -------------------------------------------------------------------------------


def agency_fields(node: dict) -> dict:
    """The model fields of a data-file node (extra keys such as ``gso_code`` and ``note`` are data only)."""
    fields = {name: node.get(name, "") for name in AGENCY_FIELDS}
    fields["code"] = fields["code"] or None
    for name in DATE_FIELDS:
        fields[name] = datetime.date.fromisoformat(fields[name]) if fields[name] else None
    return fields


def _department_nodes() -> list[dict]:
    """The provincial departments and boards of the data file."""
    return [node for node in load_data()["province"].get("children", ()) if node.get("level") == "province"]


def _all_names() -> tuple[tuple[str, str], ...]:
    return tuple((key, node["name"]) for key, _parent, node in walk(load_data()["province"]) if node.get("code"))


def demo_units() -> tuple[staffing.DemoUnit, ...]:
    """The units the demo catalogue's processes name, for the agencies with demo officials."""
    return staffing.demo_units(_all_names())


def _department_accounts() -> list[DemoAccount]:
    """Five officials for every department that owns a sector and has no hand-written set."""
    owners = {unit.parent for unit in demo_units()}
    accounts = []
    for index, node in enumerate(_department_nodes()):
        if node["code"] not in owners or node["code"] in staffing.FEATURED:
            continue
        prefix = staffing.prefix_for(node["code"], node.get("short_name", ""))
        first_unit = next(f"{u.parent}/{u.name}" for u in demo_units() if u.parent == node["code"] and u.appraises)
        for offset, (suffix, role) in enumerate(staffing.STAFF_ROLES):
            name = staffing.person(index * 5 + offset)
            where = first_unit if role in (Role.SPECIALIST, Role.UNIT_HEAD) else node["code"]
            accounts.append(DemoAccount(f"{prefix}.{suffix}", name, role=role, agency=where))
    return accounts


def unit_roles() -> list[tuple[str, str, str]]:
    """``(username, role, unit key)``: the demo specialists in every unit of their agency that the
    catalogue names, and the unit heads in every unit that appraises."""
    prefixes = dict(staffing.FEATURED)
    for node in _department_nodes():
        prefixes.setdefault(node["code"], staffing.prefix_for(node["code"], node.get("short_name", "")))
    rows = []
    for unit in demo_units():
        prefix = prefixes.get(unit.parent)
        if prefix is None:
            continue
        key = f"{unit.parent}/{unit.name}"
        rows.append((f"{prefix}.chuyenvien", Role.SPECIALIST, key))
        if unit.appraises:
            rows.append((f"{prefix}.truongphong", Role.UNIT_HEAD, key))
    return rows


def agency_names() -> dict[str, str]:
    """Display names by key; a unit (phòng ban) is followed by its agency: "Phòng …, Sở Tư pháp"."""
    nodes = {key: (parent_key, node) for key, parent_key, node in walk(load_data()["province"])}
    names = {}
    for key, (parent_key, node) in nodes.items():
        names[key] = node["name"]
        if node["kind"] == "unit" and parent_key:
            names[key] += ", " + nodes[parent_key][1]["name"]
    for unit in demo_units():
        names.setdefault(f"{unit.parent}/{unit.name}", f"{unit.name}, {nodes[unit.parent][1]['name']}")
    return names


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    *(a for a in FEATURED_ACCOUNTS if a.role),
    *_department_accounts(),
    *(a for a in FEATURED_ACCOUNTS if not a.role),
)


def printed_accounts() -> list[tuple[str, str, str]]:
    """What ``./run`` prints: every hand-written account, and one line for each other department's five."""
    featured = {a.username for a in FEATURED_ACCOUNTS}
    rows, departments = [], {}
    names = agency_names()
    for account in DEMO_ACCOUNTS:
        if account.username in featured:
            rows.append(next(r for r in demo_accounts() if r[0] == account.username))
        elif account.role == Role.DESK_OFFICER:
            departments[account.username.split(".")[0]] = names[account.agency]
    suffixes = ", ".join(f".{suffix}" for suffix, _role in staffing.STAFF_ROLES)
    staff_rows = [r for r in rows if r[2]]
    people = [r for r in rows if not r[2]]
    others = [(prefix, suffixes, name) for prefix, name in departments.items()]
    return staff_rows + others + people


def demo_accounts() -> list[tuple[str, str, str]]:
    """The demo logins as ``(username, role or account type, agency name)``, for ``./run`` to print."""
    names = agency_names()
    rows = []
    for account in DEMO_ACCOUNTS:
        if account.role:
            rows.append((account.username, str(Role(account.role).label), names[account.agency]))
        else:
            rows.append((account.username, str(User.AccountType(account.account_type).label), ""))
    return rows


# --- loading -------------------------------------------------------------------------------------


def seed_demo(*, update: bool = False, data: dict | None = None, catalogue: bool = False) -> SeedResult:
    """Load the demo province and accounts (and, if asked, the catalogue) in one transaction; see the
    module docstring."""
    token = audit_context.set_actor(audit_context.Actor(path=AUDIT_PATH))
    try:
        with transaction.atomic():
            result = _seed(data or load_data(), update=update)
            result.petitions = demo_petitions.load()
            if catalogue:
                result.catalogue = demo_catalogue.load()
            return result
    finally:
        audit_context.reset(token)


def _seed(data: dict, *, update: bool) -> SeedResult:
    result = SeedResult()
    agencies = _load_tree(data["province"], update, result)
    if data is load_data():
        _load_units(agencies, result)
    users = _load_users(result)
    _load_roles(users, agencies, result)
    return result


def _existing_agencies(root: dict) -> dict[str, Agency]:
    """The demo agencies already in the database, by key, in one query: those with a code of the
    data file, wherever they now are, and the units without a code under them."""
    codes = [node["code"] for _key, _parent, node in walk(root) if node.get("code")]
    found = Agency.objects.filter(Q(code__in=codes) | Q(code__isnull=True, parent__code__in=codes))
    return {agency_key(a.code, a.parent.code if a.parent else None, a.name): a for a in found.select_related("parent")}


def _load_tree(root: dict, update: bool, result: SeedResult) -> dict[str, Agency]:
    agencies = _existing_agencies(root)
    for key, parent_key, node in walk(root):
        fields = agency_fields(node)
        fields["parent"] = agencies[parent_key] if parent_key else None
        agency = agencies.get(key)
        if agency is None:
            agencies[key] = services.create_agency(**fields)
            result.agencies_created += 1
        elif update and _differs(agency, fields):
            agencies[key] = services.update_agency(agency, **fields)
            result.agencies_updated += 1
    return agencies


def _load_units(agencies: dict[str, Agency], result: SeedResult) -> None:
    """The units the demo catalogue names (see ``staffing``), keyed ``<agency code>/<name>``; a unit
    of the data file with the same name under the same agency is that unit."""
    by_parent_name = {(a.parent_id, a.name): a for a in agencies.values() if a.kind == "unit"}
    parents = [agencies[code] for code in {unit.parent for unit in demo_units()} if code in agencies]
    for existing in Agency.objects.filter(parent__in=parents, kind="unit"):
        by_parent_name.setdefault((existing.parent_id, existing.name), existing)
    for unit in demo_units():
        parent = agencies.get(unit.parent)
        if parent is None:
            continue
        agency = by_parent_name.get((parent.pk, unit.name))
        if agency is None:
            agency = services.create_agency(name=unit.name, level=parent.level, kind="unit", parent=parent)
            by_parent_name[(parent.pk, unit.name)] = agency
            result.agencies_created += 1
        agencies[f"{unit.parent}/{unit.name}"] = agency


def _differs(agency: Agency, fields: dict) -> bool:
    return any(
        (agency.parent_id != (value.pk if value else None)) if name == "parent" else getattr(agency, name) != value
        for name, value in fields.items()
    )


def _load_users(result: SeedResult) -> dict[str, User]:
    usernames = [account.username for account in DEMO_ACCOUNTS]
    users = {user.username: user for user in User.objects.filter(username__in=usernames)}
    password = None
    for account in DEMO_ACCOUNTS:
        if account.username in users:
            continue
        password = password or make_password(settings.DEMO_PASSWORD)
        users[account.username] = _create_user(account, password)
        result.users_created += 1
    return users


def _create_user(account: DemoAccount, password_hash: str) -> User:
    """Like ``User.objects.create_user`` but with one password hash shared by all demo accounts:
    hashing the same demo password 30 times with PBKDF2 would make the first ``./run`` seconds slower."""
    user = User(
        username=User.normalize_username(account.username),
        account_type=account.account_type,
        full_name=account.full_name,
        password=password_hash,
        # demo citizens and businesses have consented, as a registration would have recorded
        consented_at=timezone.now() if account.account_type != User.AccountType.STAFF else None,
    )
    user.save()
    return user


def _load_roles(users: dict[str, User], agencies: dict[str, Agency], result: SeedResult) -> None:
    staff = [account for account in DEMO_ACCOUNTS if account.role]
    held = set(
        StaffRole.objects.filter(user__in=[users[a.username] for a in staff]).values_list(
            "user_id", "agency_id", "role"
        )
    )
    wanted = [(account.username, account.role, account.agency) for account in staff]
    wanted += [row for row in unit_roles() if row[2] in agencies]
    for username, role, key in wanted:
        user, agency = users[username], agencies[key]
        if (user.pk, agency.pk, role) in held or user.account_type != User.AccountType.STAFF:
            continue
        services.assign_role(user, agency, role)
        held.add((user.pk, agency.pk, role))
        result.roles_created += 1
